import { en } from "../../src/taskpane/i18n/en";
import { zhCN } from "../../src/taskpane/i18n/zh-CN";
import { zhTW } from "../../src/taskpane/i18n/zh-TW";
import { format, initialLang, makeI18n } from "../../src/taskpane/i18n";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const entries = (messages: Record<string, Record<string, string>>) =>
  Object.entries(messages).flatMap(([group, texts]) =>
    Object.entries(texts).map(([key, text]) => [`${group}.${key}`, text] as const)
  );

describe("pane messages", () => {
  test.each([
    ["zh-CN", zhCN],
    ["zh-TW", zhTW],
  ])("%s has every English message, with the same placeholders", (_lang, messages) => {
    const theirs = new Map(entries(messages));
    for (const [key, text] of entries(en)) {
      expect(theirs.has(key)).toBe(true);
      expect([key, placeholders(theirs.get(key) ?? "")]).toEqual([key, placeholders(text)]);
    }
    expect(theirs.size).toBe(entries(en).length);
  });

  test("no message is empty, and the Chinese ones are really translated", () => {
    const english = new Map(entries(en));
    const sameAsEnglish = (messages: typeof zhCN) =>
      entries(messages).filter(
        ([key, text]) =>
          !key.startsWith("languages.") && text === english.get(key) && /[a-z]{3}/i.test(text)
      );
    for (const messages of [en, zhCN, zhTW])
      for (const [, text] of entries(messages)) expect(text.trim()).not.toBe("");
    expect(sameAsEnglish(zhCN)).toEqual([]);
    expect(sameAsEnglish(zhTW)).toEqual([]);
  });

  test("Traditional and Simplified differ where the scripts differ", () => {
    expect(zhCN.tabs.import).toBe("导入");
    expect(zhTW.tabs.import).toBe("匯入");
    const differing = entries(zhTW).filter(
      ([key, text]) => text !== new Map(entries(zhCN)).get(key)
    );
    expect(differing.length).toBeGreaterThan(entries(zhTW).length / 2);
  });
});

describe("language choice", () => {
  test("zh-HK and zh-MO read Traditional; other Chinese reads Simplified; anything else English", () => {
    expect(initialLang({ office: "zh-HK" })).toBe("zh-TW");
    expect(initialLang({ office: "zh-MO" })).toBe("zh-TW");
    expect(initialLang({ office: "zh-TW" })).toBe("zh-TW");
    expect(initialLang({ office: "zh-CN" })).toBe("zh-CN");
    expect(initialLang({ browser: "zh-SG" })).toBe("zh-CN");
    expect(initialLang({ browser: "fr-FR" })).toBe("en");
    expect(initialLang({})).toBe("en");
  });

  test("Office's display language wins over the browser's; a stored choice wins over both", () => {
    expect(initialLang({ office: "zh-TW", browser: "en-US" })).toBe("zh-TW");
    expect(initialLang({ office: null, browser: "zh-CN" })).toBe("zh-CN");
    expect(initialLang({ stored: "en", office: "zh-TW", browser: "zh-CN" })).toBe("en");
    expect(initialLang({ stored: "klingon", office: "zh-TW" })).toBe("zh-TW");
  });
});

describe("formatting", () => {
  test("placeholders are filled; unknown ones stay visible", () => {
    expect(format("{a} of {b}", { a: 1, b: "two" })).toBe("1 of two");
    expect(format("{a} and {missing}", { a: "x" })).toBe("x and {missing}");
  });

  test("numbers and dates follow the language", () => {
    expect(makeI18n("en").t("{n} rows", { n: 12345 })).toBe("12,345 rows");
    expect(makeI18n("en").date("2024-05-26")).toBe("May 26, 2024");
    expect(makeI18n("zh-CN").date("2024-05-26")).toBe("2024年5月26日");
    expect(makeI18n("en").date("2024-05-26T23:30:00.000Z")).toBe("May 26, 2024");
    expect(makeI18n("en").date("not a date")).toBe("not a date");
    expect(makeI18n("en").percent(0.95)).toBe("95%");
  });
});
