/**
 * A list whose subject column has a header the register's words do not know (a seller id, a dealer
 * code, a member key, a column of names under "Party") is read by its values, as a person reads
 * it: a column naming a different party on every row — names of people or firms, or the opaque
 * key the list's system gave each party, standing first — with the party's attributes beside it.
 * A procurement ledger, ship-to addresses, the company's own agents, a product catalogue, a code
 * list and a summary by region still import nothing.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { renderMessage } from "../../src/register/messages";
import { sheet, table } from "./helpers";

const ROWS = 24;

/** A deterministic spread of numbers: row i's value, never twice the same, never in order. */
const spread = (i: number, base: number, step: number): number => base + ((i * step) % 99991) * 7;

const CN_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋";
const CN_GIVEN = ["志强", "秀英", "建华", "丽娟", "海峰", "婷婷", "国庆", "晓燕", "立伟", "静怡"];
const TW_SURNAMES = "陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴徐周葉蘇莊";
const TW_GIVEN = ["柏宏", "佩珊", "志豪", "怡婷", "宗翰", "雅雯", "承翰", "怡萱", "明哲", "淑芬"];
const EN_FIRST = ["Owen", "Maya", "Ravi", "Lena", "Tom", "Nina", "Ian", "Zoe", "Paul", "Ada"];
const EN_LAST = ["Barker", "Collins", "Desai", "Fischer", "Grady", "Holt", "Keller", "Lambert"];

const person = {
  "zh-CN": (i: number) => CN_SURNAMES[i % CN_SURNAMES.length] + CN_GIVEN[(i * 3) % 10],
  "zh-TW": (i: number) => TW_SURNAMES[i % TW_SURNAMES.length] + TW_GIVEN[(i * 7) % 10],
  en: (i: number) => `${EN_FIRST[i % 10]} ${EN_LAST[(i * 3 + Math.floor(i / 10)) % 8]}`,
};
const CN_FIRMS = ["商贸", "日化", "百货", "纸业", "贸易", "实业", "电器", "建材"];
const TW_FIRMS = ["商行", "企業", "實業", "百貨", "貿易", "工業", "電器", "建材"];
const EN_FIRMS = ["Trading", "Supplies", "Retail", "Foods", "Hardware", "Textiles"];
const firm = {
  "zh-CN": (i: number) => `${CN_SURNAMES[i % 23]}氏${CN_FIRMS[i % 8]}${i}号有限公司`,
  "zh-TW": (i: number) => `${TW_SURNAMES[i % 23]}記${TW_FIRMS[i % 8]}${i}有限公司`,
  en: (i: number) => `${EN_LAST[i % 8]} ${EN_FIRMS[i % 6]} ${i} Ltd`,
};
const mobile = {
  "zh-CN": (i: number) => `139${String(spread(i, 10000000, 7919)).slice(0, 8)}`,
  "zh-TW": (i: number) => `09${String(spread(i, 12000000, 6007)).slice(0, 8)}`,
  en: (i: number) => `(555) 01${i % 10}-${String(1000 + ((i * 37) % 9000)).slice(0, 4)}`,
};
const places = {
  "zh-CN": ["杭州市西湖区", "南京市鼓楼区", "成都市武侯区", "广州市天河区", "武汉市洪山区"],
  "zh-TW": ["南投縣南投市", "花蓮縣吉安鄉", "臺中市西屯區", "高雄市苓雅區", "新北市板橋區"],
  en: ["12 Market Street, Springfield", "400 Elm Road, Riverton", "9 Baker Lane, Lakeside"],
};

type Lang = "zh-CN" | "zh-TW" | "en";
const LANGS: Lang[] = ["zh-CN", "zh-TW", "en"];

function clientsOf(rows: SourceCell[][], name = "Sheet1") {
  return importWorkbook([sheet(name, rows)]);
}

