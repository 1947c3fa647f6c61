/**
 * Whole tables that name no one. Sales figures by month (the "name" column January … December),
 * premiums keyed by a model's row id with nothing of a policy, market figures per kind of holder
 * with no client on any row, a field dictionary (ride_0 … beside what each means), an order list
 * whose order number resembles a policy number, a tenure counted in months under a "customer"
 * header: none of them is anyone's record, and each is left out said why in the user's language.
 * The same tables naming their clients or their policies import as before.
 */
import { importWorkbook } from "../../src/importer";
import { scoreHeader, targetsFor } from "../../src/importer/header-match";
import { isPeriodName, namesNoOne } from "../../src/importer/no-one-values";
import { profileColumn } from "../../src/importer/profile";
import { renderMessage } from "../../src/register/messages";
import type { ImportResult, SourceCell } from "../../src/importer/types";
import { notDataReason, readAs, sheet, table } from "./helpers";

type Lang = "en" | "zh-CN" | "zh-TW";
const LANGS: readonly Lang[] = ["en", "zh-CN", "zh-TW"];

const PEOPLE: Record<Lang, string[]> = {
  en: ["Ayu Lestari", "Budi Santoso", "Citra Dewi", "Dimas Pratama", "Eka Putri", "Farah Aziz"],
  "zh-CN": ["王建国", "李秀英", "张伟", "刘洋", "陈静", "赵磊"],
  "zh-TW": ["王建國", "李秀英", "張偉", "劉洋", "陳靜", "趙磊"],
};
const personOf = (lang: Lang, i: number) =>
  lang === "en"
    ? `${PEOPLE.en[i % 6].split(" ")[0]} ${["Wong", "Tan", "Lim", "Ng", "Lee"][i % 5]}${"abcdefgh"[i % 8]}`
    : `${PEOPLE[lang][i % 6]}${"一二三四五六七八"[i % 8]}`;

/** The unsure issue of a sheet: its reason's code and parameters. */
function unsure(r: ImportResult, sheetName: string) {
  return r.issues.find((i) => i.code === "import.sheet-unsure" && i.sheet === sheetName)?.params;
}

/** Rows of a sheet imported (or merged). */
function imported(r: ImportResult, sheetName: string): number {
  return r.rows.filter(
    (row) => row.sheet === sheetName && (row.outcome === "imported" || row.outcome === "merged")
  ).length;
}

/**
 * Every language renders the code with its parameters: English says what it means, and 简体 and
 * 繁體 are Chinese text with no English word in them (program identifiers such as cust_id aside).
 */
function renderedEverywhere(
  code: string,
  params: Record<string, string | number>,
  english: RegExp
): void {
  for (const lang of LANGS) {
    const text = renderMessage(code as never, params, lang);
    expect(text).not.toContain(code);
    expect(text).not.toMatch(/\{[a-z]+\}/i);
    for (const value of Object.values(params)) expect(text).toContain(String(value));
    if (lang === "en") {
      expect(text).toMatch(english);
    } else {
      expect(text).toMatch(/\p{Script=Han}{4,}/u);
      expect(text).not.toMatch(/\b[A-Za-z]{4,}\b/);
    }
  }
}

const MONTHS: Record<Lang, string[]> = {
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ],
  "zh-CN": [
    "一月",
    "二月",
    "三月",
    "四月",
    "五月",
    "六月",
    "七月",
    "八月",
    "九月",
    "十月",
    "十一月",
    "十二月",
  ],
  "zh-TW": ["1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月", "9月", "10月", "11月", "12月"],
};

