/**
 * A client list names each client once: when the column taken as the client's name holds a few
 * parties, each over several rows, and the column beside it names a different party on every row,
 * the rows are those parties and the few are kept in notes. A dated log (a buyer coming back) and
 * a list whose other columns are no parties stay as they were. Invented lists only, in shapes no
 * corpus file has (other headers, column orders and sizes).
 */
import { importWorkbook } from "../../src/importer";
import { partyOfEachRow } from "../../src/importer/party-of-each-row";
import { renderMessage } from "../../src/register/messages";
import type { ColumnMapping, SourceCell } from "../../src/importer/types";
import { INVENTED_COMPANIES, INVENTED_PEOPLE, profilesOf, sheet, table } from "./helpers";

const pad = (n: number) => String(n).padStart(2, "0");
const mapping = (index: number, header: string, field: string | null): ColumnMapping => ({
  index,
  letter: String.fromCharCode(65 + index),
  header,
  field,
  confidence: field ? 0.7 : 0,
  source: field ? "alias" : "none",
  samples: [],
});

/** A wholesaler's outlets, each under the distributor that delivers to it (three distributors). */
function outlets(count: number, dated = false): SourceCell[][] {
  const distributors = INVENTED_COMPANIES.en.slice(0, 3);
  const shops = INVENTED_COMPANIES["zh-CN"];
  return table(
    ["Credit Terms", "Distributor", "Outlet", dated ? "Delivered" : "Route"],
    count,
    (h, i) => {
      if (h === "Credit Terms") return ["30 days", "cash", "15 days"][i % 3];
      if (h === "Distributor") return distributors[Math.floor(i / 4) % 3];
      if (h === "Outlet") return `${shops[i % shops.length].replace("有限公司", "")}商店`;
      if (h === "Delivered") return `2025-${pad((i % 12) + 1)}-${pad((i % 27) + 1)}`;
      return ["North", "Harbour", "Hill"][i % 3];
    }
  );
}

function read(rows: SourceCell[][]) {
  const headers = rows[0].map(String);
  const columns = headers.map((h, i) => mapping(i, h, h === "Distributor" ? "name" : null));
  const values = headers.map((_, c) => rows.slice(1).map((r) => r[c] ?? null));
  return partyOfEachRow(columns, headers, profilesOf(rows), values);
}

describe("the party of each row of a client list", () => {
  it("takes the column naming a different party on each row over the name that groups them", () => {
    expect(read(outlets(12))).toEqual({ party: 2, grouped: 1, groups: 3 });
  });

  it("leaves a dated log alone: its buyer comes back by nature", () => {
    expect(read(outlets(12, true))).toBeNull();
  });

  it("leaves a list whose name column names a party on nearly every row", () => {
    const rows = outlets(12).map((r, i) =>
      i === 0 ? r : [r[0], INVENTED_PEOPLE.en[i % INVENTED_PEOPLE.en.length], r[2], r[3]]
    );
    expect(read(rows)).toBeNull();
  });

  it("reads a sheet of such a list as the parties of each row, said in every language", () => {
    const people = INVENTED_PEOPLE["zh-TW"];
    const rows = table(["Account Name", "Sold Through", "結帳方式"], 10, (h, i) =>
      h === "Account Name"
        ? ["遠東貿易", "宏達實業"][Math.floor(i / 5)]
        : h === "Sold Through"
          ? `${people[i % people.length]}商行`
          : ["月結", "現金"][i % 2]
    );
    const r = importWorkbook([sheet("經銷名單", rows)]);
    const m = r.mappings[0];
    expect(m.columns.map((c) => c.field)).toEqual([null, "name", null]);
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual(
      rows
        .slice(1)
        .map((row) => String(row[1]))
        .sort()
    );
    const issue = r.issues.find((i) => i.code === "import.party-of-each-row");
    expect(issue?.params).toMatchObject({ groups: 2 });
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage(issue!.code!, issue!.params!, lang);
      expect(text).toContain("B (Sold Through)");
      expect(text).toContain("A (Account Name)");
      expect(text).not.toMatch(/import\.|\{/);
    }
  });
});
