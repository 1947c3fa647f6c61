/**
 * A trade blotter — a portfolio's own buys and sales, or a broker's executions — is not a list of
 * holdings, although its headers (ticker, asset class, bank, amount) sound like one: on its rows a
 * quantity times a price makes the amount, and the money goes both ways, paid out on a buy and
 * received on a sale (or a side column says Buy / Sell). A holdings statement multiplies too, but
 * every position's value has the sign of its quantity.
 */
import { cellText, isBlankCell, numberIn } from "./grid";
import { foldScript, TRADE_SIDE_WORDS } from "../register/vocabulary";
import type { SourceCell } from "./types";

export interface TradeLines {
  /** The two columns multiplied and the amount column, by index. */
  factors: [number, number];
  amount: number;
  /** Rows where the product is the amount. */
  rows: number;
}

/** At most this many rows are multiplied out per column triple. */
const SAMPLE_ROWS = 400;
/** At most this many numeric columns are tried. */
const MAX_COLUMNS = 24;
/** Fewer matching rows than this say nothing. */
const MIN_ROWS = 5;
/** Of the rows where both factors say something (neither 0 nor 1), the share that must match. */
const MATCH_SHARE = 0.6;
/** Rows each way (paid out, received) that make a blotter; one odd sign is a correction. */
const MIN_EACH_WAY = 2;

const BUY: ReadonlySet<string> = new Set(TRADE_SIDE_WORDS.buy);
const SELL: ReadonlySet<string> = new Set(TRADE_SIDE_WORDS.sell);

/** A column whose filled cells are nearly all a trade's side, both sides among them. */
function sideColumn(values: readonly SourceCell[]): boolean {
  let filled = 0;
  let buys = 0;
  let sells = 0;
  for (const v of values) {
    if (isBlankCell(v)) continue;
    filled++;
    const word = foldScript(cellText(v).trim().toLowerCase());
    if (BUY.has(word)) buys++;
    else if (SELL.has(word)) sells++;
  }
  return filled >= MIN_ROWS && buys > 0 && sells > 0 && buys + sells >= filled * 0.9;
}

/**
 * The columns of a table whose rows are trades: two numbers whose product is a third on most rows
 * where the product says something, with the money going both ways (or a Buy / Sell column); null
 * when no such columns are found.
 */
export function tradeLines(columns: readonly (readonly SourceCell[])[]): TradeLines | null {
  const numeric: number[] = [];
  columns.forEach((values, i) => {
    let numbers = 0;
    let filled = 0;
    for (const v of values.slice(0, SAMPLE_ROWS)) {
      if (isBlankCell(v)) continue;
      filled++;
      if (numberIn(v) !== null) numbers++;
    }
    if (numbers >= MIN_ROWS && numbers >= filled * 0.5) numeric.push(i);
  });
  if (numeric.length < 3) return null;
  const tried = numeric.slice(0, MAX_COLUMNS);
  const sided = columns.some(sideColumn);
  const read = tried.map((i) => columns[i].slice(0, SAMPLE_ROWS).map(numberIn));
  let best: TradeLines | null = null;
  for (let a = 0; a < tried.length; a++)
    for (let x = 0; x < tried.length; x++)
      for (let y = x + 1; y < tried.length; y++) {
        if (x === a || y === a) continue;
        let telling = 0;
        let matches = 0;
        let paid = 0;
        let received = 0;
        read[a].forEach((amount, r) => {
          const q = read[x][r];
          const p = read[y][r];
          if (amount === null || amount === 0 || q === null || p === null) return;
          if (Math.abs(q) === 1 || Math.abs(p) === 1 || q === 0 || p === 0) return;
          telling++;
          const product = q * p;
          if (Math.abs(Math.abs(product) - Math.abs(amount)) > Math.abs(amount) * 0.01 + 0.01)
            return;
          matches++;
          if (Math.sign(product) === Math.sign(amount)) received++;
          else paid++;
        });
        if (matches < MIN_ROWS || matches < telling * MATCH_SHARE) continue;
        const bothWays = paid >= MIN_EACH_WAY && received >= MIN_EACH_WAY;
        if (!bothWays && !sided) continue;
        if (best === null || matches > best.rows)
          best = { factors: [tried[x], tried[y]], amount: tried[a], rows: matches };
      }
  return best;
}
