/**
 * A column headed for whom each row is about may hold values that name nobody: a system's UUIDs
 * under "Prospect ID", age bands under "AgeOfPolicyHolder", one country down a "name" column.
 * Such a column is no name (kept in notes, said why in each language), and a table with nothing
 * else naming a party — an anonymous lead-scoring export, an insurance data set for a dashboard,
 * subscriptions keyed by user number — imports nothing. The same tables naming their people
 * import as before, and people or firms whose names happen to be countries stay names. A field
 * dictionary whose types are R's or pandas' (int, factor, object) is a list of fields.
 */
import { importWorkbook } from "../../src/importer";
import { mapColumns } from "../../src/importer/map-columns";
import { isBand, isCountryName, isOpaqueKey, namesNoOne } from "../../src/importer/no-one-values";
import { profileColumn } from "../../src/importer/profile";
import { renderMessage } from "../../src/register/messages";
import type { ImportResult, SourceCell } from "../../src/importer/types";
import type { SheetKey } from "../../src/register/types";
import { notDataReason, readAs, sheet, table } from "./helpers";

type Lang = "en" | "zh-CN" | "zh-TW";
const LANGS: readonly Lang[] = ["en", "zh-CN", "zh-TW"];

/** A UUID made from a row number, as a marketing system keys its leads. */
function uuid(i: number): string {
  const hex = (n: number, width: number) =>
    ((n * 2654435761) >>> 0).toString(16).padStart(width, "0").slice(-width);
  return `${hex(i + 7, 8)}-${hex(i + 3, 4)}-4${hex(i + 5, 3)}-a${hex(i + 9, 3)}-${hex(i + 11, 8)}${hex(i, 4)}`;
}

const PEOPLE: Record<Lang, string[]> = {
  en: ["Ayu Lestari", "Budi Santoso", "Citra Dewi", "Dimas Pratama", "Eka Putri", "Farah Aziz"],
  "zh-CN": ["王建国", "李秀英", "张伟", "刘洋", "陈静", "赵磊"],
  "zh-TW": ["王建國", "李秀英", "張偉", "劉洋", "陳靜", "趙磊"],
};
const personOf = (lang: Lang, i: number) =>
  lang === "en"
    ? `${PEOPLE.en[i % 6].split(" ")[0]} ${["Wong", "Tan", "Lim", "Ng", "Lee"][i % 5]}${"abcdefgh"[i % 8]}`
    : `${PEOPLE[lang][i % 6]}${"一二三四五六七八"[i % 8]}`;

/** Why an import left a sheet out as unsure (its sheet-unsure issue's reason), or undefined. */
function unsureWhy(r: ImportResult, sheetName: string): unknown {
  return r.issues.find((i) => i.code === "import.sheet-unsure" && i.sheet === sheetName)?.params
    ?.why;
}

/** One column mapped for a register sheet, beside a status column. */
function mapOne(registerSheet: SheetKey, header: string, values: SourceCell[]) {
  const column = (text: string, cells: SourceCell[]) => ({
    header: { index: 1, text, candidates: [text] },
    values: cells,
  });
  return mapColumns({
    sheetName: "S",
    registerSheet,
    columns: [
      column(header, values),
      column(
        "Status",
        values.map((_, i) => ["Open", "Won"][i % 2])
      ),
    ],
    overrides: new Map(),
  }).columns[0];
}

const UUIDS: SourceCell[] = Array.from({ length: 12 }, (_, i) => uuid(i));
const BANDS: SourceCell[] = ["18-20", "21-25", "26-30", "31-40", "41-50", "51-65"].flatMap((b) => [
  b,
  b,
]);

const LEAD_HEADERS: Record<Lang, string[]> = {
  en: ["Prospect ID", "Lead Number", "Lead Source", "Converted", "TotalVisits", "Last Activity"],
  "zh-CN": ["潜在客户", "线索编号", "线索来源", "是否转化", "访问次数", "最近活动"],
  "zh-TW": ["潛在客戶", "名單編號", "名單來源", "是否轉換", "造訪次數", "最近活動"],
};
const SOURCES: Record<Lang, string[]> = {
  en: ["Google", "Direct Traffic", "Olark Chat", "Organic Search"],
  "zh-CN": ["百度", "直接访问", "在线客服", "自然搜索"],
  "zh-TW": ["Google", "直接造訪", "線上客服", "自然搜尋"],
};
const ACTIVITY: Record<Lang, string[]> = {
  en: ["Email Opened", "SMS Sent", "Page Visited on Website"],
  "zh-CN": ["打开邮件", "已发短信", "浏览网页"],
  "zh-TW": ["開啟郵件", "已發簡訊", "瀏覽網頁"],
};

