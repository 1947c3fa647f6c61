/**
 * Sheets made from another sheet of the workbook: a day's delivery list or a postponed list naming
 * master accounts with columns of its own, a dispatch sheet naming some accounts on several runs,
 * a hidden pivot source repeating a log. A person imports the master once and leaves those out;
 * a subset in the master's own layout, a summary of district sheets, a list adding clients or
 * client fields are the same records or more of them and are imported (rows merge).
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell, SourceSheet } from "../../src/importer/types";
import { sheet } from "./helpers";

interface Variant {
  label: string;
  master: string;
  id: string;
  name: string;
  phone: string;
  address: string;
  owner: string;
  names: string[];
  street: string;
  /** The working list: its name, the id header, a short-name header and its own columns. */
  list: string;
  listId: string;
  listName: string;
  own: [string, string, string];
  driver: string[];
  /** A report's own columns (type, change, warning flag, balance). */
  report: string[];
  /** Ids written as numbers in the master and as text on the list (another producer). */
  numericIds: boolean;
}

const VARIANTS: Variant[] = [
  {
    label: "English, ids as text on both",
    master: "Customers",
    id: "Customer No",
    name: "Customer Name",
    phone: "Phone",
    address: "Address",
    owner: "Account Manager",
    names: [
      "Harbor Bakery",
      "Northgate Diner",
      "Elm Street Cafe",
      "Blue Fin Grill",
      "Oak & Ember",
      "Sunrise Noodles",
      "Maple Kitchen",
      "Cedar Deli",
      "Riverside Pizza",
      "Golden Wok",
      "Pine Hill Tavern",
      "Lakeside Bistro",
      "Stone Oven",
      "Copper Pot",
      "Willow Tea House",
      "Red Barn Grill",
      "Juniper Bar",
      "Silver Spoon",
      "Bayview Fish",
      "Orchard Market",
    ],
    street: "Main Street",
    list: "Monday Route 3",
    listId: "Cust #",
    listName: "Short name",
    own: ["Qty (cyl)", "Driver", "Delivery date"],
    driver: ["Sam", "Ray"],
    report: ["Account type", "Type change", "Warning", "Daily avg (k)"],
    numericIds: false,
  },
  {
    label: "简体, ids as numbers in the master, text on the list",
    master: "客户名单",
    id: "客户编号",
    name: "客户名称",
    phone: "联系电话",
    address: "地址",
    owner: "客户经理",
    names: [
      "湛江海鲜酒楼",
      "赤坎早茶店",
      "霞山面馆",
      "麻章烧腊",
      "金沙湾饭店",
      "南桥粥铺",
      "海滨大排档",
      "民主路饺子馆",
      "人民大道快餐",
      "建设路火锅",
      "解放路烤鱼",
      "中山路茶餐厅",
      "新华街米粉",
      "和平路小炒",
      "青年路烧烤",
      "光明街甜品",
      "文化路食堂",
      "渔港酒家",
      "椰林餐厅",
      "东堤牛杂",
    ],
    street: "民主路",
    list: "配送单",
    listId: "客户编号",
    listName: "简称",
    own: ["数量", "司机", "配送日期"],
    driver: ["王伟", "李强"],
    report: ["当前客户类型", "变化类型", "是否预警", "日均余额（万元）"],
    numericIds: true,
  },
  {
    label: "繁體, id column last on the list",
    master: "客戶資料",
    id: "客戶代號",
    name: "客戶名稱",
    phone: "電話",
    address: "地址",
    owner: "業務",
    names: [
      "信義牛肉麵",
      "大安水煎包",
      "中山滷肉飯",
      "板橋豆花",
      "中和便當",
      "新店米粉湯",
      "西屯小籠包",
      "北屯燒臘",
      "南屯鍋貼",
      "苓雅海產",
      "前鎮蚵仔煎",
      "左營冰店",
      "東區臭豆腐",
      "北區飯糰",
      "民生粥品",
      "復興快炒",
      "中正麵線",
      "成功早餐",
      "自由咖啡",
      "公益茶飲",
    ],
    street: "忠孝東路",
    list: "延後名單",
    listId: "客戶代號",
    listName: "簡稱",
    own: ["延後天數", "司機", "預計配送日"],
    driver: ["陳志明", "林家豪"],
    report: ["客戶類型", "變化類型", "是否預警", "日均餘額（萬元）"],
    numericIds: false,
  },
];

