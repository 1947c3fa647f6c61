/**
 * Property tests over each normaliser's whole vocabulary: every enum value word, every duration
 * unit and lifelong word, every yes/no word reads the same however it is written (case, full
 * width, Traditional or Simplified script, padding, zero-width characters), alone or combined.
 */
import fc from "fast-check";
import * as OpenCC from "opencc-js";
import {
  DURATION_UNIT_WORDS,
  LIFELONG_WORDS,
  NO_WORDS,
  YES_WORDS,
  enumChoices,
  parseDuration,
  parseEnum,
  parseTermYears,
  parseYesNo,
  type DurationUnit,
} from "../../../src/importer/normalize";
import { enumSpellings } from "../../../src/register/catalog";
import { SHEETS } from "../../../src/register/sheets";

const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
const toSimplified = OpenCC.Converter({ from: "tw", to: "cn" });

type Change = (text: string) => string;

/** The ways people write the same word differently. */
const CHANGES: Record<string, Change> = {
  same: (t) => t,
  upper: (t) => t.toUpperCase(),
  lower: (t) => t.toLowerCase(),
  capitalised: (t) => t.charAt(0).toUpperCase() + t.slice(1),
  traditional: (t) => toTraditional(t),
  simplified: (t) => toSimplified(t),
  fullWidth: (t) => t.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)),
  padded: (t) => ` \u3000${t}\t `,
  zeroWidth: (t) => `\uFEFF${t.slice(0, 1)}\u200B${t.slice(1)}\u200D`,
};
const changeNames = Object.keys(CHANGES);

/** One to three changes applied in turn. */
const changes = fc
  .array(fc.constantFrom(...changeNames), { minLength: 1, maxLength: 3 })
  .map((names) => ({ names, apply: (t: string) => names.reduce((s, n) => CHANGES[n](s), t) }));

/** Every word × every single change, checked exhaustively; returns the ones read wrongly. */
function wrongReadings<T>(
  cases: readonly T[],
  spellingOf: (c: T) => string,
  readsRight: (c: T, text: string) => boolean
): string[] {
  const wrong: string[] = [];
  for (const c of cases)
    for (const name of changeNames) {
      const text = CHANGES[name](spellingOf(c));
      if (!readsRight(c, text)) wrong.push(`${name}(${spellingOf(c)}) = ${JSON.stringify(text)}`);
    }
  return wrong;
}

describe("enum values", () => {
  const cases = SHEETS.flatMap((sheet) =>
    sheet.fields
      .filter((field) => field.values !== undefined)
      .flatMap((field) => {
        const choices = enumChoices(field.values ?? []);
        return (field.values ?? []).flatMap((value) =>
          [value.key, ...enumSpellings(value)].map((spelling) => ({
            field: `${sheet.key}.${field.key}`,
            choices,
            key: value.key,
            spelling,
          }))
        );
      })
  );
  const readsAs = (c: (typeof cases)[number], text: string) => {
    const read = parseEnum(text, c.choices);
    return read.ok && read.value === c.key;
  };

  it("covers every value word of every enumerated field", () => {
    expect(cases.length).toBeGreaterThan(500);
    expect(new Set(cases.map((c) => c.field)).size).toBeGreaterThan(10);
  });

  it("every value word, changed any one way, reads as its key", () => {
    expect(wrongReadings(cases, (c) => c.spelling, readsAs)).toEqual([]);
  });

  it("property: every value word, changed several ways at once, reads as its key", () => {
    fc.assert(
      fc.property(fc.constantFrom(...cases), changes, (c, change) => {
        const read = parseEnum(change.apply(c.spelling), c.choices);
        expect({ field: c.field, changes: change.names, read }).toEqual({
          field: c.field,
          changes: change.names,
          read: { ok: true, value: c.key },
        });
      }),
      { numRuns: 2000 }
    );
  });
});

