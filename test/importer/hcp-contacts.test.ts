/**
 * A pharmaceutical rep's account plan lists the doctors (HCP, health-care professional) at each
 * customer hospital: the people of an account, so Contacts, each linked to the customer. Invented
 * sheets, one filled and one a template with a hint row (CRM帶入) under a two-row merged header.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

describe("doctors (HCP) at customer hospitals", () => {
  it("English: each HCP is a contact of the customer named beside", () => {
    const rows: SourceCell[][] = [
      ["Customer", "HCP", "Department", "Title", "Next step"],
      ["City General Hospital", "Dr. Anna Lim", "Respiratory", "Chief Physician", "Send study"],
      ["City General Hospital", "Dr. Ben Ong", "Allergy", "Attending", "Lunch talk"],
      ["Riverside Clinic", "Dr. Cara Teo", "Respiratory", "Director", "Sample drop"],
    ];
    const r = importWorkbook([sheet("Plan", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Contacts");
    expect(r.mappings[0].columns.map((c) => c.field).slice(0, 4)).toEqual([
      "clientName",
      "name",
      "department",
      "title",
    ]);
    expect(r.records.Contacts.map((c) => c.name)).toEqual([
      "Dr. Anna Lim",
      "Dr. Ben Ong",
      "Dr. Cara Teo",
    ]);
  });

  it("繁體 template: the hint row is no contact, the layout reads as Contacts", () => {
    const rows: SourceCell[][] = [
      ["Customer", "HCP", "科別", "職稱", "競品追蹤", null, "Action Plan"],
      [null, null, null, null, "甲牌", "乙牌", null],
      ["CRM帶入", null, null, null, null, null, "系統帶入"],
      [],
    ];
    const merges = ["A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:F1", "G1:G2", "A3:D3"];
    const r = importWorkbook([sheet("工作表2", rows, merges)]);
    const m = r.mappings[0];
    expect(m.headerRows).toEqual([1, 2]);
    expect(m.registerSheet).toBe("Contacts");
    expect(r.records.Contacts).toHaveLength(0);
  });
});
