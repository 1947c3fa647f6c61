import { SHEETS, sheetDef } from "../../src/register/sheets";
import { DEFAULT_SETTINGS, makeSettings, parseSettings } from "../../src/register/settings";
import { LANGS, SHEET_KEYS, type Lang, type SheetKey } from "../../src/register/types";
import { parseAddress } from "../../src/workbook/a1";
import { displayWidth, fitWidthToValues } from "../../src/workbook/columns";
import {
  cellValueOf,
  isFormula,
  tableRowsArray,
  type PlanValue,
  type SheetPlan,
  type WorkbookPlan,
} from "../../src/workbook/plan";
import { buildRegisterPlan } from "../../src/workbook/register-plan";
import { SETTING_NAMES } from "../../src/workbook/settings-sheet";
import { settingsFromNames } from "../../src/workbook/settings-cells";
import { CAPTIONS } from "../../src/workbook/captions";
import { DATE_FORMAT, MONEY_FORMAT } from "../../src/workbook/columns";
import { isSettingsTab, registerTab, settingsTab } from "../../src/register/tabs";

const plan = (
  lang: Lang = "en",
  formulaStyle: "portable" | "live" = "portable",
  extra: Partial<Parameters<typeof buildRegisterPlan>[0]> = {}
) => buildRegisterPlan({ lang, formulaStyle, ...extra });

/** A sheet by its register key, Settings, or (for names' references) its tab. */
const sheet = (p: WorkbookPlan, name: string): SheetPlan => {
  const found =
    p.sheets.find((s) => s.registerKey === name) ??
    (name === "Settings" ? p.sheets.find((s) => isSettingsTab(s.name)) : undefined) ??
    p.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
};

const column = (p: WorkbookPlan, sheetKey: SheetKey, key: string) => {
  const found = sheet(p, sheetKey).table!.columns.find((c) => c.key === key);
  if (!found) throw new Error(`no column ${sheetKey}.${key}`);
  return found;
};

/** The values of the Settings cells a defined name covers, row by row. */
function namedValues(p: WorkbookPlan, name: string): PlanValue[] {
  const ref = p.names.find((n) => n.name === name)?.ref;
  if (!ref) throw new Error(`no name ${name}`);
  const [sheetName, range] = ref.split("!");
  const grid = sheet(p, sheetName.replace(/^'(.*)'$/, "$1")).grid!;
  const [start, end = start] = range.split(":");
  const a = parseAddress(start);
  const b = parseAddress(end);
  const values: PlanValue[] = [];
  for (let r = a.row; r <= b.row; r++)
    for (let c = a.column; c <= b.column; c++) values.push(grid[r - 1]?.[c] ?? null);
  return values;
}

