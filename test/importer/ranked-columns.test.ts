/**
 * Several columns of one field, ranked by their headers — Phone1 | Phone2, Primary Phone | 2nd
 * Phone, 联系电话一 | 联系电话二, Email | Other Email: a person takes the first as the field and
 * the later ones as its further values, whatever an unnumbered column beside them (a Mobile)
 * would say. Invented sheets only, in English, 简体 and 繁體.
 */
import { importWorkbook } from "../../src/importer";
import { headerOrdinal } from "../../src/importer/header-ordinal";
import type { SourceCell } from "../../src/importer/types";
import { sheet, table } from "./helpers";

describe("headerOrdinal", () => {
  it("reads the field's word without the number or word that ranks the column", () => {
    expect(headerOrdinal("Phone1")).toEqual({ core: "Phone", first: true });
    expect(headerOrdinal("Phone #2")).toEqual({ core: "Phone", first: false });
    expect(headerOrdinal("Primary Phone")).toEqual({ core: "Phone", first: true });
    expect(headerOrdinal("2nd Email")).toEqual({ core: "Email", first: false });
    expect(headerOrdinal("AltPhone")).toEqual({ core: "Phone", first: false });
    expect(headerOrdinal("other_email")).toEqual({ core: "email", first: false });
    expect(headerOrdinal("聯絡電話一")).toEqual({ core: "聯絡電話", first: true });
    expect(headerOrdinal("联系电话2")).toEqual({ core: "联系电话", first: false });
    expect(headerOrdinal("备用电话")).toEqual({ core: "电话", first: false });
    expect(headerOrdinal("第一聯絡人")).toEqual({ core: "聯絡人", first: true });
    expect(headerOrdinal("主要負責人")).toBeNull();
    expect(headerOrdinal("Principal Name")).toBeNull();
    expect(headerOrdinal("Main Contact")).toBeNull();
  });

  it("says nothing of a header that ranks no column", () => {
    for (const plain of [
      "Phone",
      "First Name",
      "Mainland Address",
      "Others",
      "Q2",
      "1月",
      "统一编号",
    ])
      expect(headerOrdinal(plain)).toBeNull();
  });
});

const firms = ["Harbor Tile LLC", "Quarry Works Inc", "Stonegate Supply", "Marble Row Co"];

function firmRows(headers: string[], phone: (header: string, row: number) => SourceCell) {
  return table(headers, 8, (h, row) =>
    h === headers[0] ? `${firms[row % 4]} ${row + 1}` : phone(h, row)
  );
}

describe("several phone columns of one client", () => {
  it("the column the header ranks first is the phone, before a mobile; the others fill it where it is blank", () => {
    const headers = ["Customer", "Phone1", "Phone2", "Mobile"];
    const rows = firmRows(headers, (h, row) =>
      h === "Phone1"
        ? row === 2
          ? ""
          : `214-555-01${10 + row}`
        : h === "Phone2"
          ? `972-555-01${10 + row}`
          : `469-555-01${10 + row}`
    );
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].columns.map((c) => c.field)).toEqual(["name", "phone", "phone", "phone"]);
    const clients = r.records.Clients;
    expect(clients[0].phone).toContain("214-555-0110");
    expect(clients[2].phone).toContain("972-555-0112");
    expect(clients[0].notes).toContain("972-555-0110");
  });

  it("a primary phone comes before a second one, wherever they stand", () => {
    const headers = ["Customer", "2nd Phone", "Primary Phone"];
    const rows = firmRows(headers, (h, row) =>
      h === "Primary Phone" ? `336-555-01${20 + row}` : `910-555-01${20 + row}`
    );
    const r = importWorkbook([sheet("Sheet1", rows)]);
    const primary = r.mappings[0].columns.find((c) => c.header === "Primary Phone");
    expect(primary?.field).toBe("phone");
    expect(primary?.fallbackOf).toBeUndefined();
    expect(r.records.Clients[0].phone).toContain("336-555-0120");
  });

  it("联系电话一 is the phone of a 简体 list and 聯絡電話二 its fallback in 繁體", () => {
    for (const [first, second, name] of [
      ["联系电话一", "联系电话二", "客户名称"],
      ["聯絡電話一", "聯絡電話二", "客戶名稱"],
    ]) {
      const headers = [name, second, first];
      const rows = table(headers, 8, (h, row) =>
        h === name
          ? `宏达${row + 1}号贸易有限公司`
          : h === first
            ? `02-2700-10${10 + row}`
            : `02-2700-20${10 + row}`
      );
      const r = importWorkbook([sheet("客户", rows)]);
      const columns = r.mappings[0].columns;
      expect(columns.find((c) => c.header === first)?.field).toBe("phone");
      expect(columns.find((c) => c.header === first)?.fallbackOf).toBeUndefined();
      expect(r.records.Clients[0].phone).toBe("02-2700-1010");
    }
  });
});

describe("a person responsible, numbered", () => {
  it("Sales Person1 is the owner and Sales Person2 stays in notes", () => {
    const headers = ["Customer", "Sales Person1", "Sales Person2"];
    const rows = firmRows(headers, (h, row) =>
      h === "Sales Person1" ? ["Maria", "Daniela"][row % 2] : ["Karla", "Dana Whitfield"][row % 2]
    );
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].columns.map((c) => c.field)).toEqual(["name", "owner", null]);
    expect(r.records.Clients[1].owner).toBe("Daniela");
  });
});
