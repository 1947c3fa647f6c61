import type { Candidate } from "../../src/importer/link-merge";
import type { SourceCell, SourceMerge, SourceSheet } from "../../src/importer/types";
import type { RegisterRecord, SheetKey } from "../../src/register/types";

/** A source sheet from literal rows; merges as "A1:C1" ranges. */
export function sheet(name: string, rows: SourceCell[][], merges: string[] = []): SourceSheet {
  return { name, rows, merges: merges.map(parseRange) };
}

function colIndex(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
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
