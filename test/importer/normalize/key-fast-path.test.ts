import fc from "fast-check";
import { normaliseKey, stripInvisible } from "../../../src/importer/normalize/text";
import { fnv1a } from "../../../src/importer/mapping-file";

/**
 * normaliseKey and stripInvisible skip work for text that needs none (see plainKey and
 * ANY_REMOVED in text.ts). These references are the full folds, written out as the functions
 * were before the shortcuts; the shortcuts must never change a result.
 */
function stripReference(text: string): string {
  return text
    .replace(/^[\uE000-\uF8FF]+\s+|\s+[\uE000-\uF8FF]+$/g, "")
    .replace(/[\u0000-\u0008\u000E-\u001F\u200B\u200C\uFEFF]/g, "")
    .replace(
      /(?<!\p{Extended_Pictographic}|\u{FE0F}|\p{Emoji_Modifier})\u200D|\u200D(?!\p{Extended_Pictographic})/gu,
      ""
    )
    .replace(/[\v\f]/g, " ");
}

function keyReference(text: string): string {
  return stripReference(text.normalize("NFKC")).toLowerCase().replace(/\s+/g, " ").trim();
}

// Characters the shortcut takes and characters next to its edges, so both paths are exercised.
const interesting = fc.constantFrom(
  " ",
  "  ",
  "\t",
  "\n",
  "\u3000",
  "\u00a0",
  "A",
  "z",
  "Z",
  "~",
  "\u007f",
  "0",
  "@",
  ".",
  "王",
  "小",
  "明",
  "\u4e00",
  "\u9fff",
  "\u3400",
  "\u4dbf",
  "\u4dc0",
  "\ua000",
  "\uf900",
  "\ufa0a",
  "Ａ",
  "ｂ",
  "１",
  "É",
  "e\u0301",
  "\u200b",
  "\u200d",
  "\ufeff",
  "\u000b",
  "\u000c",
  "\u0001",
  "👨",
  "\u200d👩",
  "ﬁ",
  "İ",
  "Σ",
  "ß",
  "㈱",
  "①",
  "\ud800",
  "\udc00"
);
const mixed = fc
  .array(fc.oneof(interesting, fc.string(), fc.string({ unit: "binary" })), { maxLength: 12 })
  .map((parts) => parts.join(""));

describe("normaliseKey's shortcut", () => {
  it("gives the full fold's result for any text", () => {
    fc.assert(
      fc.property(mixed, (text) => {
        expect(normaliseKey(text)).toBe(keyReference(text));
      }),
      { numRuns: 20_000 }
    );
  });

  it("gives the full fold's result for every character it takes, alone and between letters", () => {
    const ranges: [number, number][] = [
      [0x20, 0x7e],
      [0x3400, 0x4dbf],
      [0x4e00, 0x9fff],
    ];
    for (const [from, to] of ranges)
      for (let c = from; c <= to; c++) {
        const ch = String.fromCharCode(c);
        for (const text of [ch, `A${ch}b`, ` ${ch} `, `${ch}${ch}`])
          expect(normaliseKey(text)).toBe(keyReference(text));
      }
  });

  it("keeps the cases the shortcut hands over", () => {
    expect(normaliseKey("  Wang  Xiao ")).toBe("wang xiao");
    expect(normaliseKey("王小明")).toBe("王小明");
    expect(normaliseKey("ＡＢＣ王")).toBe("abc王");
    expect(normaliseKey("")).toBe("");
    expect(normaliseKey(" ")).toBe("");
  });
});

describe("stripInvisible's shortcut", () => {
  it("gives the full strip's result for any text", () => {
    fc.assert(
      fc.property(mixed, (text) => {
        expect(stripInvisible(text)).toBe(stripReference(text));
      }),
      { numRuns: 20_000 }
    );
  });

  it("returns text with nothing to strip unchanged", () => {
    expect(stripInvisible("王小明 0912-345-678")).toBe("王小明 0912-345-678");
    expect(stripInvisible("a\u200bb\u000bc")).toBe("ab c");
  });
});

describe("fnv1a with a prefix", () => {
  it("hashes as the joined text would, without joining", () => {
    fc.assert(
      fc.property(fc.string(), fc.string({ unit: "binary" }), (prefix, text) => {
        expect(fnv1a(text, prefix)).toBe(fnv1a(prefix + text));
      }),
      { numRuns: 5_000 }
    );
  });
});
