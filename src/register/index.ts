export * from "./types";
export * from "./catalog";
export * from "./schemas";
export * from "./settings";
export { SHEETS, sheetDef } from "./sheets";
export * as enums from "./enums";
export * from "./messages";
export * from "./tabs";
