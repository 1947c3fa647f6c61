/**
 * Headers as programs and people write them: words run together in camelCase or PascalCase, joined
 * by underscores or hyphens in any case (policY_NUMBER, Cust-Mobile, txtCustomerName), a program's
 * prefix in front (tbl_, fld, txt), abbreviations (cust, addr, tel, dob, nbr), and names that are
 * no header at all (textBox12, Column1, Field3, "Unnamed: 0", F1, 列1). Pure text functions.
 */
import { withoutAccents } from "../register/catalog";

/** The header's words, lower-case: camelCase split, separators gone, a script change a boundary. */
export function headerWords(text: string): string[] {
  // Prénom, Teléfono: a word with an accent is one word, as its match form is.
  const spaced = withoutAccents(text.normalize("NFKC"))
    // customerName, CustMobile, textBox: a capital starting a lower-case word starts a word.
    .replace(/([a-z])([A-Z][a-z])/g, "$1 $2")
    // HTTPServer, DOBDate: the last capital of a run starts the next word.
    .replace(/([A-Z]{2,})([A-Z][a-z])/g, "$1 $2")
    // PolicyNO, customerID: a run of two or more capitals after a word (not policY's one).
    .replace(/([a-z]{2,})([A-Z]{2,})(?=$|[^A-Za-z])/g, "$1 $2")
    // textBox12, Field3, 2ndPhone: digits are a word of their own.
    .replace(/([A-Za-z])(\d)/g, "$1 $2")
    .replace(/(\d)([A-Za-z])/g, "$1 $2")
    // 客户Name, Name客户: a change of script is a boundary.
    .replace(/([A-Za-z0-9])([\u3400-\u9fff\uf900-\ufaff])/g, "$1 $2")
    .replace(/([\u3400-\u9fff\uf900-\ufaff])([A-Za-z0-9])/g, "$1 $2")
    .toLowerCase();
  return spaced.split(/[^a-z0-9\u3400-\u9fff\uf900-\ufaff]+/).filter((w) => w !== "");
}

/**
 * Prefixes report designers and database schemas put before a field's name: txtCustomerName,
 * tbl_client, fldPhone, lblAddress. Dropped only when a word follows.
 */
const PROGRAM_PREFIXES: ReadonlySet<string> = new Set([
  "txt",
  "tbl",
  "fld",
  "lbl",
  "cbo",
  "cmb",
  "chk",
  "str",
]);

/**
 * Abbreviations of header words, as schemas and hurried people shorten them. Each stands for the
 * words on the right; a word of the header is replaced only when it is the whole word.
 */
const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["cust", "customer"],
  ["cus", "customer"],
  ["custs", "customers"],
  ["clnt", "client"],
  ["addr", "address"],
  ["add", "address"],
  ["adr", "address"],
  ["tel", "telephone"],
  ["ph", "phone"],
  ["mob", "mobile"],
  ["dob", "date of birth"],
  ["bday", "birthday"],
  ["no", "number"],
  ["nbr", "number"],
  ["num", "number"],
  ["nr", "number"],
  ["acct", "account"],
  ["acc", "account"],
  ["amt", "amount"],
  ["cont", "contract"],
  ["qty", "quantity"],
  ["dt", "date"],
  ["prem", "premium"],
  ["prm", "premium"],
  ["pol", "policy"],
  ["nm", "name"],
  ["fname", "first name"],
  ["lname", "last name"],
  // CustFN | CustLN: a schema's first and last name after whose they are.
  ["fn", "first name"],
  ["ln", "last name"],
  ["mgr", "manager"],
  ["dept", "department"],
  ["occ", "occupation"],
  ["bal", "balance"],
  ["txn", "transaction"],
]);

/** Abbreviations of "number", spelt out only after the word saying whose number it is. */
const NUMBER_WORDS: ReadonlySet<string> = new Set(["no", "nbr", "num", "nr"]);

