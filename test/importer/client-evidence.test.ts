/**
 * Whether a table is client data at all is one score over its evidence (client-evidence.ts): names
 * of people or firms, ways to reach them and register fields speak for it; a table mostly of
 * figures, periods across the columns, row labels that are names of fields, no header row speak
 * against it. Below the margin the table is not imported, said once with the `--map` forcing it.
 */
import { importWorkbook } from "../../src/importer";
import {
  CLIENT_EVIDENCE_MARGIN,
  CLIENT_EVIDENCE_WEIGHTS,
  clientEvidenceScore,
  strongestAgainst,
  clientEvidence,
  type ClientEvidence,
} from "../../src/importer/client-evidence";
import { profileColumn } from "../../src/importer/profile";
import type { ColumnMapping } from "../../src/importer/types";
import { renderMessage } from "../../src/register/messages";
import { readAs, sheet, table } from "./helpers";

const NONE: ClientEvidence = {
  names: 0,
  distinct: 0,
  reach: 0,
  fields: 0,
  figures: 0,
  periods: 0,
  identifiers: 0,
  dated: 0,
  standIns: 0,
  headerless: 0,
  othersNotData: 0,
};

describe("the score over a table's evidence", () => {
  it("every weight says why it counts", () => {
    for (const w of Object.values(CLIENT_EVIDENCE_WEIGHTS))
      expect(w.why.length).toBeGreaterThan(10);
  });

  it("a list of distinct named people with a phone and fields clears the margin", () => {
    const people = { ...NONE, names: 0.9, distinct: 1, reach: 0.5, fields: 0.75 };
    expect(clientEvidenceScore(people)).toBeGreaterThan(CLIENT_EVIDENCE_MARGIN);
  });

  it("the same names beside monthly figures still clear it", () => {
    const sales = { ...NONE, names: 0.8, distinct: 1, figures: 0.85, periods: 0.85 };
    expect(clientEvidenceScore(sales)).toBeGreaterThan(CLIENT_EVIDENCE_MARGIN);
  });

  it("labels over figures without a header row fall below it, figures weighing most", () => {
    const grid = { ...NONE, names: 0.5, distinct: 1, figures: 0.95, periods: 0.9, headerless: 1 };
    expect(clientEvidenceScore(grid)).toBeLessThan(CLIENT_EVIDENCE_MARGIN);
    expect(strongestAgainst(grid)?.feature).toBe("figures");
  });

  it("a column of field names falls below it", () => {
    const spec = { ...NONE, distinct: 1, identifiers: 1, fields: 0.25 };
    expect(clientEvidenceScore(spec)).toBeLessThan(CLIENT_EVIDENCE_MARGIN);
    expect(strongestAgainst(spec)?.feature).toBe("identifiers");
  });

  it("nothing against gives no strongest feature", () => {
    expect(strongestAgainst({ ...NONE, names: 1 })).toBeNull();
  });
});

const LINES = ["白玉兰", "金银花", "石榴红", "马蹄糕", "黄金糕", "杨枝露", "林檎干", "陈皮梅"];
const MONTHS = ["202101", "202102", "202103", "202104", "202105", "202106", "202107", "202108"];

describe("figures per label under a row of periods, read without a header row", () => {
  // A total row on top hid the header: the periods are the first values of each column, and the
  // line names (which read as people's names by their form) are the only words.
  const columnValues = [
    [
      "合计",
      "系列",
      ...Array.from({ length: 16 }, (_, r) => LINES[r % 8] + (r >= 8 ? "礼盒" : "")),
    ],
    ...MONTHS.map((month, m) => [
      9000 + m * 70,
      month,
      ...Array.from({ length: 16 }, (_, r) => 40 + ((r * 37 + m * 11) % 300)),
    ]),
  ];
  const profiles = columnValues.map((values) => profileColumn(values));
  const columns: ColumnMapping[] = columnValues.map((_, i) => ({
    index: i + 1,
    letter: String.fromCharCode(65 + i),
    header: "",
    field: i === 0 ? "name" : null,
    confidence: i === 0 ? 0.65 : 0,
    source: i === 0 ? "values" : "none",
    samples: [],
  }));
  const subject = { letter: "A", header: "", field: "name", named: 18, rows: 18 };
  const evidence = clientEvidence({
    columns,
    profiles,
    columnValues,
    subject,
    headerless: true,
    otherTables: 4,
    otherNotData: 2,
  });

  it("sees the figures and the periods", () => {
    expect(evidence.figures).toBeGreaterThan(0.8);
    expect(evidence.periods).toBeGreaterThan(0.8);
    expect(evidence.reach).toBe(0);
    expect(evidence.othersNotData).toBe(0.5);
  });

  it("scores below the margin, the figures weighing most", () => {
    expect(clientEvidenceScore(evidence)).toBeLessThan(CLIENT_EVIDENCE_MARGIN);
    expect(strongestAgainst(evidence)?.feature).toBe("figures");
  });
});