describe("a list whose subject no header names is read by its values", () => {
  const sellerHeaders: Record<Lang, string[]> = {
    "zh-CN": ["卖家uid", "手机"],
    "zh-TW": ["賣家uid", "行動電話"],
    en: ["seller_uid", "mobile"],
  };
  for (const lang of LANGS)
    it(`a platform's seller ids beside their mobiles are the clients (${lang})`, () => {
      const rows = table(sellerHeaders[lang], ROWS, (_, i, c) =>
        c === 0 ? spread(i, 284288971, 15485) : i % 9 === 4 ? null : mobile[lang](i)
      );
      const r = clientsOf(rows);
      const m = r.mappings[0];
      expect(m.registerSheet).toBe("Clients");
      expect(m.decision?.outcome).toBe("imported");
      expect(m.columns[0].field).toBe("clientId");
      expect(m.columns[0].reasons?.map((x) => x.code)).toContain("map.why.key-by-values");
      expect(r.records.Clients).toHaveLength(ROWS);
      expect(r.records.Clients.map((c) => c.clientId)).toContain(
        String(spread(3, 284288971, 15485))
      );
    });

  const dealerHeaders: Record<Lang, string[]> = {
    "zh-CN": ["供货经销商代码", "经销商", "大区", "省区"],
    "zh-TW": ["通路商代碼", "通路商", "區域", "縣市"],
    en: ["Distributor Code", "Distributor", "Region", "Territory"],
  };
  for (const lang of LANGS)
    it(`a maker's distributor codes beside firm names are the clients (${lang})`, () => {
      const rows = table(dealerHeaders[lang], ROWS, (_, i, c) =>
        c === 0
          ? `${["CSJA", "CZZA", "GS0", "CTYA"][i % 4]}${100 + ((i * 37) % 900)}`
          : c === 1
            ? firm[lang](i)
            : c === 2
              ? ["North", "South", "East"][i % 3]
              : places[lang][i % places[lang].length]
      );
      const r = clientsOf(rows, "Result 1");
      const m = r.mappings[0];
      expect(m.registerSheet).toBe("Clients");
      expect(m.columns[0].field).toBe("clientId");
      expect(m.columns[1].field).toBe("name");
      expect(r.records.Clients).toHaveLength(ROWS);
      const first = r.records.Clients.find((c) => c.name === firm[lang](5));
      expect(first?.clientId).toBe(rows[6][0]);
    });

  const memberHeaders: Record<Lang, string[]> = {
    "zh-CN": ["mkey", "性别", "年龄", "所在地区", "等级", "近一年消费"],
    "zh-TW": ["unikey3", "性別", "年齡", "縣市", "OB等級", "近一年消費"],
    en: ["mkey", "gender", "age", "home", "tier code", "spend 12m"],
  };
  for (const lang of LANGS)
    it(`members known only by a key, with their attributes beside it, are the clients (${lang})`, () => {
      const rows = table(
        memberHeaders[lang],
        ROWS,
        (_, i, c) =>
          [
            String(spread(i, 10052985, 3571)),
            i % 3 === 0 ? "M" : "F",
            String(30 + ((i * 7) % 40)),
            places[lang][i % places[lang].length],
            ["A", "B", "C", "D+"][i % 4],
            (i * 1234.5) % 90000,
          ][c]
      );
      const r = clientsOf(rows);
      const m = r.mappings[0];
      expect(m.registerSheet).toBe("Clients");
      expect(m.columns[0].field).toBe("clientId");
      expect(m.columns[0].reasons?.map((x) => x.code)).toContain("map.why.key-by-values");
      // Each member is its own client, known by its key.
      expect(r.records.Clients.map((c) => c.clientId)).toEqual(rows.slice(1).map((row) => row[0]));
    });

  const partyHeaders: Record<Lang, string[]> = {
    "zh-CN": ["对象", "手机号码", "来源"],
    "zh-TW": ["對象", "手機號碼", "來源"],
    en: ["Party", "Mobile", "Source"],
  };
  for (const lang of LANGS)
    it(`a column of people's names under a header that names no one is the client's name (${lang})`, () => {
      const rows = table(
        partyHeaders[lang],
        ROWS,
        (_, i, c) => [person[lang](i), mobile[lang](i), ["web", "referral", "fair"][i % 3]][c]
      );
      const r = clientsOf(rows);
      const m = r.mappings[0];
      expect(m.registerSheet).toBe("Clients");
      expect(m.columns[0].field).toBe("name");
      expect(m.columns[0].reasons?.map((x) => x.code)).toContain("map.why.names-by-values");
      expect(r.records.Clients.map((c) => c.name)).toContain(person[lang](7));
    });

  it("says in each language why the key was taken as the client's", () => {
    const params = { header: "unikey3", distinct: 1000, filled: 1000 };
    for (const lang of ["zh-CN", "zh-TW"] as const) {
      const text = renderMessage("map.why.key-by-values", params, lang) ?? "";
      expect(text).toContain("unikey3");
      expect(text).not.toContain("map.why");
      expect(text).toMatch(lang === "zh-CN" ? /编号/ : /編號/);
    }
    expect(renderMessage("map.why.key-by-values", params, "en")).toContain("own key");
  });
});