/**
 * The header read as words with a program's prefix dropped and abbreviations spelt out
 * ("txtCustAddr" → "customer address", "POL_NBR" → "policy number"), or null when that changes
 * nothing but spacing and case (the plain reading is the same).
 */
export function expandedHeader(text: string): string | null {
  const words = headerWords(text);
  if (words.length === 0) return null;
  let changed = false;
  const kept =
    words.length >= 2 && PROGRAM_PREFIXES.has(words[0]) && /^[a-z]/.test(words[1])
      ? ((changed = true), words.slice(1))
      : words;
  const out = kept.map((w, i) => {
    const long = ABBREVIATIONS.get(w);
    // A bare "No" or "Num" is a row number as often as anything's number: only "Policy No" says whose.
    if (long === undefined || (i === 0 && NUMBER_WORDS.has(w))) return w;
    changed = true;
    return long;
  });
  return changed ? out.join(" ") : null;
}

/**
 * Names that are no header: a report's control names (textBox12, txt3, Label1), a spreadsheet's or
 * a data tool's placeholders (Column1, Field3, F1, "Unnamed: 0", Unnamed: 2_level_1, 列1, 欄1,
 * 字段3). A column so headed is read by its values alone.
 */
const PLACEHOLDER =
  /^(?:column|col|field|fld|text ?box|textfield|text|txt|label|lbl|cell|unnamed|f|列|欄|栏|字段|欄位|栏位)[\s_:：.#-]*\d{1,3}(?:[\s_]*level[\s_]*\d+)?$/i;

export function isPlaceholderHeader(text: string): boolean {
  const t = text.normalize("NFKC").trim();
  return t !== "" && PLACEHOLDER.test(t);
}

/**
 * Where the header's words start and end in its match form (words run together), or null when
 * the words do not spell the match form (then nothing can be said about boundaries).
 */
export function wordBoundaries(words: readonly string[], form: string): Set<number> | null {
  if (words.join("") !== form) return null;
  const out = new Set<number>([0]);
  let at = 0;
  for (const w of words) {
    at += w.length;
    out.add(at);
  }
  return out;
}

/**
 * True when a Latin spelling found inside a header of several words stands on the header's word
 * boundaries somewhere: "type" in transaction_type does, "action" in it does not (it is inside
 * "transaction"). Spellings with CJK characters, and headers of one word, always pass.
 */
export function standsOnWords(
  boundaries: ReadonlySet<number> | null,
  form: string,
  spelling: string
): boolean {
  if (boundaries === null || boundaries.size <= 2) return true;
  if (!/^[a-z0-9]+$/.test(spelling) || spelling.length >= form.length) return true;
  for (let at = form.indexOf(spelling); at >= 0; at = form.indexOf(spelling, at + 1)) {
    if (!boundaries.has(at)) continue;
    const end = at + spelling.length;
    // A plural stands on the word too: "Follow-Ups" holds follow up, "Phones" phone.
    if (boundaries.has(end) || (form[end] === "s" && boundaries.has(end + 1))) return true;
    if (form.startsWith("es", end) && boundaries.has(end + 2)) return true;
  }
  return false;
}

const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
const LATIN_RUN = /[A-Za-z][A-Za-z .'/-]*[A-Za-z]/g;

/**
 * The parts of a header written in two languages, each naming the column on its own ("手机 Mobile",
 * "出生日期 Date of Birth", "电邮 Email"): its CJK runs and its Latin runs of four letters or more,
 * outside brackets (units and asides: 保费(USD)). Empty when the header is in one script.
 */
export function bilingualParts(text: string): string[] {
  const outside = text.normalize("NFKC").replace(/[(（[【][^()（）[\]【】]*[)）\]】]/g, " ");
  const cjk = (outside.match(CJK_RUN) ?? []).filter((r) => r.length >= 2);
  const latin = (outside.match(LATIN_RUN) ?? [])
    .map((r) => r.trim())
    .filter((r) => r.replace(/[^A-Za-z]/g, "").length >= 4);
  return cjk.length > 0 && latin.length > 0 ? [...cjk, ...latin] : [];
}