const idOf = (v: Variant, i: number): SourceCell =>
  v.numericIds ? 1700001 + i * 37 : `C${String(1700001 + i * 37)}`;
const idText = (v: Variant, i: number): string => String(idOf(v, i));

function master(v: Variant): SourceSheet {
  return sheet(v.master, [
    [v.id, v.name, v.phone, v.address, v.owner],
    ...v.names.map((n, i) => [
      idOf(v, i),
      n,
      `555-01${String(i + 10).slice(-2)}`,
      `${100 + i * 3} ${v.street}`,
      v.driver[i % 2],
    ]),
  ]);
}

/** A working list of `rows` master accounts (by index) with columns of its own. */
function workingList(v: Variant, rows: number[], idLast = v.label.startsWith("繁")): SourceSheet {
  const head = [v.listName, v.address, ...v.own];
  const body = rows.map((i, k) => [
    v.names[i].slice(0, 4),
    `${100 + i * 3} ${v.street}`,
    (k % 4) + 1,
    v.driver[k % 2],
    `2026-05-${String(10 + (k % 9)).padStart(2, "0")}`,
  ]);
  return sheet(
    v.list,
    idLast
      ? [[...head, v.listId], ...body.map((r, k) => [...r, idText(v, rows[k])])]
      : [[v.listId, ...head], ...body.map((r, k) => [idText(v, rows[k]), ...r])]
  );
}

const PART = [2, 5, 7, 8, 11, 13, 16, 19];