describe("enum values written as two parts (a code beside its word, or two languages)", () => {
  const fields = SHEETS.flatMap((sheet) =>
    sheet.fields
      .filter((field) => field.values !== undefined)
      .map((field) => ({
        field: `${sheet.key}.${field.key}`,
        choices: enumChoices(field.values ?? []),
        // Words that hold a seam of their own ("Partnership/LLP") are not parts of one.
        words: (field.values ?? []).map((value) => ({
          key: value.key,
          words: [value.key, ...enumSpellings(value)].filter(
            (w) => !/[()（）/／|,，、;；:：\-–—\s]/.test(w)
          ),
        })),
      }))
  );
  const seams = ["(", "（", "/", " / ", "-", "、", " | "];
  const closing = (seam: string) => (seam === "(" ? ")" : seam === "（" ? "）" : "");
  const twoWordsOfOneValue = fc
    .constantFrom(...fields)
    .chain((f) =>
      fc
        .constantFrom(...f.words.filter((v) => v.words.length > 0))
        .chain((v) =>
          fc.tuple(
            fc.constant(f),
            fc.constant(v.key),
            fc.constantFrom(...v.words),
            fc.constantFrom(...v.words)
          )
        )
    );

  it("property: two words of one value joined by a bracket, slash or dash read as that value", () => {
    fc.assert(
      fc.property(twoWordsOfOneValue, fc.constantFrom(...seams), ([f, key, a, b], seam) => {
        const text = `${a}${seam}${b}${closing(seam)}`;
        const read = parseEnum(text, f.choices);
        expect({ field: f.field, text, read }).toEqual({
          field: f.field,
          text,
          read: { ok: true, value: key },
        });
      }),
      { numRuns: 2000 }
    );
  });

  it("property: a Latin code written straight before a CJK word of the same value reads as it (C3稳健型)", () => {
    const pairs = fields.flatMap((f) =>
      f.words.flatMap((v) => {
        const latin = v.words.filter((w) => /[A-Za-z0-9]$/.test(w));
        const cjk = v.words.filter((w) => /^[\u3400-\u9fff]/.test(w));
        return latin.flatMap((a) => cjk.map((b) => ({ f, key: v.key, a, b })));
      })
    );
    expect(pairs.length).toBeGreaterThan(100);
    fc.assert(
      fc.property(fc.constantFrom(...pairs), fc.boolean(), ({ f, key, a, b }, codeFirst) => {
        const text = codeFirst ? `${a}${b}` : `${b}${a}`;
        expect({ text, read: parseEnum(text, f.choices) }).toEqual({
          text,
          read: { ok: true, value: key },
        });
      }),
      { numRuns: 1500 }
    );
  });

  it("property: words of two different values together are never read as either", () => {
    // A bare number first is a list number and is dropped ("2 - relate" is relate), so words of
    // digits only are left out here.
    const mixed = fc
      .constantFrom(...fields.filter((f) => f.words.filter((v) => v.words.length > 0).length > 1))
      .chain((f) => {
        const values = f.words.filter((v) => v.words.length > 0);
        return fc
          .tuple(fc.nat(values.length - 1), fc.nat(values.length - 2))
          .map(([i, j]) => [values[i], values[j >= i ? j + 1 : j]] as const)
          .chain(([x, y]) =>
            fc.tuple(
              fc.constant(f),
              fc.constantFrom(...x.words.filter((w) => !/^\d+$/.test(w)), x.key),
              fc.constantFrom(...y.words),
              fc.constantFrom(...seams)
            )
          );
      });
    // Some pairs are words of their own ("Closed - Resolved" is closed, 電話-拜访 is 电话拜访 in
    // either script): those are left out.
    const bare = (t: string) =>
      toSimplified(t)
        .toLowerCase()
        .replace(/[\s()（）/|、-]/g, "");
    const wordsOf = new Map(
      fields.map((f) => [
        f.field,
        new Set(f.choices.flatMap((c) => [c.key, ...c.labels]).map(bare)),
      ])
    );
    fc.assert(
      fc.property(mixed, ([f, a, b, seam]) => {
        const text = `${a}${seam}${b}${closing(seam)}`;
        fc.pre(!wordsOf.get(f.field)?.has(bare(text)));
        const read = parseEnum(text, f.choices);
        expect({ field: f.field, text, ok: read.ok }).toEqual({ field: f.field, text, ok: false });
      }),
      { numRuns: 2000 }
    );
  });

  it("reads the mainland C1–C5 investor grades with or without their names", () => {
    const risk = enumChoices(
      SHEETS.flatMap((s) => s.fields).find((f) => f.key === "riskProfile")?.values ?? []
    );
    const read = (text: string) => parseEnum(text, risk);
    expect(
      ["C1", "C2保守型", "谨慎型(C2)", "C3稳健型", "c3", "C4-积极型", "C5 / 激进型"].map((t) =>
        read(t)
      )
    ).toEqual(
      [
        "conservative",
        "conservative",
        "conservative",
        "moderate",
        "moderate",
        "aggressive",
        "aggressive",
      ].map((value) => ({ ok: true, value }))
    );
    expect(read("C3保守型").ok).toBe(false);
    expect(read("保守型（待复评）").ok).toBe(false);
  });
});

