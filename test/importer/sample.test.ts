import * as path from "path";
import { importWorkbook } from "../../src/importer";
import type { ImportResult } from "../../src/importer/types";
import { readSourceWorkbook } from "../../src/workbook/xlsx/source-reader";

/** The bundled sample that `npm run demo` imports: each messy feature it was built with is read right. */
describe("assets/samples/messy-clients.xlsx", () => {
  let r: ImportResult;
  const client = (name: string) => r.records.Clients.find((c) => c.name === name);

  beforeAll(async () => {
    r = importWorkbook(
      await readSourceWorkbook(path.join(__dirname, "../../assets/samples/messy-clients.xlsx"))
    );
  });

  it("recognises all five sheets", () => {
    expect(r.mappings.map((m) => m.registerSheet)).toEqual([
      "Clients",
      "Insurance",
      "Assets",
      "Complaints",
      "Visits",
    ]);
  });

  it("accounts for every row", () => {
    const s = r.summary;
    expect(s.imported + s.merged + s.skipped + s.rejected).toBe(s.sourceRows);
    // 小计, 以下为新客户, 合计 on the client sheet and Total on the assets sheet.
    expect(s.skipped).toBe(4);
    // The #N/A client name and the visit whose date order cannot be decided.
    expect(s.rejected).toBe(2);
  });

  it("reads birthdays typed five ways", () => {
    expect(client("林志明")?.birthday).toBe("1985-05-15"); // real date, and "15 May 1985" on its duplicate row
    expect(client("陈静")?.birthday).toBe("1985-05-15"); // serial 31182
    expect(client("刘洋")?.birthday).toBe("1990-06-05"); // 1990年6月5日
    expect(client("孙丽")?.birthday).toBe("1978-11-03"); // 1978/11/03
    expect(client("何静怡")?.birthday).toBeNull(); // 05/06/1992: ambiguous, reported
  });

  it("reads amounts in 万元 columns, with 萬/亿 in the values", () => {
    expect(client("华东精密机械有限公司")?.annualRevenue).toBe(11_000_000); // "1,100万"
    expect(client("上海远航物流股份有限公司")?.annualRevenue).toBe(5_000_000); // "500萬"
    expect(client("国网某供电公司")?.annualRevenue).toBe(110_090_000_000); // "1,100.9亿"
    expect(client("杭州云帆科技有限公司")?.annualRevenue).toBe(23_500_000); // "2,350" × 万
  });

  it("merges the duplicate client and gives enterprises both their contacts", () => {
    expect(r.records.Clients.filter((c) => c.name === "林志明")).toHaveLength(1);
    const yunfan = client("杭州云帆科技有限公司")?.clientId;
    expect(r.records.Contacts.filter((c) => c.clientId === yunfan).map((c) => c.name)).toEqual([
      "吴昊",
      "郑洁",
    ]);
  });

  it("keeps injection-looking notes as text", () => {
    expect(client("陈静")?.notes).toMatch(/^=1\+1/);
    expect(client("上海远航物流股份有限公司")?.notes).toMatch(/^-重点维护/);
    expect(client("刘洋")?.notes).toMatch(/^@周末可约/);
  });

  it("reads the 繁體 insurance sheet with 保額(萬) and 民國 dates", () => {
    const lin = client("林志明")?.clientId;
    expect(
      r.records.Insurance.filter((p) => p.clientId === lin).map((p) => [
        p.policyNo,
        p.sumInsured,
        p.startDate,
      ])
    ).toEqual([
      ["TW-2019-0001", 5_000_000, "2019-03-01"],
      ["TW-2020-0042", 500_000, "2020-07-15"],
    ]);
  });

  it("links complaints and visits by client name, flagging unknown clients", () => {
    expect(r.records.Complaints.find((c) => c.complaintId === "TS-003")).toMatchObject({
      clientId: client("杭州云帆科技有限公司")?.clientId,
      severity: "critical",
      calledBack: true,
    });
    expect(r.records.Complaints.find((c) => c.complaintId === "TS-004")?.clientId).toBeNull();
    expect(r.records.Visits.map((v) => v.method)).toEqual(["visit", "phone", "site-visit"]);
  });
});
