/**
 * A party named again on many rows, each row dated and priced (a rental log, a ledger of a shop's
 * buyers), is a log of transactions, not a client list: beside the workbook's own list of clients
 * it adds no one; alone it is read for its buyers. A firm named on several rows beside its people
 * (a contact list) is no log.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { notDataReason, readAs, sheet, table } from "./helpers";

const LANGS = {
  en: {
    parties: ["SHIV SHAKTI", "RAM PRAKASH", "Gupta Builders", "Mohan Lal", "Verma Constructions"],
    log: ["Date", "Customer", "Item", "Days Kept", "Total Payment"],
    list: ["Name", "Number"],
    contractors: ["Suresh Kumar", "Anil Yadav", "Rakesh Singh", "Vijay Patel", "Manoj Tiwari"],
    item: "Plate 9x12",
  },
  "zh-CN": {
    parties: ["王建国", "李秀英", "宏达建筑公司", "张伟", "恒通工程有限公司"],
    log: ["日期", "客户", "物品", "天数", "总付款"],
    list: ["姓名", "电话"],
    contractors: ["赵磊", "钱芳", "孙强", "周敏", "吴刚"],
    item: "模板",
  },
  "zh-TW": {
    parties: ["陳怡君", "林志明", "宏達建設公司", "張家豪", "恆通工程有限公司"],
    log: ["日期", "客戶", "物品", "天數", "總付款"],
    list: ["姓名", "電話"],
    contractors: ["趙磊", "錢芳", "孫強", "周敏", "吳剛"],
    item: "模板",
  },
};

function rentalLog(lang: keyof typeof LANGS): SourceCell[][] {
  const { parties, log, item } = LANGS[lang];
  return table(
    log,
    12,
    (_, i, k) =>
      [
        `2019-05-${String(10 + i).padStart(2, "0")}`,
        parties[i % 4],
        item,
        3 + (i % 5),
        150 + i * 35,
      ][k]
  );
}

function clientList(lang: keyof typeof LANGS): SourceCell[][] {
  const { contractors, list } = LANGS[lang];
  return table(list, contractors.length, (_, i, k) =>
    k === 0 ? contractors[i] : `98765${43210 + i}`
  );
}

describe("a party named again on dated, priced rows", () => {
  for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
    it(`leaves out a ${lang} rental log beside the client list`, () => {
      const r = importWorkbook([
        sheet("Account", rentalLog(lang)),
        sheet("Clients", clientList(lang)),
      ]);
      expect(readAs(r, "Account")).toBeNull();
      expect(notDataReason(r, "Account")).toBe("sheet.why.party-repeats");
      expect(r.mappings.find((m) => m.sheet === "Account")?.reason).toContain(LANGS[lang].log[1]);
      expect(readAs(r, "Clients")).toBe("Clients");
      expect(r.records.Clients).toHaveLength(LANGS[lang].contractors.length);
    });
  }

  it("reads the log alone for its buyers", () => {
    const r = importWorkbook([sheet("Account", rentalLog("en"))]);
    expect(readAs(r, "Account")).toBe("Clients");
    expect(r.records.Clients).toHaveLength(4);
  });

  it("keeps the tabs of one log split by branch, beside none that lists the clients once", () => {
    const r = importWorkbook([
      sheet("Branch A", rentalLog("en")),
      sheet(
        "Branch B",
        rentalLog("en").map((row, i) => (i === 0 ? row : [...row.slice(0, 4), 99 + i]))
      ),
    ]);
    for (const name of ["Branch A", "Branch B"])
      expect(notDataReason(r, name)).not.toBe("sheet.why.party-repeats");
  });

  it("keeps a list of clients each on several dated, priced rows with its own phone", () => {
    const rows = rentalLog("en").map((row, i) =>
      i === 0 ? [...row, "Phone"] : [...row, `98765${43210 + ((i - 1) % 4)}`]
    );
    const r = importWorkbook([sheet("Account", rows), sheet("Clients", clientList("en"))]);
    expect(notDataReason(r, "Account")).not.toBe("sheet.why.party-repeats");
  });

  it("keeps a contact list naming each firm beside several of its people", () => {
    const people = ["Emily Clarke", "James Wong", "Priya Nair", "Tom Baker", "Ana Silva", "Li Wei"];
    const rows = table(
      ["Company", "Contact Name", "Last Order", "Order Value"],
      12,
      (_, i, k) =>
        [
          ["Gupta Builders Ltd", "Verma Constructions Ltd", "Acme Trading Co"][i % 3],
          people[i % 6] + (i >= 6 ? " Jr" : ""),
          `2019-05-${String(10 + i).padStart(2, "0")}`,
          1500 + i * 35,
        ][k]
    );
    const r = importWorkbook([sheet("Contacts", rows), sheet("Clients", clientList("en"))]);
    expect(notDataReason(r, "Contacts")).not.toBe("sheet.why.party-repeats");
  });

  it("says why in every language of the register", () => {
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage(
        "sheet.why.party-repeats",
        { header: "客户", date: "日期", amount: "总付款", sheet: "承包商" },
        lang
      );
      expect(text).toContain("总付款");
      if (lang !== "en") expect(text).not.toMatch(/[a-z]{4,}/);
    }
  });
});