describe("lists that are not clients still import nothing, whatever their values", () => {
  const procurement: Record<Lang, string[]> = {
    "zh-CN": ["供应商编码", "供应商名称", "物料", "数量", "单价", "金额"],
    "zh-TW": ["供應商代號", "供應商名稱", "品項", "數量", "單價", "金額"],
    en: ["Vendor ID", "Vendor Name", "Item", "Qty", "Unit Price", "Amount"],
  };
  for (const lang of LANGS)
    it(`a purchase ledger of suppliers, items, quantities and prices (${lang})`, () => {
      const rows = table(procurement[lang], ROWS, (_, i, c) => {
        const qty = 1 + (i % 9);
        const price = 10 + ((i * 13) % 90);
        return [
          `V${String(spread(i, 20000, 31)).slice(0, 6)}`,
          firm[lang](i),
          `P-${i}`,
          qty,
          price,
          qty * price,
        ][c];
      });
      const r = clientsOf(rows, lang === "en" ? "Purchases" : "采购");
      expect(r.mappings[0].registerSheet).toBeNull();
      expect(r.records.Clients).toHaveLength(0);
    });

  const shipTo: Record<Lang, string[]> = {
    "zh-CN": ["客户地址"],
    "zh-TW": ["送貨地址"],
    en: ["Ship-to Address"],
  };
  for (const lang of LANGS)
    it(`a column of ship-to addresses naming no party (${lang})`, () => {
      const rows = table(
        shipTo[lang],
        ROWS,
        (_, i) => `${places[lang][i % places[lang].length]}${i}号`
      );
      const r = clientsOf(rows);
      expect(r.mappings[0].registerSheet).toBeNull();
      expect(r.records.Clients).toHaveLength(0);
    });

  const agents: Record<Lang, string[]> = {
    "zh-CN": ["业务员工号", "业务员", "营业部", "手机"],
    "zh-TW": ["業務員代號", "業務員", "通訊處", "手機"],
    en: ["Agent Code", "Agent", "Branch", "Mobile"],
  };
  for (const lang of LANGS)
    it(`the company's own sales agents, with codes, branches and mobiles (${lang})`, () => {
      const rows = table(
        agents[lang],
        ROWS,
        (_, i, c) =>
          [
            `E${spread(i, 70000, 97)}`,
            person[lang](i),
            ["一部", "二部", "三部"][i % 3],
            mobile[lang](i),
          ][c]
      );
      const r = clientsOf(rows);
      expect(r.mappings[0].registerSheet).toBeNull();
      expect(r.records.Clients).toHaveLength(0);
    });

  it("agents keyed by a numbered code (agnt_0001, agnt_0002 …) with their figures", () => {
    const rows = table(
      ["serial_no", "gender", "dept_flg", "age", "fyp_month_avg"],
      ROWS,
      (_, i, c) =>
        [
          `agnt_${String(i + 1).padStart(4, "0")}`,
          i % 2 ? "M" : "F",
          `DEPT${i % 4}`,
          30 + (i % 20),
          i * 1000.5,
        ][c]
    );
    const r = clientsOf(rows, "DATA");
    expect(r.mappings[0].registerSheet).toBeNull();
    expect(r.records.Clients).toHaveLength(0);
  });

  const catalogue: Record<Lang, string[]> = {
    "zh-CN": ["货号", "品名", "规格", "单价"],
    "zh-TW": ["料號", "品名", "規格", "單價"],
    en: ["SKU", "Product", "Size", "Price"],
  };
  for (const lang of LANGS)
    it(`a product catalogue keyed by codes (${lang})`, () => {
      const rows = table(
        catalogue[lang],
        ROWS,
        (_, i, c) =>
          [
            `SKU${spread(i, 5000, 41)}`,
            `${["Chair", "Desk", "Lamp", "Shelf"][i % 4]} ${i}`,
            `${i}cm`,
            100 + i,
          ][c]
      );
      const r = clientsOf(rows);
      expect(r.mappings[0].registerSheet).toBeNull();
      expect(r.records.Clients).toHaveLength(0);
    });

  const codes: Record<Lang, string[]> = {
    "zh-CN": ["代码", "说明"],
    "zh-TW": ["代碼", "中文說明"],
    en: ["Code", "Description"],
  };
  const descriptions: Record<Lang, string[]> = {
    "zh-CN": ["催告退回比率大于百分之三", "同一投保人近六个月内变更", "保单借款超过限额"],
    "zh-TW": ["催告退回比率大於百分之三", "同一要保人近六個月內變更", "保單借款超過限額"],
    en: [
      "Reminder returns above three percent",
      "Policyholder changed twice in six months",
      "Loan over limit",
    ],
  };
  // (An English "Code | Description" reads as complaints by its header words; not this mechanism.)
  for (const lang of ["zh-CN", "zh-TW"] as const)
    it(`a code list: a code and what it means (${lang})`, () => {
      const rows = table(codes[lang], ROWS, (_, i, c) =>
        c === 0 ? `R${spread(i, 1000, 53)}` : `${descriptions[lang][i % 3]}（${i}）`
      );
      const r = clientsOf(rows);
      expect(r.mappings[0].registerSheet).toBeNull();
      expect(r.records.Clients).toHaveLength(0);
    });

  const summary: Record<Lang, string[]> = {
    "zh-CN": ["区县分公司", "在途工单", "日均归档量"],
    "zh-TW": ["區域", "在途工單", "日均歸檔量"],
    en: ["Branch", "Open tickets", "Closed per day"],
  };
  const branches: Record<Lang, string[]> = {
    "zh-CN": [
      "隆安",
      "上林",
      "武鸣",
      "宾阳",
      "横县",
      "马山",
      "柳城",
      "鹿寨",
      "三江",
      "融安",
      "融水",
      "柳江",
    ],
    "zh-TW": [
      "信義",
      "大安",
      "中山",
      "松山",
      "內湖",
      "南港",
      "士林",
      "北投",
      "文山",
      "萬華",
      "大同",
      "中正",
    ],
    en: [
      "Northside",
      "Eastgate",
      "Harbour",
      "Hillcrest",
      "Lakeview",
      "Riverside",
      "Westfield",
      "Old Town",
      "Midtown",
      "Southbank",
      "Parkside",
      "Bayview",
    ],
  };
  for (const lang of LANGS)
    it(`figures per branch: a summary, not parties (${lang})`, () => {
      const rows = table(
        summary[lang],
        12,
        (_, i, c) => [branches[lang][i], 40 + ((i * 17) % 60), ((i * 3.7) % 20) + 0.25][c]
      );
      const r = clientsOf(rows);
      expect(r.mappings[0].registerSheet).toBeNull();
      expect(r.records.Clients).toHaveLength(0);
    });
});

