export * from "./dates";
export * from "./records";
export * from "./tiers";
export * from "./complaints";
export * from "./visits";
