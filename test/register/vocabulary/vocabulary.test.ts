import fc from "fast-check";
import * as OpenCC from "opencc-js";
import {
  enumSpellings,
  enumValueBySpelling,
  fieldByHeader,
  foldHeader,
  headerSpellings,
  sheetBySpelling,
} from "../../../src/register/catalog";
import { SHEETS, sheetDef } from "../../../src/register/sheets";
import { enumChoices, parseEnum } from "../../../src/importer/normalize";
import type { FieldDef, SheetKey } from "../../../src/register/types";
import { LANGS } from "../../../src/register/types";
import * as vocabulary from "../../../src/register/vocabulary";
import { FOLD_VARIANTS } from "../../../src/register/vocabulary/fold-variants";

const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
const toSimplified = OpenCC.Converter({ from: "tw", to: "cn" });

const headerCases = SHEETS.flatMap((sheet) =>
  sheet.fields.flatMap((field) =>
    headerSpellings(field).map((spelling) => ({ sheet: sheet.key, field, spelling }))
  )
);
const enumFields = SHEETS.flatMap((sheet) => sheet.fields.filter((f) => f.values !== undefined));
const valueCases = enumFields.flatMap((field) =>
  (field.values ?? []).flatMap((value) =>
    enumSpellings(value).map((spelling) => ({ field, key: value.key, spelling }))
  )
);

/** Changes a spelling the ways people do: script, case, full width, spaces, underscores. */
const variant = fc.constantFrom<(text: string) => string>(
  (t) => t,
  (t) => toTraditional(t),
  (t) => toSimplified(t),
  (t) => t.toUpperCase(),
  (t) => ` ${t}\u3000`,
  (t) => t.replace(/[!-~]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) + 0xfee0)),
  (t) => t.replace(/ /g, "_")
);

describe("header vocabulary", () => {
  it("every header word of every field, and its Traditional spelling, names that field and no other in its sheet", () => {
    const written = headerCases.flatMap((c) => [c, { ...c, spelling: toTraditional(c.spelling) }]);
    const wrong = written
      .filter(({ sheet, field, spelling }) => fieldByHeader(sheet, spelling)?.key !== field.key)
      .map(
        ({ sheet, field, spelling }) =>
          `${sheet}.${field.key}: "${spelling}" → ${fieldByHeader(sheet, spelling)?.key}`
      );
    expect(wrong).toEqual([]);
  });

  it("names the same field however the word is written (script, case, width, spacing)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...headerCases),
        variant,
        ({ sheet, field, spelling }, change) => {
          expect(fieldByHeader(sheet, change(spelling))?.key).toBe(field.key);
        }
      ),
      { numRuns: 3000 }
    );
  });

  it.each<[SheetKey, string, string]>([
    ["Clients", "風險屬性", "riskProfile"],
    ["Clients", "客戶ID", "clientId"],
    ["Clients", "首次購買日期", "clientSince"],
    ["Clients", "onboarding_date", "clientSince"],
    ["Clients", "年营业额", "annualRevenue"],
    ["Insurance", "起保时间", "startDate"],
    ["Insurance", "保險期限", "termYears"],
    ["Complaints", "Resolution_Date", "resolvedOn"],
    ["Complaints", "結案日", "resolvedOn"],
    ["Complaints", "處理人", "owner"],
    ["Complaints", "客訴編號", "complaintId"],
    ["Assets", "幣別", "currency"],
  ])("%s: %s → %s", (sheet, header, key) => {
    expect(fieldByHeader(sheet, header)?.key).toBe(key);
  });

  it("every sheet-name word names its sheet", () => {
    for (const sheet of SHEETS) {
      for (const word of [
        sheet.key,
        sheet.table,
        ...LANGS.map((l) => sheet.label[l]),
        ...sheet.aliases,
      ]) {
        expect([word, sheetBySpelling(toTraditional(word))?.key]).toEqual([word, sheet.key]);
      }
    }
  });
});

