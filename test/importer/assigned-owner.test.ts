/**
 * A customer list's assigned_to / Assigned To column names the one of the team the customer is
 * assigned to, as a ticket's does: the client's owner.
 */
import { importWorkbook } from "../../src/importer";
import { readAs, sheet } from "./helpers";

const STAFF = ["Rahul Menon", "Fatima Khan", "Omar Saeed"];
const PLACES = ["Al Noor Villas", "Palm Heights", "Marina Tower", "Desert Rose"];

describe("a customer list's assigned person", () => {
  for (const header of ["assigned_to", "Assigned To"]) {
    it(`reads ${header} as the client's owner`, () => {
      const rows = [["Customer Name", "Email", "Phone", header]];
      for (let i = 0; i < 12; i++)
        rows.push([
          `${PLACES[i % 4]} ${i + 1}`,
          `owner${i}@example.com`,
          `+971 50 000 ${String(1000 + i)}`,
          STAFF[i % 3],
        ]);
      const r = importWorkbook([sheet("Sheet1", rows)]);
      expect(readAs(r, "Sheet1")).toBe("Clients");
      const column = r.mappings[0].columns.find((c) => c.header === header);
      expect(column?.field).toBe("owner");
      expect(r.records.Clients).toHaveLength(12);
      expect(r.records.Clients?.[0].owner).toBe("Rahul Menon");
    });
  }
});
