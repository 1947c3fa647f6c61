/**
 * A client list typed without a header row: its first row is the first client, not a header, and
 * its columns are told apart by their values (names, phones, e-mail addresses), as a person would.
 */
import { importWorkbook } from "../../src/importer";
import { mappingLines } from "../../src/importer/mapping-file";
import type { SourceCell } from "../../src/importer/types";
import { renderMessage } from "../../src/register/messages";
import { sheet } from "./helpers";

const NAMES = ["赵桂英", "王明", "林志强", "陈美玲", "张伟", "李静", "刘洋", "黄磊"];
const CITIES = ["上海市浦东新区", "北京市朝阳区", "广州市天河区", "杭州市西湖区"];

function prospects(count: number, withEmail = false): SourceCell[][] {
  const rows: SourceCell[][] = [];
  for (let i = 0; i < count; i++) {
    const row: SourceCell[] = [
      `${NAMES[i % NAMES.length]}${i >= NAMES.length ? i : ""}`,
      `139${String(10000000 + i * 7919).padStart(8, "0")}`,
      `${CITIES[i % CITIES.length]}${i + 1}号`,
      i % 2 === 0 ? "意向强" : "待跟进",
    ];
    if (withEmail) row[1] = `client${i}@example.com`;
    rows.push(row);
  }
  return rows;
}

describe("a client list without a header row", () => {
  it("imports every row, the first included, with names and phones from their values", () => {
    const rows = prospects(12);
    const r = importWorkbook([sheet("Sheet1", rows)]);
    const m = r.mappings.find((s) => s.sheet === "Sheet1");
    expect(m?.registerSheet).toBe("Clients");
    expect(m?.headerless).toBe(true);
    expect(m?.headerRows).toEqual([]);
    expect(m?.columns.map((c) => c.field)).toEqual(["name", "phone", "address", null]);
    expect(r.summary.imported).toBe(12);
    expect(r.summary.skipped).toBe(0);
    const first = r.records.Clients.find((c) => c.name === rows[0][0]);
    expect(first?.phone).toBe(rows[0][1]);
    // Addresses are told by their values too; nothing is lost: the column with no field goes to
    // notes under its letter.
    expect(first?.address).toBe(rows[0][2]);
    expect(first?.notes).toContain("意向强");
  });

  it("tells e-mail columns apart the same way", () => {
    const rows = prospects(8, true);
    const r = importWorkbook([sheet("名单", rows)]);
    expect(r.mappings[0].columns[1].field).toBe("email");
    expect(r.records.Clients.map((c) => c.email)).toEqual(rows.map((row) => row[1]));
  });

  it("says in the mapping print that there was no header row, in the register's language", () => {
    const r = importWorkbook([sheet("Sheet1", prospects(6))]);
    expect(mappingLines(r.mappings, "en")[0]).toContain("no header row");
    expect(mappingLines(r.mappings, "zh-CN")[0]).toContain("没有表头行");
    expect(mappingLines(r.mappings, "zh-TW")[0]).toContain("沒有標題列");
  });

  it("a block of short texts without phones or e-mail addresses is not taken for a client list", () => {
    const rows: SourceCell[][] = [];
    for (let i = 0; i < 10; i++) rows.push([NAMES[i % NAMES.length], CITIES[i % 4], "待跟进"]);
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.summary.imported).toBe(0);
    expect(r.records.Clients).toHaveLength(0);
  });

  it("a list with a header row still reads that row as its header", () => {
    const rows: SourceCell[][] = [["客户名称", "手机", "地址", "意向"], ...prospects(6)];
    const r = importWorkbook([sheet("Sheet1", rows)]);
    const m = r.mappings[0];
    expect(m.headerless).toBeUndefined();
    expect(m.headerRows).toEqual([1]);
    expect(m.columns.map((c) => c.field).slice(0, 3)).toEqual(["name", "phone", "address"]);
    expect(r.summary.imported).toBe(6);
  });
});

