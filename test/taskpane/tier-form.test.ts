import { checkForm, readNumber, toForm } from "../../src/taskpane/tier-form";
import { DEFAULT_SETTINGS } from "../../src/register/settings";

describe("tier settings form", () => {
  test("round-trips the settings unchanged", () => {
    expect(checkForm(toForm(DEFAULT_SETTINGS), DEFAULT_SETTINGS)).toEqual({
      settings: DEFAULT_SETTINGS,
      problems: [],
      invalid: [],
    });
  });

  test("shows thresholds with thousands separators", () => {
    expect(toForm(DEFAULT_SETTINGS).thresholds).toEqual([
      "5,000,000",
      "1,000,000",
      "500,000",
      "10,000",
    ]);
  });

  test("reads amounts as people type them: separators, full-width commas, 万 / 萬 and 亿 / 億", () => {
    expect(readNumber(" 5,000,000 ")).toBe(5_000_000);
    expect(readNumber("5，000，000")).toBe(5_000_000);
    expect(readNumber("500万")).toBe(5_000_000);
    expect(readNumber("1.2萬")).toBe(12_000);
    expect(readNumber("1.5億")).toBe(150_000_000);
    expect(readNumber("万")).toBeNaN();
    expect(readNumber("abc")).toBeNaN();
  });

  test("reads thousands separators and keeps the settings the form does not show", () => {
    const base = { ...DEFAULT_SETTINGS, notVisitedDays: 45, currency: "TWD" };
    const form = {
      ...toForm(base),
      thresholds: ["8,000,000", "2,000,000", "600,000", "20,000"],
      against: ["B" as const],
    };
    const checked = checkForm(form, base);
    expect(checked.settings?.tierThresholds).toEqual([8_000_000, 2_000_000, 600_000, 20_000]);
    expect(checked.settings?.factors.B.against).toBe(true);
    expect(checked.settings?.factors.C.against).toBe(false);
    expect(checked.settings?.notVisitedDays).toBe(45);
    expect(checked.settings?.currency).toBe("TWD");
  });

  test("rising thresholds are refused and all thresholds are pointed at", () => {
    const form = {
      ...toForm(DEFAULT_SETTINGS),
      thresholds: ["5000000", "1000000", "2000000", "10000"],
    };
    const checked = checkForm(form, DEFAULT_SETTINGS);
    expect(checked.settings).toBeNull();
    expect(checked.problems).toEqual(["thresholds"]);
    expect(checked.invalid).toEqual(expect.arrayContaining(["threshold:gold"]));
  });

  test("text, negatives and out-of-range cuts point at their own inputs", () => {
    const form = {
      ...toForm(DEFAULT_SETTINGS),
      thresholds: ["5000000", "abc", "500000", "10000"],
      valueCut: "101",
    };
    form.weights = { ...form.weights, E: "-1" };
    const checked = checkForm(form, DEFAULT_SETTINGS);
    expect(checked.settings).toBeNull();
    expect(checked.problems.sort()).toEqual(["cuts", "thresholds", "weights"]);
    expect(checked.invalid).toEqual(
      expect.arrayContaining(["threshold:platinum", "weight:E", "valueCut"])
    );
    expect(checked.invalid).not.toContain("difficultyCut");
  });

  test("all weights zero is refused", () => {
    const form = toForm(DEFAULT_SETTINGS);
    for (const letter of Object.keys(form.weights) as (keyof typeof form.weights)[])
      form.weights[letter] = "0";
    expect(checkForm(form, DEFAULT_SETTINGS).problems).toEqual(["weights"]);
  });
});
