import {
  enumSpellings,
  enumValueBySpelling,
  fieldByHeader,
  foldHeader,
  headerSpellings,
  langFromLocale,
  sheetBySpelling,
} from "../../src/register/catalog";
import { SHEETS, sheetDef } from "../../src/register/sheets";
import { LANGS, SHEET_KEYS } from "../../src/register/types";

describe("register catalog", () => {
  test("every register sheet of the contract is defined with its tbl table", () => {
    expect(SHEETS.map((s) => s.key)).toEqual([...SHEET_KEYS]);
    for (const sheet of SHEETS) expect(sheet.table).toBe(`tbl${sheet.key}`);
  });

  test("the contract's keys exist on every sheet", () => {
    const contract: Record<string, string[]> = {
      Clients: [
        "clientId",
        "name",
        "kind",
        "phone",
        "email",
        "address",
        "birthday",
        "occupation",
        "employer",
        "hobbies",
        "riskProfile",
        "industry",
        "enterpriseNature",
        "annualRevenue",
        "owner",
        "clientSince",
        "creditRating",
        "paymentAttitude",
        "notes",
      ],
      Family: ["clientId", "memberName", "relation", "birthday", "occupationOrSchool", "notes"],
      Contacts: [
        "clientId",
        "name",
        "title",
        "department",
        "layer",
        "influence",
        "closeness",
        "isCoach",
        "phone",
        "email",
        "birthday",
        "hobbies",
        "notes",
      ],
      Insurance: [
        "clientId",
        "policyNo",
        "insurer",
        "type",
        "insured",
        "startDate",
        "expiryDate",
        "termYears",
        "sumInsured",
        "annualPremium",
        "criticalIllnessCovered",
        "status",
        "notes",
      ],
      Assets: [
        "clientId",
        "assetClass",
        "heldAt",
        "institution",
        "marketValue",
        "currency",
        "startDate",
        "maturityDate",
        "asOf",
        "notes",
      ],
      Tiers: [
        "clientId",
        "annualRevenue",
        "valueScore",
        "tier",
        "grade",
        "overrideTier",
        "overrideReason",
        "assessedOn",
      ],
      Complaints: [
        "complaintId",
        "clientId",
        "receivedOn",
        "channel",
        "category",
        "severity",
        "description",
        "owner",
        "status",
        "dueOn",
        "resolvedOn",
        "rootCause",
        "correctiveAction",
        "calledBack",
        "expectedScore",
        "actualScore",
        "satisfactionGap",
        "notes",
      ],
      Visits: [
        "visitOn",
        "clientId",
        "method",
        "attendees",
        "purpose",
        "keyPoints",
        "clientViews",
        "nextSteps",
        "nextVisitOn",
        "expense",
        "reportFiled",
        "notes",
      ],
      Pipeline: [
        "opportunityId",
        "clientId",
        "prospect",
        "stage",
        "factorA",
        "factorB",
        "factorC",
        "factorD",
        "factorE",
        "factorF",
        "factorG",
        "valueScore",
        "grade",
        "expectedValue",
        "probability",
        "expectedClose",
        "owner",
        "nextAction",
      ],
    };
    for (const [sheet, keys] of Object.entries(contract)) {
      const present = sheetDef(sheet as (typeof SHEET_KEYS)[number]).fields.map((f) => f.key);
      expect(present).toEqual(expect.arrayContaining(keys));
    }
  });

  test("the contract's enum values are the keys of their fields", () => {
    const values = (sheet: (typeof SHEET_KEYS)[number], key: string) =>
      sheetDef(sheet)
        .fields.find((f) => f.key === key)!
        .values!.map((v) => v.key);
    expect(values("Clients", "riskProfile")).toEqual(["conservative", "moderate", "aggressive"]);
    expect(values("Clients", "enterpriseNature")).toEqual([
      "state-owned",
      "joint-venture",
      "private",
      "joint-stock",
      "foreign",
      "institution",
    ]);
    expect(values("Clients", "creditRating")).toEqual([
      "very-good",
      "good",
      "average",
      "poor",
      "very-poor",
    ]);
    expect(values("Clients", "paymentAttitude")).toEqual([
      "prompt",
      "average",
      "slow",
      "difficult",
      "arrears",
    ]);
    expect(values("Insurance", "type")).toEqual([
      "life",
      "critical-illness",
      "medical",
      "accident",
      "annuity",
      "property",
      "other",
    ]);
    expect(values("Assets", "heldAt")).toEqual(["ours", "elsewhere"]);
    expect(values("Tiers", "tier")).toEqual(["diamond", "platinum", "gold", "vip", "standard"]);
    expect(values("Complaints", "severity")).toEqual(["low", "medium", "high", "critical"]);
    expect(values("Complaints", "status")).toEqual(["open", "in-progress", "resolved", "closed"]);
    expect(values("Visits", "method")).toEqual([
      "letter",
      "phone",
      "visit",
      "exhibition",
      "tech-exchange",
      "business-event",
      "site-visit",
      "message",
    ]);
    expect(values("Contacts", "layer")).toEqual(["decision", "management", "operation"]);
  });

  test.each(SHEETS.flatMap((s) => s.fields.map((f) => [s.key, f.key] as const)))(
    "%s.%s is found by its English, 简体 and 繁體 header",
    (sheetKey, fieldKey) => {
      const field = sheetDef(sheetKey).fields.find((f) => f.key === fieldKey)!;
      for (const lang of LANGS)
        expect(fieldByHeader(sheetKey, field.label[lang])?.key).toBe(fieldKey);
    }
  );

  test("no header spelling names two fields of the same sheet", () => {
    for (const sheet of SHEETS) {
      const owner = new Map<string, string>();
      for (const field of sheet.fields) {
        for (const spelling of headerSpellings(field)) {
          const folded = foldHeader(spelling);
          const previous = owner.get(folded);
          if (previous && previous !== field.key)
            throw new Error(`${sheet.key}: "${spelling}" names both ${previous} and ${field.key}`);
          owner.set(folded, field.key);
        }
      }
    }
  });

  test("no enum spelling names two values of the same field", () => {
    for (const sheet of SHEETS) {
      for (const field of sheet.fields.filter((f) => f.values)) {
        const owner = new Map<string, string>();
        for (const value of field.values!) {
          for (const spelling of enumSpellings(value)) {
            const folded = foldHeader(spelling);
            const previous = owner.get(folded);
            if (previous && previous !== value.key)
              throw new Error(
                `${sheet.key}.${field.key}: "${spelling}" names ${previous} and ${value.key}`
              );
            owner.set(folded, value.key);
          }
        }
      }
    }
  });

  test("real-world headers map to the right field", () => {
    const cases: Array<[(typeof SHEET_KEYS)[number], string, string]> = [
      ["Clients", "姓名", "name"],
      ["Clients", "客户名称", "name"],
      ["Clients", "客戶名稱", "name"],
      ["Clients", "Account Name", "name"],
      ["Clients", "  NAME ", "name"],
      ["Clients", "Ｎａｍｅ", "name"],
      ["Clients", "電話", "phone"],
      ["Clients", "联系电话", "phone"],
      ["Clients", "風險偏好", "riskProfile"],
      ["Clients", "企业性质", "enterpriseNature"],
      ["Clients", "工作單位", "employer"],
      ["Clients", "年通信消费", "annualRevenue"],
      ["Clients", "付款態度", "paymentAttitude"],
      ["Insurance", "保額", "sumInsured"],
      ["Insurance", "保费", "annualPremium"],
      ["Insurance", "險種", "type"],
      ["Insurance", "重大疾病", "criticalIllnessCovered"],
      ["Assets", "市值", "marketValue"],
      ["Assets", "他行/本行", undefined as unknown as string],
      ["Visits", "拜訪日期", "visitOn"],
      ["Complaints", "投诉内容", "description"],
      ["Family", "關係", "relation"],
      ["Contacts", "內線", "isCoach"],
    ];
    for (const [sheet, header, key] of cases) expect(fieldByHeader(sheet, header)?.key).toBe(key);
  });

  test("enum values are read from keys and localized labels", () => {
    const risk = sheetDef("Clients").fields.find((f) => f.key === "riskProfile")!;
    expect(enumValueBySpelling(risk, "aggressive")?.key).toBe("aggressive");
    expect(enumValueBySpelling(risk, "保守")?.key).toBe("conservative");
    expect(enumValueBySpelling(risk, "穩健")?.key).toBe("moderate");
    expect(enumValueBySpelling(risk, "Moderate")?.key).toBe("moderate");
    expect(enumValueBySpelling(risk, "reckless gambler")).toBeUndefined();
    const nature = sheetDef("Clients").fields.find((f) => f.key === "enterpriseNature")!;
    expect(enumValueBySpelling(nature, "国企")?.key).toBe("state-owned");
    expect(enumValueBySpelling(nature, "外資")?.key).toBe("foreign");
  });

  test("every field and enum value has a label in all three languages", () => {
    for (const sheet of SHEETS) {
      for (const lang of LANGS) expect(sheet.label[lang].length).toBeGreaterThan(0);
      for (const field of sheet.fields) {
        for (const lang of LANGS) expect(field.label[lang].trim().length).toBeGreaterThan(0);
        for (const value of field.values ?? [])
          for (const lang of LANGS) expect(value.label[lang].trim().length).toBeGreaterThan(0);
      }
    }
  });

  test("source sheets are recognised by their names in any language", () => {
    expect(sheetBySpelling("客户信息清单")?.key).toBe("Clients");
    expect(sheetBySpelling("保險涵蓋範圍表")?.key).toBe("Insurance");
    expect(sheetBySpelling("Asset Review")?.key).toBe("Assets");
    expect(sheetBySpelling("tblComplaints")?.key).toBe("Complaints");
    expect(sheetBySpelling("Sheet1")).toBeUndefined();
  });

  test("locales map to the register's languages, Hong Kong reading Traditional", () => {
    expect(langFromLocale("zh-HK")).toBe("zh-TW");
    expect(langFromLocale("zh-TW")).toBe("zh-TW");
    expect(langFromLocale("zh-CN")).toBe("zh-CN");
    expect(langFromLocale("zh-SG")).toBe("zh-CN");
    expect(langFromLocale("en-GB")).toBe("en");
    expect(langFromLocale("fr-FR")).toBe("en");
    expect(langFromLocale(undefined)).toBe("en");
  });
});
