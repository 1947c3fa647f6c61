/**
 * The look of the sheets the tool lays out itself (reviews, Settings): coloured title, section
 * and header rows. Plans carry no cell styles, so a row is coloured with an always-true
 * conditional format, which every writer and spreadsheet program applies.
 */
import type { ConditionalFormatPlan } from "./plan";

export const ROW_STYLES = {
  title: { fill: "#1F4E79", fontColor: "#FFFFFF" },
  section: { fill: "#DDEBF7", fontColor: "#1F4E79" },
  header: { fill: "#F2F2F2", fontColor: "#404040" },
  alert: { fill: "#FFC7CE", fontColor: "#9C0006" },
} as const;
export type RowStyle = keyof typeof ROW_STYLES;

/** The conditional format that colours `range` (e.g. "A3:D3") in a row style. */
export function rowStyle(range: string, style: RowStyle): ConditionalFormatPlan {
  return { kind: "expression", range, formula: "TRUE", ...ROW_STYLES[style] };
}
