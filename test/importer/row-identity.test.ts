/**
 * Which rows are clients and which rows are the same client (issue 9, session 18): rows a list
 * numbered ahead or a system filled with its defaults name no one; a number column whose numbers
 * stand on rows of different people is no client's number; a blank name is stood in for by the
 * name written another way; one ID number under two unrelated names is two people. Invented
 * variants in en, 简体 and 繁體.
 */
import { importWorkbook } from "../../src/importer";
import { linkAndMerge } from "../../src/importer/link-merge";
import { twNationalCheck } from "../../src/importer/normalize/ids";
import { renderIssueMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { candidateRows, sheet } from "./helpers";

const TW = [
  "林志明",
  "陳美玲",
  "張家豪",
  "黃淑芬",
  "李俊傑",
  "王怡君",
  "吳建宏",
  "蔡佩珊",
  "鄭雅婷",
  "謝宗翰",
];
const CN = [
  "周佩君",
  "郭志远",
  "刘晓东",
  "陈静怡",
  "杨建国",
  "赵敏",
  "孙立新",
  "马丽娟",
  "黄磊",
  "钱芳",
];
const EN = [
  "Olivia Grant",
  "Marcus Webb",
  "Priya Nair",
  "Tom Hollis",
  "Grace Okafor",
  "Liam Chen",
  "Sofia Reyes",
  "Noah Patel",
  "Ava Brooks",
  "Ethan Clarke",
];

function twId(i: number): string {
  const letter = "ABEFHKMNPR"[i % 10];
  const body = `${1 + (i % 2)}${String(3345670 + i * 17).padStart(7, "0")}`;
  return `${letter}${body}${twNationalCheck(letter, body)}`;
}

function outcomes(r: ReturnType<typeof importWorkbook>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const row of r.rows) out[row.outcome] = (out[row.outcome] ?? 0) + 1;
  return out;
}

