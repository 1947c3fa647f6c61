/**
 * An account book read as a list of clients: a chart of accounts (Account | Debit with "Accrued
 * Payroll", "Accounts Receivable", "Liquor Sales" down the rows) or a cash book (Date |
 * Description | Cr. | Dr. with "Lunch", "Bus Fare", "Petrol"). The column a person would take for
 * the names holds headings of where money goes or comes from, many different ones, and nothing
 * beside it names or reaches a person or a firm: no client is in it, whatever its header says.
 */
import { foldScript, LEDGER_HEADING_WORDS } from "../register/vocabulary";
import { COMPANY_VALUE, type ColumnProfile } from "./profile";
import { readHeader } from "./subject";

/** Rows the column must fill for its values to speak. */
const MIN_FILLED = 8;
/** Share of the column's filled rows that must be headings. */
const HEADING_SHARE = 0.5;
/**
 * Different heading words among them: a list of insurers all "… Insurance" or of firms all "…
 * Sales" holds one or two, an account book many.
 */
const MIN_WORDS = 4;

const LATIN = new Set<string>(LEDGER_HEADING_WORDS.latin.filter((w) => !w.includes(" ")));
const LATIN_PHRASES: readonly string[] = LEDGER_HEADING_WORDS.latin.filter((w) => w.includes(" "));
const HAN: readonly string[] = [...LEDGER_HEADING_WORDS.han]
  .map((w) => foldScript(w))
  .sort((a, b) => b.length - a.length);

/** The heading word a value holds ("Accrued Legal Fees" → accrued), or null. */
export function ledgerHeadingWord(value: string): string | null {
  const text = foldScript(value.normalize("NFKC")).trim();
  // A firm's name is no heading, whatever its trade ("Acme Insurance Ltd", 华夏资产管理有限公司).
  if (text === "" || COMPANY_VALUE.test(text)) return null;
  if (/[\u3400-\u9fff]/.test(text)) {
    const bare = text.replace(/[\s\d()（）\-—_.:：、]+$/u, "");
    // A heading may be the word itself (现金, 存货); one character alone (费, 税) is none.
    return HAN.find((w) => bare.endsWith(w) && (bare.length > w.length || w.length >= 2)) ?? null;
  }
  const words = text
    .toLowerCase()
    .replace(/[^a-z]+/g, " ")
    .trim();
  const spaced = ` ${words} `;
  const phrase = LATIN_PHRASES.find((p) => spaced.includes(` ${p} `));
  if (phrase) return phrase;
  return words.split(" ").find((w) => LATIN.has(w)) ?? null;
}

/** A column that names people, firms or ways to reach them: the rows have a party after all. */
function namesParties(p: ColumnProfile): boolean {
  return (
    p.filled >= 2 &&
    (p.personName >= 0.6 ||
      p.company >= 0.3 ||
      p.phone >= 0.3 ||
      p.email >= 0.3 ||
      p.idNumber >= 0.3)
  );
}

/** A header a person would read the rows' names under: a name or a party's word, or none at all. */
function namesTheRows(header: string): boolean {
  const reading = readHeader(header);
  return reading.role === "subject" || reading.role === "none";
}

export interface LedgerHeadings {
  /** The header (or first value) of the column of headings. */
  header: string;
  /** A few of its headings. */
  examples: string[];
}

/**
 * The column of an account book's headings, when the table is one: a column headed as names, an
 * account or nothing in particular whose filled rows are mostly headings of many kinds, and no
 * other column naming a firm or giving a phone, an e-mail or an identity number. Null otherwise.
 */
export function ledgerHeadingsOf(
  headers: readonly string[],
  profiles: readonly ColumnProfile[]
): LedgerHeadings | null {
  for (let i = 0; i < profiles.length; i++) {
    const p = profiles[i];
    if (!p || p.filled < MIN_FILLED || p.text < 0.6) continue;
    if (!namesTheRows(headers[i] ?? "")) continue;
    let all = 0;
    let hits = 0;
    const words = new Set<string>();
    const examples: string[] = [];
    for (const [text, count] of p.values) {
      if (text.trim() === "") continue;
      all += count;
      const word = ledgerHeadingWord(text);
      if (word === null) continue;
      hits += count;
      words.add(word);
      if (examples.length < 3) examples.push(text.trim());
    }
    if (all === 0 || hits < all * HEADING_SHARE || words.size < MIN_WORDS) continue;
    if (profiles.some((q, j) => j !== i && namesParties(q))) return null;
    return { header: headers[i]?.trim() || examples[0], examples };
  }
  return null;
}