describe("a list without a header row, read from its values beyond names and phones", () => {
  const COMPANIES = [
    "天津瑞丰物流有限公司",
    "天津博远机械设备有限公司",
    "天津金诚商贸有限公司",
    "天津宏达电子科技有限公司",
    "天津东丽区华宇建材经营部",
  ];
  const DISTRICTS = ["滨海新区", "东丽区", "西青区", "津南区"];

  function companies(count: number, phoneAt: (i: number) => number = () => 3): SourceCell[][] {
    return Array.from({ length: count }, (_, i) => {
      const district = DISTRICTS[i % 4];
      const row: SourceCell[] = [
        COMPANIES[i % 5].replace(/(有限公司|经营部)$/, `${i}$1`),
        NAMES[i % NAMES.length] + (i >= NAMES.length ? "某" : ""),
        district,
        null,
        `天津${district}津塘路${i + 1}号`,
        i % 2 === 0 ? `co${i}@example.com` : null,
        null,
      ];
      row[phoneAt(i)] = `2${String(3450000 + i * 7).padStart(7, "0")}`;
      return row;
    });
  }

  it("takes the company names as the clients, the person beside them as the contact, places and streets as the address", () => {
    const rows = companies(12);
    const r = importWorkbook([sheet("Sheet1", rows)]);
    const m = r.mappings[0];
    expect(m.headerless).toBe(true);
    expect(m.columns.map((c) => c.field)).toEqual([
      "name",
      "mainContact",
      "address",
      "phone",
      "address",
      "email",
    ]);
    expect(r.summary.imported).toBe(12);
    const first = r.records.Clients.find((c) => c.name === rows[0][0]);
    expect(first).toMatchObject({ mainContact: rows[0][1], phone: rows[0][3] });
    // The street already names its district: it is not told twice.
    expect(first?.address).toBe(rows[0][4]);
  });

  it("finds the list when its phones are spread over several columns", () => {
    // Phone 1 for the even rows, phone 2 for the odd ones: no single column holds most phones.
    const rows = companies(12, (i) => (i % 2 === 0 ? 3 : 6));
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.summary.imported).toBe(12);
  });

  it("does not take a first row of a company and its address for a header, even without a phone", () => {
    const rows = companies(10);
    rows[0][3] = null;
    rows[0][5] = null;
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].headerRows).toEqual([]);
    expect(r.records.Clients.map((c) => c.name)).toContain(rows[0][0]);
  });

  it("beside a column of people, a column of companies is where they work; ID numbers are ID numbers", () => {
    const ids = [
      "110101199003071234",
      "310101198512125678",
      "440301197807150011",
      "510104199201013456",
    ];
    const rows: SourceCell[][] = Array.from({ length: 8 }, (_, i) => [
      NAMES[i],
      COMPANIES[i % 5].replace(/(有限公司|经营部)$/, `${i}$1`),
      `1380000${1000 + i}`,
      ids[i % 4].slice(0, 14) + String(1000 + i),
    ]);
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].columns.map((c) => c.field)).toEqual([
      "name",
      "employer",
      "phone",
      "idNumber",
    ]);
    expect(r.records.Clients[0]).toMatchObject({ name: NAMES[0], employer: rows[0][1] });
  });
});

describe("a list without a header row: dates and companies read from the values", () => {
  const YEAR = new Date().getUTCFullYear();

  function withDates(at: (i: number) => Date): SourceCell[][] {
    return Array.from({ length: 10 }, (_, i) => [
      `${NAMES[i % NAMES.length]}${i}`,
      `1380000${2000 + i}`,
      at(i),
    ]);
  }

  it("dates 18 to 100 years ago that rarely repeat are birthdays", () => {
    const rows = withDates((i) => new Date(Date.UTC(YEAR - 30 - i * 3, i % 12, 3 + i)));
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].columns.map((c) => c.field)).toEqual(["name", "phone", "birthday"]);
    expect(r.records.Clients[0].birthday).toBe(`${YEAR - 30}-01-03`);
  });

  it("dates of the last few years are when each client came", () => {
    const rows = withDates((i) => new Date(Date.UTC(YEAR - 2, i % 12, 10)));
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].columns.map((c) => c.field)).toEqual(["name", "phone", "clientSince"]);
  });

  it("a mix of old and recent dates says too little: the column goes to notes", () => {
    const rows = withDates(
      (i) => new Date(Date.UTC(i % 2 === 0 ? YEAR - 1 : YEAR - 40 - i, i % 12, 10))
    );
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].columns[2].field).toBeNull();
    expect(r.records.Clients[0].notes).toContain(String(YEAR - 1));
  });

  it("a list of companies marks its clients as enterprises, and says so once", () => {
    const rows: SourceCell[][] = Array.from({ length: 8 }, (_, i) => [
      `天津瑞丰${i}物流有限公司`,
      NAMES[i],
      `1380000${3000 + i}`,
    ]);
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.records.Clients.map((c) => c.kind)).toEqual(Array(8).fill("enterprise"));
    expect(r.issues.filter((i) => i.code === "import.kind-from-names")).toHaveLength(1);
  });

  it("a list of people is never marked as enterprises; their names and mobiles mark them persons", () => {
    const r = importWorkbook([sheet("Sheet1", prospects(8))]);
    expect(r.records.Clients.map((c) => c.kind)).toEqual(Array(8).fill("person"));
    expect(r.issues.some((i) => i.code === "import.kind-from-names")).toBe(false);
    expect(r.issues.filter((i) => i.code === "import.kind-from-person-names")).toHaveLength(1);
  });
});

