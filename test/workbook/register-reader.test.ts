import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { DEFAULT_SETTINGS, defaultSettingsFor, makeSettings } from "../../src/register/settings";
import { SHEETS, sheetDef } from "../../src/register/sheets";
import {
  LANGS,
  SHEET_KEYS,
  type Lang,
  type RegisterRecord,
  type SheetKey,
} from "../../src/register/types";
import { buildRegisterPlan } from "../../src/workbook/register-plan";
import { readRegisterWorkbook } from "../../src/workbook/xlsx/register-reader";
import { writeWorkbook } from "../../src/workbook/xlsx/writer";

/** A register with every kind of value: dates, money, enums, yes/no, CJK text, hostile text. */
const RECORDS: Partial<Record<SheetKey, RegisterRecord[]>> = {
  Clients: [
    {
      clientId: "C-0001",
      name: "王小明",
      kind: "person",
      phone: "0086 138-0013-8000",
      email: "wang@example.cn",
      birthday: "1985-05-15",
      riskProfile: "aggressive",
      annualRevenue: 1_234_567.89,
      clientSince: "2010-01-31",
      creditRating: "very-good",
      paymentAttitude: "arrears",
      married: true,
      children: 2,
      notes: "=SUM(A1:A9)",
    },
    {
      clientId: "C-0002",
      name: "ACME 有限公司",
      kind: "enterprise",
      enterpriseNature: "joint-venture",
      annualRevenue: 0,
      groupClient: false,
      phone: "+86 21 5555",
    },
  ],
  Family: [
    {
      clientId: "C-0001",
      memberName: "王芳",
      relation: "daughter",
      birthday: "2012-02-29",
      age: 12,
    },
  ],
  Contacts: [
    {
      clientId: "C-0002",
      name: "Ms Chen",
      layer: "decision",
      influence: "veto",
      closeness: 4.5,
      isCoach: true,
    },
  ],
  Insurance: [
    {
      clientId: "C-0001",
      policyNo: "P-001",
      type: "critical-illness",
      startDate: "2020-07-01",
      expiryDate: "2040-06-30",
      termYears: 20,
      sumInsured: 500_000,
      annualPremium: 12_000.5,
      criticalIllnessCovered: true,
      status: "in-force",
    },
  ],
  Assets: [
    {
      clientId: "C-0001",
      assetClass: "loan",
      heldAt: "elsewhere",
      marketValue: -800_000,
      currency: "CNY",
      asOf: "2024-12-31",
    },
  ],
  Tiers: [
    {
      clientId: "C-0001",
      valueScore: 72.5,
      difficulty: 40,
      overrideTier: "diamond",
      overrideReason: "group strategic account",
      previousTier: "gold",
      assessedOn: "2025-01-15",
    },
  ],
  Complaints: [
    {
      complaintId: "K-1",
      clientId: "C-0002",
      receivedOn: "2025-03-03",
      severity: "critical",
      status: "in-progress",
      calledBack: false,
      expectedScore: 4,
      actualScore: 2.5,
      description: "-charged twice",
    },
  ],
  Visits: [
    {
      visitOn: "2025-02-14",
      clientId: "C-0002",
      method: "tech-exchange",
      expense: 1_500,
      reportFiled: true,
      keyPoints: "@budget next year",
    },
  ],
  Pipeline: [
    {
      opportunityId: "O-1",
      clientId: "C-0002",
      stage: "assess",
      factorA: 4,
      factorB: 2,
      factorG: 5,
      expectedValue: 3_000_000,
      probability: 0.35,
      expectedClose: "2025-09-30",
    },
  ],
};

/**
 * The calculated cells of RECORDS, worked out by hand: the file caches each formula's result, so
 * the reader gets them without any recalculation (Complaints: critical = 1 day, in progress and
 * past due; Pipeline: (20·75 + 10·75 + 10·0) / 40, high value and difficulty; Tiers: revenue
 * looked up on Clients, the override wins). dueOn's formula result (2025-03-04) is no due day the
 * complaint gives itself, so it reads as none.
 */
const CALCULATED: Partial<Record<SheetKey, RegisterRecord>> = {
  Complaints: { dueOn: null, overdue: true, satisfactionGap: -1.5 },
  Pipeline: { valueScore: 56.25, grade: "B" },
  Tiers: { annualRevenue: 1_234_567.89, tier: "platinum", grade: "A", effectiveTier: "diamond" },
};

