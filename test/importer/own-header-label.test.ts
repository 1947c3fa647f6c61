/**
 * A cell that repeats its own column's header as a label ("Account: Northwind Ltd" under Account,
 * 客户：华信贸易 under 客户) holds the value after the label: a roll-up sheet whose cells show each
 * plan sheet's title line names the same clients as the plan sheets.
 */
import { importWorkbook } from "../../src/importer";
import { withoutOwnHeader } from "../../src/importer/normalize-row";
import type { SourceSheet } from "../../src/importer/types";

const sheet = (name: string, rows: (string | number | null)[][]): SourceSheet => ({
  name,
  rows,
  merges: [],
});

describe("a value labelled with its own column's header", () => {
  it("keeps what follows the label, in either script and with a full-width colon", () => {
    expect(withoutOwnHeader("Account: Northwind Ltd", "Account")).toBe("Northwind Ltd");
    expect(withoutOwnHeader("客户：华信贸易有限公司", "客户")).toBe("华信贸易有限公司");
    expect(withoutOwnHeader("客戶: 華信貿易", "客户")).toBe("華信貿易");
  });

  it("leaves a label that is not the header, and a bare header word, as written", () => {
    expect(withoutOwnHeader("Note: call back Monday", "Remarks")).toBe("Note: call back Monday");
    expect(withoutOwnHeader("Account:", "Account")).toBe("Account:");
    expect(withoutOwnHeader("Ratio 3:1", "Ratio")).toBe("Ratio 3:1");
  });

  it("names the clients of a list whose name cells carry the label", () => {
    const r = importWorkbook([
      sheet("Accounts", [
        ["Account", "Annual revenue", "Account manager"],
        ["Account: Northwind Logistics Ltd", 2_400_000, "Dana Whitfield"],
        ["Account: Contoso Pharmaceuticals plc", 6_800_000, "Marcus Reed"],
        ["Fabrikam Retail Group", 1_200_000, "Dana Whitfield"],
      ]),
    ]);
    expect(r.records.Clients.map((c) => c.name)).toEqual([
      "Northwind Logistics Ltd",
      "Contoso Pharmaceuticals plc",
      "Fabrikam Retail Group",
    ]);
  });
});