describe("a list without a header row whose records hold a field word", () => {
  // A given name that is also a word of some header (Sonal ~ Personal, 方式, Method), a town, a
  // note: one such cell on a record must not make that record the header, far down the list.
  const LISTS: [string, SourceCell[][], (string | null)[]][] = [
    [
      "English, mobiles stored as numbers, the enquiry as free text",
      [
        ["asha", "asha@example.org", 9000068079, "diet for diabetic", "pune"],
        ["RAVI KUMAR", "ravi@example.net", 9000087907, "I want weight gain", "Delhi"],
        ["meena", "meena12@example.com", 9000061419, "need a diet chart", null],
        ["Kiran", "kiran@example.org", 9000007086, "weekly plan please", null],
        ["Method", "method.one@example.com", 9000099683, "help with fat loss", null],
        ["SONAL", "SONAL295@EXAMPLE.NET", 9000035504, "I M VERY THIN", null],
      ],
      ["name", "email", "phone", null, null],
    ],
    [
      "简体, the phone first, a 方式 word among the notes",
      [
        ["13900001111", "赵桂英", "上门", "想了解理财"],
        ["13900002222", "王明", "电话", "客户经理推荐"],
        ["13900003333", "林志强", "方式", "需要回电"],
        ["13900004444", "陈美玲", "上门", "已加微信"],
        ["13900005555", "张伟", "电话", "下周再联系"],
        ["13900006666", "李静", "上门", "带家人来"],
      ],
      ["phone", "name", null, null],
    ],
    [
      "繁體, e-mail last, a 地址 word on one record",
      [
        ["陳怡君", "0912-000-101", "台北", "chen@example.tw"],
        ["林志豪", "0912-000-102", "地址", "lin@example.tw"],
        ["黃美玲", "0912-000-103", "台中", "huang@example.tw"],
        ["張家豪", "0912-000-104", "高雄", "chang@example.tw"],
        ["吳淑芬", "0912-000-105", "台南", "wu@example.tw"],
        ["蔡明哲", "0912-000-106", "新竹", "tsai@example.tw"],
      ],
      ["name", "phone", null, "email"],
    ],
  ];

  it.each(LISTS)(
    "reads every row as a record, the columns by their values (%s)",
    (_, rows, fields) => {
      const r = importWorkbook([sheet("Sheet1", rows)]);
      const m = r.mappings[0];
      expect(m.headerless).toBe(true);
      expect(m.columns.map((c) => c.field)).toEqual(fields);
      expect(r.records.Clients).toHaveLength(rows.length);
      expect(m.columns.every((c) => c.field === null || c.confidence < 0.7)).toBe(true);
    }
  );

  it("says once that no row reads as a header, in English, 简体 and 繁體", () => {
    const r = importWorkbook([sheet("Sheet1", LISTS[0][1])]);
    const said = r.issues.filter((i) => i.code === "import.headerless-list");
    expect(said).toHaveLength(1);
    expect(said[0].params).toMatchObject({ first: 1, fields: "name,email,phone" });
    expect(renderMessage("import.headerless-list", said[0].params ?? {}, "en")).toContain(
      "from row 1"
    );
    expect(renderMessage("import.headerless-list", said[0].params ?? {}, "zh-CN")).toContain(
      "没有可识别的表头行"
    );
    expect(renderMessage("import.headerless-list", said[0].params ?? {}, "zh-TW")).toContain(
      "沒有可辨識的標題列"
    );
  });

  it("a list with a header row says nothing of the kind", () => {
    const r = importWorkbook([
      sheet("Sheet1", [["Name", "Email", "Mobile"], ...LISTS[0][1].map((row) => row.slice(0, 3))]),
    ]);
    expect(r.mappings[0].headerRows).toEqual([1]);
    expect(r.issues.some((i) => i.code === "import.headerless-list")).toBe(false);
  });
});