describe("English enum values after a qualifier (the last words name the thing)", () => {
  const cases = SHEETS.flatMap((sheet) =>
    sheet.fields
      .filter((field) => field.values !== undefined)
      .flatMap((field) => {
        const choices = enumChoices(field.values ?? []);
        return (field.values ?? []).flatMap((value) =>
          [value.key, ...enumSpellings(value)]
            .filter((w) => /^[A-Za-z][A-Za-z0-9&' ]*$/.test(w))
            .map((word) => ({ field: `${sheet.key}.${field.key}`, choices, key: value.key, word }))
        );
      })
  );
  const qualifiers = ["Acme", "Legacy", "Municipal", "Q3", "Plan"];

  it("property: a qualifier that names no value, then a value word, reads as that value (Fixed Annuity)", () => {
    expect(cases.length).toBeGreaterThan(200);
    fc.assert(
      fc.property(fc.constantFrom(...cases), fc.constantFrom(...qualifiers), (c, q) => {
        fc.pre(!parseEnum(q, c.choices).ok);
        const text = `${q} ${c.word}`;
        expect({ text, read: parseEnum(text, c.choices) }).toEqual({
          text,
          read: { ok: true, value: c.key },
        });
      }),
      { numRuns: 1500 }
    );
  });

  it("property: a negation before a value word is never read as that value (Not Active)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...cases),
        fc.constantFrom("Not", "Non", "Ex", "Former"),
        (c, n) => {
          const read = parseEnum(`${n} ${c.word}`, c.choices);
          expect(read.ok && read.value === c.key).toBe(false);
        }
      ),
      { numRuns: 1500 }
    );
  });
});

describe("duration words", () => {
  const units = (
    Object.entries(DURATION_UNIT_WORDS) as [DurationUnit, readonly string[]][]
  ).flatMap(([unit, words]) => words.map((word) => ({ unit, word })));

  it("every unit word after a number, changed any one way, keeps its unit", () => {
    const wrong = wrongReadings(
      units,
      (u) => `12${u.word}`,
      (u, text) => {
        const read = parseDuration(text);
        return read?.kind === "span" && read.amount === 12 && read.unit === u.unit;
      }
    );
    expect(wrong).toEqual([]);
  });

  it("property: n with any unit word, spaced or not, changed several ways, keeps n and its unit; only years become termYears", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.constantFrom(...units),
        fc.constantFrom("", " ", "\u3000"),
        changes,
        (n, { unit, word }, space, change) => {
          const text = change.apply(`${n}${space}${word}`);
          expect(parseDuration(text)).toEqual({ kind: "span", amount: n, unit });
          const years = parseTermYears(text);
          if (unit === "year") expect(years).toEqual({ ok: true, value: n });
          else expect(years).toMatchObject({ ok: false, code: "value.term-not-years" });
        }
      ),
      { numRuns: 1500 }
    );
  });

  it("every lifelong word, changed any one way, is lifelong and never a number of years", () => {
    const wrong = wrongReadings(
      LIFELONG_WORDS,
      (w) => w,
      (_w, text) =>
        parseDuration(text)?.kind === "lifelong" &&
        parseTermYears(text).code === "value.term-not-years"
    );
    expect(wrong).toEqual([]);
  });

  it("property: a term to an age keeps the age", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 120 }),
        fc.constantFrom("至{n}岁", "至{n}歲", "保至{n}周岁", "to age {n}", "until age {n}"),
        changes,
        (age, form, change) => {
          const text = change.apply(form.replace("{n}", String(age)));
          expect(parseDuration(text)).toEqual({ kind: "to-age", age });
        }
      ),
      { numRuns: 500 }
    );
  });
});

describe("yes/no words", () => {
  const answers = [
    ...YES_WORDS.map((word) => ({ word, answer: true })),
    ...NO_WORDS.map((word) => ({ word, answer: false })),
  ];
  const readsAs = (a: (typeof answers)[number], text: string) => {
    const read = parseYesNo(text);
    return read.ok && read.value === a.answer;
  };

  it("every yes and no word, changed any one way, gives its answer", () => {
    expect(wrongReadings(answers, (a) => a.word, readsAs)).toEqual([]);
  });

  it("property: every yes and no word, changed several ways, with or without an emoji variation selector", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...answers),
        changes,
        fc.constantFrom("", "\uFE0F", "\uFE0E"),
        ({ word, answer }, change, selector) => {
          expect(parseYesNo(change.apply(word) + selector)).toEqual({ ok: true, value: answer });
        }
      ),
      { numRuns: 1000 }
    );
  });

  it("no word means both yes and no", () => {
    const yes = new Set(YES_WORDS.map((w) => toSimplified(w).toLowerCase()));
    expect(NO_WORDS.filter((w) => yes.has(toSimplified(w).toLowerCase()))).toEqual([]);
  });
});
