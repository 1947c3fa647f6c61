/**
 * A table whose name column names a handful of parties over hundreds of rows (a merchant beside
 * each of a thousand loans) is no client list: the names sort the rows. A list naming each client
 * once, or a short list of a few clients, stays a client list.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import { notDataReason, readAs, sheet, table } from "./helpers";

const MERCHANTS = {
  en: ["Pioneer Electronics Repair", "Lucky Phone Store", "City Mobile Centre"],
  "zh-CN": ["西安市先锋电子维修行", "柯柯通讯", "城南手机广场"],
  "zh-TW": ["台北先鋒電子維修行", "柯柯通訊", "城南手機廣場"],
};
const SHOPS = {
  en: Array.from({ length: 40 }, (_, i) => `Counter ${i + 1}`),
  "zh-CN": ["郭嘉文（柜台）", "柯柯牙辉孟通讯", "城南店", "北门店", "东关店", "西郊店"],
  "zh-TW": ["郭嘉文（櫃檯）", "柯柯通訊二店", "城南店", "北門店", "東關店", "西郊店"],
};
const HEADERS = {
  en: ["Loan No", "Staff No", "Sales Agent", "Plan", "Merchant", "Outlet", "Date"],
  "zh-CN": ["贷款编号", "SA工号", "SA姓名", "产品名称", "商户", "门店", "日期"],
  "zh-TW": ["貸款編號", "業務工號", "業務姓名", "產品名稱", "商戶", "門市", "日期"],
};
const AGENTS = {
  en: ["Alice Grant", "Ben Howe", "Cora Diaz", "Dan Moss"],
  "zh-CN": ["谢平雪", "顾凯", "于萍佳", "柯明"],
  "zh-TW": ["謝平雪", "顧凱", "于萍佳", "柯明"],
};

describe("names that sort the rows", () => {
  for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
    it(`leaves out ${lang} loans naming a few merchants and agents over 300 rows`, () => {
      const rows = table(
        HEADERS[lang],
        300,
        (_, i, k) =>
          [
            `15060201807${String(100000 + i * 37)}`,
            String(17697083 + (i % 4) * 1111),
            AGENTS[lang][i % 4],
            lang === "en" ? "Standard" : "一般产品",
            MERCHANTS[lang][i % 3],
            SHOPS[lang][i % SHOPS[lang].length],
            `2018-07-${String(1 + (i % 28)).padStart(2, "0")}`,
          ][k]
      );
      const r = importWorkbook([sheet("Sheet2", rows)]);
      expect(readAs(r, "Sheet2")).toBeNull();
      expect(r.records.Clients ?? []).toHaveLength(0);
      // English headers already leave it out as a table no column of which names each row.
      if (lang !== "en") expect(notDataReason(r, "Sheet2")).toBe("sheet.why.sorting-names");
    });
  }

  it("keeps a client list naming each client once", () => {
    const rows = table(["Customer", "Phone", "City"], 240, (_, i, k) =>
      k === 0 ? `Client Firm ${i} Ltd` : k === 1 ? `0912${String(100000 + i)}` : "Taipei"
    );
    const r = importWorkbook([sheet("Clients", rows)]);
    expect(readAs(r, "Clients")).toBe("Clients");
    expect(r.records.Clients).toHaveLength(240);
  });

  it("keeps a journal's few buyers, each on a hundred lines: a log read for its buyers", () => {
    const shops = ["Harbour Traders Ltd", "Pine Hill Stores", "Kowloon Mart Co"];
    const rows = table(
      ["Posted", "Customer", "Invoice No", "Amount"],
      300,
      (_, i, k) =>
        [
          `2024-03-${String(1 + (i % 28)).padStart(2, "0")}`,
          shops[i % 3],
          `INV-${31000 + i}`,
          100 + i,
        ][k]
    );
    const r = importWorkbook([sheet("Lines", rows)]);
    expect(readAs(r, "Lines")).toBe("Clients");
    expect(r.records.Clients).toHaveLength(3);
  });

  it("keeps a list of people sharing a few first names, told apart by surname and phone", () => {
    const first = [
      "John",
      "Mary",
      "Peter",
      "Anna",
      "David",
      "Grace",
      "Sipho",
      "Thandi",
      "Lerato",
      "James",
    ];
    const rows = table(
      ["CustomerID", "FirstName", "LastName", "PhoneNumber"],
      500,
      (_, i, k) => [`C${10000 + i}`, first[i % 10], `Surname${i}`, `082 555 ${String(1000 + i)}`][k]
    );
    const r = importWorkbook([sheet("Customers", rows)]);
    expect(readAs(r, "Customers")).toBe("Clients");
    expect(notDataReason(r, "Customers")).toBeUndefined();
  });

  it("keeps a list naming each client on a few rows", () => {
    const rows = table(["Customer", "Phone", "Policy No"], 300, (_, i, k) =>
      k === 0
        ? `Client Firm ${i % 100} Ltd`
        : k === 1
          ? `0912${String(100000 + (i % 100))}`
          : `P-${String(5000 + i)}`
    );
    const r = importWorkbook([sheet("Clients", rows)]);
    expect(readAs(r, "Clients")).not.toBeNull();
    expect(notDataReason(r, "Clients")).toBeUndefined();
  });

  it("says why in every language of the register", () => {
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage(
        "sheet.why.sorting-names",
        { header: "商户", rows: 1566, names: 8 },
        lang
      );
      expect(text).toContain("1566");
      if (lang !== "en") expect(text).not.toMatch(/[a-z]{4,}/);
    }
  });
});