describe("months and quarters name no one", () => {
  it("a column of month or quarter names is periods, a column of people's names is not", () => {
    for (const lang of LANGS) {
      const months = Array.from({ length: 36 }, (_, i) => MONTHS[lang][i % 12]);
      expect(namesNoOne(profileColumn(months))?.kind).toBe("periods");
      const people = Array.from({ length: 36 }, (_, i) => personOf(lang, i));
      expect(namesNoOne(profileColumn(people))).toBeNull();
    }
    expect(isPeriodName("Q3")).toBe(true);
    expect(isPeriodName("第三季")).toBe(true);
    expect(isPeriodName("Sep")).toBe(true);
    // A bare number may be a rank or a client's number: no period here.
    expect(isPeriodName("7")).toBe(false);
    expect(isPeriodName("June Tan")).toBe(false);
    expect(
      namesNoOne(profileColumn(Array.from({ length: 20 }, (_, i) => String(1 + (i % 12)))))
    ).toBeNull();
  });

  const SALES_HEADERS: Record<Lang, string[]> = {
    en: [
      "Segment",
      "Country",
      "Product",
      "Units Sold",
      "Sale Price",
      "Gross Sales",
      "Month Number",
      "Month Name",
      "Year",
    ],
    "zh-CN": ["客户群", "国家", "产品", "销量", "售价", "销售额", "月份编号", "月份名称", "年份"],
    "zh-TW": ["客群", "國家", "產品", "銷量", "售價", "銷售額", "月份編號", "月份名稱", "年份"],
  };
  const SEGMENTS: Record<Lang, string[]> = {
    en: ["Government", "Midmarket", "Enterprise", "Small Business"],
    "zh-CN": ["政府", "中型市场", "大企业", "小微企业"],
    "zh-TW": ["政府", "中型市場", "大企業", "小微企業"],
  };
  const PRODUCTS = ["Carretera", "Montana", "Paseo", "Velo", "VTT"];

  it("sales by segment and month import no client named for a month", () => {
    for (const lang of LANGS) {
      const rows = table(
        SALES_HEADERS[lang],
        60,
        (_, i, k) =>
          [
            SEGMENTS[lang][i % 4],
            lang === "en"
              ? ["Canada", "Germany", "France"][i % 3]
              : ["加拿大", "德国", "法国"][i % 3],
            PRODUCTS[i % 5],
            String(800 + ((i * 37) % 900)),
            String([7, 12, 15, 20][i % 4]),
            String(12000 + i * 311),
            String(1 + (i % 12)),
            MONTHS[lang][i % 12],
            "2014",
          ][k]
      );
      const r = importWorkbook([sheet("SalesData", rows)]);
      expect(readAs(r, "SalesData")).toBeNull();
      expect(r.records.Clients.some((c) => MONTHS[lang].includes(String(c.name)))).toBe(false);
      expect(imported(r, "SalesData")).toBe(0);
    }
  });

  it("the same sales naming each buyer by name keep the buyer, never a month", () => {
    const rows = table(
      ["Customer Name", "Phone", "Product", "Units Sold", "Month Name"],
      24,
      (_, i, k) =>
        [
          personOf("en", i),
          `0812${String(3000000 + i * 7919).slice(0, 7)}`,
          PRODUCTS[i % 5],
          String(3 + i),
          MONTHS.en[i % 12],
        ][k]
    );
    const r = importWorkbook([sheet("Buyers", rows)]);
    expect(r.records.Clients.some((c) => MONTHS.en.includes(String(c.name)))).toBe(false);
  });
});

const PREMIUM_HEADERS: Record<Lang, string[]> = {
  en: ["id", "gender", "age", "premium", "sum insured"],
  "zh-CN": ["客户编号", "性别", "年龄", "保费", "保额"],
  "zh-TW": ["客戶編號", "性別", "年齡", "保費", "保額"],
};

/** A cross-sell model's rows: a client id, coded features and the figures of some policy. */
function premiumRows(lang: Lang, rows = 20): SourceCell[][] {
  return table(
    PREMIUM_HEADERS[lang],
    rows,
    (_, i, k) =>
      [
        String(298689 - i * 7919),
        lang === "en" ? ["Male", "Female"][i % 2] : ["男", "女"][i % 2],
        String(21 + ((i * 7) % 50)),
        String(24000 + i * 613),
        String(500000 + i * 10000),
      ][k]
  );
}

