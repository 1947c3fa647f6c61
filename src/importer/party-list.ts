/**
 * A list of accounts whose headers a person reads at a glance but the register's words hardly
 * reach (客戶供應商簡稱 | 郵遞區號 | 發票地址, Acct Short Name | Bill-to Address): its header says
 * which column names each row (a name header of the client's, or of no one's over names of people
 * or firms), those names differ row by row, and a second column tells the same rows apart (the
 * account's own number, an address, a phone, an e-mail, an ID number). That is a client list,
 * whatever else its headers fail to say; what is not register data (a catalogue, a staff list, a
 * lookup) is still told by the rows' own evidence afterwards (sheet-kind.ts).
 */
import type { SheetClassification } from "./classify-sheet";
import type { HeaderColumn } from "./detect-table";
import { mapColumns, namesOwnUnit } from "./map-columns";
import type { ColumnProfile } from "./profile";
import { readHeader } from "./subject";
import type { ColumnMapping, SourceCell } from "./types";
import { isBlankCell } from "./grid";
import {
  isPartyKey,
  namesParties,
  ownHeader,
  subjectByValues,
  type ValueSubject,
} from "./value-subject";

/** Fewer rows than this are too few to tell a list of parties by its values. */
const MIN_ROWS = 5;
/** How sure such a reading is: enough to import, never above a reading from the headers. */
const CONFIDENCE = 0.5;

/** True when a column is filled on most rows with values that differ row by row. */
function distinctOnMostRows(p: ColumnProfile, rows: number, share: number): boolean {
  return p.filled >= rows * 0.8 && p.distinctRatio >= share;
}

/**
 * How far the names may repeat: a list that dates nothing records no events, so a name written
 * again is the same party listed twice (a directory pasted page by page), not a party coming back.
 */
function namesShare(profiles: readonly ColumnProfile[]): number {
  return profiles.some((p) => p.filled > 0 && p.date >= 0.5) ? 0.9 : 0.75;
}

/** A web address: https://…, www.…, or a bare domain (acme.co.in, brightwave.cloud/about). */
const WEB_ADDRESS =
  /^(?:https?:\/\/\S+|www\.\S+|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:\/\S*)?)$/i;

/** Most filled cells of a column are web addresses: each party's own site tells the rows apart. */
function webAddresses(values: readonly SourceCell[]): boolean {
  let filled = 0;
  let sites = 0;
  for (const v of values) {
    if (isBlankCell(v)) continue;
    filled++;
    if (typeof v === "string" && !/@/.test(v) && WEB_ADDRESS.test(v.trim())) sites++;
  }
  return filled > 0 && sites >= filled * 0.5;
}

/**
 * The Clients reading of a table no register sheet's headers fit, when its header names the
 * party of each row and its values tell the rows apart; null otherwise.
 */
export function partyListReading(
  sheetName: string,
  columns: readonly HeaderColumn[],
  columnValues: readonly SourceCell[][],
  profiles: readonly ColumnProfile[],
  classification: SheetClassification,
  relaxed = false
): SheetClassification | null {
  if (classification.key !== null) return null;
  const rows = Math.max(0, ...profiles.map((p) => p.filled));
  if (rows < MIN_ROWS) return null;
  const mapped = mapColumns({
    sheetName,
    registerSheet: "Clients",
    columns: columns.map((header, i) => ({
      header,
      values: columnValues[i],
      profile: profiles[i],
    })),
    overrides: new Map(),
    remembered: new Map(),
  }).columns;
  const headers = columns.map((c) => c.text);
  if (!mapped.some((m) => m.field === "name")) {
    if (numberedParties(columns, mapped, profiles, rows)) return clientsReading(classification);
  } else if (headerNamedParty(columns, columnValues, mapped, profiles, rows, relaxed)) {
    return clientsReading(classification);
  }
  // No header names each row's party: its values may (value-subject.ts), when another column
  // tells something of the same party.
  const subject = subjectByValues(headers, columnValues, profiles);
  if (subject === null) return null;
  return witnessBeside(subject, headers, columnValues, profiles, rows, relaxed)
    ? clientsReading(classification)
    : null;
}

/**
 * The name column its header says names each row (a subject's — Client Name, or the party's word
 * alone: Client, Customer, 客户 — or no one's over names of people or firms), beside a column
 * telling something of the same party. When the workbook would import nothing else (`relaxed`),
 * a column headed exactly as the clients' names (Client, Customer Name, 客户名称) lists them on its
 * own: a person exporting an advertiser lookup (pod | client) means those names.
 */
