/**
 * Rows that are places measured by figures — a usage report per village, per branch library,
 * per station: county, district, the place's name, then counts, durations and traffic — are
 * statistics, not clients, when nothing on them reaches, numbers or attaches anyone. A list of
 * firms or people with their region and figures stays a client list.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import { readAs, sheet, table } from "./helpers";

const COUNTIES = ["高雄市", "宜蘭縣", "屏東縣", "花蓮縣"];
const TOWNS = ["茂林區", "南澳鄉", "霧臺鄉", "秀林鄉", "桃源區", "大同鄉"];

describe("a usage report per village", () => {
  const rows = table(
    ["年/月", "期別", "縣市", "地區", "部落", "總使用人次", "總使用人數", "總流量(MB)"],
    24,
    (h, r) => {
      switch (h) {
        case "年/月":
          return "2023-05";
        case "期別":
          return 2 + (r % 2);
        case "縣市":
          return COUNTIES[r % COUNTIES.length];
        case "地區":
          return TOWNS[r % TOWNS.length];
        case "部落":
          return `${["達沙", "洛岸", "阿禮", "佳暮", "多納", "瑪家"][r % 6]}${["部落", "活動中心", "教會", "文健站"][Math.floor(r / 6)]}`;
        case "總使用人次":
          return 9000 - r * 211;
        case "總使用人數":
          return 300 - r * 7;
        default:
          return 1_300_000 - r * 40_111;
      }
    }
  );
  const r = importWorkbook([sheet("Worksheet", rows)]);

  it("imports no client", () => {
    expect(readAs(r, "Worksheet")).toBeNull();
    expect(r.records.Clients ?? []).toHaveLength(0);
  });

  it("says the rows are places measured by figures, in each language", () => {
    const m = r.mappings[0];
    expect(m.reasonCoded?.code).toBe("sheet.why.place-figures");
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage(m.reasonCoded!.code, m.reasonCoded!.params, lang) ?? "";
      expect(text).toContain("縣市");
      expect(text).toContain("總使用人次");
    }
  });

  it("reads an English report per library the same way", () => {
    const en = table(
      ["Region", "Town", "Library", "Visits", "Loans", "Wi-Fi Sessions"],
      15,
      (h, i) => {
        switch (h) {
          case "Region":
            return ["河北省", "山西省", "辽宁省"][i % 3];
          case "Town":
            return ["保定市", "太原市", "沈阳市", "大同市", "锦州市"][i % 5];
          case "Library":
            return `Branch No. ${i + 1} Reading Room ${String.fromCharCode(65 + i)}`;
          case "Visits":
            return 5000 - i * 123;
          case "Loans":
            return 2100 - i * 61;
          default:
            return 800 + i * 37;
        }
      }
    );
    const read = importWorkbook([sheet("Usage", en)]);
    expect(read.records.Clients ?? []).toHaveLength(0);
    expect(read.mappings[0].reasonCoded?.code).toBe("sheet.why.place-figures");
  });
});

describe("lists of parties with their places and figures", () => {
  it("keeps firms with their city and sales as clients", () => {
    const rows = table(["城市", "区县", "经销商", "销量", "销售额", "回款"], 12, (h, r) => {
      switch (h) {
        case "城市":
          return ["保定市", "太原市", "沈阳市"][r % 3];
        case "区县":
          return ["莲池区", "小店区", "和平区"][r % 3];
        case "经销商":
          return `${["恒达", "鑫源", "广利", "泰和"][r % 4]}${r}商贸有限公司`;
        case "销量":
          return 100 + r * 13;
        case "销售额":
          return 50_000 + r * 3_111;
        default:
          return 40_000 + r * 2_017;
      }
    });
    const r = importWorkbook([sheet("经销商", rows)]);
    expect(readAs(r, "经销商")).toBe("Clients");
    expect(r.records.Clients).toHaveLength(12);
  });

  it("keeps people with their district, phone and figures as clients", () => {
    const people = ["王建国", "李淑芬", "陈志明", "林美玲", "张伟", "刘洋"];
    const rows = table(
      ["縣市", "地區", "姓名", "電話", "消費次數", "消費金額", "點數"],
      6,
      (h, r) => {
        switch (h) {
          case "縣市":
            return COUNTIES[r % COUNTIES.length];
          case "地區":
            return TOWNS[r % TOWNS.length];
          case "姓名":
            return people[r];
          case "電話":
            return `0912-345-${String(600 + r)}`;
          case "消費次數":
            return 3 + r;
          case "消費金額":
            return 1_200 + r * 350;
          default:
            return 12 + r * 4;
        }
      }
    );
    const r = importWorkbook([sheet("會員", rows)]);
    expect(readAs(r, "會員")).toBe("Clients");
    expect(r.records.Clients).toHaveLength(people.length);
  });
});