describe.each(VARIANTS)("a list made from the master ($label)", (v) => {
  it("a working list naming master accounts with columns of its own is left out", () => {
    const r = importWorkbook([master(v), workingList(v, PART)]);
    const list = r.mappings.find((m) => m.sheet === v.list);
    expect(list?.registerSheet).toBeNull();
    expect(list?.kind).toBe("copy");
    expect(list?.reasonCoded?.code).toBe("sheet.why.drawn-from");
    expect(list?.reasonCoded?.params).toMatchObject({
      source: v.master,
      found: PART.length,
      count: PART.length,
    });
    expect(r.records.Clients).toHaveLength(v.names.length);
    // The master's names stand, not the list's short names.
    expect(r.records.Clients?.map((c) => c.name)).toEqual(v.names);
    const issues = r.issues.filter((i) => i.sheet === v.list && i.code === "import.sheet-not-data");
    expect(issues).toHaveLength(1);
  });

  it("the reason reads in every language, naming the master and the list's own sheet", () => {
    const r = importWorkbook([master(v), workingList(v, PART)]);
    const issue = r.issues.find((i) => i.sheet === v.list && i.code === "import.sheet-not-data");
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage("import.sheet-not-data", issue?.params ?? {}, lang) ?? "";
      expect(text).toContain(v.master);
      // The --map hint names the list itself, not the master its reason names.
      expect(text).toContain(`${v.list}!*=`);
      expect(text).not.toMatch(/sheet\.why|kind\.copy|\{/);
      if (lang !== "en") expect(text).not.toMatch(/working list|records of/);
    }
  });

  it("a dispatch sheet in the master's own columns naming accounts on several runs is left out", () => {
    const runs = [3, 4, 9, 12, 14, 3, 17, 9, 1, 4, 18, 6];
    const dispatch = sheet("dispatch", [
      [v.id, v.name, v.phone, v.address, v.owner],
      ...runs.map((i) => [
        idOf(v, i),
        v.names[i],
        `555-01${String(i + 10).slice(-2)}`,
        `${100 + i * 3} ${v.street}`,
        v.driver[0],
      ]),
    ]);
    const r = importWorkbook([master(v), dispatch]);
    const got = r.mappings.find((m) => m.sheet === "dispatch");
    expect(got?.registerSheet).toBeNull();
    expect(got?.reasonCoded?.code).toBe("sheet.why.drawn-repeats");
    expect(r.records.Clients).toHaveLength(v.names.length);
  });

  it("a later export in the master's own layout, each row its own number, is imported: a person twice under a new number is a duplicate record, not a run", () => {
    // The same export run again: two accounts written twice, the second time under a new number.
    const again = [...PART, 5, 11];
    const later = sheet("later export", [
      [v.id, v.name, v.phone, v.address, v.owner],
      ...again.map((i, k) => [
        k < PART.length ? idOf(v, i) : idOf(v, 90 + k),
        v.names[i],
        `555-01${String(i + 10).slice(-2)}`,
        `${100 + i * 3} ${v.street}`,
        v.driver[i % 2],
      ]),
    ]);
    const r = importWorkbook([master(v), later]);
    const got = r.mappings.find((m) => m.sheet === "later export");
    expect(got?.registerSheet).toBe("Clients");
    const rows = r.rows.filter((x) => x.sheet === "later export");
    expect(rows).toHaveLength(again.length);
    expect(rows.every((x) => x.outcome === "merged" || x.outcome === "imported")).toBe(true);
  });

  it("a subset in the master's own layout is imported and merges into the same clients", () => {
    const subset = sheet("subset", [
      [v.id, v.name, v.phone, v.address, v.owner],
      ...PART.map((i) => [
        idOf(v, i),
        v.names[i],
        `555-01${String(i + 10).slice(-2)}`,
        `${100 + i * 3} ${v.street}`,
        v.driver[i % 2],
      ]),
    ]);
    const r = importWorkbook([master(v), subset]);
    expect(r.mappings.find((m) => m.sheet === "subset")?.registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(v.names.length);
    const rows = r.rows.filter((x) => x.sheet === "subset");
    expect(rows).toHaveLength(PART.length);
    expect(rows.every((x) => x.outcome === "merged" || x.outcome === "imported")).toBe(true);
  });

  it("a subset of a report's rows, in its columns that no field holds, is not read as a profile", () => {
    const head = [v.id, v.name, v.owner, ...v.report];
    const row = (i: number): SourceCell[] => [
      idOf(v, i),
      v.names[i],
      v.driver[i % 2],
      i % 3 ? "kept" : "lost",
      i % 2 ? "up" : "down",
      i % 5 === 0 ? 1 : 0,
      (i * 13.7).toFixed(2),
    ];
    const report = sheet(v.master, [head, ...v.names.map((_, i) => row(i))]);
    const warned = sheet("warned", [head, ...PART.map(row)]);
    const r = importWorkbook([report, warned]);
    const got = r.mappings.find((m) => m.sheet === "warned");
    expect(got?.reasonCoded?.code).not.toBe("sheet.why.profile-of");
    expect(got?.registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(v.names.length);
  });

  it("the one row of a long working list naming no master account is said, row and key", () => {
    const all = v.names.map((_, i) => i).slice(1);
    const list = workingList(v, all);
    const extra = [...list.rows[1]];
    const at = extra.findIndex((c) => c === idText(v, 1));
    const stray = v.numericIds ? "1799999" : "C1799999";
    extra[at] = stray;
    list.rows.push(extra);
    const r = importWorkbook([master(v), list]);
    expect(r.mappings.find((m) => m.sheet === v.list)?.registerSheet).toBeNull();
    const said = r.issues.filter((i) => i.code === "import.derived-unmatched");
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ sheet: v.list, severity: "warning" });
    expect(said[0].params).toMatchObject({
      source: v.master,
      count: 1,
      rows: String(all.length + 2),
      keys: stray,
    });
    for (const lang of ["zh-CN", "zh-TW"] as const) {
      const text = renderMessage("import.derived-unmatched", said[0].params ?? {}, lang) ?? "";
      expect(text).toContain(stray);
      expect(text).toContain(v.master);
      expect(text).not.toMatch(/[{}]|record|rows/);
    }
  });

  it("a list that names clients the master lacks is imported: nothing is lost", () => {
    const list = workingList(v, PART);
    const extra = list.rows[1].map((c) => c);
    const at = extra.findIndex((c) => c === idText(v, PART[0]));
    extra[at] = v.numericIds ? "1799999" : "C1799999";
    list.rows.push(extra);
    const r = importWorkbook([master(v), list]);
    expect(r.mappings.find((m) => m.sheet === v.list)?.registerSheet).not.toBeNull();
  });

  it("a sheet adding client fields to master accounts is imported", () => {
    const more = sheet("details", [
      [
        v.id,
        v.label.startsWith("E") ? "Birthday" : "生日",
        v.label.startsWith("E") ? "Occupation" : "職業",
        v.label.startsWith("E") ? "Hobbies" : "愛好",
      ],
      ...PART.map((i) => [idOf(v, i), `1980-0${(i % 9) + 1}-15`, "chef", "hiking"]),
    ]);
    const r = importWorkbook([master(v), more]);
    expect(r.mappings.find((m) => m.sheet === "details")?.registerSheet).toBe("Clients");
  });
});

