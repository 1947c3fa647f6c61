/**
 * A list of client names whose every row runs for a term — a start date and an end date months or
 * years later — is a list of what those clients hold (deposits, wealth products, policies), not the
 * client list: a person reads 客户名称 | 理财金额 | 起始日期 | 截止日期 as contracts.
 */
import { importWorkbook } from "../../src/importer";
import { hasTermColumns } from "../../src/importer/classify-sheet";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("rows that run for a term", () => {
  it("wealth-product contracts per client are Assets, linked to their clients by name", () => {
    const rows: SourceCell[][] = [
      ["客户名称", "理财金额", "起始日期", "截止日期", "合同日期"],
      ["周明远", "10万", day("2023-03-01"), day("2024-03-01"), day("2023-03-01")],
      ["吴晓岚", "25万", day("2023-04-15"), day("2024-04-15"), day("2023-04-15")],
      ["郑海涛", "8万", day("2023-06-01"), day("2023-12-01"), day("2023-06-01")],
    ];
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Assets");
    expect(r.records.Assets).toHaveLength(3);
    const start = r.mappings[0].columns.find((c) => c.header === "起始日期");
    expect(start?.field).toBe("startDate");
  });

  it("a client list with a joining date and a birthday stays a client list", () => {
    const rows: SourceCell[][] = [
      ["客户名称", "出生日期", "开户日期", "电话"],
      ["周明远", day("1980-05-02"), day("2019-03-01"), "13800001234"],
      ["吴晓岚", day("1975-11-20"), day("2020-04-15"), "13800001235"],
      ["郑海涛", day("1990-01-09"), day("2021-06-01"), "13800001236"],
    ];
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(3);
  });

  it("two date columns are a term only when the second follows the first by weeks on nearly every row", () => {
    const starts = [day("2023-01-01"), day("2023-02-01"), day("2023-03-01")];
    expect(
      hasTermColumns([starts, [day("2024-01-01"), day("2024-02-01"), day("2024-03-01")]])
    ).toBe(true);
    expect(
      hasTermColumns([starts, [day("2023-01-02"), day("2023-02-03"), day("2023-03-01")]])
    ).toBe(false);
    expect(
      hasTermColumns([starts, [day("2022-01-01"), day("2024-02-01"), day("2021-03-01")]])
    ).toBe(false);
    const births = [day("1980-05-02"), day("1975-11-20"), day("1990-01-09")];
    expect(hasTermColumns([births, starts])).toBe(false);
  });
});

describe("a customer list where one owner holds several accounts", () => {
  it("is not a transaction log because names repeat beside dates and mobiles stored as numbers", () => {
    const rows: SourceCell[][] = [
      ["Customer ID", "Customer Name", "Phone Number", "Creation Date"],
    ];
    const owners = ["Kamal Perera", "Nimal Silva", "Sunil Fernando"];
    for (let i = 0; i < 12; i++)
      rows.push([
        `C${String(i + 3).padStart(5, "0")}`,
        owners[i % 3],
        770001000 + (i % 3),
        day("2023-11-30"),
      ]);
    const r = importWorkbook([sheet("customers", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(12);
  });
});
