/**
 * A call log told by its values, whatever its headers say: every row reached someone by a phone
 * number at a moment (a date with its time of day) and says what was said. A person imports each
 * row as a visit by phone, the client known by the number when no column names him. Numbers and
 * times alone (a carrier's record of calls) are no log of contacts.
 */
import { importWorkbook } from "../../src/importer";
import { isNorthAmericanWithOne } from "../../src/importer/normalize";
import { profileColumn } from "../../src/importer/profile";
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
    for (const code of [
      "map.why.call-number",
      "map.why.call-moment",
      "map.why.call-said",
      "map.why.call-outcome",
    ]) {
      for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
        const text = renderMessage(code, { header: "被叫号码" }, lang) ?? "";
        expect(text).not.toBe("");
        expect(text).not.toContain(code);
        if (lang !== "en") expect(text).not.toMatch(/[a-z]{3,}/i);
      }
    }
  });
});

/** A dialler's export: numbers typed with their country code, each call's outcome in a word. */
describe("a dialler's log, each call's outcome in a word", () => {
  const leads = ["Marcus", "Denise", "Rosa", "Trent", "Walter", "Glenda", "Arturo", "Esteban"];
  const stamp = (i: number) =>
    `2024-02-09 09:${String(1 + i * 3).padStart(2, "0")}:${String(10 + i)}`;
  const enLog = (
    outcome: (i: number) => string,
    dialled: (i: number) => SourceCell,
    from: SourceCell = 12065550115
  ) =>
    table(
      [
        "sid",
        "fromNumber",
        "toNumber",
        "duration",
        "direction",
        "leadName",
        "outcome",
        "timestamp",
      ],
      9,
      (h, i) => {
        switch (h) {
          case "sid":
            return `CA8624f81ea191ef8abb0cad32ea4${String(34000 + i * 17)}`;
          case "fromNumber":
            return from;
          case "toNumber":
            return dialled(i);
          case "duration":
            return 30 + i * 11;
          case "direction":
            return "outbound-api";
          case "leadName":
            return leads[i % leads.length];
          case "outcome":
            return outcome(i);
          default:
            return stamp(i);
        }
      }
    );
  const greetedOrNot = (i: number) => (i % 3 === 2 ? "Left a Voicemail" : "Greeted");

  it("reads US numbers typed with their 1 as phones, by the numbering plan, not any 11 digits", () => {
    expect(isNorthAmericanWithOne("12105550124")).toBe(true);
    expect(isNorthAmericanWithOne("14155552671")).toBe(true);
    expect(isNorthAmericanWithOne("10000100234")).toBe(false);
    expect(isNorthAmericanWithOne("2105550124")).toBe(false);
    expect(profileColumn([12105550124, 12105550182, 12485550124]).phone).toBe(1);
    expect(profileColumn([10000100234, 11000100235, 10000100236]).phone).toBe(0);
  });

  it("in English: each call a visit by phone on its lead, the outcome what came of it", () => {
    const r = importWorkbook([
      sheet(
        "Sheet1",
        enLog(greetedOrNot, (i) => 12105550124 + i * 9)
      ),
    ]);
    expect(readAs(r, "Sheet1")).toBe("Visits");
    expect(r.records.Visits).toHaveLength(9);
    const walter = r.records.Visits?.find((v) => String(v.notes ?? "").includes("12105550160"));
    expect(walter?.visitOn).toBe("2024-02-09");
    expect(walter?.keyPoints).toBe("Greeted");
    expect(r.records.Visits?.filter((v) => v.keyPoints === "Left a Voicemail")).toHaveLength(3);
    const outcome = r.mappings[0].columns.find((c) => c.header === "outcome");
    expect(outcome?.field).toBe("keyPoints");
    expect(outcome?.reasons?.[0]?.code).toBe("map.why.call-outcome");
  });

  it("eleven digits from a 1 that no plan dials are no phones: no log of calls", () => {
    const r = importWorkbook([
      sheet(
        "Sheet1",
        enLog(greetedOrNot, (i) => 10000100234 + i, 11000100999)
      ),
    ]);
    expect(readAs(r, "Sheet1")).not.toBe("Visits");
  });

  it("a word the same on every row, or words no outcome reads, say nothing of a call", () => {
    const same = importWorkbook([
      sheet(
        "Sheet1",
        enLog(
          () => "outbound-api",
          (i) => 12105550124 + i
        )
      ),
    ]);
    expect(readAs(same, "Sheet1")).not.toBe("Visits");
    const colours = ["Red", "Blue", "Green"];
    const other = importWorkbook([
      sheet(
        "Sheet1",
        enLog(
          (i) => colours[i % 3],
          (i) => 12105550124 + i
        )
      ),
    ]);
    expect(readAs(other, "Sheet1")).not.toBe("Visits");
  });

  it("in 简体: the numbers called, the time and 接通 / 未接通 / 空号 are the calls made", () => {
    const outcomes = ["接通", "未接通", "接通", "空号"];
    const rows = table(["通话ID", "被叫号码", "呼叫时间", "时长", "呼叫结果"], 10, (h, i) => {
      if (h === "通话ID") return `T${88000 + i * 13}`;
      if (h === "被叫号码") return 13900004100 + i * 7;
      if (h === "呼叫时间") return moment(i).trim();
      if (h === "时长") return 20 + i;
      return outcomes[i % outcomes.length];
    });
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(readAs(r, "Sheet1")).toBe("Visits");
    expect(r.records.Visits).toHaveLength(10);
    const first = r.records.Visits?.find((v) => v.clientId === "13900004100");
    expect(first?.visitOn).toBe("2026-02-03");
    expect(first?.keyPoints).toBe("接通");
  });

  it("in 繁體: 撥出號碼, 撥打時間 and 接通 / 未接通 read the same", () => {
    const outcomes = ["已接通", "未接通", "無人接聽"];
    const rows = table(["序號", "撥出號碼", "撥打時間", "結果"], 9, (h, i) => {
      if (h === "序號") return `S-${7100 + i * 3}`;
      if (h === "撥出號碼") return `0912-${String(345000 + i * 11).slice(0, 3)}-${String(600 + i)}`;
      if (h === "撥打時間") return new Date(Date.UTC(2025, 9, 20 + (i % 5), 10 + (i % 6), 5 + i));
      return outcomes[i % outcomes.length];
    });
    const r = importWorkbook([sheet("工作表1", rows)]);
    expect(readAs(r, "工作表1")).toBe("Visits");
    expect(r.records.Visits).toHaveLength(9);
    expect(r.records.Visits?.[0]?.visitOn).toBe("2025-10-20");
    expect(r.records.Visits?.filter((v) => v.keyPoints === "未接通")).toHaveLength(3);
  });
});
