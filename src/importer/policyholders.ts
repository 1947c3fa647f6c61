/**
 * A policy export without a client list: the person each policy belongs to (the policyholder, else
 * the insured) is the client, and the policy rows carry that person's own details (要保人電話,
 * 要保人身分證字號, 要保人生日) and the agent who looks after them (業務員). A person building the
 * register from such an export makes one client per policyholder from those columns; this reads
 * which columns they are and turns a policy row into that client's record.
 */
import type { RegisterRecord } from "../register/types";
import { THING_KEY_WORDS } from "../register/vocabulary/record-parties";
import {
  CLIENT_NAME_KEY,
  MAPPING_THRESHOLD,
  matchForm,
  scoreHeader,
  targetsFor,
} from "./header-match";
import { columnLabel, isLeftOut } from "./map-columns";
import { stripHeaderUnit } from "./normalize";
import { buildRowContext, normalizeRow, type RowContext } from "./normalize-row";
import type { ColumnProfile } from "./profile";
import { readHeader } from "./subject";
import type { ColumnMapping, ImportIssue, SourceCell } from "./types";

/** The client's own fields a policy row may carry, besides the name. */
const PERSON_FIELDS = new Set(["phone", "email", "idNumber", "birthday", "address", "occupation"]);
const OWNER = "owner";

/** Share of a client-link column's values that must be ID numbers for it to be the person's. */
const ID_NUMBERS = 0.5;
/** Share of an agent column's values that must read as people's names. */
const OWNER_NAMES = 0.5;

export interface PolicyholderColumns {
  /** The column naming the policyholder (or the insured), and its label for messages. */
  subject: number;
  label: string;
  /** Further columns that are the policyholder's own (→ Clients field), and the agent (→ owner). */
  fields: Map<number, string>;
}

/** The words calling a column a number or code (号, 编号, No, Code), not an "ID" nor a name. */
const NUMBER_WORDS = THING_KEY_WORDS.numberOrName
  .filter((w) => !["id", "名称", "名", "name"].includes(w))
  .map((w) => matchForm(w))
  .filter((w) => w !== "");

/**
 * A header calling its column the client's number or code (CIF No, 客户号, 客戶編號): a bank's own
 * numbering, even when its values have an ID card's shape (two letters and seven digits is also a
 * Hong Kong identity card). Only a bare "ID" (要保人ID) lets the values say it is the person's ID.
 */
function namesANumber(header: string): boolean {
  const folded = matchForm(header);
  return NUMBER_WORDS.some((w) => folded.endsWith(w));
}

/** A header that is a bare word for a date (Date, 日期): the day of the row's own record. */
const BARE_DATE_HEADER = /^(?:dates?|日期|day|时间|時間)$/;

/**
 * The columns of an insurance sheet that describe its policyholder, or null when the sheet names
 * no client by name, or by a client number (those rows link to a client list elsewhere). An ID
 * number the policy took as its client link (要保人身分證字號) is the person's ID number. A column
 * already read into the policy, or one about someone else (被保險人電話 beside 要保人, 業務員電話),
 * is not the client's.
 */