describe("value vocabulary", () => {
  it("every value word of every enum, and its Traditional spelling, reads as that value, through the catalog and parseEnum", () => {
    const written = valueCases.flatMap((c) => [c, { ...c, spelling: toTraditional(c.spelling) }]);
    const wrong = written
      .filter(({ field, key, spelling }) => {
        const viaCatalog = enumValueBySpelling(field, spelling)?.key;
        const viaParser = parseEnum(spelling, enumChoices(field.values ?? []));
        return viaCatalog !== key || !viaParser.ok || viaParser.value !== key;
      })
      .map(({ field, key, spelling }) => `${field.key}.${key}: "${spelling}"`);
    expect(wrong).toEqual([]);
  });

  it("reads the same value however the word is written", () => {
    fc.assert(
      fc.property(fc.constantFrom(...valueCases), variant, ({ field, key, spelling }, change) => {
        expect(enumValueBySpelling(field, change(spelling))?.key).toBe(key);
        const parsed = parseEnum(change(spelling), enumChoices(field.values ?? []));
        expect(parsed).toEqual({ ok: true, value: key });
      }),
      { numRuns: 3000 }
    );
  });

  const valueOf = (sheet: SheetKey, fieldKey: string, text: string) =>
    enumValueBySpelling(sheetDef(sheet).fields.find((f) => f.key === fieldKey) as FieldDef, text)
      ?.key;

  it.each<[SheetKey, string, string, string]>([
    ["Clients", "riskProfile", "積極型", "aggressive"],
    ["Clients", "riskProfile", "穩健型", "moderate"],
    ["Clients", "riskProfile", "保守型", "conservative"],
    ["Clients", "riskProfile", "积极型", "aggressive"],
    ["Clients", "kind", "Private Limited Company", "enterprise"],
    ["Clients", "kind", "Sole Proprietorship", "enterprise"],
    ["Clients", "kind", "Partnership/LLP", "enterprise"],
    ["Insurance", "status", "生效中", "in-force"],
    ["Insurance", "status", "已退保", "lapsed"],
    ["Insurance", "status", "有效", "in-force"],
    ["Insurance", "status", "失效", "lapsed"],
    ["Insurance", "status", "滿期", "matured"],
    ["Insurance", "type", "意外伤害保险", "accident"],
    ["Insurance", "type", "意外傷害保險", "accident"],
    ["Assets", "assetClass", "理財商品", "wealth-product"],
    ["Complaints", "status", "已結案", "closed"],
    ["Complaints", "status", "處理中", "in-progress"],
  ])("%s.%s: %s → %s", (sheet, field, text, key) => {
    expect(valueOf(sheet, field, text)).toBe(key);
  });

  // Kinds of property or business (a leads template's 类型) say nothing of person or organisation.
  it.each(["物业", "商業", "工厂", "住宅", "写字楼", "工业"])(
    "Clients.kind: %s is no kind",
    (text) => {
      expect(valueOf("Clients", "kind", text)).toBeUndefined();
    }
  );
});