/** 40 leads of a scoring export, each known by a UUID (or, `named`, by a person's name). */
function leads(lang: Lang, named = false): SourceCell[][] {
  return table(
    LEAD_HEADERS[lang],
    40,
    (_, i, k) =>
      [
        named ? personOf(lang, i) : uuid(i),
        String(660726 - i * 7),
        SOURCES[lang][i % 4],
        String(i % 3 === 0 ? 1 : 0),
        String(1 + (i % 9)),
        ACTIVITY[lang][i % 3],
      ][k]
  );
}

const RISK_HEADERS: Record<Lang, string[]> = {
  en: ["Make", "Sex", "Policy", "PolicyType", "VehiclePrice", "AgeOfPolicyHolder", "Year"],
  "zh-CN": ["品牌", "性别", "是否投保", "险种", "车价区间", "投保人", "年份"],
  "zh-TW": ["品牌", "性別", "是否投保", "險種", "車價級距", "要保人", "年份"],
};
const POLICY_TYPES: Record<Lang, string[]> = {
  en: ["Third-Party Liability", "Comprehensive", "Standalone Own Damage"],
  "zh-CN": ["第三者责任险", "综合险", "车损险"],
  "zh-TW": ["第三人責任險", "綜合險", "車體損失險"],
};

/** 40 anonymous rows of an insurance data set: the holder only as an age band (or a name). */
function riskRows(lang: Lang, named = false): SourceCell[][] {
  const bands = ["18-20", "21-25", "26-30", "31-40", "41-50", "51-65"];
  return table(
    RISK_HEADERS[lang],
    40,
    (_, i, k) =>
      [
        ["TVS", "Honda", "Hero", "Bajaj"][i % 4],
        lang === "en" ? ["Male", "Female"][i % 2] : ["男", "女"][i % 2],
        lang === "en" ? ["Yes", "No"][i % 2] : ["是", "否"][i % 2],
        POLICY_TYPES[lang][i % 3],
        ["20000 to 29000", "30000 to 39000", "40000 to 59000"][i % 3],
        named ? personOf(lang, i) : bands[i % 6],
        "2020",
      ][k]
  );
}

const SUBSCRIPTION_HEADERS: Record<Lang, string[]> = {
  en: [
    "#",
    "transaction_date",
    "subscription_id",
    "user_id",
    "status",
    "provider",
    "service",
    "name",
    "currency_iso",
  ],
  "zh-CN": ["序号", "交易时间", "订阅编号", "用户编号", "状态", "供应商", "服务", "名称", "币种"],
  "zh-TW": ["序號", "交易時間", "訂閱編號", "用戶編號", "狀態", "供應商", "服務", "名稱", "幣別"],
};
const COUNTRY: Record<Lang, string> = { en: "South Africa", "zh-CN": "南非", "zh-TW": "南非" };

/** 40 subscriptions keyed by user number, the "name" column the country on every row. */
function subscriptions(lang: Lang): SourceCell[][] {
  return table(
    SUBSCRIPTION_HEADERS[lang],
    40,
    (_, i, k) =>
      [
        String(i + 1),
        `2016/${1 + (i % 12)}/${1 + (i % 27)} 12:${String(10 + i).padStart(2, "0")}`,
        String(69552554 + i * 9973),
        String(32579067 - i * 7919),
        lang === "en" ? ["Active", "Cancelled"][i % 2] : ["有效", "已取消"][i % 2],
        ["Provider A", "Provider B", "Provider C"][i % 3],
        ["Cool Songs", "GOT Spoilers", "Pokemon-Go Locations"][i % 3],
        COUNTRY[lang],
        "ZAR",
      ][k]
  );
}

