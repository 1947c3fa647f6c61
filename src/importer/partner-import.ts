/**
 * Imports the rows of a partner list (see partner-rows.ts) as a person would: clients stay
 * clients, each person at a company becomes a contact of that company's client (made from the
 * company's name when the list holds no row for it), and a company's invoice or delivery address
 * is passed over, said once per sheet.
 */
import type { RowLedger } from "./account";
import { cellText, isBlankCell } from "./grid";
import type { Candidate, Origin } from "./link-merge";
import { emptyRecord, NOTES_SEPARATOR, type NormalizedRow } from "./normalize-row";
import { englishText } from "./normalize/result";
import { sheetIssue } from "./sheet-issue";
import {
  partnerColumnLabel,
  partnerRole,
  type PartnerLayout,
  type PartnerRole,
} from "./partner-rows";
import type { RegisterRecord, SheetKey } from "../register/types";
import type { ColumnMapping, ImportIssue, SourceCell } from "./types";
import type { MessageCode } from "../register/messages";

/** What of the import a partner list adds to. */
export interface PartnerSink {
  readonly ledger: RowLedger;
  readonly issues: ImportIssue[];
  readonly candidates: Candidate[];
}

export interface PartnerSheet {
  key: SheetKey;
  mappings: ColumnMapping[];
  partners: PartnerLayout | null;
  analysis: { sheet: { name: string }; range: string };
}

/** A Clients row's fields that are the person's own when the row is a person at a company. */
const CONTACT_FIELDS: Record<string, string> = {
  phone: "phone",
  email: "email",
  occupation: "title",
  birthday: "birthday",
  hobbies: "hobbies",
};
/** Fields of the row that say nothing about the person (the name is split, the kind is the company's). */
const DROPPED = new Set(["name", "kind", "notes", "clientId"]);

function origin(sheet: string, row: number, table: string): Origin {
  return (table ? { sheet, row, table } : { sheet, row }) as Origin;
}