describe("buildRegisterPlan: sheets and tables", () => {
  test.each(LANGS)(
    "every register sheet has its tbl table with a frozen header (%s), then Settings",
    (lang) => {
      const p = plan(lang);
      expect(p.sheets.map((s) => s.name)).toEqual([
        ...SHEET_KEYS.map((key) => registerTab(key, lang)),
        settingsTab(lang),
      ]);
      for (const key of SHEET_KEYS) {
        const s = sheet(p, key);
        expect(s.registerKey).toBe(key);
        expect(s.table?.name).toBe(`tbl${key}`);
        expect(s.table?.style).toBe("TableStyleMedium2");
        expect(s.freezeRows).toBe(1);
        expect(s.table?.columns.map((c) => c.key)).toEqual(sheetDef(key).fields.map((f) => f.key));
      }
      expect(sheet(p, "Settings").table).toBeUndefined();
      expect(sheet(p, "Settings").grid?.length).toBeGreaterThan(10);
    }
  );

  test("headers are the labels of the chosen language", () => {
    expect(column(plan("en"), "Clients", "name").header).toBe("Name");
    expect(column(plan("zh-CN"), "Clients", "name").header).toBe("客户名称");
    expect(column(plan("zh-TW"), "Clients", "name").header).toBe("客戶名稱");
    expect(column(plan("zh-TW"), "Complaints", "dueOn").header).toBe("應結案日期");
    for (const lang of LANGS) {
      for (const def of SHEETS) {
        expect(sheet(plan(lang), def.key).table!.columns.map((c) => c.header)).toEqual(
          def.fields.map((f) => f.label[lang])
        );
      }
    }
  });

  test("every typed enumerated column offers its values in the register's language; yes/no columns offer TRUE/FALSE or 是/否", () => {
    for (const [lang, yesNo] of [
      ["en", ["TRUE", "FALSE"]],
      ["zh-TW", ["是", "否"]],
    ] as const) {
      const p = plan(lang);
      for (const def of SHEETS) {
        for (const field of def.fields.filter((f) => !f.computed)) {
          const validation = column(p, def.key, field.key).validation;
          if (field.type === "enum")
            expect(validation).toEqual({
              kind: "list",
              values: field.values!.map((v) => (lang === "en" ? v.key : v.label[lang])),
            });
          if (field.type === "boolean") expect(validation).toEqual({ kind: "list", values: yesNo });
        }
      }
    }
    const p = plan("en");
    expect(column(p, "Clients", "riskProfile").validation).toEqual({
      kind: "list",
      values: ["conservative", "moderate", "aggressive"],
    });
  });

  test("the enum header note lists what the cells hold: code and label in English, labels in Chinese", () => {
    const note = column(plan("zh-CN"), "Clients", "riskProfile").note!;
    expect(note.split("\n")).toEqual(expect.arrayContaining(["保守型", "积极型"]));
    expect(note).not.toMatch(/conservative|aggressive/);
    const tw = column(plan("zh-TW"), "Tiers", "overrideTier").note!;
    expect(tw).toContain("鑽石客戶");
    expect(tw).not.toContain("diamond");
    expect(column(plan("en"), "Tiers", "overrideTier").note).toContain("diamond = ");
  });

  test("number bounds become whole/decimal validation; dates need a date", () => {
    const p = plan();
    expect(column(p, "Contacts", "closeness").validation).toEqual({
      kind: "decimal",
      min: 1,
      max: 5,
    });
    expect(column(p, "Family", "age").validation).toEqual({ kind: "whole", min: 0, max: 130 });
    expect(column(p, "Pipeline", "probability").validation).toEqual({
      kind: "decimal",
      min: 0,
      max: 1,
    });
    expect(column(p, "Clients", "birthday").validation).toEqual({ kind: "date" });
    expect(column(p, "Clients", "notes").validation).toBeUndefined();
  });

  test("number formats follow the field type; ids and phones stay text", () => {
    const p = plan();
    expect(column(p, "Clients", "birthday").numberFormat).toBe(DATE_FORMAT);
    expect(column(p, "Clients", "annualRevenue").numberFormat).toBe(MONEY_FORMAT);
    expect(column(p, "Clients", "children").numberFormat).toBe("0");
    expect(column(p, "Pipeline", "probability").numberFormat).toBe("0%");
    expect(column(p, "Tiers", "valueScore").numberFormat).toBe("0.0");
    expect(column(p, "Clients", "phone").numberFormat).toBe("@");
    expect(column(p, "Clients", "clientId").numberFormat).toBe("@");
    // A calculated column must not be text-formatted, or Excel would keep an edited formula as text.
    expect(column(p, "Complaints", "dueOn").numberFormat).toBe(DATE_FORMAT);
    expect(column(p, "Tiers", "tier").numberFormat).toBeUndefined();
  });

  test("CJK headers get wider columns than their character count", () => {
    const width = column(plan("zh-CN"), "Clients", "paymentAttitude").width;
    expect(width).toBeGreaterThanOrEqual("付款态度".length * 2);
  });
});

