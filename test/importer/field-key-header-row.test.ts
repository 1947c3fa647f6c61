/**
 * A CRM import template often writes its system's field keys in a second header row, under the
 * column names a person reads (姓名 | 手机号 over Name | MobilePhone). That row is part of the
 * header, never a record: the table's header is both rows.
 */
import { importWorkbook } from "../../src/importer";
import { detectTable } from "../../src/importer/detect-table";
import { sheet } from "./helpers";

describe("a row of field keys under the column names", () => {
  it("简体 over CamelCase keys: both rows are the header, the companies the clients", () => {
    const rows = [
      ["客户名称", "手机号", "行业", "邮箱", "来源渠道", "联系人", "城市"],
      ["CustomerName", "MobilePhone", "Industry", "Email", "LeadSource", "ContactPerson", "City"],
      ["远航物流", 13800000017, "物流", "yuanhang@example.org", "展会", "秦思远", "苏州"],
      ["青禾农业", 13800000025, "农业", "qinghe@example.org", "转介绍", "白若云", "合肥"],
    ];
    expect(detectTable(sheet("导入模板", rows))?.headerRows).toEqual([1, 2]);
    const result = importWorkbook([sheet("导入模板", rows)]);
    expect(result.records.Clients.map((c) => c.name)).toEqual(["远航物流", "青禾农业"]);
    expect(result.records.Clients[0].mainContact).toBe("秦思远");
    expect(result.summary.rejected).toBe(0);
    expect(result.mappings[0].headerRows).toEqual([1, 2]);
  });

  it("繁體 over snake_case keys, in another column order, with an extra column", () => {
    const rows = [
      ["電子郵件", "客戶名稱", "備註", "聯絡電話", "地址"],
      ["email", "customer_name", "remark", "phone_number", "address"],
      ["lin@example.com", "林佩珊", "老客戶", "0912-000-321", "台北市信義路一段1號"],
      ["chang@example.com", "張志豪", null, "0922-000-654", "新北市板橋區文化路二段2號"],
      ["wu@example.com", "吳承翰", "新客戶", "0933-000-987", null],
    ];
    expect(detectTable(sheet("客戶", rows))?.headerRows).toEqual([1, 2]);
    const result = importWorkbook([sheet("客戶", rows)]);
    expect(result.records.Clients.map((c) => c.name)).toEqual(["林佩珊", "張志豪", "吳承翰"]);
    expect(result.records.Clients[1].email).toBe("chang@example.com");
  });

  it("English names over dotted keys", () => {
    const rows = [
      ["Client Name", "Contact Email", "Phone", "Segment"],
      ["client.name", "contact.email", "client.phone", "client.segment"],
      ["Northwind Traders", "ada@example.com", "+1 212 555 0101", "SMB"],
      ["Blue Harbor Ltd", "ian@example.com", "+1 212 555 0102", "Enterprise"],
    ];
    expect(detectTable(sheet("Import", rows))?.headerRows).toEqual([1, 2]);
  });

  it("a first record of single words is not a key row", () => {
    const rows = [
      ["Name", "Segment", "Region", "Status"],
      ["Acme", "Enterprise", "North", "Active"],
      ["Globex", "SMB", "South", "Active"],
      ["Initech", "SMB", "North", "Churned"],
    ];
    expect(detectTable(sheet("Accounts", rows))?.headerRows).toEqual([1]);
    const result = importWorkbook([sheet("Accounts", rows)]);
    expect(result.records.Clients.map((c) => c.name)).toEqual(["Acme", "Globex", "Initech"]);
  });
});