describe("rows numbered ahead or filled with a system's defaults name no one", () => {
  it.each<[string, string[], (i: number) => SourceCell[], (n: number) => SourceCell[]]>([
    [
      "繁體: a contract sheet numbered past its data, the migration's defaults on every row",
      ["編號", "姓名", "身分證字號", "生日", "電話", "押金狀態", "方案"],
      (i) => [
        i + 1,
        TW[i],
        twId(i),
        `1975-03-1${i}`,
        `09123456${10 + i}`,
        i % 3 ? "未退" : "已退",
        "月租",
      ],
      (n) => [n, null, null, null, null, "unknown", "月租"],
    ],
    [
      "English: a sign-up sheet with reference numbers V01 … and a status the form writes",
      ["Ref", "Name", "Email", "Status"],
      (i) => [`V${String(i + 1).padStart(2, "0")}`, EN[i], `p${i}@example.com`, "active"],
      (n) => [`V${String(n).padStart(2, "0")}`, null, null, "active"],
    ],
  ])("%s", (_, header, row, empty) => {
    const rows: SourceCell[][] = [
      header,
      ...TW.map((__, i) => row(i)),
      ...[11, 12, 13, 14, 15].map(empty),
    ];
    const r = importWorkbook([sheet("Sheet1", rows)], { phoneRegion: "TW" });
    expect(r.records.Clients).toHaveLength(10);
    expect(outcomes(r)).toMatchObject({ imported: 10, skipped: 5 });
    expect(r.rows.filter((x) => x.outcome === "rejected")).toHaveLength(0);
    const told = r.issues.filter((i) => i.code === "import.empty-slots");
    expect(told).toHaveLength(1);
    expect(told[0].params).toMatchObject({ count: 5, rows: "12, 13, 14, 15, 16" });
    expect(renderIssueMessage(told[0], "zh-CN")).toMatch(/空位/);
    expect(renderIssueMessage(told[0], "zh-TW")).toMatch(/空位/);
    expect(renderIssueMessage(told[0], "en")).toMatch(/empty places/);
  });

  it("简体: a row holding only the value a column writes on every row is not folded into the client above", () => {
    const rows: SourceCell[][] = [
      ["来源", "会员编号", "姓名", "手机号"],
      ...CN.map((n, i) => ["官网", `M${8800 + i * 7}`, n, `1380000${7000 + i}`]),
    ];
    rows.splice(5, 0, ["官网", null, null, null]);
    const r = importWorkbook([sheet("会员", rows)], { phoneRegion: "CN" });
    expect(r.records.Clients).toHaveLength(10);
    expect(outcomes(r)).toMatchObject({ imported: 10, skipped: 1 });
    expect(r.rows.filter((x) => x.outcome === "merged")).toHaveLength(0);
  });

  it("a long master's nameless rows holding only a code and its groups (type, rep, area) name no one", () => {
    const areas = ["North", "South", "East", "West", "Harbour", "Old Town"];
    const reps = ["Rami Haddad", "Lina Saleh", "Omar Aziz"];
    const rows: SourceCell[][] = [["Code", "Customer Name", "Customer Type", "Salesman", "Area"]];
    for (let i = 0; i < 60; i++)
      rows.push([
        String(600 + i * 7),
        `${EN[i % EN.length]} Pharmacy ${i + 1}`,
        i % 9 ? "Pharmacies" : "Hospitals",
        reps[i % reps.length],
        areas[i % 5],
      ]);
    // The nameless rows: a code, a type, a status word or a rep, and an area — one of them the
    // only row in its area, one under a rep written on two rows only.
    for (let i = 0; i < 40; i++)
      rows.push([
        String(9000 + i * 13),
        null,
        "Pharmacies",
        i < 2 ? "Nadia Fares" : i % 2 ? "Closed" : "Others",
        i === 5 ? areas[5] : areas[i % 5],
      ]);
    const r = importWorkbook([sheet("Pharmacies", rows)]);
    expect(r.records.Clients).toHaveLength(60);
    expect(outcomes(r)).toMatchObject({ imported: 60, skipped: 40 });
    expect(r.issues.filter((i) => i.code === "import.empty-slots")[0]?.params).toMatchObject({
      count: 40,
    });
  });

  it("a row with a code of its own and nothing else is no empty slot: among named rows it names no one", () => {
    const rows: SourceCell[][] = [
      ["客戶代號", "簡稱", "電話", "銷貨類別"],
      ...TW.map((n, i) => [`FC${402 + i * 11}`, n, `09123456${10 + i}`, "月結"]),
      ["QX771", null, null, null],
    ];
    const r = importWorkbook([sheet("客戶", rows)], { phoneRegion: "TW" });
    expect(r.records.Clients).toHaveLength(10);
    expect(r.issues.filter((i) => i.code === "import.empty-slots")).toHaveLength(0);
    const skipped = r.issues.find((i) => i.code === "import.row-skipped");
    expect(skipped?.params?.reason).toBe("reason.number-only");
  });
});

