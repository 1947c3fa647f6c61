/**
 * A visit log or complaint log in a workbook with no client list: each distinct client
 * the rows name becomes one client (as a policy export's policyholders do), and the rows link to
 * them, with one info issue per sheet in three languages. With a client sheet nothing changes.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { ImportResult, SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const VISIT_HEADER = ["客戶名稱", "拜訪日期", "拜訪方式", "洽談內容", "業務員"];
// The client's name is merged down over their visits, as a hand-kept log often has it.
const VISIT_ROWS: SourceCell[][] = [
  ["周雅婷", "2026-07-02", "面訪", "介紹年金商品", "許文傑"],
  [null, "2026-07-15", "電訪", "約定下次見面", "許文傑"],
  [null, "2026-08-01", "面訪", "送保單建議書", "許文傑"],
  ["高振宇", "2026-07-05", "電訪", "確認地址變更", "許文傑"],
  ["蔡佩君", "2026-07-09", "面訪", "討論子女教育金", "吳俊賢"],
  [null, "2026-08-20", "電訪", "追蹤投保意願", "吳俊賢"],
];

const visitLog = () => sheet("拜訪紀錄", [VISIT_HEADER, ...VISIT_ROWS], ["A2:A4", "A6:A7"]);

const made = (r: ImportResult) => r.issues.filter((i) => i.code === "import.clients-from-records");

const clientNameOf = (r: ImportResult, id: unknown) =>
  r.records.Clients.find((c) => c.clientId === id)?.name;

describe("a visit log without a client sheet", () => {
  const r = importWorkbook([visitLog()]);

  it("makes one client per distinct name the visits give", () => {
    expect(r.records.Clients.map((c) => c.name)).toEqual(["周雅婷", "高振宇", "蔡佩君"]);
  });

  it("links every visit to its client, the merged name filled down", () => {
    expect(r.records.Visits).toHaveLength(6);
    expect(r.records.Visits.map((v) => clientNameOf(r, v.clientId))).toEqual([
      "周雅婷",
      "周雅婷",
      "周雅婷",
      "高振宇",
      "蔡佩君",
      "蔡佩君",
    ]);
    expect(r.issues.filter((i) => i.code === "link.unlinked-name")).toEqual([]);
    expect(r.summary).toMatchObject({ imported: 6, rejected: 0 });
  });

  it("says once for the sheet how many clients came from which column, in three languages", () => {
    expect(made(r)).toHaveLength(1);
    const [issue] = made(r);
    expect(issue).toMatchObject({
      sheet: "拜訪紀錄",
      row: null,
      severity: "info",
      column: "A (客戶名稱)",
      params: { count: 3, registerSheet: "Visits" },
    });
    const texts = (["en", "zh-CN", "zh-TW"] as const).map(
      (lang) => renderMessage(issue.code as never, issue.params ?? {}, lang) ?? ""
    );
    for (const text of texts) {
      expect(text).toContain("3");
      expect(text).toContain("A (客戶名稱)");
      expect(text).not.toContain("registerSheet");
    }
    expect(texts[1]).toContain("客户");
    expect(texts[2]).toContain("客戶");
    expect(texts[2]).not.toMatch(/[a-z]{4}/);
    // Not the policy export's wording: these are not policies.
    expect(r.issues.some((i) => i.code === "import.clients-from-policyholders")).toBe(false);
  });

  it("makes the salesperson who keeps the log the client's owner", () => {
    expect(r.records.Clients.map((c) => c.owner)).toEqual(["許文傑", "許文傑", "吳俊賢"]);
  });

  it("imports the same log twice without making anything new", () => {
    const again = importWorkbook([visitLog()], { existing: r.records });
    expect(again.records.Clients).toHaveLength(3);
    expect(again.records.Visits).toHaveLength(6);
    expect(again.records.Visits.every((v) => v.clientId)).toBe(true);
  });
});

describe("a complaint log and a pipeline without a client sheet", () => {
  it("make their clients from the names they give", () => {
    const complaints = sheet("Complaints", [
      ["Customer Name", "Complaint Date", "Category", "Description", "Status"],
      ["Harlow Mendes", "2026-03-02", "Billing", "Charged twice for March", "Open"],
      ["Idris Okafor", "2026-03-05", "Service", "Call not returned", "Closed"],
      ["Harlow Mendes", "2026-04-11", "Billing", "Refund still missing", "Open"],
    ]);
    const r = importWorkbook([complaints]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(["Harlow Mendes", "Idris Okafor"]);
    expect(r.records.Complaints).toHaveLength(3);
    expect(r.records.Complaints.map((c) => clientNameOf(r, c.clientId))).toEqual([
      "Harlow Mendes",
      "Idris Okafor",
      "Harlow Mendes",
    ]);
    expect(made(r)[0]?.params).toMatchObject({ count: 2, registerSheet: "Complaints" });
  });

  it("leaves a pipeline's prospects prospects: a deal names a client or a prospect", () => {
    const deals = sheet("Deals", [
      ["Prospect", "Opportunity", "Stage", "Expected Amount", "Expected Close"],
      ["Quill & Fern Ltd", "Group medical renewal", "Proposal", 48000, "2026-09-30"],
      ["Bramble Logistics Ltd", "Fleet cover", "Negotiation", 125000, "2026-10-15"],
    ]);
    const r = importWorkbook([deals]);
    expect(r.records.Clients).toEqual([]);
    expect(r.records.Pipeline.map((p) => p.prospect)).toEqual([
      "Quill & Fern Ltd",
      "Bramble Logistics Ltd",
    ]);
    expect(made(r)).toEqual([]);
  });
});

describe("a visit log beside a client sheet", () => {
  it("links to the listed clients and makes none from the log", () => {
    const clients = sheet("客戶", [
      ["客戶名稱", "手機"],
      ["周雅婷", "0912-000-111"],
      ["高振宇", "0922-000-222"],
    ]);
    const r = importWorkbook([clients, visitLog()]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(["周雅婷", "高振宇"]);
    expect(made(r)).toEqual([]);
    // The name on no client list stays unlinked, as before.
    const unlinked = r.records.Visits.filter((v) => !v.clientId);
    expect(unlinked).toHaveLength(2);
  });
});