describe("buildRegisterPlan: calculated columns", () => {
  test.each(["portable", "live"] as const)(
    "every computed field has a formula, and no validation unless a row may give its own value (%s)",
    (style) => {
      const p = plan("en", style);
      for (const def of SHEETS) {
        for (const field of def.fields) {
          const c = column(p, def.key, field.key);
          if (field.computed) {
            // A row formula of its own table: it reads this row's cells by structured reference.
            expect(c.formula).toContain(`${def.table}[[#This Row],`);
            // A due day a person may type in place of the formula is checked as a date.
            expect(c.validation).toEqual(field.givenBySource ? { kind: "date" } : undefined);
            expect(c.formula!.startsWith("=")).toBe(false);
          } else {
            expect(c.formula).toBeUndefined();
          }
        }
      }
    }
  );

  test("live formulas call the add-in's KAM functions; portable ones never do", () => {
    const live = plan("en", "live");
    const portable = plan("en", "portable");
    expect(column(live, "Tiers", "tier").formula).toContain("KAM.TIER(");
    expect(column(live, "Tiers", "grade").formula).toContain("KAM.GRADE(");
    expect(column(live, "Pipeline", "valueScore").formula).toContain("KAM.VALUESCORE(");
    // The Settings SLAs and working-day switch, as the pane's own due dates use them.
    expect(column(live, "Complaints", "dueOn").formula).toContain(
      "KAM.DUEDATE(tblComplaints[[#This Row],[Received on]],tblComplaints[[#This Row],[Severity]],SlaDays,BusinessDays)"
    );
    expect(column(live, "Complaints", "satisfactionGap").formula).toContain("KAM.SATISFACTION(");
    for (const s of portable.sheets)
      for (const c of s.table?.columns ?? []) expect(c.formula ?? "").not.toContain("KAM.");
  });

  test("portable formulas read the Settings names", () => {
    const p = plan();
    expect(column(p, "Tiers", "tier").formula).toContain("TierThresholds");
    expect(column(p, "Tiers", "grade").formula).toContain("GradeValueCut");
    expect(column(p, "Tiers", "grade").formula).toContain("GradeDifficultyCut");
    expect(column(p, "Pipeline", "valueScore").formula).toContain("FactorWeights");
    expect(column(p, "Pipeline", "valueScore").formula).toContain("FactorAgainst");
    expect(column(p, "Complaints", "dueOn").formula).toContain("MATCH(");
    expect(column(p, "Complaints", "dueOn").formula).toContain("SlaSeverities");
    expect(column(p, "Complaints", "dueOn").formula).toContain("SlaDays");
  });

  test("annual revenue is looked up from tblClients by client id", () => {
    const formula = column(plan("zh-CN"), "Tiers", "annualRevenue").formula!;
    expect(formula).toMatch(
      /INDEX\(tblClients\[\[年收入贡献\]\],MATCH\(tblTiers\[\[#This Row\],\[客户编号\]\],tblClients\[\[客户编号\]\],0\)\)/
    );
  });

  test("the effective tier prefers the override, else the computed tier", () => {
    expect(column(plan(), "Tiers", "effectiveTier").formula).toBe(
      'IF(tblTiers[[#This Row],[Override tier]]<>"",tblTiers[[#This Row],[Override tier]],tblTiers[[#This Row],[Tier]])'
    );
  });

  test.each(
    LANGS.flatMap((lang) => (["portable", "live"] as const).map((style) => [lang, style] as const))
  )("every structured reference names an existing table column (%s, %s)", (lang, style) => {
    const p = plan(lang, style);
    const headersOf = new Map(
      p.sheets
        .filter((s) => s.table)
        .map((s) => [s.table!.name, new Set(s.table!.columns.map((c) => c.header))])
    );
    let checked = 0;
    for (const s of p.sheets) {
      for (const c of s.table?.columns ?? []) {
        for (const ref of (c.formula ?? "").matchAll(
          /(tbl\w+)\[(\[[^\]]*\](?:,\[[^\]]*\])?(?::\[[^\]]*\])?)\]/g
        )) {
          const table = ref[1];
          const names = [...ref[2].matchAll(/\[([^\]]*)\]/g)]
            .map((m) => m[1])
            .filter((n) => n !== "#This Row");
          for (const name of names) {
            expect(headersOf.get(table)?.has(name)).toBe(true);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe("buildRegisterPlan: Settings sheet and names", () => {
  test("all setting names are defined on the Settings sheet", () => {
    const p = plan();
    expect(p.names.map((n) => n.name).sort()).toEqual(Object.values(SETTING_NAMES).sort());
    for (const name of p.names)
      expect(name.ref).toMatch(/^Settings!\$[A-Z]+\$\d+(:\$[A-Z]+\$\d+)?$/);
  });

  test("the named cells hold the settings in the documented order", () => {
    const p = plan("zh-TW", "live");
    expect(namedValues(p, "TierThresholds")).toEqual([5_000_000, 1_000_000, 500_000, 10_000]);
    expect(namedValues(p, "FactorWeights")).toEqual([20, 10, 15, 25, 10, 10, 10]);
    expect(namedValues(p, "FactorAgainst")).toEqual([0, 1, 1, 0, 1, 0, 1]);
    expect(namedValues(p, "GradeValueCut")).toEqual([50]);
    expect(namedValues(p, "GradeDifficultyCut")).toEqual([50]);
    expect(namedValues(p, "SlaDays")).toEqual([1, 3, 7, 15]);
    // A Chinese register writes no English code: severities, yes/no, language and style in Chinese.
    expect(namedValues(p, "SlaSeverities")).toEqual(["緊急", "高", "中", "低"]);
    expect(namedValues(p, "BusinessDays")).toEqual(["否"]);
    expect(namedValues(p, "NotVisitedDays")).toEqual([90]);
    expect(namedValues(p, "Currency")).toEqual(["TWD"]); // a zh-TW register counts in 新臺幣
    expect(namedValues(p, "Language")).toEqual(["繁體中文"]);
    expect(namedValues(p, "FormulaStyle")).toEqual(["增益集函數"]);
    const en = plan("en", "live");
    expect(namedValues(en, "SlaSeverities")).toEqual(["critical", "high", "medium", "low"]);
    expect(namedValues(en, "BusinessDays")).toEqual([false]);
    expect(namedValues(en, "Language")).toEqual(["en"]);
    expect(namedValues(en, "FormulaStyle")).toEqual(["live"]);
  });

  test.each(LANGS)(
    "the %s Settings sheet reads back as the settings it was written from",
    (lang) => {
      const settings = makeSettings({
        lang,
        formulaStyle: "live",
        businessDays: true,
        slaDays: { critical: 2, high: 4, medium: 8, low: 16 },
        currency: "HKD",
      });
      const p = plan(lang, "live", { settings });
      const read = settingsFromNames((name) => {
        if (!p.names.some((n) => n.name === name)) return undefined;
        const cells = namedValues(p, name).map((value, i) => ({
          address: `${name}#${i}`,
          value: value as string | number | boolean | null,
        }));
        return { name, cells };
      });
      expect(parseSettings({ ...DEFAULT_SETTINGS, ...read })).toEqual(settings);
    }
  );

  test.each(["zh-CN", "zh-TW"] as const)(
    "a %s Settings sheet holds no English code in any cell or dropdown",
    (lang) => {
      const settings = sheet(plan(lang, "live"), settingsTab(lang));
      const codes = new Set(
        [
          ...Object.keys(DEFAULT_SETTINGS),
          ...["diamond", "platinum", "gold", "vip", "critical", "high", "medium", "low"],
          ...["portable", "live", "true", "false", "en", "zh-cn", "zh-tw"],
        ].map((k) => k.toLowerCase())
      );
      const texts = [
        ...settings.grid!.flat().filter((v): v is string => typeof v === "string"),
        ...Object.values(settings.gridValidations ?? {}).flatMap((rule) =>
          rule.kind === "list" ? rule.values : []
        ),
      ];
      expect(texts.filter((text) => codes.has(text.trim().toLowerCase()))).toEqual([]);
      // Nor a code beside its value in the code column (5,000,000diamond).
      // (The factor table below shares the columns.)
      const factors = settings.grid!.findIndex((row) => row[0] === CAPTIONS.factorSection[lang]);
      expect(factors).toBeGreaterThan(0);
      const codeColumn = settings.grid!.slice(0, factors).map((row) => row[2] ?? null);
      expect(codeColumn.filter((v) => v !== null)).toEqual([]);
    }
  );

  test("weights and against flags run across one row, like a Pipeline row's factor cells", () => {
    const ref = plan().names.find((n) => n.name === "FactorWeights")!.ref;
    const [, range] = ref.split("!");
    const [start, end] = range.split(":").map(parseAddress);
    expect(start.row).toBe(end.row);
    expect(end.column - start.column + 1).toBe(7);
  });

  test("given settings replace the defaults", () => {
    const settings = makeSettings({
      tierThresholds: [2e6, 8e5, 3e5, 5e3],
      gradeValueCut: 60,
      currency: "HKD",
      businessDays: true,
    });
    const p = plan("en", "portable", { settings });
    expect(namedValues(p, "TierThresholds")).toEqual([2e6, 8e5, 3e5, 5e3]);
    expect(namedValues(p, "GradeValueCut")).toEqual([60]);
    expect(namedValues(p, "Currency")).toEqual(["HKD"]);
    expect(namedValues(p, "BusinessDays")).toEqual([true]);
  });

  test("the captions follow the language", () => {
    const texts = (lang: Lang) =>
      sheet(plan(lang), "Settings")
        .grid!.flat()
        .filter((v): v is string => typeof v === "string");
    expect(texts("en")).toContain("Register settings");
    expect(texts("zh-CN")).toContain("台账设置");
    expect(texts("zh-TW")).toContain("名冊設定");
    expect(texts("zh-CN")).toContain("钻石客户");
    expect(texts("zh-TW")).toContain("鑽石客戶");
  });

  test("settings cells are validated", () => {
    const settingsSheet = sheet(plan(), "Settings");
    const address = (name: string) =>
      plan()
        .names.find((n) => n.name === name)!
        .ref.split("!")[1]
        .replace(/\$/g, "");
    expect(settingsSheet.gridValidations?.[address("BusinessDays")]).toEqual({
      kind: "list",
      values: ["TRUE", "FALSE"],
    });
    expect(settingsSheet.gridValidations?.[address("Language")]).toEqual({
      kind: "list",
      values: ["en", "zh-CN", "zh-TW"],
    });
    expect(settingsSheet.gridValidations?.[address("GradeValueCut")]).toEqual({
      kind: "decimal",
      min: 0,
      max: 100,
    });
  });

  test("invalid settings are refused with the setting's name", () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      tierThresholds: [1, 2, 3, 4] as [number, number, number, number],
    };
    expect(() => plan("en", "portable", { settings })).toThrow(/tierThresholds/);
  });
});

describe("buildRegisterPlan: records", () => {
  test("records become rows in column order; calculated cells hold the formula's result", () => {
    const p = plan("en", "portable", {
      records: {
        Clients: [
          {
            clientId: "C-0001",
            name: "Li Lei",
            kind: "person",
            birthday: "1985-05-15",
            annualRevenue: 12_000,
          },
        ],
        Tiers: [{ clientId: "C-0001", tier: "gold", overrideTier: "diamond" }],
      },
    });
    const clients = sheet(p, "Clients").table!;
    const row = clients.rows[0];
    const at = (key: string) => row[clients.columns.findIndex((c) => c.key === key)];
    expect(at("clientId")).toBe("C-0001");
    expect(at("birthday")).toBe("1985-05-15");
    expect(at("annualRevenue")).toBe(12_000);
    expect(at("email")).toBeNull();
    const tiers = sheet(p, "Tiers").table!;
    const tierAt = (key: string) => tiers.rows[0][tiers.columns.findIndex((c) => c.key === key)];
    expect(tiers.columns.find((c) => c.key === "tier")!.formula).toBeDefined();
    // The typed "gold" is not the formula's: 12,000 reaches VIP; the override wins on effectiveTier.
    expect(tierAt("annualRevenue")).toBe(12_000);
    expect(tierAt("tier")).toBe("vip");
    expect(tierAt("grade")).toBe("");
    expect(tierAt("overrideTier")).toBe("diamond");
    expect(tierAt("effectiveTier")).toBe("diamond");
  });

  test("enum keys, labels and aliases are stored in the register's language; unknown text is kept as written", () => {
    const records = {
      Clients: [
        { name: "A", riskProfile: "积极", kind: "enterprise" },
        { name: "B", riskProfile: "Moderate", kind: "個人" },
        { name: "C", riskProfile: "sometimes", kind: null },
      ],
      Contacts: [{ name: "D", isCoach: true }],
    };
    const stored = (lang: Lang, sheetKey: SheetKey, key: string) => {
      const table = sheet(plan(lang, "portable", { records }), sheetKey).table!;
      const index = table.columns.findIndex((c) => c.key === key);
      return table.rows.map((r) => r[index]);
    };
    expect(stored("en", "Clients", "riskProfile")).toEqual(["aggressive", "moderate", "sometimes"]);
    expect(stored("zh-CN", "Clients", "riskProfile")).toEqual(["积极型", "稳健型", "sometimes"]);
    expect(stored("zh-TW", "Clients", "riskProfile")).toEqual(["積極型", "穩健型", "sometimes"]);
    expect(stored("zh-TW", "Clients", "kind")).toEqual(["企業", "個人", null]);
    expect(stored("en", "Contacts", "isCoach")).toEqual([true]);
    expect(stored("zh-CN", "Contacts", "isCoach")).toEqual(["是"]);
  });

  test("text that looks like a formula stays a plain string cell", () => {
    const p = plan("en", "portable", {
      records: {
        Clients: [
          { name: '=HYPERLINK("http://x")', notes: "+1", phone: "-5", address: "@SUM(A1)" },
        ],
      },
    });
    const row = sheet(p, "Clients").table!.rows[0];
    expect(row).toEqual(expect.arrayContaining(['=HYPERLINK("http://x")', "+1", "-5", "@SUM(A1)"]));
    expect(row.some((cell) => isFormula(cell as PlanValue))).toBe(false);
  });

  test("keys the catalog does not know get their own columns, so no data is dropped", () => {
    const p = plan("en", "portable", {
      records: {
        Family: [
          { memberName: "Xiao Ming", shoeSize: 38 },
          { memberName: "Mei", school: "No. 1 Middle" },
        ],
      },
    });
    const family = sheet(p, "Family").table!;
    expect(family.columns.slice(-2).map((c) => c.header)).toEqual(["shoeSize", "school"]);
    expect(family.rows[0].slice(-2)).toEqual([38, null]);
    expect(family.rows[1].slice(-2)).toEqual([null, "No. 1 Middle"]);
  });

  test("an extra key that spells a register header is refused rather than shadowing it", () => {
    expect(() =>
      plan("en", "portable", { records: { Clients: [{ name: "A", 客户名称: "B" }] } })
    ).toThrow(/Clients.*客户名称/);
  });
});

describe("buildRegisterPlan: conditional formats and print", () => {
  test("overdue complaints are filled red across the row", () => {
    const complaints = sheet(plan(), "Complaints");
    const overdueLetter = String.fromCharCode(
      65 + complaints.table!.columns.findIndex((c) => c.key === "overdue")
    );
    expect(complaints.conditionalFormats).toEqual([
      expect.objectContaining({
        kind: "expression",
        formula: `$${overdueLetter}2=TRUE`,
        fill: "#FFC7CE",
      }),
    ]);
    expect((complaints.conditionalFormats[0] as { range: string }).range).toMatch(
      /^A2:[A-Z]+1001$/
    );
  });

  test("Tiers shows a data bar on the value score", () => {
    const tiers = sheet(plan(), "Tiers");
    const letter = String.fromCharCode(
      65 + tiers.table!.columns.findIndex((c) => c.key === "valueScore")
    );
    expect(tiers.conditionalFormats).toEqual([
      { kind: "dataBar", range: `${letter}2:${letter}1001`, color: "#638EC6" },
    ]);
  });

  test("sheets print on A4 landscape, fitted to pages wide, with a localized header", () => {
    const clients = sheet(plan("zh-CN"), "Clients");
    expect(clients.print).toEqual(
      expect.objectContaining({
        orientation: "landscape",
        paperSize: "A4",
        fitToWidth: true,
        headerText: "客户信息",
      })
    );
  });
});

describe("column widths", () => {
  test("displayWidth: East Asian wide characters count two, any other character (a pair of surrogates too) one", () => {
    const wide =
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;
    const unlike: string[] = [];
    for (let code = 0x20; code <= 0xffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const ch = String.fromCharCode(code);
      if (displayWidth(ch) !== (wide.test(ch) ? 2 : 1)) unlike.push(ch);
    }
    expect(unlike).toEqual([]);
    expect(displayWidth("王伟 Ｎａｍｅ 한글 ok")).toBe(2 * 2 + 1 + 4 * 2 + 1 + 2 * 2 + 1 + 2);
    expect(displayWidth("😀a")).toBe(2);
  });

  test("the plan sizes a column by its widest cell as shown, as fitWidthToValues does", () => {
    const records = [
      { clientId: "C-1", name: "王".repeat(12), annualRevenue: 123456789 },
      { clientId: "C-2", name: "short", annualRevenue: 5 },
    ];
    const plan = buildRegisterPlan({
      lang: "zh-CN",
      formulaStyle: "portable",
      records: { Clients: records },
    });
    const table = plan.sheets[0].table!;
    for (const key of ["name", "annualRevenue", "clientId", "email"]) {
      const c = table.columns.findIndex((column) => column.key === key);
      const base = buildRegisterPlan({ lang: "zh-CN", formulaStyle: "portable" }).sheets[0].table!
        .columns[c];
      expect([key, table.columns[c].width]).toEqual([
        key,
        fitWidthToValues(
          base.width,
          table.rows.map((row) => cellValueOf(row[c])),
          base.numberFormat
        ),
      ]);
    }
    expect(table.columns.find((c) => c.key === "name")!.width).toBe(24 + 2);
  });
});

describe("buildRegisterPlan: rows made when written", () => {
  const records = {
    Clients: Array.from({ length: 700 }, (_, i) => ({
      clientId: `C-${i}`,
      name: i % 3 === 0 ? "王".repeat(1 + (i % 17)) : `Client ${i}`,
      kind: ["person", "企业", "個人", "sometimes"][i % 4],
      riskProfile: ["积极", "Moderate", "conservative", null][i % 4],
      birthday: i % 5 === 0 ? null : `19${50 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}`,
      annualRevenue: i % 7 === 0 ? null : i * 1_234.5,
      married: i % 2 === 0,
      extraNote: i % 11 === 0 ? `note ${i}` : null,
    })),
    Tiers: Array.from({ length: 300 }, (_, i) => ({
      clientId: `C-${i}`,
      tier: "gold",
      overrideTier: i % 4 === 0 ? "diamond" : null,
    })),
    Complaints: Array.from({ length: 50 }, (_, i) => ({
      complaintId: `Q-${i}`,
      clientId: `C-${i}`,
      receivedOn: "2024-01-05",
      status: i % 2 ? "closed" : "open",
    })),
  };

  test.each(LANGS)(
    "%s: the same columns, widths, formats and rows as the plan that holds them",
    (lang) => {
      const today = "2025-03-01";
      const held = plan(lang, "portable", { records, today });
      const made = plan(lang, "portable", { records, today, rowsWhenWritten: true });
      expect(made.sheets.length).toBe(held.sheets.length);
      made.sheets.forEach((sheetPlan, i) => {
        const heldSheet = held.sheets[i];
        if (!sheetPlan.table) return expect(sheetPlan).toEqual(heldSheet);
        const { rows, lazyRows, ...table } = sheetPlan.table;
        const { rows: heldRows, ...heldTable } = heldSheet.table!;
        expect(rows).toEqual([]);
        expect(lazyRows!.length).toBe(heldRows.length);
        expect(tableRowsArray(sheetPlan.table)).toEqual(heldRows);
        expect(table).toEqual(heldTable);
        expect({ ...sheetPlan, table: undefined }).toEqual({ ...heldSheet, table: undefined });
      });
      expect(tableRowsArray(sheet(made, "Clients").table!).length).toBe(700);
    }
  );
});