describe("a workbook that would import nothing reads its list of parties by values", () => {
  const headers: Record<Lang, string[]> = {
    "zh-CN": ["uid", "性别", "星座", "OB分群"],
    "zh-TW": ["uid", "性別", "星座", "OB分群"],
    en: ["uid", "gender", "sign", "OB cluster"],
  };
  // A key, a gender and two tags: no header word of the register's, no contact, no place.
  const members = (lang: Lang) =>
    table(
      headers[lang],
      ROWS,
      (_, i, c) =>
        [
          `${spread(i, 10052985, 3571)}`,
          i % 3 ? "F" : "M",
          ["双鱼", "金牛", "天秤"][i % 3],
          ["X1", "Y2", "Z3"][i % 4],
        ][c]
    );

  for (const lang of LANGS)
    it(`takes the fullest such list as the clients and says so once (${lang})`, () => {
      const r = importWorkbook([sheet("名单", members(lang)), sheet("说明", [["说明"], ["导出"]])]);
      const m = r.mappings.find((x) => x.sheet === "名单");
      expect(m?.registerSheet).toBe("Clients");
      expect(m?.columns[0].field).toBe("clientId");
      expect(r.records.Clients).toHaveLength(ROWS);
      const said = r.issues.filter((i) => i.code === "import.clients-by-values");
      expect(said).toHaveLength(1);
      expect(said[0].params).toMatchObject({ sheet: "名单", header: "uid" });
      for (const to of ["en", "zh-CN", "zh-TW"] as const) {
        const text = renderMessage("import.clients-by-values", said[0].params ?? {}, to) ?? "";
        expect(text).toContain('--map "名单!*=-"');
        expect(text).toContain("uid");
        expect(text).not.toContain("import.clients");
      }
    });

  it("is not taken when another sheet of the workbook is a client list", () => {
    const named: SourceCell[][] = [
      ["客户名称", "手机"],
      ...Array.from({ length: 12 }, (_, i) => [firm["zh-CN"](i), mobile["zh-CN"](i)]),
    ];
    const r = importWorkbook([sheet("客户", named), sheet("名单", members("zh-CN"))]);
    expect(r.mappings.find((x) => x.sheet === "名单")?.registerSheet).toBeNull();
    expect(r.records.Clients).toHaveLength(12);
    expect(r.issues.some((i) => i.code === "import.clients-by-values")).toBe(false);
  });

  const devices: Record<Lang, string[]> = {
    "zh-CN": ["机顶盒编号", "状态", "套餐", "地区"],
    "zh-TW": ["機上盒編號", "狀態", "方案", "地區"],
    en: ["Device No", "Status", "Package", "Area"],
  };
  for (const lang of LANGS)
    it(`a device's numbers, however distinct, name no party (${lang})`, () => {
      const rows = table(devices[lang], ROWS, (_, i, c) =>
        c === 0 ? `STB${spread(i, 400000, 733)}` : ["on", "basic", "north"][c - 1]
      );
      const r = importWorkbook([sheet("Sheet1", rows)]);
      expect(r.records.Clients).toHaveLength(0);
      expect(r.issues.some((i) => i.code === "import.clients-by-values")).toBe(false);
    });

  it("a key beside figures only, or a code beside its meaning, is still nothing", () => {
    const figures = table(
      ["uid", "点击量", "花费"],
      ROWS,
      (_, i, c) => [`${spread(i, 10052985, 3571)}`, i * 7, i * 3.5][c]
    );
    const codes = table(["代码", "说明"], ROWS, (_, i, c) =>
      c === 0 ? `R${spread(i, 1000, 53)}` : `规则说明第${i}条`
    );
    for (const rows of [figures, codes]) {
      const r = importWorkbook([sheet("Sheet1", rows)]);
      expect(r.records.Clients).toHaveLength(0);
    }
  });
});
