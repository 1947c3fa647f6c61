/**
 * Holdings or a client list with figures: a report of one row per distinct customer whose other
 * columns are balances is a client list (Clients), however much its amount words sound like assets;
 * rows of things held — an account or card number of their own, a product, a term — where the
 * customer comes back are holdings (Assets).
 */
import { importWorkbook } from "../../src/importer";
import { heldThingHeader, preferClientsForPartyFigures } from "../../src/importer/party-figures";
import { profileColumn } from "../../src/importer/profile";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_COMPANIES, INVENTED_PEOPLE, profilesOf, readAs, sheet, table } from "./helpers";

interface Variant {
  label: string;
  sheet: string;
  /** Customer name, then balance columns. */
  perCustomer: string[];
  /** Customer name, account number, then a balance. */
  perAccount: string[];
  companies: readonly string[];
}

const VARIANTS: Variant[] = [
  {
    label: "English",
    sheet: "Deposit report",
    perCustomer: ["Client Name", "Deposit Balance", "Average Balance", "Market Value"],
    perAccount: ["Customer Name", "Account No", "Deposit Balance"],
    companies: INVENTED_COMPANIES.en,
  },
  {
    label: "简体",
    sheet: "机构级存款明细",
    perCustomer: ["数据日期", "客户名称", "机构名称", "时点余额", "自然年日均"],
    perAccount: ["客户名称", "账号", "存款余额"],
    companies: INVENTED_COMPANIES["zh-CN"],
  },
  {
    label: "繁體",
    sheet: "機構級存款明細",
    perCustomer: ["資料日期", "客戶名稱", "分行名稱", "時點餘額", "年日均餘額"],
    perAccount: ["客戶名稱", "帳號", "存款餘額"],
    companies: INVENTED_COMPANIES["zh-TW"],
  },
];

/** One row per customer: the report's date and the bank's branch, the customer, balances. */
function perCustomer(v: Variant, reversed: boolean): SourceCell[][] {
  const headers = reversed ? [...v.perCustomer].reverse() : v.perCustomer;
  return table(headers, v.companies.length, (h, i, k) =>
    /date|日期/i.test(h)
      ? "2026-03-10"
      : /client|客户|客戶/i.test(h)
        ? v.companies[i]
        : /机构|分行/.test(h)
          ? "维明大街支行"
          : 120000 + i * 3517 + k * 911
  );
}

/** One row per account: each customer holds two or three. */
function perAccount(v: Variant): SourceCell[][] {
  return table(
    v.perAccount,
    24,
    (_, i, k) =>
      [
        v.companies[i % 9],
        `6222 0210 ${String(4000 + i * 37).padStart(4, "0")} ${1000 + i}`,
        50000 + i * 1234,
      ][k]
  );
}

describe("one row per customer with balances is a client list, one row per account holdings", () => {
  it.each(VARIANTS)("$label: a balance report of one row per customer → Clients", (v) => {
    for (const reversed of [false, true]) {
      const r = importWorkbook([sheet(v.sheet, perCustomer(v, reversed))]);
      expect(readAs(r, v.sheet)).toBe("Clients");
      expect(r.records.Clients.map((c) => c.name)).toEqual(v.companies);
    }
  });

  it.each(VARIANTS)("$label: one row per account (the customer repeating) stays Assets", (v) => {
    const rows = perAccount(v);
    const headers = rows[0].map(String);
    const profiles = profilesOf(rows);
    const read = { key: "Assets" as const, confidence: 0.4, scores: { Assets: 2, Clients: 1.5 } };
    expect(preferClientsForPartyFigures(read, headers, profiles).key).toBe("Assets");
    // The same customers once each, without the account number: a client list with figures.
    const once = [[headers[0], headers[2]], ...v.companies.map((c, i) => [c, 1000 + i])];
    const onceProfiles = profilesOf(once);
    const fewer = [headers[0], headers[2]];
    expect(preferClientsForPartyFigures(read, fewer, onceProfiles).key).toBe("Clients");
  });

  it("a product, a term or a holding's number on the row says holdings; a client list says none", () => {
    const p = (values: readonly SourceCell[]) => profileColumn(values);
    const names = VARIANTS[0].companies;
    const amounts = names.map((_, i) => 1000 + i * 10);
    expect(heldThingHeader(["Customer Name", "Balance"], [p(names), p(amounts)])).toBeNull();
    expect(
      heldThingHeader(
        ["Customer Name", "Product", "Balance"],
        [p(names), p(names.map((_, i) => `Fund ${i % 3}`)), p(amounts)]
      )
    ).toBe("Product");
    expect(
      heldThingHeader(
        ["客户名称", "期限", "余额"],
        [p(names), p(names.map(() => "1年")), p(amounts)]
      )
    ).toBe("期限");
    expect(
      heldThingHeader(
        ["客戶名稱", "卡號", "餘額"],
        [p(names), p(names.map((_, i) => `6222${i}`)), p(amounts)]
      )
    ).toBe("卡號");
  });

  it("a client sheet the headers do not fit at all, or a class already chosen, stands", () => {
    const names = VARIANTS[0].companies;
    const profiles = [profileColumn(names), profileColumn(names.map((_, i) => 1000 + i))];
    const headers = ["Customer Name", "Balance"];
    const none = { key: "Assets" as const, confidence: 0.6, scores: { Assets: 2 } };
    expect(preferClientsForPartyFigures(none, headers, profiles).key).toBe("Assets");
    const close = { key: "Assets" as const, confidence: 0.3, scores: { Assets: 2, Clients: 1.8 } };
    expect(preferClientsForPartyFigures(close, headers, profiles).key).toBe("Clients");
    const clients = { key: "Clients" as const, confidence: 0.6, scores: { Clients: 2 } };
    expect(preferClientsForPartyFigures(clients, headers, profiles)).toBe(clients);
    // Fewer than ten rows say nothing of how often a customer comes back.
    const few = [profileColumn(names.slice(0, 5)), profileColumn([1, 2, 3, 4, 5])];
    expect(preferClientsForPartyFigures(close, headers, few).key).toBe("Assets");
  });
});

