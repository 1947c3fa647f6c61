/**
 * An insurer's claims (ClaimID, ClaimDate, ClaimAmount, ClaimStatus; 理赔编号, 理赔金额, 理赔状态) are
 * requests against policies: no register sheet holds them. Their amount is no deal's value and their
 * status no stage, whatever a Pipeline reading of the words would give.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { notDataReason, readAs, sheet, table } from "./helpers";

const DAYS = ["2023-09-17", "2024-03-13", "2023-11-02", "2024-01-20", "2023-06-08"];

describe("a claims sheet is no register data", () => {
  it.each([
    {
      label: "English",
      headers: ["ClaimID", "CustomerID", "ClaimDate", "ClaimAmount", "ClaimStatus"],
      statuses: ["Approved", "Rejected", "Pending"],
    },
    {
      label: "简体",
      headers: ["理赔编号", "客户编号", "理赔日期", "理赔金额", "理赔状态"],
      statuses: ["已赔付", "拒赔", "审核中"],
    },
    {
      label: "繁體",
      headers: ["理賠編號", "客戶編號", "理賠日期", "理賠金額", "理賠狀態"],
      statuses: ["已賠付", "拒賠", "審核中"],
    },
  ])("$label: a claim's number, day, amount and status on every row", ({ headers, statuses }) => {
    const rows = table(headers, 30, (_h, row, column): SourceCell => {
      if (column === 0) return String(row + 1);
      if (column === 1) return String(100 + ((row * 7) % 23));
      if (column === 2) return DAYS[row % DAYS.length];
      if (column === 3) return 1000 + row * 137.5;
      return statuses[row % statuses.length];
    });
    const r = importWorkbook([sheet("Claims", rows)]);
    expect(readAs(r, "Claims")).toBeNull();
    expect(notDataReason(r, "Claims")).toBe("sheet.why.claims");
    expect(r.records.Pipeline).toEqual([]);
  });

  it("one claim column beside a policy list leaves the policies read", () => {
    const headers = ["Policy No", "Policyholder", "Start Date", "Annual Premium", "Claim Count"];
    const names = ["Amy Chen", "Dan Ruiz", "Ola Berg", "Ravi Nair", "Mia Wong", "Tom Hale"];
    const rows = table(headers, 12, (_h, row, column): SourceCell => {
      if (column === 0) return `P-${1000 + row}`;
      if (column === 1) return names[row % names.length];
      if (column === 2) return DAYS[row % DAYS.length];
      if (column === 3) return 500 + row * 10;
      return row % 3;
    });
    const r = importWorkbook([sheet("Policies", rows)]);
    expect(readAs(r, "Policies")).toBe("Insurance");
  });
});