export function policyholderColumns(
  mappings: readonly ColumnMapping[],
  profiles: readonly ColumnProfile[]
): PolicyholderColumns | null {
  const targets = targetsFor("Clients");
  const linkColumn = mappings.findIndex((m) => m.field === "clientId");
  // The link is the person's ID number when its header says so (要保人身分證字號) or its values are
  // ID numbers (要保人ID: A123456789 on nearly every row).
  const idNumberLink =
    linkColumn >= 0 &&
    (scoreHeader(mappings[linkColumn].header, targets)[0]?.target.key === "idNumber" ||
      ((profiles[linkColumn]?.idNumber ?? 0) >= ID_NUMBERS &&
        !namesANumber(mappings[linkColumn].header)));
  if (linkColumn >= 0 && !idNumberLink) return null;
  let subject = mappings.findIndex((m) => m.field === CLIENT_NAME_KEY);
  if (subject < 0) subject = mappings.findIndex((m) => m.linksClient === true);
  if (subject < 0) return null;
  const insuredIsClient = mappings[subject].field === "insured";
  const fields = new Map<number, string>();
  const taken = new Set<string>();
  if (idNumberLink) {
    fields.set(linkColumn, "idNumber");
    taken.add("idNumber");
  }
  // A column a person chose as the client's field ("Producer=owner") is that field.
  mappings.forEach((m, i) => {
    if (i === subject || !m.clientField || taken.has(m.clientField)) return;
    fields.set(i, m.clientField);
    taken.add(m.clientField);
  });
  mappings.forEach((m, i) => {
    if (i === subject || m.field !== null || isLeftOut(m) || m.header === "") return;
    if (fields.has(i) || m.source === "override") return;
    const scores = scoreHeader(m.header, targets).filter(
      (s) =>
        (PERSON_FIELDS.has(s.target.key) || s.target.key === OWNER) &&
        s.confidence >= MAPPING_THRESHOLD
    );
    if (scores.length === 0) return;
    const field = scores[0].target.key;
    if (taken.has(field)) return;
    // A bare "Date" or 日期 only resembles "Birth Date": the day of the row's own record (a
    // letter's, a contract's), never the person's, whose dates a header names (要保人生日, DOB).
    if (
      scores[0].target.field.type === "date" &&
      BARE_DATE_HEADER.test(matchForm(stripHeaderUnit(m.header)))
    )
      return;
    const reading = readHeader(m.header);
    if (field === OWNER) {
      // The agent's name, not the agent's number, office or phone.
      if (reading.base === "id" || scores.some((s) => s.target.key !== OWNER)) return;
      if ((profiles[i]?.personName ?? 0) < OWNER_NAMES) return;
    } else {
      const whose = reading.role;
      const clients =
        whose === "subject" || whose === "none" || (insuredIsClient && whose === "insured");
      if (!clients) return;
    }
    fields.set(i, field);
    taken.add(field);
  });
  return {
    subject,
    label: columnLabel(mappings[subject].letter, mappings[subject].header),
    fields,
  };
}

/**
 * How a policy row is read as its policyholder's client record: the subject column as the name,
 * the person's columns as their fields; every other column belongs to the policy and is skipped
 * here (as a row-number column is), since the policy keeps it.
 */
export function policyholderContext(
  sheetName: string,
  mappings: readonly ColumnMapping[],
  columns: PolicyholderColumns,
  columnValues: readonly (readonly SourceCell[])[],
  options: Parameters<typeof buildRowContext>[4]
): RowContext {
  const asClient = mappings.map((m, i): ColumnMapping => {
    if (i === columns.subject) return { ...m, field: "name", linksClient: false };
    const field = columns.fields.get(i);
    if (field) return { ...m, field };
    return { ...m, field: null, source: "row-number" };
  });
  return buildRowContext(sheetName, "Clients", asClient, columnValues, options);
}

/** Column notes of the person's columns (an ROC-dated birthday column, say); the policy reports on the rest. */
export function policyholderColumnNotes(
  ctx: RowContext,
  columns: PolicyholderColumns
): ImportIssue[] {
  const labels = new Set([...columns.fields.keys()].map((i) => ctx.readers[i]?.label));
  return ctx.columnNotes.filter((n) => n.column !== null && labels.has(n.column));
}

/**
 * The policyholder of one policy row as a client record, with the issues of reading the person's
 * own cells (each names sheet, row and column); null when the row names no one.
 */
export function policyholderOf(
  ctx: RowContext,
  columns: PolicyholderColumns,
  row: number,
  cells: readonly SourceCell[],
  name: string
): { record: RegisterRecord; issues: ImportIssue[] } | null {
  if (name.trim() === "") return null;
  const read = normalizeRow(ctx, row, cells);
  const subjectLabel = ctx.readers[columns.subject]?.label;
  const record = read.record;
  record.name = name;
  return { record, issues: read.issues.filter((i) => i.column !== subjectLabel) };
}