/** The row's cells as "header: value" pairs, for the issue of a row passed over. */
function rowContentOf(cells: readonly SourceCell[], mappings: readonly ColumnMapping[]): string {
  const parts: string[] = [];
  cells.forEach((cell, i) => {
    if (isBlankCell(cell)) return;
    const m = mappings[i];
    parts.push(`${m?.label || m?.header || m?.letter || `#${i + 1}`}: ${cellText(cell)}`);
  });
  return parts.join("; ");
}

export class PartnerRows {
  private readonly layout: PartnerLayout;
  /** Client candidates of this sheet by name: a person's company when it has a row of its own. */
  private readonly clients = new Map<string, Candidate>();
  /** Companies made from their people's rows (no row of their own seen yet). */
  private readonly made = new Map<string, Candidate>();
  private readonly contacts: Candidate[] = [];
  private addresses = 0;

  constructor(
    private readonly sink: PartnerSink,
    private readonly work: PartnerSheet
  ) {
    this.layout = work.partners as PartnerLayout;
  }

  private get sheet(): string {
    return this.work.analysis.sheet.name;
  }

  roleOf(cells: readonly SourceCell[]): PartnerRole {
    return partnerRole(this.layout, cells);
  }

  /** A client row of the sheet: people named at its company link to it. */
  client(candidate: Candidate): void {
    const name = typeof candidate.record.name === "string" ? candidate.record.name.trim() : "";
    if (name !== "" && !this.clients.has(name)) this.clients.set(name, candidate);
  }

  /** A company's invoice, delivery or other address: passed over, with the reason on the row. */
  address(
    row: number,
    cells: readonly SourceCell[],
    role: PartnerRole & { role: "address" }
  ): void {
    this.addresses++;
    const code: MessageCode = "reason.partner-address";
    const params = { company: role.company, type: role.type };
    this.sink.ledger.record(
      this.sheet,
      row,
      "skipped",
      englishText(code, params),
      this.work.analysis.range || undefined
    );
    this.sink.issues.push({
      sheet: this.sheet,
      row,
      column: null,
      field: null,
      value: rowContentOf(cells, this.work.mappings),
      severity: "info",
      message: `Row skipped: ${englishText(code, params)}.`,
      code: "import.row-skipped",
      params: { reason: code, ...params },
    });
  }

  /** A person at a company: a contact of that company's client. */
  contact(
    row: number,
    normalized: NormalizedRow,
    role: PartnerRole & { role: "contact" }
  ): Candidate {
    const record: RegisterRecord = emptyRecord("Contacts");
    record.name = role.person;
    const notes: string[] = [];
    for (const [key, value] of Object.entries(normalized.record)) {
      if (value === null || value === undefined || value === "") continue;
      const to = CONTACT_FIELDS[key];
      if (to) record[to] = value;
      else if (!DROPPED.has(key)) notes.push(`${this.headerOf(key)}: ${String(value)}`);
    }
    const own = normalized.record.notes;
    if (typeof own === "string" && own !== "") notes.push(own);
    if (notes.length > 0) record.notes = notes.join(NOTES_SEPARATOR);
    const candidate: Candidate = {
      sheet: "Contacts",
      record,
      origin: origin(this.sheet, row, this.work.analysis.range),
      followers: [],
      clientRef: this.companyOf(role.company, row),
      accounted: true,
    };
    this.contacts.push(candidate);
    this.sink.candidates.push(candidate);
    return candidate;
  }

  /** Links people to their company's own row where one came later, and says what was read. */
  finish(): void {
    for (const [name, made] of this.made) {
      const real = this.clients.get(name);
      if (!real) continue;
      for (const c of this.contacts) if (c.clientRef === made) c.clientRef = real;
      const at = this.sink.candidates.indexOf(made);
      if (at >= 0) this.sink.candidates.splice(at, 1);
      this.made.delete(name);
    }
    const nameColumn = partnerColumnLabel(this.work.mappings, this.layout.name);
    const parentColumn =
      this.layout.parent >= 0
        ? partnerColumnLabel(this.work.mappings, this.layout.parent)
        : nameColumn;
    if (this.contacts.length > 0)
      this.sink.issues.push(
        sheetIssue(this.sheet, "import.partner-contacts", {
          count: this.contacts.length,
          column: parentColumn,
        })
      );
    if (this.made.size > 0)
      this.sink.issues.push(
        sheetIssue(this.sheet, "import.partner-companies-made", {
          count: this.made.size,
          column: nameColumn,
        })
      );
    if (this.addresses > 0)
      this.sink.issues.push(
        sheetIssue(this.sheet, "import.partner-addresses", {
          count: this.addresses,
          column: partnerColumnLabel(this.work.mappings, this.layout.type),
        })
      );
  }

  private companyOf(name: string, row: number): Candidate {
    const known = this.clients.get(name) ?? this.made.get(name);
    if (known) return known;
    const record = emptyRecord("Clients");
    record.name = name;
    record.kind = "enterprise";
    const made: Candidate = {
      sheet: "Clients",
      record,
      origin: origin(this.sheet, row, this.work.analysis.range),
      followers: [],
      accounted: false,
    };
    this.made.set(name, made);
    this.sink.candidates.push(made);
    return made;
  }

  private headerOf(key: string): string {
    const m = this.work.mappings.find((c) => c.field === key);
    return m?.label || m?.header || key;
  }
}

/** A person's continuation rows add only what they say beyond the person's row: kept in notes. */
export function keepContinuationNotes(
  record: RegisterRecord,
  rows: readonly NormalizedRow[]
): void {
  const notes = rows
    .map((r) => r.record.notes)
    .filter((n): n is string => typeof n === "string" && n !== "");
  if (notes.length === 0) return;
  const before = typeof record.notes === "string" && record.notes !== "" ? [record.notes] : [];
  record.notes = [...before, ...notes].join(NOTES_SEPARATOR);
}
