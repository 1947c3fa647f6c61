/**
 * How a client row's held insurance (已购险种 "重疾、医疗" with 年缴保费 beside it; see
 * held-policies.ts) is read into Insurance records: one per type listed, its type from the
 * register's vocabulary, the product's own name kept in the policy's notes when it is more than a
 * type word.
 *
 * The premium: with one type listed it is that policy's. With several and one amount, the amount
 * is the client's total for all of them and nobody knows the split: it goes on the first policy
 * listed, with a note saying it covers them all, so that the client's premiums still sum to what
 * the source says and no figure is invented. Only a cell giving one amount per type
 * ("8000/2000", "重疾8000、医疗2000") is split, in the order the types are listed.
 */
import type { RegisterRecord } from "../register/types";
import { cellText } from "./grid";
import { isTypeWord, policyTypeOf, typesIn, type HeldPolicyColumns } from "./held-policies";
import { parseAmount, parseHeaderUnit } from "./normalize";
import { buildRowContext, emptyRecord, normalizeRow, type RowContext } from "./normalize-row";
import type { ColumnMapping, ImportIssue, SourceCell } from "./types";

export interface HeldPoliciesWork {
  columns: HeldPolicyColumns;
  /** Reads the premium and sum insured of a row as a policy's. */
  ctx: RowContext;
  /** Every column read here: none of them stays in the client's notes. */
  taken: Set<number>;
  mappings: readonly ColumnMapping[];
}

type ReaderOptions = Parameters<typeof buildRowContext>[4];

/** The held-insurance columns of a client sheet as map-columns decided them; null when none. */
export function heldPoliciesWork(
  sheetName: string,
  mappings: readonly ColumnMapping[],
  columnValues: readonly (readonly SourceCell[])[],
  options: ReaderOptions
): HeldPoliciesWork | null {
  const coded = (code: string) =>
    mappings.findIndex((m) => m.reasons?.[0]?.code === code && m.field === null);
  const products = coded("map.why.held-products");
  if (products < 0) return null;
  const of = (field: string) => {
    const i = mappings.findIndex(
      (m) =>
        m.field === null &&
        m.reasons?.[0]?.code === "map.why.held-policy-column" &&
        m.reasons[0].params.field === field
    );
    return i >= 0 ? i : null;
  };
  const columns: HeldPolicyColumns = {
    products,
    premium: of("annualPremium"),
    sumInsured: of("sumInsured"),
  };
  const fields = new Map<number, string>();
  if (columns.premium !== null) fields.set(columns.premium, "annualPremium");
  if (columns.sumInsured !== null) fields.set(columns.sumInsured, "sumInsured");
  const as = mappings.map((m, i): ColumnMapping => {
    const field = fields.get(i);
    if (!field) return { ...m, field: null, source: "row-number" };
    const unit = parseHeaderUnit(m.header);
    return {
      ...m,
      field,
      source: "alias",
      ...(unit && Number.isFinite(unit.multiplier) ? { unitMultiplier: unit.multiplier } : {}),
      ...(unit?.currency ? { currency: unit.currency } : {}),
    };
  });
  return {
    columns,
    ctx: buildRowContext(sheetName, "Insurance", as, columnValues, options),
    taken: new Set([products, ...fields.keys()]),
    mappings,
  };
}

/** Between one amount per type in a premium cell: "8000/2000", "重疾8000、医疗2000". */
const AMOUNT_LIST = /[、,，;；/／|+＋\n]+/;
const NUMBER = /\d[\d,]*(?:\.\d+)?/;

/** One amount per listed type when the cell gives them so; null otherwise. */
function amountsPerType(
  cell: SourceCell,
  types: number,
  multiplier: number | undefined
): number[] | null {
  if (typeof cell !== "string" || types < 2) return null;
  const parts = cell.split(AMOUNT_LIST).filter((p) => p.trim() !== "");
  if (parts.length !== types) return null;
  const out: number[] = [];
  for (const part of parts) {
    const number = NUMBER.exec(part)?.[0];
    if (!number) return null;
    const read = parseAmount(number, { unitMultiplier: multiplier });
    if (!read.ok || typeof read.value !== "number") return null;
    out.push(read.value);
  }
  return out;
}

/**
 * The products a cell lists, one entry per insurance type: a product written twice is one, and two
 * products of one type (少儿重疾、重疾险) are kept together on one policy of that type that names
 * both, since nothing but their names tells their policies apart. `at` gives their places in the
 * cell, for amounts written one per product.
 */
function byType(
  listed: readonly string[]
): { type: string | null; written: string[]; at: number[] }[] {
  const groups: { type: string | null; written: string[]; at: number[] }[] = [];
  listed.forEach((text, i) => {
    const type = policyTypeOf(text);
    const group = groups.find((g) => type !== null && g.type === type);
    if (!group) groups.push({ type, written: [text], at: [i] });
    else {
      if (!group.written.includes(text)) group.written.push(text);
      group.at.push(i);
    }
  });
  return groups;
}

/** The policies one client row says the client holds, with the issues of reading their figures. */
export function heldPoliciesOfRow(
  work: HeldPoliciesWork,
  row: number,
  cells: readonly SourceCell[]
): { policies: RegisterRecord[]; issues: ImportIssue[] } {
  const { columns, mappings } = work;
  const listed = typesIn(cells[columns.products] ?? null);
  if (listed.length === 0) return { policies: [], issues: [] };
  const premiumCell = columns.premium === null ? null : (cells[columns.premium] ?? null);
  const split =
    columns.premium === null
      ? null
      : amountsPerType(
          premiumCell,
          listed.length,
          parseHeaderUnit(mappings[columns.premium].header)?.multiplier
        );
  const read = normalizeRow(
    work.ctx,
    row,
    split ? cells.map((c, i) => (i === columns.premium ? null : c)) : cells
  );
  const productsHeader = mappings[columns.products].header;
  const groups = byType(listed);
  const policies = groups.map(({ type, written, at }, i): RegisterRecord => {
    const policy = emptyRecord("Insurance");
    policy.type = type ?? "other";
    const notes: string[] = [];
    if (written.length > 1 || type === null || !isTypeWord(written[0], type))
      notes.push(`${productsHeader}: ${written.join("、")}`);
    if (split) policy.annualPremium = at.reduce((sum, j) => sum + split[j], 0);
    else if (i === 0) {
      policy.annualPremium = read.record.annualPremium ?? null;
      policy.sumInsured = read.record.sumInsured ?? null;
      if (groups.length > 1) {
        // The row's one figure covers every type it lists: say so beside it.
        const all = groups.flatMap((g) => g.written).join("、");
        for (const c of [columns.premium, columns.sumInsured]) {
          const text = c === null ? "" : cellText(cells[c] ?? null);
          if (c !== null && text !== "")
            notes.push(`${mappings[c].header}: ${text} (${productsHeader}: ${all})`);
        }
      }
    }
    if (split && i === 0) policy.sumInsured = read.record.sumInsured ?? null;
    if (notes.length > 0) policy.notes = notes.join("; ");
    return policy;
  });
  return { policies, issues: read.issues };
}