/** What the reader should give: every column of the sheet, blanks as null, calculated cells as cached. */
function expectedRecords(
  records: Partial<Record<SheetKey, RegisterRecord[]>>
): Record<SheetKey, RegisterRecord[]> {
  return Object.fromEntries(
    SHEET_KEYS.map((key) => [
      key,
      (records[key] ?? []).map((record) => ({
        ...Object.fromEntries(
          sheetDef(key).fields.map((f) => [
            f.key,
            f.computed ? (CALCULATED[key]?.[f.key] ?? null) : (record[f.key] ?? null),
          ])
        ),
        ...Object.fromEntries(
          Object.entries(record).filter(([k]) => !sheetDef(key).fields.some((f) => f.key === k))
        ),
      })),
    ])
  ) as Record<SheetKey, RegisterRecord[]>;
}

describe("readRegisterWorkbook: round trip", () => {
  test.each(LANGS)("records written in %s read back equal", async (lang: Lang) => {
    const buffer = await writeWorkbook(
      buildRegisterPlan({ lang, formulaStyle: "portable", records: RECORDS })
    );
    const read = await readRegisterWorkbook(buffer);
    expect(read.records).toEqual(expectedRecords(RECORDS));
    expect(read.lang).toBe(lang);
    expect(read.settings).toEqual(defaultSettingsFor(lang));
  });

  test("an empty register reads as no records and the default settings", async () => {
    const read = await readRegisterWorkbook(
      await writeWorkbook(buildRegisterPlan({ lang: "zh-TW", formulaStyle: "live" }))
    );
    for (const key of SHEET_KEYS) expect(read.records[key]).toEqual([]);
    expect(read.settings).toEqual({ ...defaultSettingsFor("zh-TW"), formulaStyle: "live" });
  });

  test("changed settings read back", async () => {
    const settings = makeSettings({
      tierThresholds: [8e6, 2e6, 6e5, 2e4],
      factors: {
        ...DEFAULT_SETTINGS.factors,
        A: { weight: 30, against: false },
        B: { weight: 0, against: false },
      },
      gradeValueCut: 55.5,
      gradeDifficultyCut: 40,
      slaDays: { critical: 2, high: 5, medium: 10, low: 30 },
      businessDays: true,
      notVisitedDays: 60,
      currency: "HKD",
    });
    const buffer = await writeWorkbook(
      buildRegisterPlan({ lang: "en", formulaStyle: "portable", settings })
    );
    expect((await readRegisterWorkbook(buffer)).settings).toEqual(settings);
  });

  test("user columns the catalog does not know survive the round trip", async () => {
    const records = {
      Family: [{ clientId: "C-1", memberName: "Mei", school: "No. 1 Middle", shoeSize: 38 }],
    };
    const buffer = await writeWorkbook(
      buildRegisterPlan({ lang: "en", formulaStyle: "portable", records })
    );
    expect((await readRegisterWorkbook(buffer)).records.Family).toEqual(
      expectedRecords(records).Family
    );
  });

  test("reads from a path as well as a buffer", async () => {
    const file = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "register-reader-")), "r.xlsx");
    await fs.writeFile(
      file,
      await writeWorkbook(
        buildRegisterPlan({ lang: "en", formulaStyle: "portable", records: RECORDS })
      )
    );
    expect((await readRegisterWorkbook(file)).records.Clients).toHaveLength(2);
  });
});

