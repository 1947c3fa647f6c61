/**
 * A mainland resident ID number holds its bearer's birth date (digits 7–14). A person fills a blank
 * birthday from it when the number's check digit holds, and never from a number that fails it; a
 * birthday the sheet gives stays as given.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/** An invented resident ID: area 310104, the birth date, sequence, and its check character. */
function residentId(born: string, seq: string): string {
  const body = `310104${born.replace(/-/g, "")}${seq}`;
  const sum = [...body].reduce((s, d, i) => s + Number(d) * WEIGHTS[i], 0);
  return body + "10X98765432"[sum % 11];
}
/** The same number with its check character changed: it fails. */
function failing(id: string): string {
  const last = id[17] === "0" ? "1" : "0";
  return id.slice(0, 17) + last;
}

const GOOD = residentId("1988-07-21", "035");
const OTHER = residentId("1975-02-09", "442");

describe("a blank birthday from the client's ID number", () => {
  it.each([
    ["简体", ["客户姓名", "身份证号", "出生日期", "手机"]],
    ["繁體", ["客戶姓名", "身分證號", "出生日期", "手機"]],
    ["English", ["Client Name", "ID No.", "Date of Birth", "Mobile"]],
  ])("is taken when the check digit holds (%s)", (_, headers) => {
    const rows: SourceCell[][] = [
      headers,
      ["邓凯", GOOD, null, "13800009851"],
      ["沈慧敏", OTHER, "1969-07-25", "13800000156"],
      ["孙凯", failing(residentId("1984-11-05", "722")), null, "13800006360"],
    ];
    const result = importWorkbook([sheet("客户", rows)]);
    const birthday = (n: string) => result.records.Clients.find((c) => c.name === n)?.birthday;
    expect(birthday("邓凯")).toBe("1988-07-21");
    expect(birthday("沈慧敏")).toBe("1969-07-25");
    expect(birthday("孙凯") ?? null).toBeNull();
    const told = result.issues.filter((i) => i.code === "value.birthday-from-id");
    expect(told).toHaveLength(1);
    expect(told[0].params?.count).toBe(1);
  });

  it("fills the birthday of a list without a birthday column", () => {
    const result = importWorkbook([
      sheet("客户", [
        ["客户姓名", "身份证号", "手机"],
        ["邓凯", GOOD, "13800009851"],
        ["沈慧敏", OTHER, "13800000156"],
      ]),
    ]);
    expect(result.records.Clients.map((c) => c.birthday)).toEqual(["1988-07-21", "1975-02-09"]);
  });

  it("takes nothing from a Taiwanese ID, which holds no birth date", () => {
    const result = importWorkbook([
      sheet("客戶", [
        ["客戶姓名", "身分證字號", "出生日期"],
        ["陳志明", "A123456789", null],
        ["林淑芬", "B221544878", null],
      ]),
    ]);
    expect(result.records.Clients.every((c) => (c.birthday ?? null) === null)).toBe(true);
    expect(result.issues.some((i) => i.code === "value.birthday-from-id")).toBe(false);
  });
});
