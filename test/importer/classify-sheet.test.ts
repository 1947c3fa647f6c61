import { classifySheet } from "../../src/importer/classify-sheet";

describe("classifySheet", () => {
  it.each([
    ["Sheet1", ["客户名称", "联系电话", "生日", "风险偏好"], "Clients"],
    ["Sheet2", ["客戶姓名", "險種", "保額", "年繳保費", "保單狀態"], "Insurance"],
    ["Sheet3", ["Client", "Asset Class", "Held At", "Market Value", "As of"], "Assets"],
    ["Sheet4", ["投诉日期", "投诉内容", "处理状态", "回访"], "Complaints"],
    ["Sheet5", ["拜访日期", "拜访方式", "洽谈内容", "下次拜访"], "Visits"],
    ["Sheet6", ["客户姓名", "成员姓名", "关系", "就读学校"], "Family"],
  ])("recognises %s with headers %j as %s", (name, headers, expected) => {
    expect(classifySheet(name, headers).key).toBe(expected);
  });

  it("uses the sheet name when the headers alone are generic", () => {
    expect(classifySheet("联系人", ["姓名", "电话"]).key).toBe("Contacts");
    expect(classifySheet("家庭成员", ["姓名", "关系"]).key).toBe("Family");
  });

  it.each([
    [["客户名称", "客户编号", "客户经理"]],
    [["客戶名稱", "客戶編號", "客戶經理"]],
    [["客户名称", "客户经理"]],
  ])("reads headers %j alone (a client's name, number and manager) as a client list", (headers) => {
    expect(classifySheet("Sheet1", headers).key).toBe("Clients");
  });

  it("leaves an unrelated sheet unrecognised", () => {
    const c = classifySheet("Lookup", ["Colour", "Hex code"]);
    expect(c.key).toBeNull();
    expect(c.confidence).toBe(0);
  });

  it("lets the caller's override stand", () => {
    expect(classifySheet("Lookup", ["Colour"], "Visits")).toMatchObject({
      key: "Visits",
      confidence: 1,
    });
  });

  it("is more confident about distinctive headers than generic ones", () => {
    const distinctive = classifySheet("Sheet1", ["险种", "保额", "保费", "重疾"]).confidence;
    const generic = classifySheet("Sheet1", ["姓名", "电话", "地址"]).confidence;
    expect(distinctive).toBeGreaterThan(generic);
  });
});
