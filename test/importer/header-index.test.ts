/**
 * Header matching through the spelling index: the same scores as comparing a header with every
 * spelling, for a fraction of the comparisons (a 16,500-column header row took minutes before).
 */
import fc from "fast-check";
import {
  ALL_SPELLINGS,
  allSpellingsIndex,
  looksLikeHeader,
  matchForm,
  scoreHeader,
  spellingComparisons,
  spellingScore,
  SpellingIndex,
  targetsFor,
} from "../../src/importer/header-match";
import { SHEET_KEYS } from "../../src/register/types";

const spellings = [...ALL_SPELLINGS];

/** Every spelling scoring above zero, by comparing the header with each one. */
function bruteForce(h: string, fuzzy: boolean): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of spellings) {
    const score = spellingScore(h, s, fuzzy);
    if (score > 0) out.set(s, score);
  }
  return out;
}

/** Headers near the register's own spellings: cut, extended, one letter changed, two joined. */
const nearHeader = fc
  .tuple(
    fc.constantFrom(...spellings),
    fc.constantFrom(...spellings),
    fc.nat(40),
    fc.constantFrom("cut", "extend", "change", "join", "swap", "as is")
  )
  .map(([a, b, n, how]) => {
    const at = a.length === 0 ? 0 : n % a.length;
    switch (how) {
      case "cut":
        return a.slice(0, at) + a.slice(at + 1);
      case "extend":
        return `${a}${b.slice(0, 2)}`;
      case "change":
        return `${a.slice(0, at)}${b[0] ?? "x"}${a.slice(at + 1)}`;
      case "join":
        return `${b}${a}`;
      case "swap":
        return at + 1 < a.length ? a.slice(0, at) + a[at + 1] + a[at] + a.slice(at + 2) : a;
      default:
        return a;
    }
  });

describe("the spelling index", () => {
  it("finds exactly the spellings a comparison with every spelling finds", () => {
    const index = allSpellingsIndex();
    fc.assert(
      fc.property(
        fc.oneof(nearHeader, fc.string({ maxLength: 12 })),
        fc.boolean(),
        (raw, fuzzy) => {
          const h = matchForm(raw);
          expect(new Map(index.scores(h, fuzzy))).toEqual(bruteForce(h, fuzzy));
        }
      ),
      { numRuns: 400 }
    );
  });

  it("scores a header against a sheet's fields as field by field would", () => {
    for (const sheet of SHEET_KEYS) {
      const targets = targetsFor(sheet);
      for (const header of [
        "客户名称",
        "Customer Name",
        "联系电话号码",
        "Submited via",
        "保费（万元）",
      ]) {
        const h = matchForm(header);
        const expected = targets
          .map((target) => ({
            key: target.key,
            best: Math.max(0, ...target.spellings.map((s) => spellingScore(h, s))),
          }))
          .filter((t) => t.best > 0);
        const got = scoreHeader(header, targets);
        expect(got.map((t) => t.target.key).sort()).toEqual(expected.map((t) => t.key).sort());
        for (const t of got)
          expect(t.confidence).toBe(
            Math.round((expected.find((e) => e.key === t.target.key)?.best ?? 0) * 100) / 100
          );
      }
    }
  });

  it("an index of a few spellings answers for those alone", () => {
    const index = new SpellingIndex(["customername", "客户名称", "phone"]);
    expect(index.scores("customernam").map(([s]) => s)).toEqual(["customername"]);
    expect(index.scores("客户名").map(([s]) => s)).toEqual(["客户名称"]);
    expect(index.scores("mobilephone", false).map(([s]) => s)).toEqual(["phone"]);
    expect(index.scores("address")).toEqual([]);
  });

  it("reading a wide text header row compares each text with a few spellings, not all of them", () => {
    const words = ["Attribute", "Region", "Segment", "Quarter", "渠道", "指标", "字段", "Flag"];
    const headers = Array.from(
      { length: 2000 },
      (_, c) => `${words[c % 8]} ${c} ${words[(c * 5) % 8]}`
    );
    const before = spellingComparisons();
    const found = headers.filter((h) => looksLikeHeader(h)).length;
    const perHeader = (spellingComparisons() - before) / headers.length;
    expect(ALL_SPELLINGS.size).toBeGreaterThan(1000);
    // Comparing with every spelling would cost ALL_SPELLINGS.size comparisons per header.
    expect(perHeader).toBeLessThan(ALL_SPELLINGS.size / 50);
    expect(found).toBe(headers.filter((h) => bruteForceLooksLikeHeader(h)).length);
  });
});

function bruteForceLooksLikeHeader(text: string): boolean {
  const h = matchForm(text);
  if (h === "" || h.length > 24) return false;
  return spellings.some((s) => spellingScore(h, s, false) >= 0.6);
}
