/**
 * A call log told by its values, whatever its headers say: every row reached someone by a phone
 * number at a moment (a date with its time of day) and says what was said. A person imports each
 * row as a visit by phone, the client known by the number when no column names him. Numbers and
 * times alone (a carrier's record of calls) are no log of contacts.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { readAs, sheet, table } from "./helpers";

const SAID_CN = [
  "AI：您好，这里是宽带服务中心，想做个简单回访。\n客户：可以，网速挺好的。",
  "AI：请问安装师傅上门准时吗？\n客户：准时的，服务不错。",
  "AI：您对这次维修满意吗？\n客户：还行吧，就是等了两天。",
  "AI：您好，打扰一下，请问现在方便吗？\n客户：不方便，晚点再说。",
];
const SAID_EN = [
  "Agent: Hello, this is the service desk calling about your repair.\nCustomer: It works now, thanks.",
  "Agent: Did the technician arrive on time?\nCustomer: He was an hour late.",
  "Agent: Would you rate the installation?\nCustomer: Nine out of ten.",
];

const mobile = (i: number) => `1390000${String(4100 + i * 7).padStart(4, "0")}\t`;
const moment = (i: number) =>
  `2026-02-${String(3 + (i % 5)).padStart(2, "0")} ${String(8 + (i % 9)).padStart(2, "0")}:${String((i * 7) % 60).padStart(2, "0")}\t`;

function cnLog(name: string, said = true): SourceCell[][] {
  const headers = ["通话ID", "被叫号码", "接通时间", "挂断时间", "通话时长", "对话内容", "省份"];
  return table(said ? headers : headers.filter((h) => h !== "对话内容"), 12, (h, i) => {
    switch (h) {
      case "通话ID":
        return `3e76${String(5700 + i)}-25c1-4791-b04f-bf88c106${String(1000 + i * 37)}`;
      case "被叫号码":
        return mobile(i);
      case "接通时间":
        return moment(i);
      case "挂断时间":
        return moment(i).replace(
          /:(\d{2})/,
          (_, m) => `:${String((Number(m) + 1) % 60).padStart(2, "0")}`
        );
      case "通话时长":
        return `${20 + i}秒`;
      case "对话内容":
        return SAID_CN[i % SAID_CN.length];
      default:
        return "浙江";
    }
  });
}

describe("a call log read by its values", () => {
  it("is imported as visits by phone, the client known by the number called", () => {
    const r = importWorkbook([sheet("外呼明细", cnLog("外呼明细"))]);
    expect(readAs(r, "外呼明细")).toBe("Visits");
    expect(r.records.Visits).toHaveLength(12);
    const first = r.records.Visits?.[0];
    expect(first?.clientId).toBe("13900004100");
    expect(first?.visitOn).toBe("2026-02-03");
    expect(String(first?.keyPoints)).toContain("网速挺好");
    const columns = r.mappings[0].columns;
    expect(columns.find((c) => c.header === "被叫号码")?.reasons?.[0]?.code).toBe(
      "map.why.call-number"
    );
    expect(columns.find((c) => c.header === "对话内容")?.field).toBe("keyPoints");
  });

  it("in English, with real date-times and a name-less number column", () => {
    const rows = table(["Ref", "Dialled", "Started", "Transcript"], 9, (h, i) => {
      if (h === "Ref") return `R-${1000 + i}`;
      if (h === "Dialled") return `(415) 555-01${String(10 + i)}`;
      if (h === "Started") return new Date(Date.UTC(2026, 2, 2 + i, 14, 5 + i));
      return SAID_EN[i % SAID_EN.length];
    });
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(readAs(r, "Sheet1")).toBe("Visits");
    expect(r.records.Visits).toHaveLength(9);
    expect(r.records.Visits?.[0]?.visitOn).toBe("2026-03-02");
    expect(String(r.records.Visits?.[0]?.keyPoints)).toContain("service desk");
  });

  it("a sheet named for complaints whose columns are a call log is still the log of calls", () => {
    const r = importWorkbook([sheet("投诉单", cnLog("投诉单"))]);
    expect(readAs(r, "投诉单")).toBe("Visits");
    expect(r.records.Visits).toHaveLength(12);
  });

  it("numbers and times without what was said are no log of contacts", () => {
    const r = importWorkbook([sheet("话单", cnLog("话单", false))]);
    expect(readAs(r, "话单")).not.toBe("Visits");
    expect(r.records.Visits ?? []).toHaveLength(0);
  });

  it("dates without a time of day beside phones and remarks are no call log", () => {
    const rows = table(["编号", "手机", "登记日期", "备注"], 12, (h, i) => {
      if (h === "编号") return `K${300 + i}`;
      if (h === "手机") return mobile(i).trim();
      if (h === "登记日期") return `2025-0${1 + (i % 9)}-1${i % 10}`;
      return SAID_CN[i % SAID_CN.length];
    });
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(readAs(r, "Sheet1")).not.toBe("Visits");
  });

  it("a list naming people beside their phones, sign-up times and messages stays theirs", () => {
    const names = ["周海燕", "林志强", "陈美玲", "王建国", "赵桂英", "黄磊"];
    const rows = table(["姓名", "号码", "时间", "内容"], 12, (h, i) => {
      if (h === "姓名") return names[i % 6] + String.fromCharCode(0x4e00 + i * 31);
      if (h === "号码") return mobile(i).trim();
      if (h === "时间") return moment(i).trim();
      return SAID_CN[i % SAID_CN.length];
    });
    const r = importWorkbook([sheet("名单", rows)]);
    expect(readAs(r, "名单")).not.toBe("Visits");
  });

  it("says why each column was read, in every language", () => {
    for (const code of ["map.why.call-number", "map.why.call-moment", "map.why.call-said"]) {
      for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
        const text = renderMessage(code, { header: "被叫号码" }, lang) ?? "";
        expect(text).not.toBe("");
        expect(text).not.toContain(code);
        if (lang !== "en") expect(text).not.toMatch(/[a-z]{3,}/i);
      }
    }
  });
});