describe("a number column whose numbers stand on rows of different people is no client's number", () => {
  it.each<[string, string[]]>([
    ["繁體", ["證書編號", "中文名", "香港身份證號碼", "出生日期"]],
    ["English", ["Member No", "Name", "ID Number", "Date of Birth"]],
  ])("%s: numbers shared by coaches do not merge them", (_, header) => {
    const people = header[1] === "Name" ? EN : TW;
    // Certificates of a course: three of them stand on two different people's rows.
    const rows: SourceCell[][] = [
      header,
      ...people.map((p, i) => [
        `TC2019-${100 + (i < 6 ? i % 3 : i)}`,
        p,
        twId(i),
        `1980-0${(i % 9) + 1}-1${i}`,
      ]),
    ];
    const r = importWorkbook([sheet("Coaches", rows)], { phoneRegion: "HK" });
    const mapping = r.mappings[0].columns.find((c) => c.header === header[0]);
    expect(mapping?.field).toBeNull();
    expect(mapping?.reasons?.map((x) => x.code)).toContain("map.why.number-many-people");
    expect(r.records.Clients.map((c) => c.name)).toEqual(people);
  });

  it.each<[string, string[], string[], string[]]>([
    [
      "English",
      ["member_id", "first_name", "last_name", "email"],
      ["Oisin", "Verity", "Kenji", "Amara", "Tobias", "Lena", "Rafael", "Ines"],
      ["Dovecote", "Sowerby", "Abernethy", "Quill", "Marsh", "Brook", "Vance", "Lowe"],
    ],
  ])("%s: member numbers handed out twice do not merge members", (_, header, family, given) => {
    // Eight members on four numbers, each shared by two strangers with their own e-mails.
    const rows: SourceCell[][] = [
      header,
      ...family.map((f, i) => [String(2000 + (i % 4)), f, given[i], `member${i}@example.org`]),
    ];
    const r = importWorkbook([sheet("Members", rows)]);
    const mapping = r.mappings[0].columns.find((c) => c.header === header[0]);
    expect(mapping?.field).not.toBe("clientId");
    expect(r.records.Clients).toHaveLength(8);
  });

  it("简体: 会员编号 shared by strangers with their own e-mails is no client's number", () => {
    const people = ["王建国", "李秀英", "张伟", "刘芳", "陈静", "杨磊", "赵丽", "黄涛"];
    const rows: SourceCell[][] = [
      ["会员编号", "姓名", "电子邮箱"],
      ...people.map((p, i) => [`M${300 + (i % 4)}`, p, `member${i}@example.cn`]),
    ];
    const r = importWorkbook([sheet("会员", rows)]);
    const mapping = r.mappings[0].columns.find((c) => c.header === "会员编号");
    expect(mapping?.field).not.toBe("clientId");
    expect(r.records.Clients.map((c) => c.name)).toEqual(people);
  });

  it("one number written under two people is a slip: the column stays the client's number", () => {
    const rows: SourceCell[][] = [
      ["客戶編號", "姓名", "身分證字號"],
      ...TW.map((p, i) => [`HQ-${20 + (i === 9 ? 0 : i)}`, p, twId(i)]),
    ];
    const r = importWorkbook([sheet("客戶", rows)], { phoneRegion: "TW" });
    expect(r.mappings[0].columns.find((c) => c.header === "客戶編號")?.field).toBe("clientId");
  });
});

describe("a blank name is stood in for by the name written another way", () => {
  it("繁體: 英文名 beside 中文名, before the e-mail", () => {
    const rows: SourceCell[][] = [
      ["中文名", "英文名", "電郵地址", "手提"],
      ...TW.slice(0, 8).map((n, i) => [
        n,
        `CHAN Tai Man ${i}`,
        `c${i}@example.com`,
        `9555${1000 + i}`,
      ]),
      [null, "Olga Volkova", "olga.volkova52@example.org", "95558321"],
    ];
    const r = importWorkbook([sheet("教練", rows)], { phoneRegion: "HK" });
    expect(r.records.Clients.map((c) => c.name)).toContain("Olga Volkova");
    const told = r.issues.find((i) => i.code === "import.name-stand-in");
    expect(String(told?.params?.from)).toContain("英文名");
  });
});

