/**
 * The day of each month something recurs (抄表日期 9, Reading Day 15, 每月扣款日 5) is no date: a
 * sheet of what recurs at each client (a copier dealer's machines read monthly) is no log of visits,
 * whatever its day column's header says, but the list of the clients it names.
 */
import { importWorkbook } from "../../src/importer";
import { valueFit } from "../../src/importer/profile";
import { sheetDef } from "../../src/register/sheets";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_COMPANIES, profilesOf, readAs, sheet } from "./helpers";

const VARIANTS = [
  {
    label: "English",
    headers: ["Customer", "Device", "Engineer", "Reading Date", "Counter", "Monthly Rent"],
    engineer: "Nora Ellery",
    companies: INVENTED_COMPANIES.en,
  },
  {
    label: "简体",
    headers: ["客户名称", "设备代号", "工程师", "抄表日期", "本月黑白", "月租金"],
    engineer: "王建国",
    companies: INVENTED_COMPANIES["zh-CN"],
  },
  {
    label: "繁體",
    headers: ["客戶名稱", "設備代號", "工程師", "抄表日期", "本月黑白", "月租金"],
    engineer: "陳怡君",
    companies: INVENTED_COMPANIES["zh-TW"],
  },
];

function readings(v: (typeof VARIANTS)[number], day: (i: number) => SourceCell): SourceCell[][] {
  return [
    v.headers,
    ...Array.from({ length: 8 }, (_, i): SourceCell[] => [
      v.companies[i],
      `T45150${String(100 + i)}`,
      v.engineer,
      day(i),
      120000 + i * 731,
      [550, 1200, 11600][i % 3],
    ]),
  ];
}

describe("a day of the month is no date of contact", () => {
  it("whole numbers 1–31 contradict a date field", () => {
    const [days] = profilesOf([["抄表日期"], ...[9, 9, 15, 20, 9, 5].map((d) => [d])]);
    const visitOn = sheetDef("Visits").fields.find((f) => f.key === "visitOn")!;
    expect(valueFit(days, visitOn)).toBe(-1);
  });

  it.each(VARIANTS)("$label: machines read on a day of each month → their clients", (v) => {
    const r = importWorkbook([
      sheet(
        "Sheet1",
        readings(v, (i) => [9, 15, 20][i % 3])
      ),
    ]);
    expect(readAs(r, "Sheet1")).toBe("Clients");
    expect(r.records.Visits).toEqual([]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(v.companies.slice(0, 8));
  });

  it("dates of the readings fit it, and a sheet of them keeps its visits (简体, 繁體)", () => {
    const [dates] = profilesOf([["抄表日期"], ...[10, 11, 12, 13].map((d) => [`2025-03-${d}`])]);
    const visitOn = sheetDef("Visits").fields.find((f) => f.key === "visitOn")!;
    expect(valueFit(dates, visitOn)).toBe(1);
    for (const v of VARIANTS.slice(1)) {
      const r = importWorkbook([
        sheet(
          "Sheet1",
          readings(v, (i) => `2025-03-${10 + i}`)
        ),
      ]);
      expect(readAs(r, "Sheet1")).toBe("Visits");
    }
  });
});
