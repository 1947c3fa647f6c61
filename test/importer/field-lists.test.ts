/**
 * A list of a form's or a table's fields — their labels in two languages (Full Name / 姓名), their
 * data types (Text, nvarchar(15), 数值) — holds names of fields, no one's: a person imports nothing
 * from it. Client lists beside it, or with a contact-preference column of Text / Email / Phone,
 * and people named in two scripts, stay client lists.
 */
import { importWorkbook } from "../../src/importer";
import {
  CLIENT_EVIDENCE_MARGIN,
  clientEvidence,
  clientEvidenceScore,
} from "../../src/importer/client-evidence";
import { profileColumn } from "../../src/importer/profile";
import type { SourceCell } from "../../src/importer/types";
import { renderIssueMessage } from "../../src/register/messages";
import { notDataReason, readAs, sheet, table } from "./helpers";

const EN_NAMES = [
  "Olivia Ashdown",
  "Marcus Bell",
  "Priya Raman",
  "Tomas Novak",
  "Grace Okafor",
  "Henry Walsh",
  "Aisha Khan",
  "Daniel Reyes",
  "Chloe Martin",
  "Samuel Brooks",
  "Fatima Noor",
  "Liam Murphy",
];
const TW_NAMES = [
  "陳怡君",
  "林志明",
  "黃美玲",
  "張家豪",
  "李淑芬",
  "王建宏",
  "吳佩珊",
  "劉俊傑",
  "蔡宜蓁",
  "楊宗翰",
  "許雅婷",
  "鄭文彬",
];

/** The evidence of a one-column list read as Clients, its values the subject's names. */
function evidenceOf(values: string[]) {
  const columnValues = [values];
  return clientEvidence({
    columns: [
      {
        index: 1,
        letter: "A",
        header: "display_name",
        field: "name",
        confidence: 0.8,
        source: "alias",
        samples: [],
      },
    ],
    profiles: columnValues.map((v) => profileColumn(v)),
    columnValues,
    subject: {
      letter: "A",
      header: "display_name",
      field: "name",
      named: values.length,
      rows: values.length,
    },
    headerless: false,
    otherTables: 0,
    otherNotData: 0,
  });
}

describe("a field dictionary whose labels are written in two languages", () => {
  it("reads labels in two languages as names of fields (en + 简体, en + 繁體)", () => {
    const labels = [
      "Full Name / 姓名",
      "IC No / 身份证号码",
      "Date of Birth / 出生日期",
      "Mobile No / 手机号码",
      "Email / 电子邮箱",
      "出生日期 Date of Birth",
      "手機 Mobile",
      "電子郵件 Email",
    ];
    const evidence = evidenceOf(labels);
    expect(evidence.identifiers).toBeGreaterThanOrEqual(0.8);
    expect(clientEvidenceScore(evidence)).toBeLessThan(CLIENT_EVIDENCE_MARGIN);
  });

  it("people and firms named in two scripts are no field names", () => {
    const names = [
      ...TW_NAMES.slice(0, 4).map((n, i) => `${n} ${EN_NAMES[i]}`),
      "汇丰银行 HSBC Bank",
      "中华电信 Chunghwa Telecom",
      "長榮航空 EVA Air",
      "陳大文 Chan Tai Man",
    ];
    expect(evidenceOf(names).identifiers).toBe(0);
  });

  it("a field dictionary with its data types beside a client sheet: the clients alone import", () => {
    const LABELS = [
      ["customer.full_name", "Full Name / 姓名", "Text", "TAN WEI XIANG"],
      ["customer.ic_no", "IC No / 身份证号码", "Text", "870914-14-3021"],
      ["customer.date_of_birth", "Date of Birth / 出生日期", "Date", "14/09/1987"],
      ["customer.mobile_no", "Mobile No / 手机号码", "Text", "012-7301846"],
      ["customer.email", "Email / 电子邮箱", "Text", "tan@example.com"],
      ["customer.monthly_income", "Monthly Income / 月收入", "Number", "9200"],
    ];
    const clients = table(["Name", "Mobile", "Email"], 6, (h, i) =>
      h === "Name" ? EN_NAMES[i] : h === "Mobile" ? `012-73018${10 + i}` : `c${i}@mail.test`
    );
    const r = importWorkbook([
      sheet("Customers", clients),
      sheet("FieldDictionary", [
        ["standard_key", "display_name", "data_type", "example"],
        ...LABELS,
      ]),
    ]);
    expect(readAs(r, "Customers")).toBe("Clients");
    expect(readAs(r, "FieldDictionary")).toBeNull();
    expect(r.records.Clients).toHaveLength(6);
  });
});

describe("a list of fields with their data types", () => {
  const cases: { lang: string; headers: string[]; fields: string[]; types: string[] }[] = [
    {
      lang: "en",
      headers: ["Sr No", "Field Name", "Description", "Data Type"],
      fields: ["Card Code", "Card Name", "Group", "Phone 1", "Credit Limit", "Created", "Valid"],
      types: [
        "nvarchar(15)",
        "nvarchar(100)",
        "int",
        "nvarchar(20)",
        "decimal(19,6)",
        "datetime",
        "bit",
      ],
    },
    {
      lang: "简体",
      headers: ["序号", "字段", "说明", "类型"],
      fields: ["客户代码", "客户全称", "所属行业", "联系电话", "信用额度", "建档日期", "是否有效"],
      types: ["文本", "文本", "文本", "文本", "数值", "日期", "布尔"],
    },
    {
      lang: "繁體",
      headers: ["序號", "欄位", "說明", "資料類型"],
      fields: ["客戶代碼", "客戶全名", "所屬行業", "聯絡電話", "信用額度", "建檔日期", "是否有效"],
      types: ["文字", "文字", "文字", "文字", "數值", "日期", "布林"],
    },
  ];
  for (const c of cases)
    it(`imports nothing from a field list (${c.lang}) and says why in each language`, () => {
      const rows: SourceCell[][] = [
        c.headers,
        ...c.fields.map((f, i) => [String(i + 1), f, `${f} (${i + 1})`, c.types[i]]),
      ];
      const r = importWorkbook([sheet("Spec", rows)]);
      expect(readAs(r, "Spec")).toBeNull();
      expect(Object.values(r.records).flat()).toHaveLength(0);
      expect(notDataReason(r, "Spec")).toBe("sheet.why.field-list");
      const issue = r.issues.find((i) => i.code === "import.sheet-not-data")!;
      expect(renderIssueMessage(issue, "en")).toContain("data type");
      expect(renderIssueMessage(issue, "zh-CN")).toContain("数据类型");
      expect(renderIssueMessage(issue, "zh-TW")).toContain("資料類型");
    });

  it("a client list whose contact preference is Text, Email or Phone stays a client list", () => {
    const rows = table(["Name", "Mobile", "Preferred contact"], 10, (h, i) =>
      h === "Name"
        ? EN_NAMES[i]
        : h === "Mobile"
          ? `07700 9001${10 + i}`
          : ["Text", "Email", "Phone"][i % 3]
    );
    const r = importWorkbook([sheet("Clients", rows)]);
    expect(readAs(r, "Clients")).toBe("Clients");
    expect(r.records.Clients).toHaveLength(10);
  });
});