describe("a roster without a header row and without phones: names beside ID numbers", () => {
  const ROSTERS: [string, SourceCell[][]][] = [
    [
      "简体, 身份证号 second",
      [
        ["赵桂英", "110101199003071234", "北京市朝阳区建国路1号"],
        ["王明", "310101198512125678", "上海市浦东新区世纪大道2号"],
        ["林志强", "440301197807150011", "深圳市福田区深南大道3号"],
        ["陈美玲", "510104199201013456", "成都市锦江区春熙路4号"],
        ["张伟", "320102198801017890", "南京市玄武区中山路5号"],
      ],
    ],
    [
      "繁體, the ID number first",
      [
        ["A123456789", "陳怡君", "台北市信義區信義路一段1號"],
        ["B223456781", "林志豪", "台中市西屯區台灣大道二段2號"],
        ["E123456782", "黃美玲", "高雄市前金區中正四路3號"],
        ["F223456783", "張家豪", "新北市板橋區文化路一段4號"],
        ["H123456784", "吳淑芬", "桃園市桃園區中正路5號"],
      ],
    ],
  ];

  it.each(ROSTERS)("imports every row, the first included (%s)", (_, rows) => {
    const r = importWorkbook([sheet("名冊", rows)]);
    const m = r.mappings[0];
    expect(m.headerless).toBe(true);
    expect(m.registerSheet).toBe("Clients");
    expect(m.columns.map((c) => c.field)).toContain("idNumber");
    expect(r.records.Clients).toHaveLength(rows.length);
  });
});

describe("a header row of day or month columns", () => {
  it.each([
    ["months", ["202501", "202502", "202503"]],
    ["dashed months", ["2025-01", "2025-02", "2025-03"]],
    ["days", [20250106, 20250113, 20250120]],
  ])(
    "is still the header, though its %s' digits would pass for a short phone number",
    (_, periods) => {
      const rows: SourceCell[][] = [["客户名称", "联系电话", ...periods]];
      prospects(10).forEach((p) => rows.push([p[0], p[1], "√", null, "√"]));
      const r = importWorkbook([sheet("拜访排期", rows)]);
      const m = r.mappings.find((s) => s.sheet === "拜访排期");
      expect(m?.headerless).toBeFalsy();
      expect(m?.headerRows).toEqual([1]);
      expect(r.records.Clients.map((c) => c.name)).toEqual(rows.slice(1).map((row) => row[0]));
    }
  );

  it("a list without a header row naming people already on the workbook's client list adds no one", () => {
    // One row per parcel beside the household register: parcel code, the member listed first,
    // that member's ID number and phone, and the relation to the holder — the same people again.
    const ids = NAMES.map((_, i) => `3203211950010${String(1000 + i * 37).slice(-4)}${i % 10}`);
    const register: SourceCell[][] = [
      ["姓名", "身份证号", "电话", "通讯地址"],
      ...NAMES.map((name, i) => [name, ids[i], `139${String(20000000 + i * 4099)}`, CITIES[i % 4]]),
    ];
    const parcels: SourceCell[][] = NAMES.slice(0, 6).map((name, i) => [
      `320321010010JC${String(i + 1).padStart(5, "0")}`,
      name,
      ids[i],
      register[i + 1][2],
      i % 3 === 0 ? "户主" : "妻子",
    ]);
    const r = importWorkbook([sheet("户籍", register), sheet("宗地", parcels)]);
    const got = r.mappings.find((m) => m.sheet === "宗地");
    expect(got?.registerSheet).toBeNull();
    expect(got?.reasonCoded?.code).toBe("sheet.why.same-people");
    expect(r.records.Clients).toHaveLength(NAMES.length);
    expect(renderMessage("sheet.why.same-people", got?.reasonCoded?.params, "zh-CN")).toContain(
      "户籍"
    );

    // Other people without a header row beside the same register are clients of their own.
    const others = prospects(8).map((row, i) => [`新${row[0]}`, `137${String(30000000 + i * 7)}`]);
    const more = importWorkbook([sheet("户籍", register), sheet("名单", others)]);
    expect(more.mappings.find((m) => m.sheet === "名单")?.registerSheet).toBe("Clients");
    expect(more.records.Clients).toHaveLength(NAMES.length + 8);
  });
});