describe("values that name no one", () => {
  it("tells UUIDs and hashes, bands and countries from names and codes", () => {
    expect(isOpaqueKey("cb016bca-2de7-40aa-bf4d-fb61a652f4d9")).toBe(true);
    expect(isOpaqueKey("5f2b6c9e8a1d4e0f9b3c7a21")).toBe(true);
    expect(isOpaqueKey("C0005")).toBe(false);
    expect(isOpaqueKey("1000001")).toBe(false);
    expect(isOpaqueKey("deadbeefcafebabe")).toBe(false);
    expect(isBand("31-40")).toBe(true);
    expect(isBand("20000 to 29000")).toBe(true);
    expect(isBand("more than 69000")).toBe(true);
    expect(isBand("60岁以上")).toBe(true);
    expect(isBand("40-31")).toBe(false);
    expect(isBand("Wong 31")).toBe(false);
    expect(isCountryName("South Africa")).toBe(true);
    expect(isCountryName("south  africa")).toBe(true);
    expect(isCountryName("南非")).toBe(true);
    expect(isCountryName("臺灣")).toBe(true);
    expect(isCountryName("Ayu Lestari")).toBe(false);
    expect(isCountryName("王建国")).toBe(false);
  });

  it("a column of people's or firms' names, of client numbers or of short codes names someone", () => {
    for (const lang of LANGS) {
      const names = Array.from({ length: 30 }, (_, i) => personOf(lang, i));
      expect(namesNoOne(profileColumn(names))).toBeNull();
    }
    expect(namesNoOne(profileColumn(Array.from({ length: 30 }, (_, i) => `C${1000 + i}`)))).toBe(
      null
    );
    expect(namesNoOne(profileColumn(Array.from({ length: 30 }, (_, i) => String(1e6 + i))))).toBe(
      null
    );
    // A few clients named like countries (Jordan, Chad) among people: still names.
    const mixed = Array.from({ length: 30 }, (_, i) =>
      i % 10 === 0 ? ["Jordan", "Chad", "Georgia"][i / 10] : personOf("en", i)
    );
    expect(namesNoOne(profileColumn(mixed))).toBeNull();
  });

  // The column by itself, on each register sheet it was read as, in each language: kept out of
  // the name field and said why in the user's language.
  const COLUMN: Record<Lang, [SheetKey, string, SourceCell[], string, string][]> = {
    en: [
      ["Pipeline", "Prospect ID", UUIDS, "map.no-one.opaque", "keys a system made up"],
      ["Insurance", "AgeOfPolicyHolder", BANDS, "map.no-one.bands", "bands a person ticks"],
      ["Assets", "name", Array(12).fill("South Africa"), "map.no-one.countries", "countries"],
    ],
    "zh-CN": [
      ["Pipeline", "潜在客户", UUIDS, "map.no-one.opaque", "系统生成的键"],
      ["Insurance", "投保人", BANDS, "map.no-one.bands", "年龄段"],
      ["Clients", "名称", Array(12).fill("南非"), "map.no-one.countries", "国家或地区名称"],
    ],
    "zh-TW": [
      ["Pipeline", "潛在客戶", UUIDS, "map.no-one.opaque", "系統產生的鍵"],
      ["Insurance", "要保人", BANDS, "map.no-one.bands", "年齡層"],
      ["Assets", "名稱", Array(12).fill("南非"), "map.no-one.countries", "國家或地區名稱"],
    ],
  };
  for (const lang of LANGS) {
    for (const [registerSheet, header, values, kind, words] of COLUMN[lang]) {
      it(`keeps ${lang} "${header}" of ${kind.slice(11)} out of the ${registerSheet} name, saying why`, () => {
        const column = mapOne(registerSheet, header, values);
        expect(column.field).toBeNull();
        const said = column.reasons?.find((e) => e.code === "map.why.names-no-one");
        expect(said?.params?.kind).toBe(kind);
        const text = renderMessage("map.why.names-no-one", said?.params ?? {}, lang) ?? "";
        expect(text).toContain(words);
        expect(text).toContain("100");
        expect(text).toContain(String(values[0]));
        // A Chinese user never meets an English sentence (the values and --map aside).
        if (lang !== "en")
          expect(text.replace(/"[^"]*"/g, "").replace(/--map|UUID/g, "")).not.toMatch(/[a-z]{4,}/);
      });

      it(`maps ${lang} "${header}" naming people on the ${registerSheet} sheet`, () => {
        const column = mapOne(registerSheet, header, PEOPLE[lang].concat(PEOPLE[lang]));
        expect(column.field).not.toBeNull();
        expect(column.reasons?.some((e) => e.code === "map.why.names-no-one")).toBe(false);
      });
    }
  }

  it("imports nothing from an anonymous lead-scoring export keyed by UUIDs", () => {
    const r = importWorkbook([sheet("Leads", leads("en"))]);
    expect(readAs(r, "Leads") ?? null).toBeNull();
    expect(r.records.Pipeline ?? []).toHaveLength(0);
    expect(r.records.Clients ?? []).toHaveLength(0);
    expect(unsureWhy(r, "Leads")).toBe("sheet.unsure.no-subject");
  });

  it("imports the same leads when each names its person", () => {
    const r = importWorkbook([sheet("Leads", leads("en", true))]);
    expect(readAs(r, "Leads")).toBe("Pipeline");
    expect(r.records.Pipeline ?? []).toHaveLength(40);
  });

  it("imports nothing from an insurance data set whose holder is an age band", () => {
    const r = importWorkbook([sheet("Data", riskRows("en"))]);
    expect(readAs(r, "Data") ?? null).toBeNull();
    expect(r.records.Insurance ?? []).toHaveLength(0);
    expect(r.records.Clients ?? []).toHaveLength(0);
    expect(unsureWhy(r, "Data")).toBe("sheet.unsure.no-subject");
  });

  it("imports the same policies when the holder column names people", () => {
    const r = importWorkbook([sheet("Data", riskRows("en", true))]);
    expect(readAs(r, "Data")).toBe("Insurance");
    expect(r.records.Insurance ?? []).toHaveLength(40);
  });

  it('imports nothing from subscriptions whose "name" is the country', () => {
    const r = importWorkbook([sheet("Subscribers", subscriptions("en"))]);
    expect(readAs(r, "Subscribers") ?? null).toBeNull();
    for (const list of Object.values(r.records)) expect(list ?? []).toHaveLength(0);
    expect(unsureWhy(r, "Subscribers")).toBe("sheet.unsure.no-subject");
  });
});

describe("a field dictionary typed as an analyst's data frame types it", () => {
  const HEADERS: Record<Lang, string[]> = {
    en: ["No", "Field", "Description", "Type", "Missing", "Distinct"],
    "zh-CN": ["序号", "字段", "说明", "数据类型", "缺失值", "元素个数"],
    "zh-TW": ["序列", "欄位", "說明", "資料類型", "缺失值", "元素個數"],
  };
  const FIELDS = ["bacno", "txkey", "locdt", "loctm", "cano", "contp", "etymd", "mchno", "ecfg"];
  const MEANING: Record<Lang, string[]> = {
    en: ["Account", "Txn key", "Auth date", "Auth time", "Card", "Kind", "Mode", "Shop", "Online"],
    "zh-CN": [
      "归户账号",
      "交易序号",
      "授权日期",
      "授权时间",
      "交易卡号",
      "交易类别",
      "交易型态",
      "特店代号",
      "网络交易注记",
    ],
    "zh-TW": [
      "歸戶帳號",
      "交易序號",
      "授權日期",
      "授權時間",
      "交易卡號",
      "交易類別",
      "交易型態",
      "特店代號",
      "網路交易註記",
    ],
  };
  for (const lang of LANGS) {
    it(`imports nothing from a ${lang} list of fields typed int / factor`, () => {
      const rows = table(
        HEADERS[lang],
        FIELDS.length,
        (_, i, k) =>
          [
            String(i + 1),
            FIELDS[i],
            MEANING[lang][i],
            i % 4 === 3 ? "factor" : "int",
            "0",
            String(90 + i * 1371),
          ][k]
      );
      const r = importWorkbook([sheet("Sheet1", rows)]);
      expect(readAs(r, "Sheet1") ?? null).toBeNull();
      expect(notDataReason(r, "Sheet1")).toBe("sheet.why.field-list");
      expect(r.records.Clients ?? []).toHaveLength(0);
    });
  }
});
