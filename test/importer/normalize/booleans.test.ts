import { parseYesNo } from "../../../src/importer/normalize";
import { expectFailure, expectValue } from "./expect-result";

describe("parseYesNo", () => {
  it.each([
    "是",
    "有",
    "對",
    "对",
    "✓",
    "✔",
    "✔\uFE0F",
    "☑",
    "√",
    "Y",
    "y",
    "yes",
    "YES",
    "Yes",
    "true",
    "TRUE",
    "True",
    "1",
    " 是 ",
    "ｙｅｓ",
  ])("reads %p as yes", (raw) => {
    expectValue(parseYesNo(raw), true);
  });

  it.each([
    "否",
    "無",
    "无",
    "没有",
    "沒有",
    "不",
    "✗",
    "✘",
    "×",
    "N",
    "n",
    "no",
    "NO",
    "false",
    "FALSE",
    "0",
  ])("reads %p as no", (raw) => {
    expectValue(parseYesNo(raw), false);
  });

  it("passes booleans through", () => {
    expectValue(parseYesNo(true), true);
    expectValue(parseYesNo(false), false);
  });

  it("reads the numbers 1 and 0", () => {
    expectValue(parseYesNo(1), true);
    expectValue(parseYesNo(0), false);
  });

  it("reads blanks as null", () => {
    expectValue(parseYesNo(""), null);
    expectValue(parseYesNo(null), null);
  });

  it.each(["maybe", "x", "2", "yess", "是否"])(
    "fails on %p, quoting it and listing accepted answers",
    (raw) => {
      expectFailure(parseYesNo(raw), `"${raw}"`, /yes\/no/);
    }
  );

  it("fails on other numbers, dates and errors", () => {
    expectFailure(parseYesNo(2), "2");
    expectFailure(parseYesNo(new Date(Date.UTC(2024, 0, 1))), /yes or no/);
    expectFailure(parseYesNo({ error: "#N/A" }), "#N/A");
  });
});
