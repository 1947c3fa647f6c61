/**
 * A salesperson's tracker of the firms being worked on, each row beside how far its sale has got
 * (Quote Sent, In Discussion, Order Received; 方案报价, 洽谈中, 已下单; a Stage of L1 … L3), is the
 * pipeline — one deal per row for the firm it names — not the list of those firms; a tab of the
 * same shape beside it is that salesperson's deals too. A complaint's New / Closed, a client's
 * Customer / Lead or people reached by their own phone stay what they were. Invented trackers in
 * English, 简体 and 繁體.
 */
import { importWorkbook } from "../../src/importer";
import { tellsDealProgress } from "../../src/importer/deal-stages";
import { namesDealStage } from "../../src/register/catalog";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { readAs, sheet } from "./helpers";

/** The Clients sheet as a user types it in --map in each language. */
const CLIENTS_IN = { en: "Clients", "zh-CN": "客户", "zh-TW": "客戶" } as const;
const LANGS = ["en", "zh-CN", "zh-TW"] as const;

const FIRMS = {
  en: [
    "Jindal Pipes",
    "Nordic Renewables",
    "Harbour Foods",
    "Intech Castings",
    "Bosk Polymers",
    "Varuna Engineering",
    "Skyline Motors",
    "Apex Forgings",
    "Delta Wires",
    "Orion Textiles",
  ],
  "zh-CN": [
    "华泰塑胶有限公司",
    "鑫源包装材料有限公司",
    "凯诺管业有限公司",
    "恒立家电配件有限公司",
    "顺达汽车部件有限公司",
    "润丰钢管有限公司",
    "瑞达金属制品有限公司",
    "新航塑业科技有限公司",
    "鸿运日用品有限公司",
    "天成再生资源有限公司",
  ],
  "zh-TW": [
    "騰佳精密股份有限公司",
    "佳東自動化有限公司",
    "正運焊接有限公司",
    "竣群電子股份有限公司",
    "運旭企業股份有限公司",
    "崴奇焊接有限公司",
    "建凱電氣有限公司",
    "新騰電力股份有限公司",
    "聯正精密有限公司",
    "建瑞精密有限公司",
  ],
} as const;

const TRACKERS: Record<
  (typeof LANGS)[number],
  { header: string[]; party: string; status: string; stages: string[]; product: string[] }
> = {
  en: {
    header: ["No", "Company", "Product", "Location", "Status"],
    party: "Company",
    status: "Status",
    stages: ["Quote Sent", "In Discussion", "Sample Sent", "Order Received", "closed"],
    product: ["Stretch Film", "VCI Bags", "Carton Boxes"],
  },
  "zh-CN": {
    header: ["序号", "公司名称", "产品", "城市", "进度"],
    party: "公司名称",
    status: "进度",
    stages: ["方案报价", "洽谈中", "已送样", "已下单", "商务谈判"],
    product: ["缠绕膜", "防锈袋", "纸箱"],
  },
  "zh-TW": {
    header: ["序號", "公司名稱", "產品", "地區", "狀態"],
    party: "公司名稱",
    status: "狀態",
    stages: ["報價", "洽談中", "已送樣", "已下單", "商務談判"],
    product: ["IGBT 模組", "二極體模組", "整流器"],
  },
};

function tracker(lang: (typeof LANGS)[number], status?: (i: number) => SourceCell): SourceCell[][] {
  const t = TRACKERS[lang];
  const places = {
    en: ["Noida", "Pune", "Chennai"],
    "zh-CN": ["宁波", "合肥", "常州"],
    "zh-TW": ["台北", "新竹", "台中"],
  }[lang];
  return [
    t.header,
    ...FIRMS[lang].map((firm, i) => [
      i + 1,
      firm,
      t.product[i % 3],
      places[i % 3],
      status ? status(i) : t.stages[i % t.stages.length],
    ]),
  ];
}

