/**
 * functions-zh-CN.json and functions-zh-TW.json: the build's functions.json with every description
 * translated and every id and name kept, so formulas read the same in every language.
 */
import path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

const { LOCALES, localizeMetadata, readTranslations } = require("../../scripts/localize-functions");

const source = path.resolve(__dirname, "../../src/functions/functions.ts");

interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    parameters: { name: string; description: string; type: string; optional?: boolean }[];
    result: unknown;
  }[];
}

let english: string;

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(source, false);
  expect(result.errors).toEqual([]);
  english = result.metadataJson;
}, 60_000);

describe.each(LOCALES as string[])("functions-%s.json", (locale) => {
  test("translates every description and keeps ids, names, types and shapes", () => {
    const base = JSON.parse(english) as Metadata;
    const localized = JSON.parse(
      localizeMetadata(english, readTranslations(locale), locale)
    ) as Metadata;
    expect(localized.functions.map((f) => [f.id, f.name])).toEqual(
      base.functions.map((f) => [f.id, f.name])
    );
    localized.functions.forEach((fn, i) => {
      const en = base.functions[i];
      expect(fn.result).toEqual(en.result);
      expect(fn.description).toMatch(/[\u4e00-\u9fff]/);
      expect(fn.description).not.toBe(en.description);
      expect(fn.parameters.map((p) => [p.name, p.type, p.optional])).toEqual(
        en.parameters.map((p) => [p.name, p.type, p.optional])
      );
      for (const p of fn.parameters)
        expect([fn.id, p.name, p.description]).toEqual([
          fn.id,
          p.name,
          expect.stringMatching(/[\u4e00-\u9fff]|^[a-z, 、]+。?$/),
        ]);
    });
  });
});

test("a missing or stray translation fails the build with the function and parameter named", () => {
  const translations = JSON.parse(JSON.stringify(readTranslations("zh-CN")));
  delete translations.TIER.parameters.thresholds;
  translations.GRADE.parameters.extra = "多余";
  expect(() => localizeMetadata(english, translations, "zh-CN")).toThrow(
    /TIER\(thresholds\) has no description.*GRADE has no parameter extra/
  );
});

test("Traditional and Simplified texts differ where the scripts differ", () => {
  const cn = readTranslations("zh-CN");
  const tw = readTranslations("zh-TW");
  expect(cn.TIER.description).toContain("客户");
  expect(tw.TIER.description).toContain("客戶");
});
