import type { Candidate } from "../../src/importer/link-merge";
import { profileColumn, type ColumnProfile } from "../../src/importer/profile";
import type { ImportResult, SourceCell, SourceMerge, SourceSheet } from "../../src/importer/types";
import type { RegisterRecord, SheetKey } from "../../src/register/types";

/** A source sheet from literal rows; merges as "A1:C1" ranges. */
export function sheet(name: string, rows: SourceCell[][], merges: string[] = []): SourceSheet {
  return { name, rows, merges: merges.map(parseRange) };
}

function colIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/**
 * A sheet's rows: the header, then `count` rows whose cells `cell` makes from the column's header,
 * the row's number (0 on) and the column's (0 on). Invented variants build their tables with it.
 */
export function table(
  headers: readonly string[],
  count: number,
  cell: (header: string, row: number, column: number) => SourceCell
): SourceCell[][] {
  const rows: SourceCell[][] = [[...headers]];
  for (let i = 0; i < count; i++) rows.push(headers.map((h, k) => cell(h, i, k)));
  return rows;
}

/** Each column's profile of a table's rows (its first row the header). */
export function profilesOf(rows: readonly (readonly SourceCell[])[]): ColumnProfile[] {
  return rows[0].map((_, c) => profileColumn(rows.slice(1).map((row) => row[c] ?? null)));
}

/** The register sheet an import read a source sheet as (undefined when the sheet has no mapping). */
export function readAs(result: ImportResult, sheetName: string): SheetKey | null | undefined {
  return result.mappings.find((m) => m.sheet === sheetName)?.registerSheet;
}

/** Why an import left a source sheet out as no register data (its sheet-not-data issue's reason). */
export function notDataReason(result: ImportResult, sheetName: string): unknown {
  const issue = result.issues.find(
    (i) => i.code === "import.sheet-not-data" && i.sheet === sheetName
  );
  return issue?.params?.reason;
}

export function parseRange(range: string): SourceMerge {
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(range);
  if (!m) throw new Error(`bad range ${range}`);
  return { top: Number(m[2]), left: colIndex(m[1]), bottom: Number(m[4]), right: colIndex(m[3]) };
}

/**
 * Candidates for linkAndMerge numbered from source row 1 on; `reset()` starts again (call it in
 * beforeEach). Client rows come from the sheet named `clientSheet` (the register key by default).
 */
export function candidateRows(clientSheet?: string): {
  cand: (sheet: SheetKey, record: RegisterRecord, extra?: Partial<Candidate>) => Candidate;
  reset: () => void;
} {
  let row = 0;
  return {
    cand(sheet, record, extra = {}) {
      row += 1;
      return {
        sheet,
        record: { notes: null, ...record },
        origin: { sheet: sheet === "Clients" && clientSheet ? clientSheet : sheet, row },
        followers: [],
        accounted: true,
        ...extra,
      };
    },
    reset() {
      row = 0;
    },
  };
}

/** Invented people's names, ten per language, for sheets whose rows must be distinct people. */
export const INVENTED_PEOPLE = {
  en: [
    "Owen Barker",
    "Maya Collins",
    "Ravi Desai",
    "Lena Fischer",
    "Tom Grady",
    "Nina Holt",
    "Ian Keller",
    "Zoe Lambert",
    "Paul Mercer",
    "Ada Novak",
  ],
  "zh-CN": [
    "陈志远",
    "刘晓梅",
    "杨建华",
    "黄丽娟",
    "赵国强",
    "周婷婷",
    "吴海峰",
    "徐静怡",
    "孙立伟",
    "马晓燕",
  ],
  "zh-TW": [
    "陳柏宏",
    "林佩珊",
    "張志豪",
    "黃怡婷",
    "李宗翰",
    "王雅雯",
    "吳承翰",
    "劉怡萱",
    "蔡明哲",
    "楊淑芬",
  ],
} as const;

/** Invented companies, twelve per language, for sheets whose rows must be distinct organisations. */
export const INVENTED_COMPANIES = {
  en: [
    "Brightwave Inc.",
    "Cobalt Group Ltd",
    "Harbor Retail Co",
    "Nimbus Labs LLC",
    "Keystone Finance Ltd",
    "Maple Health Inc.",
    "Orchid Foods Co",
    "Pioneer Tools Ltd",
    "Quartz Media LLC",
    "Riverbend Farms Co",
    "Summit Logistics Ltd",
    "Tidewater Energy Inc.",
  ],
  "zh-CN": [
    "星河科技有限公司",
    "蓝海贸易有限公司",
    "华信物流有限公司",
    "金石投资有限公司",
    "云帆软件有限公司",
    "安和医疗有限公司",
    "青禾食品有限公司",
    "远山建材有限公司",
    "明德教育咨询有限公司",
    "锦程旅游有限公司",
    "恒通机械有限公司",
    "德润化工有限公司",
  ],
  "zh-TW": [
    "星河科技股份有限公司",
    "藍海貿易有限公司",
    "華信物流股份有限公司",
    "金石投資有限公司",
    "雲帆軟體有限公司",
    "安和醫療有限公司",
    "青禾食品股份有限公司",
    "遠山建材有限公司",
    "明德教育顧問有限公司",
    "錦程旅遊有限公司",
    "恆通機械股份有限公司",
    "德潤化工有限公司",
  ],
} as const;

/**
 * A client list of eight invented people (name, mobile, e-mail). Beside a log it keeps the log's
 * own verdict: a workbook that lists its clients reads no clients from its logs (buyer-log.ts).
 */
export function clientListSheet(name = "Client list"): SourceSheet {
  const rows: SourceCell[][] = [["Client Name", "Mobile", "E-mail"]];
  INVENTED_PEOPLE.en
    .slice(0, 8)
    .forEach((p, i) =>
      rows.push([p, `+44 7700 900${String(100 + i * 7)}`, `client${i}@example.org`])
    );
  return sheet(name, rows);
}
