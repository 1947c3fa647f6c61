/**
 * A sheet of records kept per client — a meeting log of one sheet per key account, a complaint
 * sheet per customer, a policy list per insured — often names its client nowhere in its rows: the
 * sheet's name ("Kestrel Precision Tech", "华信科技") or a title line above the header ("客户：华信
 * 科技有限公司", "Client: Northwind Ltd") says whose the rows are. A person reads that name as the
 * client of every row. A name that only says what the sheet is (Sheet1, Data, Visits, 拜访记录, a
 * month, a region, a team) names no one, and then nothing is guessed: the rows stay without a
 * client, as before.
 */
import { foldScript, GENERIC_SHEET_NAME_WORDS, SHEET_WORDS } from "../register/vocabulary";
import { isPeriodLabel } from "./detect-table";
import { namesClient, plausibleName } from "./form-sheet";
import { cellText, isBlankCell } from "./grid";
import { looksLikePersonName } from "./person-name";
import { COMPANY_VALUE } from "./profile";
import type { SourceCell } from "./types";

export interface SheetSubject {
  /** The client's name, as written. */
  name: string;
  /** Where it was read: the sheet's name, or a title line above the header. */
  from: "sheet" | "title";
  /** The title line's text and row (1-based), when read from one. */
  line?: string;
  row?: number;
}

const LATIN_GENERIC: ReadonlySet<string> = new Set([
  ...GENERIC_SHEET_NAME_WORDS.latin,
  ...Object.values(SHEET_WORDS)
    .flat()
    .filter((w) => /^[a-z\s]+$/.test(w))
    .flatMap((w) => w.split(/\s+/)),
]);
const CJK_GENERIC: readonly string[] = [
  ...GENERIC_SHEET_NAME_WORDS.cjk,
  ...Object.values(SHEET_WORDS)
    .flat()
    .filter((w) => /[\u3400-\u9fff]/.test(w))
    .map((w) => foldScript(w)),
];

/** Month names and their short forms, and the other words of a period (Jan, Q3, FY25, H1). */
const PERIOD_WORD =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|q[1-4]|h[12]|fy\s*\d{2,4}|ytd|mtd|wk\d*)$/;
/** A year, a date or a run of digits anywhere in the name: a period or a number, not a name. */
const DIGITS = /(?:19|20)\d{2}|\d{1,4}\s*[-/.年月]\s*\d{1,2}|^\d+$/;
const HAN = /[\u3400-\u9fff]/;

/** The name's Latin words, lower case ("Kestrel Precision Tech" → kestrel, precision, tech). */
function latinWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9&'’]+/)
    .filter((w) => w !== "");
}

/** True when the name says what the sheet is or when it covers, not whom it is about. */
function isGenericName(text: string): boolean {
  const folded = foldScript(text.normalize("NFKC").toLowerCase()).trim();
  if (folded === "" || isPeriodLabel(text) || DIGITS.test(folded)) return true;
  const words = latinWords(folded);
  if (words.some((w) => LATIN_GENERIC.has(w) || PERIOD_WORD.test(w))) return true;
  return CJK_GENERIC.some((w) => folded.includes(w));
}

/**
 * The client a sheet's name names, or null: a company's name (…Ltd, …有限公司), a person's (Emily
 * Clarke, 陳怡君), two or more capitalised words (Kestrel Precision Tech), or a Chinese name of
 * two to twenty characters — never a name that says what the sheet is (Sheet1, Data, Visits, 拜访
 * 记录, Jan, 2025年3月, North Region).
 */
export function sheetNameSubject(sheetName: string): string | null {
  const name = sheetName.normalize("NFKC").trim();
  if (name.length < 2 || name.length > 60 || isGenericName(name)) return null;
  if (COMPANY_VALUE.test(name) || looksLikePersonName(name)) return name;
  if (HAN.test(name)) {
    const han = name.replace(/[\s·•()（）&]/g, "");
    return /^[\u3400-\u9fffA-Za-z]{2,20}$/.test(han) ? name : null;
  }
  // Latin words, each capitalised or an acronym: "Kestrel Precision Tech", "ACME Foods".
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 6) return null;
  return words.every((w) => /^(?:[A-Z][a-z'’.&-]+|[A-Z]{2,6}|&)$/.test(w)) ? name : null;
}

const LABELLED_LINE = /^([^:：]{1,20}?)\s*[:：]\s*(\S.{0,80})$/u;

/**
 * The client a title line above the header names ("客户：华信科技有限公司", "Client: Northwind
 * Ltd", "Account Name: Kestrel Precision Tech"): a line of one cell whose label names the client.
 * `rows` are the rows above the header, the first being source row `firstRow`.
 */
export function titleLineSubject(
  rows: readonly (readonly SourceCell[] | undefined)[],
  firstRow = 1
): SheetSubject | null {
  const found: SheetSubject[] = [];
  rows.forEach((cells, r) => {
    const filled = (cells ?? []).filter((c) => !isBlankCell(c));
    if (filled.length !== 1 || typeof filled[0] !== "string") return;
    const line = cellText(filled[0]).trim();
    const m = LABELLED_LINE.exec(line);
    if (!m || !namesClient(m[1].trim()) || !plausibleName(m[2])) return;
    found.push({ name: m[2].trim(), from: "title", line, row: firstRow + r });
  });
  // Two lines naming two clients: the table has no one client.
  const names = new Set(found.map((f) => foldScript(f.name.toLowerCase())));
  return names.size === 1 ? found[0] : null;
}
