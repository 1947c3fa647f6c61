/**
 * A client row whose name cell is blank still names a person when another of its columns does: a
 * member export leaves 真实姓名 blank for most members but always gives the nickname and the mobile.
 * A person keeps such a row: under the nickname (会员昵称, Display name) when the sheet has one,
 * else under the number or address that identifies them (phone, e-mail, client number, ID number).
 * Only a row with none of these is rejected. The stand-in is told once per column, not per row.
 */
import { isNicknameHeader } from "../register/catalog";
import type { MessageParams } from "../register/messages";
import { cellText, isBlankCell } from "./grid";
import { isEmptyMark } from "./normalize/cell";
import type { NormalizedRow } from "./normalize-row";
import type { ColumnMapping, SourceCell } from "./types";

/** Fields that identify a client by themselves, in the order a person would name them by. */
const IDENTITY_FIELDS = ["phone", "email", "clientId", "idNumber"] as const;
/** Examples shown in the issue. */
const EXAMPLES = 3;

/**
 * The columns that stand in for a blank name, best first: nickname columns not mapped to a field,
 * then the identity columns.
 */
export function nameStandIns(mappings: readonly ColumnMapping[], nameColumn: number): number[] {
  const nicknames = mappings
    .map((m, i) => ({ m, i }))
    .filter(
      ({ m, i }) =>
        i !== nameColumn &&
        m.field === null &&
        m.source !== "row-number" &&
        isNicknameHeader(m.label || m.header || "")
    )
    .map(({ i }) => i);
  const identities = IDENTITY_FIELDS.flatMap((field) =>
    mappings.flatMap((m, i) => (m.field === field && i !== nameColumn ? [i] : []))
  );
  return [...nicknames, ...identities];
}

/** The row was rejected only because its name cell is blank. */
export function rejectedForBlankName(row: NormalizedRow, nameField: string): boolean {
  const code = row.rejectedCode;
  return code?.code === "reason.required-empty" && code.params?.field === nameField;
}

/** The first stand-in column holding a value in this row, with that value as text. */
export function standInOf(
  standIns: readonly number[],
  cells: readonly SourceCell[]
): { column: number; name: string } | null {
  for (const column of standIns) {
    const raw = cells[column] ?? null;
    if (isBlankCell(raw) || isEmptyMark(raw)) continue;
    const name = cellText(raw).trim();
    if (name !== "") return { column, name };
  }
  return null;
}

/** How many rows of a sheet took their name from each stand-in column, for one issue per column. */
export class StandInTally {
  private readonly byColumn = new Map<number, { count: number; examples: string[] }>();

  add(column: number, name: string): void {
    const entry = this.byColumn.get(column) ?? { count: 0, examples: [] };
    entry.count++;
    if (entry.examples.length < EXAMPLES) entry.examples.push(name);
    this.byColumn.set(column, entry);
  }

  /** One set of message parameters per stand-in column, in column order. */
  entries(): { column: number; params: MessageParams }[] {
    return [...this.byColumn.entries()]
      .sort(([a], [b]) => a - b)
      .map(([column, { count, examples }]) => ({
        column,
        params: { count, examples: examples.map((v) => `"${v}"`).join(", ") },
      }));
  }
}