function headerNamedParty(
  columns: readonly HeaderColumn[],
  columnValues: readonly SourceCell[][],
  mapped: readonly ColumnMapping[],
  profiles: readonly ColumnProfile[],
  rows: number,
  relaxed: boolean
): boolean {
  const named = mapped.findIndex((m, i) => {
    const p = profiles[i];
    if (m.field !== "name" || !p || p.text < 0.8) return false;
    if (!distinctOnMostRows(p, rows, namesShare(profiles))) return false;
    const reading = readHeader(columns[i].text);
    // The party's word alone names the party (Client, 客户); beside another word it may name a
    // thing of the party's (客户搜索词, a customer's search term) or a unit of ours (区县分公司).
    if (reading.role === "subject")
      return reading.base === "name" || (reading.base === null && m.confidence >= 1);
    return (
      reading.base === "name" &&
      reading.role === "none" &&
      (p.personName >= 0.5 || p.company >= 0.5)
    );
  });
  if (named < 0) return false;
  if (
    relaxed &&
    readHeader(columns[named].text).role === "subject" &&
    mapped[named].confidence >= 1
  )
    return true;
  return profiles.some((p, i) => {
    if (i === named || p.filled < rows * 0.5) return false;
    // Where the party is (a city, a country beside a guest's name) tells of it as an address does.
    if (tellsTheParty(p, columnValues[i] ?? []) || p.place >= 0.5) return true;
    if (mapped[i]?.field === "address" && p.text >= 0.8) return true;
    const reading = readHeader(columns[i].text);
    return (
      reading.base === "id" &&
      reading.role === "subject" &&
      !p.serial &&
      distinctOnMostRows(p, rows, 0.95)
    );
  });
}

/** A column that tells where or how to reach a party, or who it is: an address, phone, e-mail, ID. */
function tellsTheParty(p: ColumnProfile, values: readonly SourceCell[]): boolean {
  if (p.address >= 0.5 || p.phone >= 0.5 || p.email >= 0.5 || p.idNumber >= 0.5) return true;
  return webAddresses(values);
}

/**
 * Whether a column beside a subject read from values tells something of the same party: where it
 * is (an address, or the place: 南投縣南投市, a province), how to reach it, who it is (an ID, its
 * name beside its key, its key beside its name). When the workbook would import nothing else
 * (`relaxed`), a key's or a firm's own attributes are enough: two further columns, one of them
 * words (a gender, a grade, a tag), not only figures.
 */
function witnessBeside(
  subject: ValueSubject,
  headers: readonly string[],
  columnValues: readonly SourceCell[][],
  profiles: readonly ColumnProfile[],
  rows: number,
  relaxed: boolean
): boolean {
  const others = profiles.flatMap((p, i) =>
    i !== subject.column && p.filled >= rows * 0.5 && !p.serial ? [i] : []
  );
  const told = others.some((i) => {
    const p = profiles[i];
    if (tellsTheParty(p, columnValues[i] ?? []) || p.place >= 0.5) return true;
    return subject.field === "clientId"
      ? namesParties(p, rows)
      : isPartyKey(columnValues[i] ?? [], p, rows);
  });
  if (told) return true;
  // Two-character words down a column (隆安, 上林) read as people's names as easily as places: a
  // column of people's names needs a way to reach them, whereas a key or a firm's name names a
  // party by itself.
  const party = subject.field === "clientId" || profiles[subject.column].company >= 0.5;
  if (!relaxed || !party) return false;
  // The party's own attributes, not ours: a department, a team, a region or the rep serving it
  // (a lookup of account codes to who serves them) tell nothing of the party.
  const own = others.filter(
    (i) =>
      ownHeader(headers[i] ?? "") && !namesOwnUnit(headers[i] ?? "") && profiles[i].department < 0.5
  );
  return own.length >= 2 && own.some((i) => profiles[i].text >= 0.8);
}

function clientsReading(classification: SheetClassification): SheetClassification {
  const scores = { ...classification.scores };
  scores.Clients = Math.max(scores.Clients ?? 0, CONFIDENCE * 3);
  return { key: "Clients", confidence: CONFIDENCE, scores };
}

/**
 * A list naming no one but numbering each row's party (a subscriber extract: 用户号 beside its
 * package, balance and joining date): its header says the number is the client's, member's or
 * subscriber's own, each row has a different one (no serial), and another column tells something
 * of the party. The number then names each client (normalize-row.ts numberNamingRows).
 */
function numberedParties(
  columns: readonly HeaderColumn[],
  mapped: readonly ColumnMapping[],
  profiles: readonly ColumnProfile[],
  rows: number
): boolean {
  const numbered = mapped.findIndex((m, i) => {
    const p = profiles[i];
    if (m.field !== "clientId" || !p || p.serial) return false;
    const reading = readHeader(columns[i].text);
    return (
      reading.role === "subject" &&
      reading.base === "id" &&
      p.filled >= rows * 0.8 &&
      p.distinctRatio >= 0.95
    );
  });
  if (numbered < 0) return false;
  return mapped.some((m, i) => i !== numbered && m.field !== null && m.confidence >= 0.7);
}