describe("a list without a header row: the key first, phones partly typed as numbers", () => {
  // A system's export pasted without its header: a subscriber number standing first, the name, and
  // phones in every spelling, some of them typed into number cells (the leading 0 lost).
  const PHONES: SourceCell[] = [
    "02-2345-6781",
    912345602,
    "(04)2233-4455",
    "07-3456789",
    28765432,
    "0933-111-222",
    "03-5566778/12",
    912000345,
    "06 2345678",
    "02-8765-4321",
    "08-7654321",
    "0988-765-432",
  ];
  const rows: SourceCell[][] = PHONES.map((phone, i) => [
    81200000 + ((i * 7919) % 60000),
    `${["陳", "林", "黃", "張", "吳", "蔡"][i % 6]}${["怡君", "志豪", "美玲", "家豪"][i % 4]}${i}`,
    phone,
    `台北市信義區信義路${i + 1}號`,
  ]);

  it("reads the number standing first as each client's number, and the phones as phones", () => {
    const r = importWorkbook([sheet("Sheet1", rows)]);
    const m = r.mappings[0];
    expect(m.headerless).toBe(true);
    expect(m.registerSheet).toBe("Clients");
    expect(m.columns.map((c) => c.field)).toEqual(["clientId", "name", "phone", "address"]);
    expect(r.records.Clients).toHaveLength(rows.length);
    const typed = r.records.Clients.find((c) => c.name === rows[1][1]);
    expect(typed?.clientId).toBe(String(rows[1][0]));
    expect(typed?.phone).toContain("912345602");
  });

  it("under a header that calls them no number, the numbers beside the names are not the client's number", () => {
    const headed: SourceCell[][] = [["批次", "客戶", "電話", "地址"], ...rows];
    const r = importWorkbook([sheet("Sheet1", headed)]);
    const m = r.mappings[0];
    expect(m.headerRows).toEqual([1]);
    expect(m.columns[1].field).toBe("name");
    expect(m.columns[2].field).toBe("phone");
    expect(m.columns[0].field).not.toBe("clientId");
  });
});

describe("a list without a header row whose numbers are too short to dial", () => {
  // Names beside each member's own number (six or seven bare digits): a key the club keeps, which
  // no one dials without an area code.
  const given = ["Aaron", "Cliff", "Gina", "Dale", "Mona"];
  const family = ["Lockridge", "Cottrell", "Orcutt"];
  const rows: SourceCell[][] = Array.from({ length: 15 }, (_, i) => [
    `${given[i % 5]} ${family[Math.floor(i / 5)]}`,
    String(i % 2 === 0 ? 561024 + i * 9173 : 1578460 + i * 7411),
    `${given[i % 5].toLowerCase()}.${family[Math.floor(i / 5)].toLowerCase()}@example.com`,
  ]);
  const r = importWorkbook([sheet("Sheet1", rows)]);

  it("leaves the numbers out of the phone: each member's own number, read as their id", () => {
    expect(r.mappings[0].columns.map((c) => c.field)).toEqual(["name", "clientId", "email"]);
    expect(r.records.Clients).toHaveLength(15);
  });

  it("still reads whole phones typed as bare digits", () => {
    const whole = rows.map((row, i) => [row[0], `585555${String(1000 + i * 37)}`, row[2]]);
    const w = importWorkbook([sheet("Sheet1", whole)]);
    expect(w.mappings[0].columns.map((c) => c.field)).toEqual(["name", "phone", "email"]);
  });
});

describe("没有表头的会员名单：会员编号不是电话", () => {
  const names = ["赵桂英", "王明", "林志强", "陈美玲", "张伟", "李静", "刘洋", "黄磊"];
  const rows: SourceCell[][] = Array.from({ length: 16 }, (_, i) => [
    `${names[i % names.length]}${i >= names.length ? i : ""}`,
    String(2001730 + i * 613),
  ]);
  const r = importWorkbook([sheet("Sheet1", rows)]);

  it("keeps the member numbers out of the phone", () => {
    expect(r.mappings[0].columns[1].field).not.toBe("phone");
  });
});