describe("a column of account kinds says each row is an account held", () => {
  const KINDS: { label: string; headers: string[]; kinds: string[]; banks: string[] }[] = [
    {
      label: "English",
      headers: ["Customer Name", "Account Type", "Bank Name", "Balance Date", "Balance"],
      kinds: ["Current", "Savings", "Checking"],
      banks: ["Northgate Bank", "Harbour Savings Bank", "Elm Street Bank"],
    },
    {
      label: "简体",
      headers: ["客户名称", "账户类型", "开户行", "余额日期", "余额"],
      kinds: ["活期", "定期", "活期存款"],
      banks: ["维明银行", "东岳银行", "青禾银行"],
    },
    {
      label: "繁體",
      headers: ["客戶名稱", "帳戶類別", "開戶銀行", "餘額日期", "餘額"],
      kinds: ["活存", "定存", "活期"],
      banks: ["維明銀行", "東岳銀行", "青禾銀行"],
    },
  ];

  /** One account per customer: its kind, the bank, the day and the balance confirmed. */
  function accounts(v: (typeof KINDS)[number], kinds: readonly string[]): SourceCell[][] {
    const people = INVENTED_PEOPLE.en;
    return table(
      v.headers,
      18,
      (_, i, k) =>
        [
          people[i % people.length] + (i >= people.length ? ` ${i}` : ""),
          kinds[i % kinds.length],
          v.banks[i % v.banks.length],
          `2025-0${1 + (i % 9)}-15`,
          10000 + i * 731.25,
        ][k]
    );
  }

  it.each(KINDS)("$label: the kind of account held keeps a balance list as holdings", (v) => {
    const rows = accounts(v, v.kinds);
    const profiles = profilesOf(rows);
    expect(heldThingHeader(v.headers, profiles)).toBe(v.headers[1]);
    const read = { key: "Assets" as const, confidence: 0.5, scores: { Assets: 3, Clients: 2 } };
    expect(preferClientsForPartyFigures(read, v.headers, profiles).key).toBe("Assets");
  });

  it("a CRM's account type (Customer, Partner, Prospect) is no kind of asset", () => {
    const v = KINDS[0];
    const rows = accounts(v, ["Customer", "Partner", "Prospect"]);
    expect(heldThingHeader(v.headers, profilesOf(rows))).toBeNull();
  });

  it("a balance list of current and savings accounts imports one deposit per row", () => {
    // The day of the letter confirming each balance, under a bare "Date": no customer's birthday.
    const rows = accounts(KINDS[0], KINDS[0].kinds).map((row, i) => [
      i === 0 ? "Date" : `2026-02-${String(1 + (i % 27)).padStart(2, "0")}`,
      ...row,
    ]);
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(readAs(r, "Sheet1")).toBe("Assets");
    expect(r.records.Assets).toHaveLength(18);
    expect(r.records.Clients.filter((c) => c.birthday != null)).toEqual([]);
    // Savings and checking accounts are deposits; "Current" alone is left as written.
    const classes = r.records.Assets.map((a) => a.assetClass).filter((c) => c != null);
    expect(new Set(classes)).toEqual(new Set(["deposit"]));
    expect(r.records.Assets[0].asOf).toBe("2025-01-15");
  });
});