describe("one ID number under two names", () => {
  const { cand, reset } = candidateRows("客戶");
  beforeEach(reset);

  it.each<[string, string, string]>([
    ["繁體, names sharing nothing", "徐美建", "陳欣雄"],
    ["English, names sharing nothing", "Ann Lee", "Tom Hollis"],
    ["简体, names sharing nothing", "周佩君", "郭志远"],
  ])("%s: two people, not merged", (_, a, b) => {
    const r = linkAndMerge([
      cand("Clients", { clientId: "HQ-57", name: a, idNumber: "M106960523" }),
      cand("Clients", { clientId: "HQ-85", name: b, idNumber: "M106960523" }),
    ]);
    expect(r.records.Clients.map((c) => c.name)).toEqual([a, b]);
  });

  it("a variant of one name with the same ID number is one person", () => {
    const r = linkAndMerge([
      cand("Clients", { clientId: "1", name: "王小明", idNumber: "A123456789" }),
      cand("Clients", { clientId: "2", name: "王曉明", idNumber: "A123456789" }),
      cand("Clients", { clientId: "3", name: "Ann Lee", idNumber: "B223456780" }),
      cand("Clients", { clientId: "4", name: "ANN LEE-SMITH", idNumber: "B223456780" }),
    ]);
    expect(r.records.Clients).toHaveLength(2);
  });
});

describe("a name column that only joins the client's number to another column", () => {
  const SHOPS_TW = ["盛達", "興聯", "吳旺志", "順豐", "美和", "和源", "億鑫", "福記"];
  const SHOPS_CN = ["华信", "远帆", "恒达", "鑫源", "蓝海", "金石", "云杉", "东方"];
  const SHOPS_EN = [
    "Acme",
    "Northwind",
    "Contoso",
    "Fabrikam",
    "Tailspin",
    "Wingtip",
    "Litware",
    "Proseware",
  ];
  it.each<[string, string[], (i: number) => SourceCell[], string, string, string[]]>([
    [
      "繁體: 長名稱 = 客戶代號 + 簡稱",
      ["客戶代號", "簡稱", "長名稱", "電話"],
      (i) => [`FC${402 + i}`, SHOPS_TW[i], `FC${402 + i} ${SHOPS_TW[i]}`, `(02)2749-54${10 + i}`],
      "簡稱",
      "長名稱",
      SHOPS_TW,
    ],
    [
      "简体: 客户名称 holds the number and the short name, 简称 after it",
      ["客户编号", "客户名称", "简称", "联系电话"],
      (i) => [`K${1001 + i}`, `K${1001 + i}${SHOPS_CN[i]}`, SHOPS_CN[i], `1380000${7000 + i}`],
      "简称",
      "客户名称",
      SHOPS_CN,
    ],
    [
      "English: Account Name = Account No + Short Name",
      ["Account No", "Account Name", "Short Name", "Phone"],
      (i) => [
        `A-${1001 + i}`,
        `A-${1001 + i} ${SHOPS_EN[i]}`,
        SHOPS_EN[i],
        `+1 415 555 01${10 + i}`,
      ],
      "Short Name",
      "Account Name",
      SHOPS_EN,
    ],
  ])("%s", (_, header, row, short, whole, names) => {
    const rows: SourceCell[][] = [header, ...names.map((__, i) => row(i))];
    const r = importWorkbook([sheet("客戶", rows)], { phoneRegion: "TW" });
    const fields = Object.fromEntries(r.mappings[0].columns.map((c) => [c.header, c.field]));
    expect(fields[short]).toBe("name");
    expect(fields[whole]).toBeNull();
    const why = r.mappings[0].columns.find((c) => c.header === short)?.reasons ?? [];
    expect(why.map((x) => x.code)).toContain("map.why.name-joined-to-number");
    expect(r.records.Clients.map((c) => c.name)).toEqual(names);
  });

  it("a name that is not the number and another column joined stays the name", () => {
    const rows: SourceCell[][] = [
      ["客戶代號", "簡稱", "長名稱", "電話"],
      ...["盛達", "興聯", "順豐", "美和", "和源", "億鑫"].map((n, i) => [
        `FC${402 + i}`,
        n,
        `${n}食品有限公司`,
        `(02)2749-54${10 + i}`,
      ]),
    ];
    const r = importWorkbook([sheet("客戶", rows)], { phoneRegion: "TW" });
    const why = r.mappings[0].columns.flatMap((c) => c.reasons ?? []).map((x) => x.code);
    expect(why).not.toContain("map.why.name-joined-to-number");
  });
});