describe("rows at a sale's stages are deals", () => {
  it("knows a deal's stage header and a column of a sale's words", () => {
    expect(namesDealStage("Stage")).toBe(true);
    expect(namesDealStage("Sales Stage")).toBe(true);
    expect(namesDealStage("销售阶段")).toBe(true);
    expect(namesDealStage("銷售階段")).toBe(true);
    expect(namesDealStage("Lifecycle Stage")).toBe(false);
    expect(namesDealStage("Stage Notes")).toBe(false);
    const column = (words: string[]) =>
      Array.from({ length: 10 }, (_, i) => words[i % words.length]);
    expect(tellsDealProgress(column(["Quote Sent", "In Discussion", "closed"]))).toBe(true);
    expect(tellsDealProgress(column(["方案报价", "洽谈中", "失败"]))).toBe(true);
    expect(tellsDealProgress(column(["報價", "洽談中", "已下單"]))).toBe(true);
    // Any status column's words say nothing of a sale on their own.
    expect(tellsDealProgress(column(["New", "Closed"]))).toBe(false);
    expect(tellsDealProgress(column(["Customer", "Lead", "Prospect"]))).toBe(false);
    expect(tellsDealProgress(column(["成功", "失败"]))).toBe(false);
  });

  it.each(LANGS)("reads the %s tracker as the pipeline and says why", (lang) => {
    const t = TRACKERS[lang];
    const r = importWorkbook([sheet("Leads", tracker(lang))]);
    expect(readAs(r, "Leads")).toBe("Pipeline");
    const cols = Object.fromEntries(r.mappings[0].columns.map((c) => [c.header, c.field]));
    expect(["prospect", "clientName"]).toContain(cols[t.party]);
    expect(cols[t.status]).toBe("stage");
    expect(r.records.Pipeline).toHaveLength(10);
    const said = r.issues.filter((i) => i.code === "import.deal-stages-as-pipeline");
    expect(said).toHaveLength(1);
    for (const shown of LANGS) {
      const text = renderMessage(said[0].code ?? "", said[0].params ?? {}, shown) ?? "";
      expect(text).toContain(t.status);
      expect(text).toContain(`--map "Leads!*=${CLIENTS_IN[shown]}"`);
      expect(text).not.toContain("import.");
    }
  });

  it("reads a Stage column of codes beside the customer as the deals' stages", () => {
    const rows: SourceCell[][] = [
      ["Dealer Name", "Customer Name", "Segment", "Stage", "Quantity", "Remarks"],
      ...FIRMS.en.map((firm, i) => [
        ["Mobility North", "Mobility South"][i % 2],
        firm,
        ["10X2 MAV", "4X2 HAULAGE"][i % 2],
        ["L2", "L3", "L2", "L4"][i % 4],
        1,
        i % 3 ? "Awaiting finance" : "",
      ]),
    ];
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(readAs(r, "Sheet1")).toBe("Pipeline");
    const cols = Object.fromEntries(r.mappings[0].columns.map((c) => [c.header, c.field]));
    expect(["prospect", "clientName"]).toContain(cols["Customer Name"]);
    expect(r.records.Pipeline).toHaveLength(10);
  });

  it.each(LANGS)("takes a mistyped %s party header as each deal's party", (lang) => {
    const rows = tracker(lang);
    const typo = { en: "Comapnay", "zh-CN": "单位", "zh-TW": "單位" }[lang];
    rows[0] = rows[0].map((h, i) => (i === 1 ? typo : h));
    const r = importWorkbook([sheet("Leads", rows)]);
    expect(readAs(r, "Leads")).toBe("Pipeline");
    const party = r.mappings[0].columns.find((c) => c.header === typo);
    expect(["prospect", "clientName"]).toContain(party?.field);
    expect(r.records.Pipeline).toHaveLength(10);
    const names = r.records.Pipeline.map((p) => p.prospect ?? p.clientName);
    expect(names).toContain(FIRMS[lang][0]);
  });

  it.each(LANGS)("reads a %s tab of the same shape beside it as deals too", (lang) => {
    const t = TRACKERS[lang];
    const news = {
      en: ["Rates shared, awaiting MOQ", "No new update", "Samples in 2-3 days"],
      "zh-CN": ["已发报价，等回复", "暂无进展", "两三天内送样"],
      "zh-TW": ["已提供報價，等待回覆", "暫無進展", "兩三天內送樣"],
    }[lang];
    const other = tracker(lang, (i) => news[i % 3]).map((row, i) =>
      // The second salesperson's tab names other firms and heads its number column its own way.
      i === 0
        ? row.map((h, k) => (k === 0 ? "Sr. No" : h))
        : [row[0], `${row[1]} 2`, ...row.slice(2)]
    );
    const r = importWorkbook([sheet("Ritu", tracker(lang)), sheet("Neha", other)]);
    expect(readAs(r, "Ritu")).toBe("Pipeline");
    expect(readAs(r, "Neha")).toBe("Pipeline");
    const neha = r.mappings.find((m) => m.sheet === "Neha");
    const party = neha?.columns.find((c) => c.header === t.party);
    expect(["prospect", "clientName"]).toContain(party?.field);
    expect(r.records.Pipeline).toHaveLength(20);
    const said = r.issues.filter((i) => i.code === "import.deal-shape-as-pipeline");
    expect(said).toHaveLength(1);
    for (const shown of LANGS) {
      const text = renderMessage(said[0].code ?? "", said[0].params ?? {}, shown) ?? "";
      expect(text).toContain("Ritu");
      expect(text).toContain(t.party);
      expect(text).toContain(`--map "Neha!*=${CLIENTS_IN[shown]}"`);
      expect(text).not.toContain("import.");
    }
  });

  it("leaves a tab of another shape beside the tracker as it was", () => {
    const contacts: SourceCell[][] = [
      ["Customer", "Name", "Phone No.", "Email ID", "Remarks"],
      ...FIRMS.en.map((firm, i) => [
        `${firm} Ltd`,
        ["Bhavesh Rao", "Pushkar Nair", "Akshay Kumar"][i % 3] + ` ${i}`,
        `+91 90000 104${10 + i}`,
        `buyer${i}@example.org`,
        "Intro mail sent",
      ]),
    ];
    const r = importWorkbook([sheet("Ritu", tracker("en")), sheet("Fair", contacts)]);
    expect(readAs(r, "Ritu")).toBe("Pipeline");
    expect(readAs(r, "Fair")).not.toBe("Pipeline");
  });

  it.each(LANGS)("keeps a %s list whose status is any status's words as it was", (lang) => {
    const generic = {
      en: ["Customer", "Prospect", "Lead"],
      "zh-CN": ["潜在", "线索", "失败"],
      "zh-TW": ["潛在", "線索", "失敗"],
    }[lang];
    const r = importWorkbook([
      sheet(
        "Leads",
        tracker(lang, (i) => generic[i % 3])
      ),
    ]);
    expect(readAs(r, "Leads")).not.toBe("Pipeline");
  });

  it("keeps people each reached by their own phone and e-mail, at a sale's stages, as clients", () => {
    const people = [
      "Rafael Marlow",
      "Lucas Vianello",
      "Camila Fonseca",
      "Priya Prewitt",
      "Andre Vianello",
      "Hannah Abbott",
      "Jason Calder",
      "Will Fenwick",
      "Emma Stone",
      "Liam Fox",
    ];
    const rows: SourceCell[][] = [
      ["Name", "Phone", "Email", "Status"],
      ...people.map((p, i) => [
        p,
        `+1 415 555 01${10 + i}`,
        `${p.split(" ")[0].toLowerCase()}@example.org`,
        ["Quote Sent", "In Discussion", "Sample Sent"][i % 3],
      ]),
    ];
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(readAs(r, "Sheet1")).toBe("Clients");
  });

  it("keeps calls on deals naming a party again and again out of the pipeline reading", () => {
    const rows: SourceCell[][] = [
      ["Company", "Product", "Location", "Status"],
      ...Array.from({ length: 12 }, (_, i) => [
        FIRMS.en[i % 3],
        "VCI Bags",
        "Pune",
        ["Quote Sent", "In Discussion", "Order Received"][i % 3],
      ]),
    ];
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.issues.some((i) => i.code === "import.deal-stages-as-pipeline")).toBe(false);
  });
});
