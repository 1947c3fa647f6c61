/**
 * A bank's client numbers run to twelve digits with leading zeros (001749903975): shaped like a
 * phone dialled abroad, but under a header that is exactly the client's number and different on
 * every row they are that number.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_COMPANIES, sheet, table } from "./helpers";

const VARIANTS = [
  { label: "English", headers: ["Customer ID", "Customer Name"], parties: INVENTED_COMPANIES.en },
  { label: "简体", headers: ["客户编号", "客户名称"], parties: INVENTED_COMPANIES["zh-CN"] },
  { label: "繁體", headers: ["客戶編號", "客戶名稱"], parties: INVENTED_COMPANIES["zh-TW"] },
];

const number = (i: number) => `0017${String(49903975 + i * 7919).padStart(8, "0")}`;

describe("a client number with leading zeros", () => {
  it.each(VARIANTS)("$label: is the client's number, not a phone", (v) => {
    const rows: SourceCell[][] = table(v.headers, 12, (_, i, k) => [number(i), v.parties[i]][k]);
    const r = importWorkbook([sheet("Clients", rows)]);
    const columns = r.mappings.find((m) => m.sheet === "Clients")?.columns ?? [];
    expect(columns[0].field).toBe("clientId");
    expect(r.records.Clients[0].clientId).toBe(number(0));
  });
});