describe("premiums keyed by a number, with nothing of a policy", () => {
  it("are left out as unsure, said why in each language", () => {
    for (const lang of LANGS) {
      const r = importWorkbook([sheet("Sheet1", premiumRows(lang))]);
      expect(readAs(r, "Sheet1")).toBeNull();
      expect(imported(r, "Sheet1")).toBe(0);
      expect(r.records.Insurance).toHaveLength(0);
      const params = unsure(r, "Sheet1");
      expect(params?.why).toBe("sheet.unsure.no-policy");
      expect(params?.header).toBe(PREMIUM_HEADERS[lang][0]);
    }
    renderedEverywhere("sheet.unsure.no-policy", { rows: 20, header: "id" }, /nothing of a policy/);
  });

  it("policies with their number, or of a named client, still import", () => {
    const numbered = table(
      ["Client ID", "Policy No", "Annual Premium", "Start Date"],
      12,
      (_, i, k) =>
        [
          String(830044 + i * 17),
          `POL-${70008 + i}`,
          String(1200 + i * 35),
          `2023-0${1 + (i % 9)}-15`,
        ][k]
    );
    let r = importWorkbook([sheet("Policies", numbered)]);
    expect(readAs(r, "Policies")).toBe("Insurance");
    expect(r.records.Insurance).toHaveLength(12);

    for (const lang of LANGS) {
      const headers =
        lang === "en"
          ? ["Client Name", "Annual Premium"]
          : lang === "zh-CN"
            ? ["客户名称", "年缴保费"]
            : ["客戶名稱", "年繳保費"];
      const named = table(headers, 12, (_, i, k) => [personOf(lang, i), String(1200 + i * 35)][k]);
      r = importWorkbook([sheet("Premiums", named)]);
      expect(unsure(r, "Premiums")?.why).not.toBe("sheet.unsure.no-policy");
    }
  });
});

const HOLDER_HEADERS: Record<Lang, string[]> = {
  en: ["Rank", "Sector", "Asset class", "Market value (USD tn)", "Share of total", "Trend"],
  "zh-CN": ["排名", "持有者", "资产类别", "持有金额（万亿美元）", "占比", "备注"],
  "zh-TW": ["排名", "持有者", "資產類別", "持有金額（兆美元）", "佔比", "備註"],
};
const GROUPS: Record<Lang, string[]> = {
  en: ["Foreign holders", "Central bank", "Mutual funds", "Pension funds", "Banks", "Households"],
  "zh-CN": ["外国持有者", "中央银行", "共同基金", "退休基金", "银行", "家庭"],
  "zh-TW": ["外國持有者", "中央銀行", "共同基金", "退休基金", "銀行", "家庭"],
};

describe("holdings no column ties to a client", () => {
  it("market figures per kind of holder are left out, however few the rows", () => {
    for (const lang of LANGS) {
      const rows = table(
        HOLDER_HEADERS[lang],
        6,
        (_, i, k) =>
          [
            String(i + 1),
            GROUPS[lang][i],
            lang === "en" ? ["Bonds", "Deposits", "Funds"][i % 3] : ["债券", "存款", "基金"][i % 3],
            `$${(8.1 - i * 1.1).toFixed(2)}`,
            `~${(28.8 - i * 3).toFixed(1)}%`,
            lang === "en" ? "monthly, two months late" : "每月公布",
          ][k]
      );
      const r = importWorkbook([sheet("Holders", rows)]);
      expect(r.records.Assets).toHaveLength(0);
      expect(imported(r, "Holders")).toBe(0);
    }
    renderedEverywhere("sheet.unsure.no-holder", { rows: 6 }, /whose holding it is/);
  });

  it("a client's holdings, named by client, still import", () => {
    const rows = table(
      ["Client Name", "Asset Class", "Market Value"],
      6,
      (_, i, k) =>
        [personOf("en", i), ["Bonds", "Deposits", "Funds"][i % 3], String(10000 + i * 2500)][k]
    );
    const r = importWorkbook([sheet("Holdings", rows)]);
    expect(readAs(r, "Holdings")).toBe("Assets");
    expect(r.records.Assets).toHaveLength(6);
  });
});

