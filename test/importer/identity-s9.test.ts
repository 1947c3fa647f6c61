/**
 * Who is one client (session 9, issue 9): a company entered twice with different e-mails is one
 * client when nothing a company has only one of (phone, address, number) differs; two people of
 * one name with different e-mails stay two; and a list where many clients have a second owner says
 * so once per sheet, with a count and examples, not once per row.
 */
import { importWorkbook } from "../../src/importer";
import { renderIssueMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

function clients(rows: SourceCell[][]) {
  return importWorkbook([sheet("Partners", rows)], { phoneRegion: "US" });
}

describe("a company entered twice with different e-mails", () => {
  it("is one client when the address is the same, whatever the phone", () => {
    const r = clients([
      ["Company Name", "Email", "Phone", "Address"],
      ["Andes Freight Ltd", "ops@andes.example", "+56 2 2345 6001", "Av. Uno 100, Santiago"],
      ["Andes Freight Ltd", "sales@andes.example", "+56 2 2345 6002", "Av. Uno 100, Santiago"],
    ]);
    expect(r.records.Clients).toHaveLength(1);
    expect(String(r.records.Clients[0].notes)).toContain("sales@andes.example");
    expect(r.rows.map((x) => x.outcome)).toEqual(["imported", "merged"]);
  });

  it("is one client when one row leaves out what the other says (a part of the address, no phone)", () => {
    const r = clients([
      ["Company Name", "Email", "Phone", "Address"],
      ["Loa Aduana Co., Ltd", "import@loa.example", "", "Spain, Av. Libertador 4258"],
      ["Tolten Cargo S.A.", "", "", "Calle Nueva 6385"],
      ["Loa Aduana Co., Ltd", "ops@loa.example", "", "Spain"],
      ["Tolten Cargo S.A.", "ops@tolten.example", "", ""],
    ]);
    expect(r.records.Clients.map((c) => c.name)).toEqual([
      "Loa Aduana Co., Ltd",
      "Tolten Cargo S.A.",
    ]);
    const merged = r.issues.filter((i) => i.code === "link.same-client-rows");
    expect(merged).toHaveLength(2);
    expect(merged[0].params?.match).toBe("link.match-company-name");
    expect(renderIssueMessage(merged[0], "zh-CN")).toContain("企业名称相同");
    expect(renderIssueMessage(merged[0], "zh-TW")).toContain("企業名稱相同");
  });

  it("stays two clients when their phones and addresses both differ (two branches)", () => {
    const r = clients([
      ["Company Name", "Email", "Phone", "Address"],
      ["Bio Bio Logistics SpA", "a@biobio.example", "+56 2 2000 1111", "Calle Dos 5, Santiago"],
      ["Bio Bio Logistics SpA", "b@biobio.example", "+56 41 299 1111", "Otra Calle 9, Concepcion"],
    ]);
    expect(r.records.Clients).toHaveLength(2);
    expect(r.issues.some((i) => i.code === "link.same-name")).toBe(true);
  });

  it("stays two clients when their numbers differ", () => {
    const r = clients([
      ["Customer ID", "Company Name", "Email", "Address"],
      ["P-1", "Maule Trading Ltd", "a@maule.example", "Av. Sur 1"],
      ["P-2", "Maule Trading Ltd", "b@maule.example", "Av. Sur 1"],
    ]);
    expect(r.records.Clients).toHaveLength(2);
  });

  it("is one client on the next import of the same list too", () => {
    const rows: SourceCell[][] = [
      ["Company Name", "Email", "Address"],
      ["Itata Cargo Ltd", "a@itata.example", "Av. Norte 3"],
      ["Itata Cargo Ltd", "b@itata.example", "Av. Norte 3"],
    ];
    const first = clients(rows);
    const again = importWorkbook([sheet("Partners", rows)], {
      phoneRegion: "US",
      existing: first.records,
      state: first.state,
    });
    expect(again.records.Clients).toEqual(first.records.Clients);
    expect(again.summary.imported).toBe(0);
  });
});

describe("two people of one name with different e-mails", () => {
  it("stay two clients, even at one address", () => {
    const r = clients([
      ["Name", "Email", "Address"],
      ["John Smith", "john.smith@mail.example", "12 Elm Street"],
      ["John Smith", "jsmith@work.example", "12 Elm Street"],
    ]);
    expect(r.records.Clients).toHaveLength(2);
  });
});

describe("a list where many clients have a second owner", () => {
  const NAMES = ["余婷", "石磊", "王芳", "李强"];
  const rows: SourceCell[][] = [["外部联系人", "添加人", "添加时间", "unionid"]];
  NAMES.forEach((name, i) => {
    rows.push([name, "赵丽娜", `2024-06-1${i + 1}`, `u-${i}`]);
    rows.push([name, "周晓明", `2024-06-2${i + 1}`, `u-${i}`]);
  });
  const r = importWorkbook([sheet("客户列表", rows)], { phoneRegion: "CN" });

  it("says so once for the sheet, with a count and examples, in every language", () => {
    expect(r.records.Clients).toHaveLength(NAMES.length);
    expect(r.issues.filter((i) => i.code === "link.also-owner")).toEqual([]);
    const told = r.issues.filter((i) => i.code === "link.also-owner-many");
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      sheet: "客户列表",
      row: null,
      field: "owner",
      severity: "info",
    });
    expect(told[0].params).toMatchObject({ count: 4 });
    expect(renderIssueMessage(told[0], "en")).toContain("4 clients of 客户列表");
    expect(renderIssueMessage(told[0], "zh-CN")).toContain("4 位客户还由另一位员工跟进");
    expect(renderIssueMessage(told[0], "zh-TW")).toContain("4 位客戶還由另一位員工負責");
    expect(renderIssueMessage(told[0], "zh-CN")).toContain("余婷");
  });

  it("still keeps each second owner in that client's notes", () => {
    for (const client of r.records.Clients) {
      expect(client.owner).toBe("赵丽娜");
      expect(String(client.notes)).toContain("周晓明");
    }
  });
});
