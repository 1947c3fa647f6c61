/**
 * An agent's policy list kept by household (保戶名冊): each row a person of a household, the
 * client on the row marked 本人/戶長, the relatives below, and the policy columns on the same
 * rows. A person reads the heads as the clients, the relatives as their family, and every policy
 * number as one policy of the household's client, insured on the person of its row.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const HEADER = [
  "關係",
  "姓名",
  "身分證字號",
  "生日",
  "職業",
  "電話",
  "保單號碼",
  "保險公司",
  "險種",
  "保額(萬)",
  "年繳保費",
  "生效日",
];
const ROWS: SourceCell[][] = [
  [
    "本人",
    "韓志明",
    "Q100000001",
    "66/05/03",
    "工程師",
    "0912-000-101",
    "T-1001",
    "甲人壽",
    "終身壽險",
    100,
    36000,
    "105/03/01",
  ],
  ["", "", "", "", "", "", "T-1002", "乙人壽", "醫療險", 20, 12000, "107/08/15"],
  [
    "配偶",
    "葉美君",
    "Q200000002",
    "68/01/20",
    "護理師",
    "0933-000-202",
    "T-1003",
    "甲人壽",
    "重大疾病險",
    50,
    18000,
    "106/01/10",
  ],
  ["長女", "韓若晴", "", "99/09/01", "學生", "", "", "", "", "", "", ""],
  [
    "戶長",
    "董冠宇",
    "Q100000003",
    "59/02/14",
    "自營商",
    "02-2700-0303",
    "T-2001",
    "丙人壽",
    "定期壽險",
    300,
    24000,
    "100/05/20",
  ],
  ["母", "董林氏", "Q200000004", "35/07/07", "家管", "", "", "", "", "", "", ""],
  [
    "次子",
    "董子軒",
    "",
    "101/06/30",
    "學生",
    "",
    "T-2002",
    "丙人壽",
    "意外險",
    100,
    3000,
    "110/02/01",
  ],
  ["", "", "", "", "", "", "T-2003", "甲人壽", "醫療險", 10, 4000, "111/02/01"],
  [
    "本人",
    "魏雅雯",
    "Q200000005",
    "74/11/11",
    "會計",
    "0955-000-505",
    "T-3001",
    "丁人壽",
    "年金險",
    30,
    60000,
    "108/12/01",
  ],
  ["本人", "魏雅雯", "", "", "", "", "T-3002", "甲人壽", "醫療險", 10, 5000, "109/01/01"],
  ["本人", "范振國", "Q100000006", "50/03/03", "退休", "0966-000-606", "", "", "", "", "", ""],
  [
    "配偶",
    "范王秀",
    "",
    "52/04/04",
    "家管",
    "",
    "T-4001",
    "乙人壽",
    "醫療險",
    10,
    6000,
    "112/01/01",
  ],
];

function book(rows: SourceCell[][] = ROWS) {
  return sheet("保戶名冊", [HEADER, ...rows]);
}

describe("a policy list kept by household", () => {
  const r = importWorkbook([book()]);
  const idOf = (name: string) => r.records.Clients.find((c) => c.name === name)?.clientId;

  it("makes one client per household, from its head's rows, with the head's own columns", () => {
    expect(r.records.Clients.map((c) => c.name)).toEqual(["韓志明", "董冠宇", "魏雅雯", "范振國"]);
    const head = r.records.Clients[0];
    expect(head).toMatchObject({
      idNumber: "Q100000001",
      occupation: "工程師",
      phone: "0912-000-101",
    });
    expect(JSON.stringify(head.birthday)).toContain("1977-05-03");
  });

  it("reads each relative once as the family of their household's client", () => {
    expect(
      r.records.Family.map((f) => [f.clientId, f.memberName, f.relation, f.occupationOrSchool])
    ).toEqual([
      [idOf("韓志明"), "葉美君", "配偶", "護理師"],
      [idOf("韓志明"), "韓若晴", "長女", "學生"],
      [idOf("董冠宇"), "董林氏", "母", "家管"],
      [idOf("董冠宇"), "董子軒", "次子", "學生"],
      [idOf("范振國"), "范王秀", "配偶", "家管"],
    ]);
    const spouse = r.records.Family[0];
    expect(JSON.stringify(spouse.birthday)).toContain("1979-01-20");
    expect(spouse.notes).toContain("Q200000002");
    // The policy columns belong to the policy, not to the relative's notes.
    expect(spouse.notes).not.toContain("T-1003");
  });

  it("makes one policy per policy number, the household's client's, insured on the row's person", () => {
    expect(
      r.records.Insurance.map((p) => [p.policyNo, p.clientId, p.insured, p.sumInsured])
    ).toEqual([
      ["T-1001", idOf("韓志明"), "韓志明", 1_000_000],
      ["T-1002", idOf("韓志明"), "韓志明", 200_000],
      ["T-1003", idOf("韓志明"), "葉美君", 500_000],
      ["T-2001", idOf("董冠宇"), "董冠宇", 3_000_000],
      ["T-2002", idOf("董冠宇"), "董子軒", 1_000_000],
      ["T-2003", idOf("董冠宇"), "董子軒", 100_000],
      ["T-3001", idOf("魏雅雯"), "魏雅雯", 300_000],
      ["T-3002", idOf("魏雅雯"), "魏雅雯", 100_000],
      ["T-4001", idOf("范振國"), "范王秀", 100_000],
    ]);
  });

  it("accounts for every row once, and a row without a policy adds none", () => {
    expect(r.summary).toMatchObject({ sourceRows: 12, rejected: 0 });
    expect(r.summary.imported + r.summary.merged).toBe(12);
    expect(r.records.Insurance.some((p) => p.policyNo === null)).toBe(false);
  });

  it("says once, in the register's three languages, that the list was read by household", () => {
    const said = r.issues.filter((i) => i.code === "import.policies-by-household");
    expect(said).toHaveLength(1);
    expect(said[0].params).toMatchObject({ count: 5, policies: 4, relation: "A (關係)" });
    const { code, params } = said[0];
    expect(renderMessage(code!, params!, "zh-TW")).toContain("家庭成員");
    expect(renderMessage(code!, params!, "zh-CN")).toContain("家庭成员");
    expect(renderMessage(code!, params!, "en")).toContain("household");
  });

  it("importing the same list again creates nothing new", () => {
    const again = importWorkbook([book()], { existing: r.records, state: r.state });
    expect(again.records.Clients).toHaveLength(4);
    expect(again.records.Family).toHaveLength(5);
    expect(again.records.Insurance).toHaveLength(9);
    expect(again.summary.imported).toBe(0);
  });
});

describe("a simplified-script household policy list", () => {
  it("reads 关系 本人/配偶/子女 the same way, 保额(万元) in ten thousands", () => {
    const rows: SourceCell[][] = [
      ["关系", "姓名", "保单号", "险种", "保额(万元)", "年交保费"],
      ["本人", "钱立新", "L-01", "重疾险", 50, 8000],
      ["配偶", "孙晓梅", "L-02", "医疗险", 10, 2000],
      ["子女", "钱小宇", "", "", "", ""],
      ["本人", "郑海涛", "L-03", "年金险", 20, 30000],
      ["", "", "L-04", "意外险", 100, 500],
    ];
    const r = importWorkbook([sheet("家庭保单", rows)]);
    const idOf = (name: string) => r.records.Clients.find((c) => c.name === name)?.clientId;
    expect(r.records.Clients.map((c) => c.name)).toEqual(["钱立新", "郑海涛"]);
    expect(r.records.Family.map((f) => [f.clientId, f.memberName, f.relation])).toEqual([
      [idOf("钱立新"), "孙晓梅", "配偶"],
      [idOf("钱立新"), "钱小宇", "子女"],
    ]);
    expect(
      r.records.Insurance.map((p) => [p.policyNo, p.clientId, p.insured, p.sumInsured])
    ).toEqual([
      ["L-01", idOf("钱立新"), "钱立新", 500_000],
      ["L-02", idOf("钱立新"), "孙晓梅", 100_000],
      ["L-03", idOf("郑海涛"), "郑海涛", 200_000],
      ["L-04", idOf("郑海涛"), "郑海涛", 1_000_000],
    ]);
  });
});

describe("a household policy list numbering its households", () => {
  it("reads the household number (戶號) as no client link when the workbook has no client list", () => {
    const rows: SourceCell[][] = [
      ["戶號", "關係", "姓名", "電話", "保單號碼", "險種", "保額(萬)"],
      ["H01", "本人", "韓志明", "0912-000-101", "T-1", "終身壽險", 100],
      ["H01", "", "", "", "T-2", "醫療險", 20],
      ["H01", "配偶", "葉美君", "0933-000-202", "T-3", "醫療險", 10],
      ["H02", "戶長", "董冠宇", "02-2700-0303", "T-4", "定期壽險", 300],
      ["H02", "次子", "董子軒", "", "", "", ""],
    ];
    const r = importWorkbook([sheet("保戶名冊", rows)]);
    const idOf = (name: string) => r.records.Clients.find((c) => c.name === name)?.clientId;
    expect(r.records.Clients.map((c) => [c.name, c.phone])).toEqual([
      ["韓志明", "0912-000-101"],
      ["董冠宇", "02-2700-0303"],
    ]);
    expect(r.records.Family.map((f) => [f.clientId, f.memberName])).toEqual([
      [idOf("韓志明"), "葉美君"],
      [idOf("董冠宇"), "董子軒"],
    ]);
    expect(r.records.Insurance.map((p) => [p.policyNo, p.clientId, p.insured])).toEqual([
      ["T-1", idOf("韓志明"), "韓志明"],
      ["T-2", idOf("韓志明"), "韓志明"],
      ["T-3", idOf("韓志明"), "葉美君"],
      ["T-4", idOf("董冠宇"), "董冠宇"],
    ]);
    expect(r.issues.some((i) => i.code === "link.unknown-id")).toBe(false);
  });
});

describe("a household client list with a policy number column", () => {
  it("is read as a policy list kept by household, though its person columns outweigh the policy's", () => {
    const rows: SourceCell[][] = [
      [
        "關係",
        "姓名",
        "性別",
        "生日",
        "身分證字號",
        "手機",
        "地址",
        "職業",
        "保單號碼",
        "險種",
        "保額",
      ],
      [
        "本人",
        "韓志明",
        "男",
        "66/05/03",
        "Q100000001",
        "0912-000-101",
        "台北市民權路1號",
        "工程師",
        "T-1",
        "終身壽險",
        100,
      ],
      ["配偶", "葉美君", "女", "68/01/20", "Q200000002", "0933-000-202", "", "護理師", "", "", ""],
      [
        "本人",
        "董冠宇",
        "男",
        "59/02/14",
        "Q100000003",
        "02-2700-0303",
        "台北市民生路2號",
        "自營商",
        "T-2",
        "定期壽險",
        300,
      ],
      ["次子", "董子軒", "男", "101/06/30", "", "", "", "學生", "T-3", "意外險", 100],
    ];
    const r = importWorkbook([sheet("客戶名冊", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Insurance");
    expect(r.records.Clients.map((c) => [c.name, c.address, c.occupation])).toEqual([
      ["韓志明", "台北市民權路1號", "工程師"],
      ["董冠宇", "台北市民生路2號", "自營商"],
    ]);
    expect(r.records.Family.map((f) => f.memberName)).toEqual(["葉美君", "董子軒"]);
    expect(r.records.Insurance.map((p) => [p.policyNo, p.insured])).toEqual([
      ["T-1", "韓志明"],
      ["T-2", "董冠宇"],
      ["T-3", "董子軒"],
    ]);
  });

  it("stays a client list when it has no policy number column", () => {
    const rows: SourceCell[][] = [
      ["關係", "姓名", "生日", "手機", "職業", "險種"],
      ["本人", "韓志明", "66/05/03", "0912-000-101", "工程師", "終身壽險"],
      ["配偶", "葉美君", "68/01/20", "0933-000-202", "護理師", ""],
      ["本人", "董冠宇", "59/02/14", "02-2700-0303", "自營商", "定期壽險"],
      ["次子", "董子軒", "101/06/30", "", "學生", ""],
    ];
    const r = importWorkbook([sheet("客戶名冊", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(2);
    expect(r.records.Family).toHaveLength(2);
  });
});

describe("a policy list whose relation column is not a household's", () => {
  it("keeps every policyholder a client when the relation names the insured's tie to each row's holder", () => {
    const rows: SourceCell[][] = [
      ["要保人", "被保險人", "關係", "保單號碼", "險種"],
      ["韓志明", "葉美君", "配偶", "T-1", "醫療險"],
      ["董冠宇", "董子軒", "子", "T-2", "意外險"],
      ["魏雅雯", "魏雅雯", "本人", "T-3", "年金險"],
    ];
    const r = importWorkbook([sheet("保單", rows)]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(["韓志明", "董冠宇", "魏雅雯"]);
    expect(r.records.Insurance).toHaveLength(3);
    expect(r.issues.some((i) => i.code === "import.policies-by-household")).toBe(false);
  });
});
