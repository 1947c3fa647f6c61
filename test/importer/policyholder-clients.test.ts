/**
 * A policy export with no client list: each distinct policyholder (要保人, else the insured) becomes
 * a client, with their own columns (要保人電話, 要保人身分證字號, 要保人生日) and the agent as owner;
 * the policies link to them. With a client sheet in the workbook nothing changes.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { ImportResult, SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const HEADER = ["要保人", "要保人電話", "被保險人", "保單號碼", "險種", "保費", "業務員"];
const ROWS: SourceCell[][] = [
  ["林志明", "0912-345-678", "林志明", "L001", "終身壽險", 52000, "陳怡君"],
  ["林志明", "0912-345-678", "林小華", "M002", "住院醫療險", 1850, "陳怡君"],
  ["王淑芬", "0928-111-222", "王淑芬", "L003", "年金保險", 120000, "李冠廷"],
  ["王淑芬", "0928-111-222", "王淑芬", "A004", "意外傷害險", 3200, "李冠廷"],
  ["張家豪", "(02)2345-6789", "張家豪", "L005", "終身壽險", 21500, "李冠廷"],
];

const policies = (rows: SourceCell[][] = ROWS, header: SourceCell[] = HEADER) =>
  sheet("保單明細", [header, ...rows]);

const clientOf = (r: ImportResult, policyNo: string) => {
  const id = r.records.Insurance.find((p) => p.policyNo === policyNo)?.clientId;
  return r.records.Clients.find((c) => c.clientId === id);
};

const made = (r: ImportResult) =>
  r.issues.filter((i) => i.code === "import.clients-from-policyholders");

describe("a policy export without a client sheet", () => {
  const r = importWorkbook([policies()]);

  it("makes one client per distinct policyholder, with phone and the agent as owner", () => {
    expect(r.records.Clients.map((c) => [c.name, c.phone, c.owner])).toEqual([
      ["林志明", "0912-345-678", "陳怡君"],
      ["王淑芬", "0928-111-222", "李冠廷"],
      ["張家豪", "(02)2345-6789", "李冠廷"],
    ]);
  });

  it("links every policy to its policyholder's client; the insured who differ are not clients", () => {
    expect(r.records.Insurance.every((p) => p.clientId)).toBe(true);
    expect(clientOf(r, "M002")?.name).toBe("林志明");
    expect(clientOf(r, "A004")?.name).toBe("王淑芬");
    expect(r.records.Clients.some((c) => c.name === "林小華")).toBe(false);
    expect(r.records.Insurance.find((p) => p.policyNo === "M002")?.insured).toBe("林小華");
    expect(r.issues.filter((i) => i.code === "link.unlinked-name")).toEqual([]);
    expect(r.summary).toMatchObject({ imported: 5, merged: 0, rejected: 0 });
  });

  it("says once for the sheet how many clients were made from which column, in three languages", () => {
    const [issue] = made(r);
    expect(made(r)).toHaveLength(1);
    expect(issue).toMatchObject({
      sheet: "保單明細",
      row: null,
      severity: "info",
      column: "A (要保人)",
    });
    expect(issue.params).toMatchObject({ count: 3 });
    for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
      const text = renderMessage(issue.code as never, issue.params ?? {}, lang) ?? "";
      expect(text).toContain("3");
      expect(text).toContain("A (要保人)");
    }
    expect(renderMessage(issue.code as never, issue.params ?? {}, "zh-TW")).toContain("客戶");
    const columns = r.issues.filter((i) => i.code === "import.policyholder-column");
    expect(columns.map((i) => [i.column, i.field])).toEqual([
      ["B (要保人電話)", "phone"],
      ["G (業務員)", "owner"],
    ]);
  });

  it("keeps the policy as before: the person's columns stay in its notes", () => {
    const policy = r.records.Insurance.find((p) => p.policyNo === "L001");
    expect(String(policy?.notes)).toContain("要保人電話: 0912-345-678");
    expect(policy?.type).toBe("life");
  });
});

describe("who the policyholder is", () => {
  it("takes the insured when there is no policyholder column", () => {
    const r = importWorkbook([
      sheet("保单信息", [
        ["保单号", "产品名称", "被保险人名称", "业务员名称"],
        ["H1", "意外险", "蔡霞", "田琳"],
        ["H2", "意外险", "黄静", "汪平"],
        ["H3", "意外险", "蔡霞", "田琳"],
      ]),
    ]);
    expect(r.records.Clients.map((c) => [c.name, c.owner])).toEqual([
      ["蔡霞", "田琳"],
      ["黄静", "汪平"],
    ]);
    expect(clientOf(r, "H3")?.name).toBe("蔡霞");
    expect(made(r)[0].column).toBe("C (被保险人名称)");
  });

  it("reads the policyholder's own ID and birthday, not the insured's phone or the agent's", () => {
    const r = importWorkbook([
      sheet("保單", [
        [
          "要保人",
          "要保人身分證字號",
          "要保人生日",
          "被保險人",
          "被保險人電話",
          "保單號碼",
          "業務員",
          "業務員電話",
        ],
        [
          "林志明",
          "A123456789",
          "民77.4.18",
          "林小華",
          "0911-000-111",
          "P1",
          "陳怡君",
          "0922-444-555",
        ],
      ]),
    ]);
    expect(r.records.Clients).toHaveLength(1);
    expect(r.records.Clients[0]).toMatchObject({
      name: "林志明",
      idNumber: "A123456789",
      birthday: "1988-04-18",
      owner: "陳怡君",
      phone: null,
    });
  });

  it("one person in several rows: the same ID number is one client; a differing owner is kept in notes and reported", () => {
    const r = importWorkbook([
      sheet("保單", [
        ["要保人", "要保人身分證字號", "保單號碼", "業務員"],
        ["林志明", "A123456789", "P1", "陳怡君"],
        ["林志明", "A123456789", "P2", "李冠廷"],
      ]),
    ]);
    expect(r.records.Clients).toHaveLength(1);
    expect(r.records.Insurance.map((p) => p.clientId)).toEqual(["C-0001", "C-0001"]);
    expect(r.issues.filter((i) => i.code === "link.unknown-id")).toEqual([]);
    const client = r.records.Clients[0];
    expect(client.owner).toBe("陳怡君");
    expect(String(client.notes)).toContain("李冠廷");
    // Two agents of one client is a second owner to know of, not a conflict to fix.
    const also = r.issues.find((i) => i.code === "link.also-owner");
    expect(also).toMatchObject({ sheet: "保單", row: 3, field: "owner", value: "李冠廷" });
    expect(r.issues.filter((i) => i.code === "link.same-client-rows")).toEqual([]);
  });

  it("compares phones as numbers (+886 and 0 forms are one person); another phone under the same name is another client", () => {
    const r = importWorkbook([
      sheet("保單", [
        ["要保人", "要保人電話", "保單號碼"],
        ["林志明", "0912-345-678", "P1"],
        ["林志明", "+886 912 345 678", "P2"],
        ["林志明", "0933-000-999", "P3"],
      ]),
    ]);
    expect(r.records.Clients).toHaveLength(2);
    expect(clientOf(r, "P2")?.clientId).toBe(clientOf(r, "P1")?.clientId);
    expect(clientOf(r, "P3")?.clientId).not.toBe(clientOf(r, "P1")?.clientId);
    expect(r.issues.some((i) => i.code === "link.same-name" && i.row === 4)).toBe(true);
    expect(made(r)[0].params).toMatchObject({ count: 2 });
  });

  it("a row whose policyholder cell is blank belongs to the one above, as any ditto row", () => {
    const r = importWorkbook([
      sheet("保單", [
        ["要保人", "要保人電話", "保單號碼", "險種"],
        ["林志明", "0912-345-678", "P1", "壽險"],
        [null, null, "P2", "醫療險"],
      ]),
    ]);
    expect(r.records.Clients).toHaveLength(1);
    expect(clientOf(r, "P2")?.name).toBe("林志明");
  });

  it("a doubtful e-mail of the policyholder is reported by sheet, row and column and kept as written", () => {
    const r = importWorkbook([
      sheet("保單", [
        ["要保人", "要保人Email", "保單號碼"],
        ["林志明", "lin at example", "P1"],
      ]),
    ]);
    const issue = r.issues.find((i) => i.field === "email" && i.code === "value.warning");
    expect(issue).toMatchObject({ sheet: "保單", row: 2, column: "B (要保人Email)" });
    expect(r.records.Clients[0].email).toBe("lin at example");
  });
});

describe("when the register or the workbook already has the clients", () => {
  it("a workbook with a client sheet makes no clients from its policies", () => {
    const r = importWorkbook([
      sheet("客戶", [
        ["客戶名稱", "電話"],
        ["林志明", "0912-345-678"],
      ]),
      policies(),
    ]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(["林志明"]);
    expect(made(r)).toEqual([]);
    // The three policies of holders the client sheet does not list: told once for the sheet.
    const unlinked = r.issues.filter((i) => i.code === "link.rows-unlinked-name");
    expect(unlinked).toHaveLength(1);
    expect(unlinked[0].params).toMatchObject({ count: 3 });
    expect(r.issues.filter((i) => i.code === "link.unlinked-name")).toEqual([]);
  });

  it("importing the same export again creates nothing new and links every policy to the same client", () => {
    const first = importWorkbook([policies()]);
    const again = importWorkbook([policies()], { existing: first.records, state: first.state });
    expect(again.records.Clients).toHaveLength(3);
    expect(again.summary).toMatchObject({ imported: 0, merged: 5 });
    for (const p of again.records.Insurance)
      expect(clientOf(again, String(p.policyNo))?.clientId).toBe(
        clientOf(first, String(p.policyNo))?.clientId
      );
    expect(made(again)).toEqual([]);
  });

  it("a policyholder who is a client of the register already is linked to them, not made again", () => {
    const register = importWorkbook([
      sheet("客戶", [
        ["客戶編號", "客戶名稱", "電話"],
        ["C-0007", "王淑芬", "0928-111-222"],
      ]),
    ]);
    const r = importWorkbook([policies()], { existing: register.records, state: register.state });
    expect(r.records.Clients.map((c) => c.name)).toEqual(["王淑芬", "林志明", "張家豪"]);
    expect(clientOf(r, "L003")?.clientId).toBe("C-0007");
    expect(clientOf(r, "L001")?.clientId).toBe("C-0008");
    expect(made(r)[0].params).toMatchObject({ count: 2 });
  });
});