describe("names of fields are no one's names", () => {
  const values = [
    "Company Name",
    "Telephone",
    "Home Address",
    "E-mail",
    "Date of Birth",
    "joinedOn",
  ];
  const columnValues = [values, values.map((_, i) => (i % 2 ? "text" : "date"))];
  const evidence = clientEvidence({
    columns: columnValues.map((_, i) => ({
      index: i + 1,
      letter: String.fromCharCode(65 + i),
      header: i === 0 ? "Label" : "Kind",
      field: i === 0 ? "name" : null,
      confidence: i === 0 ? 0.8 : 0,
      source: i === 0 ? "alias" : "none",
      samples: [],
    })),
    profiles: columnValues.map((v) => profileColumn(v)),
    columnValues,
    subject: { letter: "A", header: "Label", field: "name", named: 6, rows: 6 },
    headerless: false,
    otherTables: 0,
    otherNotData: 0,
  });

  it("reads the register's own headers and a program's identifiers as field names", () => {
    expect(evidence.identifiers).toBeGreaterThanOrEqual(0.8);
    expect(evidence.names).toBe(0);
    expect(clientEvidenceScore(evidence)).toBeLessThan(CLIENT_EVIDENCE_MARGIN);
  });
});

describe("numbered stand-ins for names", () => {
  it("are no field names: an anonymised list of Customer 1, Customer 2 … stays a client list", () => {
    const rows = table(["Customer", "E-mail", "Joined"], 12, (h, i) =>
      h === "Customer"
        ? `Customer ${i + 1}`
        : h === "E-mail"
          ? `c${i + 1}@mail.test`
          : `2024-0${(i % 9) + 1}-1${i % 9}`
    );
    const r = importWorkbook([sheet("Members", rows)]);
    expect(readAs(r, "Members")).toBe("Clients");
    expect(r.records.Clients).toHaveLength(12);
  });
});

describe("a list of a system's fields under a Name header", () => {
  const FIELDS = [
    "cust_code",
    "CustName",
    "MobileNo",
    "EmailAddr",
    "bill_street",
    "ship_street",
    "CreditLimit",
    "PayTerms",
    "tax_reg_no",
    "SalesRep",
    "created_on",
    "IsActive",
  ];
  const rows = [
    ["Item", "Name", "Explanation", "Type"],
    ...FIELDS.map((c, i) => [
      String(i + 1),
      c,
      `${c.toLowerCase()} of it`,
      i % 3 ? "text" : "lookup",
    ]),
  ];
  const r = importWorkbook([sheet("Layout", rows)]);

  it("imports nothing", () => {
    expect(Object.values(r.records).flat()).toHaveLength(0);
    expect(readAs(r, "Layout")).toBeNull();
  });

  it("says the names are names of fields, in each language, with the --map forcing it", () => {
    const m = r.mappings[0];
    expect(m.reasonCoded?.params.why).toBe("sheet.unsure.evidence");
    expect(m.reasonCoded?.params.against).toBe("sheet.evidence.identifiers");
    const text = (lang: "en" | "zh-CN" | "zh-TW") =>
      renderMessage(m.reasonCoded!.code, m.reasonCoded!.params, lang) ?? "";
    expect(text("en")).toContain("names of fields");
    expect(text("zh-CN")).toContain("字段名");
    expect(text("zh-TW")).toContain("欄位名");
    // The register sheet in the user's language: --map takes its label as well as its key.
    expect(text("en")).toContain('--map "Layout!*=Clients"');
    expect(text("zh-CN")).toContain('--map "Layout!*=客户信息"');
    expect(text("zh-TW")).toContain('--map "Layout!*=客戶資料"');
  });
});

describe("client lists stay client lists", () => {
  it("firms with phones and half-year sales", () => {
    const firms = ["Brightwater Ltd", "Okafor Trading Ltd", "Lindqvist AB", "Meridian Foods Inc"];
    const rows = table(
      ["Customer", "Phone", "Jan", "Feb", "Mar", "Apr", "May", "Jun"],
      16,
      (h, i) =>
        h === "Customer"
          ? `${firms[i % 4].split(" ")[0]} ${["North", "South", "East", "West"][Math.floor(i / 4)]} ${firms[i % 4].split(" ").slice(1).join(" ")}`
          : h === "Phone"
            ? `+44 20 7946 0${String(100 + i * 7).padStart(3, "0")}`
            : 1000 + i * 13
    );
    const r = importWorkbook([sheet("Accounts", rows)]);
    expect(readAs(r, "Accounts")).toBe("Clients");
    expect(r.records.Clients).toHaveLength(16);
  });
});
