import { en } from "./en";

/** The shape every language's messages must have: the English tree, with any string values. */
export type Messages = { [G in keyof typeof en]: { [K in keyof (typeof en)[G]]: string } };

export type Vars = Record<string, string | number>;

/** Fills {name} placeholders; an unknown placeholder stays visible so a missing value is noticed. */
export function format(template: string, vars: Vars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in vars ? String(vars[name]) : whole
  );
}
