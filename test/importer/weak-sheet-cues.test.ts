/**
 * One weak cue does not decide that a sheet is not register data: a "Segment" column, three
 * "Total …" headers, two product words or a sheet name saying "dashboard" do not outweigh rows of
 * distinct people each with their own e-mail or phone. When the importer cannot tell which column
 * is the client of a sheet of records, it says so once for the sheet, naming what to --map; and a
 * sheet left out says in its one line how to force it in. Invented sheets only (en, 简体, 繁體).
 */
import { importWorkbook } from "../../src/importer";
import { mappingLines } from "../../src/importer/mapping-file";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_PEOPLE, sheet } from "./helpers";

const EN = INVENTED_PEOPLE.en.slice(0, 8);
const CN = INVENTED_PEOPLE["zh-CN"].slice(0, 8);
const TW = INVENTED_PEOPLE["zh-TW"].slice(0, 8);

/** A client list: name, e-mail, phone, then the columns under test, with figures on every row. */
function clients(people: string[], extra: string[], figures: (i: number) => SourceCell[]) {
  const rows: SourceCell[][] = [["Name", "Email", "Phone", ...extra]];
  people.forEach((p, i) =>
    rows.push([
      p,
      `person${i}@mail${i}.example.org`,
      `(415) 555-02${String(i).padStart(2, "0")}`,
      ...figures(i),
    ])
  );
  return rows;
}

describe("a client list is not taken for a summary, cluster table, catalogue or dashboard on one cue", () => {
  it.each([
    ["English segment", "Clients", EN, ["Segment", "AUM", "Revenue", "Deposits", "Loans", "Cards"]],
    ["简体 客群", "客户", CN, ["客户分群", "资产", "收入", "存款", "贷款", "信用卡"]],
    ["繁體 分群", "客戶", TW, ["分群", "資產", "收入", "存款", "貸款", "信用卡"]],
  ])("a segment column beside named clients and their figures (%s)", (_, name, people, extra) => {
    const rows = clients(people as string[], extra as string[], (i) => [
      ["Retail", "Private"][i % 2],
      100000 + i * 5000,
      2000 + i * 10,
      30000 + i * 70,
      50000 + i * 90,
      1 + (i % 3),
    ]);
    const r = importWorkbook([sheet(name as string, rows)]);
    expect(r.mappings[0].kind).toBeUndefined();
    expect(r.records.Clients).toHaveLength(8);
  });

  it.each([
    ["English", EN, ["Total Assets", "Total Liabilities", "Total Income"]],
    ["简体", CN, ["资产合计", "负债合计", "收入合计"]],
    ["繁體", TW, ["資產合計", "負債合計", "收入合計"]],
  ])("three total columns per client are the client's figures (%s)", (_, people, extra) => {
    const rows = clients(people as string[], extra as string[], (i) => [
      500000 + i * 1000,
      20000 + i * 300,
      90000 + i * 700,
    ]);
    const r = importWorkbook([sheet("Book1", rows)]);
    expect(r.mappings[0].kind).toBeUndefined();
    expect(r.records.Clients).toHaveLength(8);
  });

  it("a dashboard-named sheet that lists distinct people with their e-mails stays a list", () => {
    // "Person" names no field: the rows' own evidence (names, distinct e-mails) says people.
    const rows = clients(EN, ["Stage"], (i) => [["Lead", "Customer"][i % 2]]);
    rows[0][0] = "Person";
    const r = importWorkbook([sheet("KPI contacts", rows)]);
    expect(r.mappings[0].kind).toBeUndefined();
    expect(r.records.Clients.length + r.records.Contacts.length).toBe(8);
  });

  it("a real summary (groups, counts and totals, nobody to reach) is still a summary", () => {
    const rows: SourceCell[][] = [["Region", "Client Count", "Total AUM", "Subtotal Revenue"]];
    ["North", "South", "East", "West", "Central", "Coast"].forEach((g, i) =>
      rows.push([g, 10 + i, 5000000 + i, 90000 + i])
    );
    const r = importWorkbook([sheet("Book1", rows)]);
    expect(r.mappings[0].kind).toBe("summary");
  });
});

describe("a sheet of records whose client cannot be told", () => {
  it.each([
    ["en", ["Full Name", "Referred By", "Loan Amount", "Stage"], EN],
    ["zh-CN", ["姓名", "推荐来源", "贷款金额", "阶段"], CN],
  ] as const)(
    "says so once for the sheet, naming the columns to --map (%s)",
    (lang, header, people) => {
      const rows: SourceCell[][] = [[...header]];
      people.forEach((p, i) =>
        rows.push([
          p,
          people[(i + 3) % 8].slice(0, -1) + "甲乙丙丁戊己庚辛"[i],
          300000 + i * 1000,
          "Application",
        ])
      );
      if (lang === "en")
        rows.slice(1).forEach((r, i) => (r[1] = `${EN[(i + 3) % 8].split(" ")[0]} Quinn`));
      const r = importWorkbook([sheet("Pipeline", rows)], {
        mapping: { "Pipeline!*": "Pipeline" },
      });
      expect(r.mappings[0].columns.some((c) => c.field === "prospect")).toBe(false);
      const said = r.issues.filter((i) => i.code === "map.no-record-subject");
      expect(said).toHaveLength(1);
      expect(said[0]).toMatchObject({ sheet: "Pipeline", row: null, severity: "warning" });
      expect(said[0].params).toMatchObject({ header: header[0] });
      // The client word --map takes, as each language writes it.
      const client = { en: "client", "zh-CN": "客户", "zh-TW": "客戶" };
      for (const l of ["en", "zh-CN", "zh-TW"] as const) {
        const text = renderMessage("map.no-record-subject", said[0].params ?? {}, l) ?? "";
        expect(text).toContain(`Pipeline!${header[0]}=${client[l]}`);
        expect(text).not.toMatch(/\{/);
      }
      // The rows are kept, and no row gets a warning of its own for it.
      expect(r.records.Pipeline).toHaveLength(8);
      expect(
        r.issues.filter((i) => i.row !== null && i.severity !== "info").length
      ).toBeLessThanOrEqual(0);
    }
  );
});

describe("a sheet left out says how to force it in, in its one line", () => {
  it.each(["en", "zh-CN", "zh-TW"] as const)("%s", (lang) => {
    const rows: SourceCell[][] = [["Row Labels", "Count of Complaint_ID"]];
    ["Open", "Closed", "Pending"].forEach((s, i) => rows.push([s, 10 + i]));
    const r = importWorkbook([sheet("Sheet3", rows)]);
    const line = mappingLines(r.mappings, lang).find((l) => l.startsWith("Sheet3"));
    const clients = { en: "Clients", "zh-CN": "客户", "zh-TW": "客戶" }[lang];
    expect(line).toContain(`--map "Sheet3!*=${clients}"`);
  });
});