const DICTIONARY_HEADERS: Record<Lang, string[]> = {
  en: ["Field Name", "Description", "Notes"],
  "zh-CN": ["字段名称", "字段说明", "备注"],
  "zh-TW": ["欄位名稱", "欄位說明", "備註"],
};
const MEANINGS: Record<Lang, string[]> = {
  en: ["trip number", "driver code", "passenger code", "start time", "end time", "fare band"],
  "zh-CN": ["行程编号", "司机代号", "乘客编号", "行程开始时间", "行程结束时间", "车资区间"],
  "zh-TW": ["行程編號", "司機代號", "乘客編號", "行程開始時間", "行程結束時間", "車資級距"],
};

describe("a field dictionary", () => {
  it("names fields of a program beside what each means: no records, said why", () => {
    for (const lang of LANGS) {
      const rows = table(
        DICTIONARY_HEADERS[lang],
        12,
        (_, i, k) =>
          [
            `ride_${i}`,
            MEANINGS[lang][i % 6],
            i % 4 === 0 ? (lang === "en" ? "anonymised" : "已乱数处理") : null,
          ][k]
      );
      const r = importWorkbook([sheet("Fields", rows)]);
      expect(readAs(r, "Fields")).toBeNull();
      expect(r.records.Clients).toHaveLength(0);
      expect(notDataReason(r, "Fields")).toBe("sheet.why.field-names");
    }
    renderedEverywhere("sheet.why.field-names", { header: "欄位名稱" }, /field dictionary/);
  });

  it("a client list with a description column stays a client list", () => {
    const rows = table(
      ["Name", "Phone", "Description"],
      12,
      (_, i, k) =>
        [personOf("en", i), `0812${String(3000000 + i * 7919).slice(0, 7)}`, "met at the fair"][k]
    );
    const r = importWorkbook([sheet("Clients", rows)]);
    expect(readAs(r, "Clients")).toBe("Clients");
    expect(r.records.Clients).toHaveLength(12);
  });
});

describe("headers that only resemble a client's or a policy's", () => {
  it("an order's number is no policy's number, in either script", () => {
    const policyNo = (h: string) =>
      scoreHeader(h, targetsFor("Insurance")).some((s) => s.target.key === "policyNo");
    expect(policyNo("訂單號碼")).toBe(false);
    expect(policyNo("订单号码")).toBe(false);
    expect(policyNo("保單號碼")).toBe(true);
    expect(policyNo("保单号码")).toBe(true);
    expect(policyNo("Policy No")).toBe(true);
  });

  it("an order list of shops, fruit and amounts imports no policies", () => {
    for (const lang of ["zh-CN", "zh-TW"] as const) {
      const headers =
        lang === "zh-CN"
          ? ["订单号码", "日期", "商店", "业务员", "产品", "金额"]
          : ["訂單號碼", "日期", "商店", "業務員", "產品", "金額"];
      const rows = table(
        headers,
        40,
        (_, i, k) =>
          [
            `A${String(i + 1).padStart(4, "0")}`,
            `2023-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 27)).padStart(2, "0")}`,
            ["大發", "全聯", "頂好", "家樂福"][i % 4],
            ["王小明", "李大華", "陳美玲"][i % 3],
            ["香蕉", "柚子", "蘋果"][i % 3],
            String(1200 + i * 35),
          ][k]
      );
      const r = importWorkbook([sheet("Orders", rows)]);
      expect(r.records.Insurance).toHaveLength(0);
    }
  });

  it("a tenure counted in months under a customer header names no client", () => {
    const rows = table(
      ["months_as_customer", "age", "policy_number", "policy_state", "policy_annual_premium"],
      30,
      (_, i, k) =>
        [
          String(100 + ((i * 37) % 300)),
          String(20 + (i % 40)),
          String(266166 + i * 7919),
          ["IL", "OH", "IN"][i % 3],
          String(1000 + i * 17.5),
        ][k]
    );
    const r = importWorkbook([sheet("policies", rows)]);
    const tenure = r.mappings.find((m) => m.sheet === "policies")?.columns[0];
    expect(tenure?.field).not.toBe("clientName");
    expect(r.records.Clients).toHaveLength(0);
  });
});