describe("a list read by its values whose people are only partly on the client list", () => {
  const BOOKS = [
    {
      label: "繁體",
      head: ["姓名", "手機", "電子郵件", "生日"],
      listHead: ["", "會員簡稱", "Email"],
      names: [
        "晨光室內裝修",
        "遠揚營造",
        "林佳蓉",
        "青禾設計",
        "永鑫建材",
        "陳柏宇",
        "福田工程行",
        "宏達水電",
        "李明哲",
      ],
    },
    {
      label: "简体",
      head: ["姓名", "手机", "电子邮件", "生日"],
      listHead: ["", "会员简称", "Email"],
      names: [
        "晨光装饰",
        "远扬建设",
        "李佳怡",
        "青禾设计",
        "永鑫建材",
        "陈博文",
        "福田五金",
        "宏达水电",
        "王明哲",
      ],
    },
  ];
  it.each(BOOKS)("$label: members the list lacks are clients too; the known ones merge", (b) => {
    const members: SourceCell[][] = [
      b.head,
      ...b.names
        .slice(0, 5)
        .map((n, i) => [n, `0912-34${i}-67${i}`, `m${i}@example.com`, `1980/0${i + 1}/12`]),
    ];
    // Five members of the list and four people it does not hold.
    const receipts: SourceCell[][] = [
      b.listHead,
      ...b.names.map((n, i) => [i + 1, n, `m${i}@example.com`]),
    ];
    const r = importWorkbook([sheet("members", members), sheet("receipts", receipts)]);
    expect(r.mappings.find((m) => m.sheet === "receipts")?.kind).not.toBe("copy");
    expect(r.records.Clients).toHaveLength(9);
    // Drawn from the list, the same people add no one.
    const drawn: SourceCell[][] = [
      b.listHead,
      ...b.names.slice(0, 5).map((n, i) => [i + 1, n, `m${i}@example.com`]),
    ];
    const again = importWorkbook([sheet("members", members), sheet("receipts", drawn)]);
    expect(again.mappings.find((m) => m.sheet === "receipts")?.kind).toBe("copy");
    expect(again.records.Clients).toHaveLength(5);
  });
});

describe("a hidden copy of a visible log", () => {
  const HEAD = ["Status", "Ticket No", "Customer", "Category", "Opened", "Description"];
  const customers = ["Harbor Bakery", "Northgate Diner", "Elm Street Cafe", "Blue Fin Grill"];
  const complaint = (k: number): SourceCell[] => [
    k % 3 ? "closed" : "open",
    `CC2605${String(10 + k).padStart(2, "0")}-00${(k % 3) + 1}`,
    customers[k % 4],
    k % 2 ? "late delivery" : "damaged parts",
    `2026-05-${String(1 + (k % 27)).padStart(2, "0")}`,
    `issue ${k}: ${k % 2 ? "arrived two days late" : "scratched casing on arrival"}`,
  ];
  const log = sheet("Complaint Log", [HEAD, ...Array.from({ length: 30 }, (_, k) => complaint(k))]);
  // A pivot source: a notice above, the header on row 6 from column C, the first 18 complaints.
  const copyRows = (): SourceCell[][] => [
    [],
    [null, "Important details"],
    [null, "To insert the pivot table the data is arranged under one header row."],
    [],
    [],
    [null, null, ...HEAD],
    ...Array.from({ length: 18 }, (_, k) => [null, null, ...complaint(k)]),
  ];

  it("is the source of a pivot table: left out, the complaints imported once", () => {
    const hidden: SourceSheet = { ...sheet("Sheet2", copyRows()), state: "hidden" };
    const r = importWorkbook([log, hidden]);
    // The notice above the copy is a block of its own; the copy is the table under row 6.
    const got = r.mappings.find((m) => m.sheet === "Sheet2" && m.headerRows.includes(6));
    expect(got?.registerSheet).toBeNull();
    expect(got?.reasonCoded?.code).toBe("sheet.why.hidden-copy");
    expect(got?.reasonCoded?.params).toMatchObject({
      source: "Complaint Log",
      found: 18,
      count: 18,
    });
    expect(r.records.Complaints).toHaveLength(30);
  });

  it("the same copy in sight is not set aside for being a copy", () => {
    const r = importWorkbook([log, sheet("Sheet2", copyRows())]);
    const got = r.mappings.find((m) => m.sheet === "Sheet2" && m.headerRows.includes(6));
    expect(got?.registerSheet).toBe("Complaints");
    expect(r.records.Complaints).toHaveLength(30);
  });

  it("a hidden log of other complaints is imported", () => {
    const other = Array.from({ length: 12 }, (_, k) => complaint(k + 40));
    const hidden: SourceSheet = { ...sheet("Archive", [HEAD, ...other]), state: "hidden" };
    const r = importWorkbook([log, hidden]);
    expect(r.mappings.find((m) => m.sheet === "Archive")?.registerSheet).toBe("Complaints");
    expect(r.records.Complaints).toHaveLength(42);
  });
});

