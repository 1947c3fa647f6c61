import { enumChoices, parseEnum, type EnumChoice } from "../../../src/importer/normalize";
import { expectFailure, expectValue } from "./expect-result";

const RISK: EnumChoice[] = [
  { key: "conservative", labels: ["Conservative", "保守", "保守"] },
  { key: "moderate", labels: ["Moderate", "稳健", "穩健"] },
  { key: "aggressive", labels: ["Aggressive", "积极", "積極"] },
];

const STAGE: EnumChoice[] = [
  { key: "identify", labels: ["1 Identify", "1 识别", "1 識別"] },
  { key: "gather", labels: ["2 Gather", "2 收集", "2 收集"] },
  { key: "assess", labels: ["3 Assess", "3 评估", "3 評估"] },
];

const STATUS: EnumChoice[] = [
  { key: "in-force", labels: ["In force", "有效"] },
  { key: "lapsed", labels: ["Lapsed", "失效"] },
];

describe("parseEnum: exact spellings", () => {
  it("matches the key", () => {
    expectValue(parseEnum("aggressive", RISK), "aggressive");
  });

  it("matches any label", () => {
    expectValue(parseEnum("稳健", RISK), "moderate");
    expectValue(parseEnum("穩健", RISK), "moderate");
  });

  it("ignores case, width and surrounding whitespace", () => {
    expectValue(parseEnum("CONSERVATIVE", RISK), "conservative");
    expectValue(parseEnum("ＣＯＮＳＥＲＶＡＴＩＶＥ", RISK), "conservative");
    expectValue(parseEnum("  Moderate  ", RISK), "moderate");
  });

  it("matches spellings that differ only in spaces, hyphens or underscores", () => {
    expectValue(parseEnum("in force", STATUS), "in-force");
    expectValue(parseEnum("In-Force", STATUS), "in-force");
    expectValue(parseEnum("IN_FORCE", STATUS), "in-force");
    expectValue(parseEnum("inForce", STATUS), "in-force");
  });
});

describe("parseEnum: tolerated variants", () => {
  it("tolerates a 型/類/类 suffix", () => {
    expectValue(parseEnum("保守型", RISK), "conservative");
    expectValue(parseEnum("穩健類", RISK), "moderate");
    expectValue(parseEnum("积极类", RISK), "aggressive");
  });

  it("tolerates a leading list number", () => {
    expectValue(parseEnum("1 identify", STAGE), "identify");
    expectValue(parseEnum("1. 识别", STAGE), "identify");
    expectValue(parseEnum("2、收集", STAGE), "gather");
    expectValue(parseEnum("(3) assess", STAGE), "assess");
  });

  it("reads a bare number as the choice whose label starts with it", () => {
    expectValue(parseEnum("3", STAGE), "assess");
    expectValue(parseEnum(2, STAGE), "gather");
  });

  it("does not read a bare number when no label is numbered", () => {
    expectFailure(parseEnum("2", RISK), '"2"');
  });
});

describe("parseEnum: failures and blanks", () => {
  it("fails on unknown values, quoting the value and listing the allowed keys", () => {
    expectFailure(parseEnum("reckless", RISK), '"reckless"', "conservative, moderate, aggressive");
  });

  it("fails when a spelling is shared by two choices", () => {
    const clash: EnumChoice[] = [
      { key: "a", labels: ["Same"] },
      { key: "b", labels: ["same"] },
    ];
    expectFailure(parseEnum("SAME", clash), /more than one/, "a, b");
  });

  it("prefers an exact match over a tolerant one", () => {
    const choices: EnumChoice[] = [
      { key: "type", labels: ["保守型"] },
      { key: "plain", labels: ["保守"] },
    ];
    expectValue(parseEnum("保守型", choices), "type");
    expectValue(parseEnum("保守", choices), "plain");
  });

  it("reads blanks as null and fails on errors and dates", () => {
    expectValue(parseEnum("", RISK), null);
    expectValue(parseEnum(null, RISK), null);
    expectFailure(parseEnum({ error: "#N/A" }, RISK), "#N/A");
    expectFailure(parseEnum(new Date(Date.UTC(2024, 0, 1)), RISK), /allowed values/);
  });
});

describe("enumChoices", () => {
  it("collects the key, every localized label and the aliases", () => {
    const choices = enumChoices([
      {
        key: "conservative",
        label: { en: "Conservative", "zh-CN": "保守", "zh-TW": "保守" },
        aliases: ["low"],
      },
      { key: "moderate", label: { en: "Moderate", "zh-CN": "稳健", "zh-TW": "穩健" } },
    ]);
    expect(choices).toEqual([
      { key: "conservative", labels: ["Conservative", "保守", "保守", "low"] },
      { key: "moderate", labels: ["Moderate", "稳健", "穩健"] },
    ]);
    expectValue(parseEnum("LOW", choices), "conservative");
  });
});