/** A workbook typed by hand (or saved by another program): built cell by cell with exceljs. */
async function handMade(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("readRegisterWorkbook: what people and other programs write", () => {
  test("enum labels in any language and yes/no words read back as keys and booleans", async () => {
    const buffer = await handMade((wb) => {
      const ws = wb.addWorksheet("Sheet1");
      ws.addTable({
        name: "tblClients",
        ref: "A1",
        columns: [
          { name: "客戶名稱" },
          { name: "Risk profile" },
          { name: "企业性质" },
          { name: "已婚" },
          { name: "Birthday" },
        ],
        rows: [
          ["甲", "積極", "国企", "是", new Date(Date.UTC(1990, 0, 2))],
          ["乙", "Conservative", "Foreign", "no", 31182],
        ],
      });
    });
    const { records } = await readRegisterWorkbook(buffer);
    expect(records.Clients).toEqual([
      {
        name: "甲",
        riskProfile: "aggressive",
        enterpriseNature: "state-owned",
        married: true,
        birthday: "1990-01-02",
      },
      {
        name: "乙",
        riskProfile: "conservative",
        enterpriseNature: "foreign",
        married: false,
        birthday: "1985-05-15",
      },
    ]);
  });

  test("formula cells give their cached result; errors and empty results give null", async () => {
    const buffer = await handMade((wb) => {
      const ws = wb.addWorksheet("Tiers");
      ws.addTable({
        name: "tblTiers",
        ref: "A1",
        columns: [{ name: "Client ID" }, { name: "Annual revenue" }, { name: "Tier" }],
        rows: [
          [
            "C-1",
            { formula: "1+1", result: 2_000_000 },
            { formula: '"platinum"', result: "platinum" },
          ],
          ["C-2", { formula: "NA()", result: { error: "#N/A" } }, { formula: '""', result: "" }],
          ["C-3", { formula: "0", result: 0 }, { formula: '"standard"', result: "standard" }],
        ],
      });
      const complaints = wb.addWorksheet("Complaints");
      complaints.addTable({
        name: "tblComplaints",
        ref: "A1",
        columns: [{ name: "Complaint ID" }, { name: "Overdue" }],
        rows: [["K-1", { formula: "1>2", result: false }]],
      });
    });
    const { records } = await readRegisterWorkbook(buffer);
    expect(records.Tiers).toEqual([
      { clientId: "C-1", annualRevenue: 2_000_000, tier: "platinum" },
      { clientId: "C-2", annualRevenue: null, tier: null },
      // Falsy results (0, FALSE) are results too.
      { clientId: "C-3", annualRevenue: 0, tier: "standard" },
    ]);
    expect(records.Complaints).toEqual([{ complaintId: "K-1", overdue: false }]);
  });

  test("a sheet without a table is read from its header row", async () => {
    const buffer = await handMade((wb) => {
      const ws = wb.addWorksheet("拜訪紀錄");
      ws.addRow(["拜訪日期", "客戶編號", "方式", "费用", "Mood"]);
      ws.addRow([new Date(Date.UTC(2025, 4, 6)), 1001, "電話", "1,200.50", "good"]);
      ws.addRow([]);
    });
    const { records, lang } = await readRegisterWorkbook(buffer);
    expect(records.Visits).toEqual([
      { visitOn: "2025-05-06", clientId: "1001", method: "phone", expense: 1200.5, Mood: "good" },
    ]);
    expect(lang).toBe("zh-TW");
  });

  test("text that is no known enum value is kept as written", async () => {
    const buffer = await handMade((wb) => {
      wb.addWorksheet("Clients").addTable({
        name: "tblClients",
        ref: "A1",
        columns: [{ name: "Name" }, { name: "Client type" }],
        rows: [["A", "cooperative society"]],
      });
    });
    expect((await readRegisterWorkbook(buffer)).records.Clients).toEqual([
      { name: "A", kind: "cooperative society" },
    ]);
  });

  test("a setting that is not a number names its cell", async () => {
    const buffer = await handMade((wb) => {
      const ws = wb.addWorksheet("Settings");
      ws.getCell("B4").value = 5e6;
      ws.getCell("B5").value = "a lot";
      ws.getCell("B6").value = 5e5;
      ws.getCell("B7").value = 1e4;
      wb.definedNames.add("Settings!$B$4:$B$7", "TierThresholds");
    });
    await expect(readRegisterWorkbook(buffer)).rejects.toThrow(
      'Settings!B5 (TierThresholds): expected a number, found "a lot".'
    );
  });

  test("settings out of range are refused with the setting's name", async () => {
    const buffer = await handMade((wb) => {
      wb.addWorksheet("Settings").getCell("B2").value = 150;
      wb.definedNames.add("Settings!$B$2", "GradeValueCut");
    });
    await expect(readRegisterWorkbook(buffer)).rejects.toThrow(/Settings sheet: .*gradeValueCut/);
  });

  test("service-level days follow their severity codes even when reordered", async () => {
    const buffer = await handMade((wb) => {
      const ws = wb.addWorksheet("Settings");
      [
        ["low", 20],
        ["medium", 8],
        ["high", 4],
        ["critical", 2],
      ].forEach(([code, days], i) => {
        ws.getCell(i + 1, 2).value = days;
        ws.getCell(i + 1, 3).value = code;
      });
      wb.definedNames.add("Settings!$B$1:$B$4", "SlaDays");
      wb.definedNames.add("Settings!$C$1:$C$4", "SlaSeverities");
    });
    expect((await readRegisterWorkbook(buffer)).settings.slaDays).toEqual({
      critical: 2,
      high: 4,
      medium: 8,
      low: 20,
    });
  });

  test("a file that is not a workbook gives a clear error", async () => {
    await expect(readRegisterWorkbook(Buffer.from("name,phone\nA,1\n"))).rejects.toThrow(
      /Cannot read the workbook as an \.xlsx workbook/
    );
  });

  test("every register sheet is returned, present or not", async () => {
    const buffer = await handMade((wb) => wb.addWorksheet("Notes").addRow(["hello"]));
    const { records, settings, lang } = await readRegisterWorkbook(buffer);
    expect(Object.keys(records).sort()).toEqual(SHEETS.map((s) => s.key).sort());
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect(lang).toBe("en");
  });
});
