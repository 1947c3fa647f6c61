/**
 * What a person reads a contact column as: a whole address beside its parts, an address whose
 * header lists what to write in it, a member's residence, a village or township as the only place
 * given, "Add" for address; a column of NULL or xxxxxx under an e-mail or phone header (nothing
 * shown, so nothing contradicts the header). Invented sheets only.
 */
import { importWorkbook } from "../../src/importer";
import { namesWholeAddress, withoutAddressPartsList } from "../../src/importer/address-parts";
import type { SourceCell } from "../../src/importer/types";
import { sheet, table } from "./helpers";

const people = ["Amara Okafor", "Lucas Brandt", "Mei Tanaka", "Ravi Menon", "Sofia Reyes"];
const personOf = (row: number) => `${people[row % 5]} ${String.fromCharCode(65 + row)}`;

function fieldsOf(headers: string[], cell: (h: string, row: number) => SourceCell) {
  const rows = table(headers, 10, (h, row) => (h === headers[0] ? personOf(row) : cell(h, row)));
  const r = importWorkbook([sheet("Sheet1", rows)]);
  return { r, fields: r.mappings[0].columns.map((c) => c.field) };
}

describe("address headers", () => {
  it("a whole address beside its parts is the address, and its parts stay in notes", () => {
    expect(namesWholeAddress("fulladdress")).toBe(true);
    expect(namesWholeAddress("fulladdr")).toBe(true);
    expect(namesWholeAddress("address")).toBe(false);
    const { r, fields } = fieldsOf(
      ["name", "full_address", "street", "city", "postal_code"],
      (h, row) =>
        h === "full_address"
          ? `${10 + row} Ring Road, Sector ${row}, Delhi, 1100${10 + row}`
          : h === "street"
            ? `${10 + row} Ring Road`
            : h === "city"
              ? "Delhi"
              : `1100${10 + row}`
    );
    expect(fields).toEqual(["name", "address", null, null, null]);
    expect(r.records.Clients[0].address).toBe("10 Ring Road, Sector 0, Delhi, 110010");
  });

  it("a bracket listing an address's parts names no other field", () => {
    expect(withoutAddressPartsList("Address (City, State, Zip Code)")).toBe("Address");
    expect(withoutAddressPartsList("地址（省/市/区）")).toBe("地址");
    expect(withoutAddressPartsList("Amount (USD)")).toBeNull();
    const { fields } = fieldsOf(["Name", "Address (City, State, Zip Code)", "Phone"], (h, row) =>
      h === "Phone" ? `0900-555-${1000 + row}` : `Port Yoder ${row}, Maine, 265${10 + row}`
    );
    expect(fields).toEqual(["name", "address", "phone"]);
  });

  it("a residence, a village or a township as the only place, and Add, are the address", () => {
    const towns = ["Lujan", "Tandil", "Azul", "Bolivar", "Olavarria"];
    for (const header of ["RESIDENCE", "village", "Community", "Township", "Add"]) {
      const { r, fields } = fieldsOf(["Name", header, "Phone"], (h, row) =>
        h === "Phone" ? `0900-555-${1000 + row}` : towns[row % 5]
      );
      expect([header, fields[1]]).toEqual([header, "address"]);
      expect(r.records.Clients[1].address).toBe("Tandil");
    }
  });
});

describe("values that show nothing", () => {
  it("NULL under an e-mail header and xxxxxx under a phone header do not contradict it", () => {
    const { fields } = fieldsOf(["Name", "email", "联系电话"], (h) =>
      h === "email" ? "NULL" : "xxxxxx"
    );
    expect(fields).toEqual(["name", "email", "phone"]);
  });
});