describe("a summary sheet concatenating the district sheets", () => {
  const LANGS = [
    {
      label: "繁體",
      head: ["縣市", "地區", "管制編號", "事業名稱", "行業別"],
      source: "來源",
      city: "新北市",
      trade: "餐館業",
    },
    {
      label: "简体",
      head: ["城市", "区县", "统一编号", "企业名称", "行业"],
      source: "来源",
      city: "湛江市",
      trade: "餐饮业",
    },
    {
      label: "English",
      head: ["City", "District", "Client ID", "Company Name", "Industry"],
      source: "Source tab",
      city: "Springfield",
      trade: "Restaurants",
    },
  ];
  const districts = ["North", "East", "West"];
  it.each(LANGS)("$label: the districts and the summary are imported, each facility once", (l) => {
    const rowsOf = (d: number): SourceCell[][] =>
      Array.from({ length: 6 }, (_, k) => [
        l.city,
        districts[d],
        `F${d}${String(k).padStart(4, "0")}A`,
        `${l.trade} ${d}-${k} ${["Ltd", "Co", "Inc"][k % 3]}`,
        l.trade,
      ]);
    const sheets = districts.map((d, i) => sheet(d, [l.head, ...rowsOf(i)]));
    const summary = sheet("Summary", [
      [...l.head, l.source],
      ...districts.flatMap((d, i) => rowsOf(i).map((r) => [...r, d])),
    ]);
    const r = importWorkbook([...sheets, summary]);
    // A column naming each row's sheet does not make the summary a workbook index.
    const got = r.mappings.find((m) => m.sheet === "Summary");
    expect(got?.reasonCoded?.code).not.toBe("sheet.why.sheet-index");
    expect(got?.registerSheet).toBe("Clients");
    for (const d of districts)
      expect(r.mappings.find((m) => m.sheet === d)?.registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(18);
  });
});

describe("a short summary listing the records of the district sheets", () => {
  const LANGS = [
    {
      label: "繁體",
      head: ["管制編號", "事業名稱", "行業別"],
      own: ["許可證效期", "代填表公司"],
      trade: "餐館業",
    },
    {
      label: "简体",
      head: ["统一编号", "企业名称", "行业"],
      own: ["许可证有效期", "代办公司"],
      trade: "餐饮业",
    },
    {
      label: "English",
      head: ["Client ID", "Company Name", "Industry"],
      own: ["Inspection Zone", "Filing Batch"],
      trade: "Restaurants",
    },
  ];
  const districts = ["North", "East", "West"];
  it.each(LANGS)(
    "$label: each district sheet, with columns the summary lacks, is imported",
    (l) => {
      const rowsOf = (d: number): SourceCell[][] =>
        Array.from({ length: 6 }, (_, k) => [
          `F${d}${String(k).padStart(4, "0")}A`,
          `${l.trade} ${d}-${k} ${["Ltd", "Co", "Inc"][k % 3]}`,
          l.trade,
          `118/0${(k % 9) + 1}/04`,
          k % 2 ? "Acme Env" : "",
        ]);
      const sheets = districts.map((d, i) => sheet(d, [[...l.head, ...l.own], ...rowsOf(i)]));
      const summary = sheet("Summary", [
        l.head,
        ...districts.flatMap((_, i) => rowsOf(i).map((r) => r.slice(0, 3))),
      ]);
      const r = importWorkbook([summary, ...sheets]);
      for (const d of districts) {
        const got = r.mappings.find((m) => m.sheet === d);
        expect(got?.reasonCoded?.code).toBeUndefined();
        expect(got?.registerSheet).toBe("Clients");
      }
      expect(r.records.Clients).toHaveLength(18);
      // One district alone among many records of another list is still a list drawn from it.
      const one = importWorkbook([
        sheet("Summary", [
          l.head,
          ...[0, 1, 2, 3].flatMap((i) => rowsOf(i).map((x) => x.slice(0, 3))),
        ]),
        sheets[0],
      ]);
      expect(one.mappings.find((m) => m.sheet === districts[0])?.reasonCoded?.code).toBe(
        "sheet.why.drawn-from"
      );
    }
  );
});

describe("a hidden copy of a visit log, which names no record by a key", () => {
  const LOGS = [
    {
      label: "简体",
      head: ["拜访日期", "客户名称", "拜访方式", "沟通内容", "下一步"],
      clients: ["湛江海鲜酒楼", "赤坎早茶店", "霞山面馆", "麻章烧腊", "金沙湾饭店"],
      ways: ["电话", "上门拜访"],
    },
    {
      label: "繁體",
      head: ["拜訪日期", "客戶名稱", "拜訪方式", "洽談內容", "下一步"],
      clients: ["信義牛肉麵", "大安水煎包", "中山滷肉飯", "板橋豆花", "中和便當"],
      ways: ["電話", "親訪"],
    },
    {
      label: "English",
      head: ["Visit Date", "Client", "Method", "Key Points", "Next Steps"],
      clients: [
        "Harbor Bakery",
        "Northgate Diner",
        "Elm Street Cafe",
        "Blue Fin Grill",
        "Oak & Ember",
      ],
      ways: ["phone", "visit"],
    },
  ];
  it.each(LOGS)("$label: rows standing on the log cell for cell, in another column order", (l) => {
    const visit = (k: number): SourceCell[] => [
      `2026-0${(k % 6) + 1}-${String(3 + (k % 7) * 3).padStart(2, "0")}`,
      l.clients[k % 5],
      l.ways[k % 2],
      `${l.head[3]} ${k}: ${["quote", "samples", "renewal"][k % 3]}`,
      ["call back", "send samples", "meet again"][k % 3],
    ];
    const log = sheet("log", [l.head, ...Array.from({ length: 24 }, (_, k) => visit(k))]);
    // The pivot source takes four of the columns, the client first.
    const pick = (r: SourceCell[]) => [r[1], r[0], r[2], r[3]];
    const copy: SourceSheet = {
      ...sheet("Sheet3", [pick(l.head), ...Array.from({ length: 15 }, (_, k) => pick(visit(k)))]),
      state: "hidden",
    };
    const r = importWorkbook([log, copy]);
    const got = r.mappings.find((m) => m.sheet === "Sheet3");
    expect(got?.registerSheet).toBeNull();
    expect(got?.reasonCoded?.code).toBe("sheet.why.hidden-rows");
    expect(got?.reasonCoded?.params).toMatchObject({ source: "log", found: 15, count: 15 });
    expect(r.rows.filter((x) => x.sheet === "Sheet3").every((x) => x.outcome === "skipped")).toBe(
      true
    );
    // Other visits on a hidden sheet are visits all the same.
    const other: SourceSheet = {
      ...sheet("Sheet4", [l.head, ...Array.from({ length: 8 }, (_, k) => visit(k + 100))]),
      state: "hidden",
    };
    const both = importWorkbook([log, other]);
    expect(both.mappings.find((m) => m.sheet === "Sheet4")?.registerSheet).toBe("Visits");
  });
});