describe("vocabulary tables", () => {
  const tables = (Object.entries(vocabulary) as [string, unknown][]).filter(
    (entry): entry is [string, Record<string, readonly string[]>] =>
      /_(WORDS|HEADERS)$/.test(entry[0]) &&
      typeof entry[1] === "object" &&
      // A plain list of words (KEPT_VALUE_WORDS) is no table of entries.
      !Array.isArray(entry[1])
  );

  it("write each word once: no two words of one entry fold to the same spelling", () => {
    const repeats: string[] = [];
    for (const [name, table] of tables) {
      for (const [key, words] of Object.entries(table)) {
        const seen = new Set<string>();
        for (const word of words) {
          if (seen.has(foldHeader(word))) repeats.push(`${name}.${key}: ${word}`);
          seen.add(foldHeader(word));
        }
      }
    }
    expect(repeats).toEqual([]);
  });

  it("repeat no field's key or label among its header words, nor a value's among its value words", () => {
    const repeats: string[] = [];
    for (const sheet of SHEETS) {
      for (const field of sheet.fields) {
        const own = new Set([field.key, ...LANGS.map((l) => field.label[l])].map(foldHeader));
        for (const word of field.aliases)
          if (own.has(foldHeader(word))) repeats.push(`${sheet.key}.${field.key}: ${word}`);
        for (const value of field.values ?? []) {
          const ownValue = new Set(
            [value.key, ...LANGS.map((l) => value.label[l])].map(foldHeader)
          );
          for (const word of value.aliases ?? [])
            if (ownValue.has(foldHeader(word))) repeats.push(`${field.key}.${value.key}: ${word}`);
        }
      }
    }
    expect([...new Set(repeats)]).toEqual([]);
  });

  it("holds words only for keys the register knows", () => {
    const sheetOf: Record<string, SheetKey | undefined> = {
      CLIENTS_HEADERS: "Clients", FAMILY_HEADERS: "Family", CONTACTS_HEADERS: "Contacts",
      INSURANCE_HEADERS: "Insurance", ASSETS_HEADERS: "Assets", TIERS_HEADERS: "Tiers",
      COMPLAINTS_HEADERS: "Complaints", VISITS_HEADERS: "Visits", PIPELINE_HEADERS: "Pipeline",
    }; // prettier-ignore
    for (const [name, table] of tables) {
      const sheet = sheetOf[name];
      if (sheet === undefined) continue;
      const keys = new Set(sheetDef(sheet).fields.map((f) => f.key));
      expect(Object.keys(table).filter((k) => !keys.has(k))).toEqual([]);
    }
  });
});

const VARIANTS = new Map(FOLD_VARIANTS);

describe("script folding", () => {
  it("meets a word's Simplified variants on one spelling, written either way", () => {
    for (const [tw, cn] of [
      ["拜訪紀錄", "拜访记录"],
      ["聯絡紀錄", "联络记录"],
      ["跟進紀錄", "跟进记录"],
      ["會員暱稱", "会员昵称"],
    ])
      expect(vocabulary.foldScript(tw)).toBe(vocabulary.foldScript(cn));
    expect(vocabulary.foldScript("纪录")).toBe("记录");
    expect(vocabulary.foldScript("纪念")).toBe("纪念");
  });

  it("folds the Han characters inside a longer text and keeps every other character in place", () => {
    expect(vocabulary.foldScript("臺北 No.3 的拜訪紀錄 😀 帳號：A-12")).toBe(
      "台北 No.3 的拜访记录 😀 账号：A-12"
    );
    expect(vocabulary.foldScript("Sample Customer, 𠀀 ext.")).toBe("Sample Customer, 𠀀 ext.");
  });

  it("folds every character the way opencc-js converts it to Simplified", () => {
    const converters = ["tw", "hk", "t"].map((from) =>
      OpenCC.Converter({ from: from as "tw", to: "cn" })
    );
    const mismatches: string[] = [];
    for (let cp = 0x4e00; cp <= 0x9fff; cp++) {
      const ch = String.fromCodePoint(cp);
      const converted = converters
        .map((c) => c(ch))
        .find((out) => out !== ch && [...out].length === 1);
      // …then a Simplified variant to the one spelling of its word (fold-variants).
      const simple = converted ?? ch;
      const expected =
        VARIANTS.get(simple) ?? (converted === undefined ? ch : vocabulary.foldScript(converted));
      if (vocabulary.foldScript(ch) !== expected)
        mismatches.push(`${ch}→${vocabulary.foldScript(ch)} (${expected})`);
    }
    expect(mismatches).toEqual([]);
  });

  it("is idempotent and leaves non-Han text alone", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const once = vocabulary.foldScript(text);
        expect(vocabulary.foldScript(once)).toBe(once);
        expect(once.replace(/[\u4e00-\u9fff]/g, "")).toBe(text.replace(/[\u4e00-\u9fff]/g, ""));
      })
    );
  });
});
