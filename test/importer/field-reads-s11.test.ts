/**
 * Field reads a person makes on sight: a broker's "Line of Cover" is the policy's type (Auto and
 * Home cover property, 防癌…健康保險 is cancer cover, not medical), an institution column that says
 * 本行 tells which holdings are ours and which are held elsewhere, Malaysian and Indonesian
 * business forms (Sdn Bhd, PT … Tbk, Syarikat, Kedai) are enterprises, five-step risk words
 * ("Mod. Aggressive", "Moderate Conservative") fall on the side they name, and a Coach column on a
 * contact list is the isCoach flag.
 */
import { importWorkbook } from "../../src/importer";
import { parseEnum, enumChoices } from "../../src/importer/normalize";
import { INSURANCE_TYPE, RISK_PROFILE } from "../../src/register/enums";
import { namesOrganisation } from "../../src/register/catalog";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const typeOf = (v: string) => parseEnum(v, enumChoices(INSURANCE_TYPE));
const riskOf = (v: string) => parseEnum(v, enumChoices(RISK_PROFILE));

describe("insurance type words", () => {
  it.each([
    ["防癌終身健康保險", "critical-illness"],
    ["防癌终身健康保险", "critical-illness"],
    ["重大傷病終身健康保險", "critical-illness"],
    ["重大伤病定期健康险", "critical-illness"],
    ["住院医疗终身健康保险", "medical"],
    ["终身健康保险", "medical"],
    ["Auto", "property"],
    ["Home", "property"],
    ["Motor Fleet", "property"],
    ["Business Interruption", "other"],
    ["Employers' Liability", "other"],
  ])("%s is %s", (value, key) => {
    expect(typeOf(value)).toMatchObject({ ok: true, value: key });
  });

  it("a class word at the end does not pick between two narrower kinds named before it", () => {
    // Accident and cancer both named: no single kind, left for a person to decide.
    expect(typeOf("意外防癌终身健康保险").ok).toBe(false);
  });
});

describe("five-step risk words on a three-step register", () => {
  it.each([
    ["Mod. Aggressive", "aggressive"],
    ["Moderately Aggressive", "aggressive"],
    ["Moderate Conservative", "conservative"],
    ["Moderately conservative", "conservative"],
    ["Conservative Growth", "conservative"],
    ["Balanced", "moderate"],
    ["Moderate Growth", "moderate"],
    ["Growth", "aggressive"],
    ["Moderate", "moderate"],
  ])("%s is %s", (value, key) => {
    expect(riskOf(value)).toMatchObject({ ok: true, value: key });
  });

  it("a range across two steps stays unread", () => {
    expect(riskOf("Low to Moderate").ok).toBe(false);
  });
});

describe("Malaysian and Indonesian business names", () => {
  it.each([
    ["Syarikat Maju Jaya", true],
    ["Kedai Runcit Ah Seng", true],
    ["Restoran Nasi Kandar Pelita", true],
    ["Klinik Dr Lim", true],
    ["Perniagaan Sri Bunga", true],
    ["Tan Brothers Trading", true],
    ["Lee Hardware Enterprise", true],
    ["Gemilang Sdn Bhd", true],
    ["Sinar Harapan Berhad", true],
    ["PT Sumber Rejeki Tbk", true],
    ["PT Cahaya Abadi", true],
    ["Tan Wei Ming", false],
    ["Pt Wong", false],
  ])("%s → organisation %s", (name, org) => {
    expect(namesOrganisation(name)).toBe(org);
  });
});

describe("line of cover on a broker's schedule", () => {
  it("Line of Cover / LOB / 险种 columns give Insurance.type", () => {
    for (const header of ["Line of Cover", "LOB", "Class of Business", "险种"]) {
      const rows: SourceCell[][] = [
        ["Insured", header, "Insurer", "Policy No", "Inception", "Premium"],
        ["Ashgrove Bakery Ltd", "Property", "Aviva", "PX/1001", "2025-04-01", "1200.50"],
        ["Ashgrove Bakery Ltd", "Employers' Liability", "Aviva", "EL/1002", "2025-04-01", "830"],
        ["Birchley Motors Ltd", "Motor Fleet", "Allianz", "MF/2001", "2025-06-12", "4100"],
        ["Cobham Print Ltd", "Home", "AXA", "HH/3001", "2025-07-01", "310"],
      ];
      const r = importWorkbook([sheet("Schedule", rows)]);
      expect(r.records.Insurance.map((p) => [p.policyNo, p.type])).toEqual([
        ["PX/1001", "property"],
        ["EL/1002", "other"],
        ["MF/2001", "property"],
        ["HH/3001", "property"],
      ]);
    }
  });
});

describe("where a holding is, from an institution column that says 本行", () => {
  const book = (header: string, ours: string, banks: string[]) => {
    const rows: SourceCell[][] = [
      ["客户号", "资产类别", "金额", header],
      ["PB01", "存款", 500000, ours],
      ["PB01", "基金", 200000, banks[0]],
      ["PB02", "理财", 300000, banks[1]],
      ["PB02", "股票", 80000, ""],
    ];
    return importWorkbook([sheet("资产配置", rows)]);
  };

  it.each([
    ["机构", "本行", ["招商银行", "中信证券"]],
    ["機構", "本行", ["國泰世華銀行", "元大證券"]],
    ["Institution", "Our bank", ["HSBC", "Fidelity"]],
  ])("%s: %s is ours, a named other institution elsewhere, none unknown", (header, ours, banks) => {
    const r = book(header, ours, banks);
    expect(r.records.Assets.map((a) => [a.institution ?? null, a.heldAt ?? null])).toEqual([
      [ours, "ours"],
      [banks[0], "elsewhere"],
      [banks[1], "elsewhere"],
      [null, null],
    ]);
  });

  it("without a word for ours, a named bank says nothing of where the holding is", () => {
    const r = book("机构", "工商银行", ["招商银行", "中信证券"]);
    expect(r.records.Assets.map((a) => a.heldAt ?? null)).toEqual([null, null, null, null]);
  });
});

describe("Coach on a contact list", () => {
  it("a Coach column of yes/no is isCoach", () => {
    const rows: SourceCell[][] = [
      ["Account", "Contact Name", "Title", "Coach", "Email"],
      ["Northwind Ltd", "Amy Chen", "CFO", "Yes", "amy@northwind.example"],
      ["Northwind Ltd", "Bo Li", "Buyer", "No", "bo@northwind.example"],
    ];
    const r = importWorkbook([sheet("Contacts", rows)]);
    expect(r.records.Contacts.map((c) => [c.name, c.isCoach])).toEqual([
      ["Amy Chen", true],
      ["Bo Li", false],
    ]);
  });
});
