/**
 * A list read as clients whose firm is written once over several rows (merged down its group, or
 * typed on each row), each row a different person of it under the firm's contact column with their
 * own phone and post, lists the firm's people: each is a contact of the firm. A firm with one
 * person is still a client with its main contact.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { renderMessage } from "../../src/register/messages";
import { readAs, sheet } from "./helpers";

interface Shape {
  headers: string[];
  firms: string[];
  people: string[][];
  posts: string[];
}

const SIMPLIFIED: Shape = {
  headers: ["单位名称", "联系人", "联系电话", "职务"],
  firms: ["河北环宇国际物流有限公司", "河北嘉和市场服务有限公司", "石家庄瑞佳物业有限公司"],
  people: [
    ["邹琳", "余海", "邓辉"],
    ["谢明佳", "谭浩", "冯超怡"],
    ["余军", "孟平"],
  ],
  posts: ["董事长", "总经理", "总监"],
};

const TRADITIONAL: Shape = {
  headers: ["單位名稱", "聯絡人", "聯絡電話", "職務"],
  firms: ["臺灣環宇物流股份有限公司", "嘉和市場服務有限公司", "瑞佳物業管理有限公司"],
  people: [
    ["陳怡君", "張家豪", "王淑芬"],
    ["李建宏", "劉雅婷", "蔡宗翰"],
    ["楊佩珊", "許志偉"],
  ],
  posts: ["董事長", "總經理", "協理"],
};

const ENGLISH: Shape = {
  headers: ["Customer Name", "Contact Person", "Phone", "Position"],
  firms: ["Northwind Traders Ltd", "Contoso Holdings Inc", "Fabrikam Group Ltd"],
  people: [
    ["Emily Carter", "James Howard", "Olivia Bennett"],
    ["Daniel Price", "Sophie Turner", "Michael Reed"],
    ["Hannah Brooks", "Thomas Ward"],
  ],
  posts: ["Managing Director", "Sales Manager", "Finance Director"],
};

/** The header, then each firm's people a row each, the firm on its first row only (merged down). */
function rows(shape: Shape, people = shape.people): { rows: SourceCell[][]; merges: string[] } {
  const out: SourceCell[][] = [shape.headers];
  const merges: string[] = [];
  let phone = 13800001000;
  people.forEach((group, f) => {
    const top = out.length + 1;
    group.forEach((person, k) => {
      out.push([k === 0 ? shape.firms[f] : null, person, String(phone++), shape.posts[k]]);
    });
    if (group.length > 1) merges.push(`A${top}:A${top + group.length - 1}`);
  });
  return { rows: out, merges };
}

describe("a firm written over several people of its own", () => {
  it.each([
    ["简体", SIMPLIFIED],
    ["繁體", TRADITIONAL],
    ["en", ENGLISH],
  ])("%s: each person is a contact of the firm", (_, shape) => {
    const { rows: cells, merges } = rows(shape);
    const r = importWorkbook([sheet("Guests", cells, merges)]);
    expect(readAs(r, "Guests")).toBe("Contacts");
    expect(r.mappings[0].columns.map((c) => c.field).slice(0, 2)).toEqual(["clientName", "name"]);
    expect(r.records.Contacts).toHaveLength(8);
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual([...shape.firms].sort());
    const firm = r.records.Clients.find((c) => c.name === shape.firms[0]);
    const second = r.records.Contacts.find((c) => c.name === shape.people[0][1]);
    expect(second?.clientId).toBe(firm?.clientId);
    expect(second?.title).toBe(shape.posts[1]);
    const reason = r.mappings[0].columns[0].reasons?.find((c) => c.code === "map.why.firm-people");
    expect(reason).toBeDefined();
    if (!reason) return;
    expect(renderMessage(reason.code, reason.params, "en")).toContain("3 firms for 8 people");
    expect(renderMessage(reason.code, reason.params, "zh-CN")).toContain("3 个单位");
    expect(renderMessage(reason.code, reason.params, "zh-TW")).toContain("3 個單位");
  });

  it("the same people under every firm serve them: the firms stay clients", () => {
    const agents = ["邹琳", "余海"];
    const { rows: cells, merges } = rows(SIMPLIFIED, [agents, agents, agents]);
    const r = importWorkbook([sheet("客户", cells, merges)]);
    expect(readAs(r, "客户")).toBe("Clients");
    expect(r.mappings[0].columns[1].field).toBe("mainContact");
  });

  it("firms with one person each stay clients with their main contact", () => {
    const { rows: cells } = rows(SIMPLIFIED, [["邹琳"], ["谢明佳"], ["余军"]]);
    const r = importWorkbook([sheet("客户", cells)]);
    expect(readAs(r, "客户")).toBe("Clients");
    expect(r.records.Clients).toHaveLength(3);
    expect(r.records.Clients.find((c) => c.name === SIMPLIFIED.firms[0])?.mainContact).toBe("邹琳");
  });
});
