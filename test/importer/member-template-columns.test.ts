/**
 * A member list's referrer (推荐人, Referred by) names another member of the list, not the staff
 * member who looks after the client; a Malaysian address's 州属 (state) and 邮区编号 (postcode) are
 * parts of the address like 省 and 邮编.
 */
import { importWorkbook } from "../../src/importer";
import { sheet } from "./helpers";

describe("a referrer who is a client of the list", () => {
  it("简体: 推荐人 naming other members stays in the notes, no owner", () => {
    const result = importWorkbook([
      sheet("会员导入", [
        ["姓名", "电邮地址", "推荐人", "手机号码"],
        ["陈志远", "chen@example.net", "刘晓梅", "60100000111"],
        ["刘晓梅", "liu@example.net", null, "60100000222"],
        ["杨建华", "yang@example.net", "陈志远", "60100000333"],
      ]),
    ]);
    const referrer = result.mappings[0].columns.find((c) => c.header === "推荐人");
    expect(referrer?.field).toBeNull();
    const chen = result.records.Clients.find((c) => c.name === "陈志远")!;
    expect(chen.owner ?? null).toBeNull();
    expect(chen.notes).toContain("刘晓梅");
  });

  it("English: Referred by naming customers of the list, in another column order", () => {
    const result = importWorkbook([
      sheet("Members", [
        ["Referred By", "Member Name", "Email"],
        ["Maya Collins", "Owen Barker", "owen@example.com"],
        [null, "Maya Collins", "maya@example.com"],
        ["Owen Barker", "Ravi Desai", "ravi@example.com"],
      ]),
    ]);
    const referrer = result.mappings[0].columns.find((c) => c.header === "Referred By");
    expect(referrer?.field).not.toBe("owner");
  });

  it("繁體: a staff member named as 推薦人, not a client of the list, still owns the clients", () => {
    const result = importWorkbook([
      sheet("客戶", [
        ["客戶姓名", "手機", "推薦人"],
        ["陳柏宏", "0912-000-111", "林佩珊"],
        ["張志豪", "0922-000-222", "林佩珊"],
        ["黃怡婷", "0933-000-333", "王雅雯"],
      ]),
    ]);
    const referrer = result.mappings[0].columns.find((c) => c.header === "推薦人");
    expect(referrer?.field).toBe("owner");
  });
});

describe("a Malaysian address split into country / state / postcode / city", () => {
  it("joins 州属 and 邮区编号 into the address", () => {
    const result = importWorkbook([
      sheet("会员导入", [
        ["姓名", "电邮地址", "国家", "州属", "邮区编号", "城市", "手机号码"],
        ["陈志远", "chen@example.net", "马来西亚", "雪兰莪", "40000", "莎阿南", "60100000111"],
        ["刘晓梅", "liu@example.net", "马来西亚", "柔佛", "80000", "新山", "60100000222"],
      ]),
    ]);
    const state = result.mappings[0].columns.find((c) => c.header === "州属");
    expect(state?.field).toBe("address");
    const zip = result.mappings[0].columns.find((c) => c.header === "邮区编号");
    expect(zip?.field).toBe("address");
    const address = String(result.records.Clients[0].address);
    expect(address).toContain("雪兰莪");
    expect(address).toContain("莎阿南");
  });
});
