/**
 * Who is the client, by which number. A number the keeper's system gave each row ("Internal ID",
 * internal_id_number, 内部编号, 系統編號) is the client's own number on a client list, never a
 * national ID; short codes (C0005, T00021) are too short for any identity document's number,
 * whatever the header resembles. Legal forms closing a name (… CC, … NPC, … Trust, … (PTY) LTD,
 * also with a status typed after them) make the client an organisation.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const fieldsOf = (r: ReturnType<typeof importWorkbook>) =>
  Object.fromEntries(r.mappings[0].columns.map((c) => [c.header, c.field]));

describe("a number the keeper's system gave the row is the client's own number", () => {
  const variants: [string, SourceCell[][]][] = [
    [
      "English, snake case, id second",
      [
        ["name", "internal_id_number"],
        ["ASHFORD LOGISTICS CC", "C0004"],
        ["BELLWOOD FAMILY TRUST", "T0011"],
        ["CORRAN HOLDINGS (PTY) LTD", "P0102"],
        ["DELPH MINISTRIES NPC", "NPC0003"],
        ["ELMSTEAD CAPITAL LIMITED", "CY0007"],
      ],
    ],
    [
      "English, id first, an extra column",
      [
        ["Internal ID", "Client", "City"],
        ["A-0107", "Harlow Engineering Inc.", "Denver"],
        ["A-0108", "Kestrel Media GmbH", "Berlin"],
        ["A-0112", "Lyle Farming Co", "Fresno"],
        ["A-0113", "Marsh Foods Ltd", "Leeds"],
      ],
    ],
    [
      "简体",
      [
        ["客户名称", "内部编号", "联系电话"],
        ["杭州云栖智造有限公司", "K0031", "0571-87650231"],
        ["宁波海曙贸易有限公司", "K0032", "0574-87650232"],
        ["温州鹿城实业有限公司", "K0035", "0577-87650233"],
        ["绍兴柯桥纺织有限公司", "K0036", "0575-87650234"],
      ],
    ],
    [
      "繁體, a system number of longer digits",
      [
        ["系統編號", "客戶名稱", "地址"],
        ["2023110034", "台中長安醫院", "台中市西區民權路100號"],
        ["2023110035", "新竹仁濟診所", "新竹市東區光復路200號"],
        ["2023110041", "高雄慈心藥局", "高雄市苓雅區四維路300號"],
        ["2023110052", "嘉義德生醫院", "嘉義市東區中山路400號"],
      ],
    ],
  ];
  it.each(variants)("%s", (_label, rows) => {
    const r = importWorkbook([sheet("Clients", rows)]);
    const header = String(rows[0].find((h) => /internal|内部|系統/i.test(String(h))));
    expect(fieldsOf(r)[header]).toBe("clientId");
    expect(Object.values(fieldsOf(r))).not.toContain("idNumber");
    const ids = r.records.Clients.map((c) => c.clientId);
    const column = rows[0].indexOf(header);
    expect(ids).toEqual(rows.slice(1).map((row) => String(row[column])));
    for (const c of r.records.Clients) expect(c.idNumber ?? null).toBeNull();
  });

  it("an identity document's number under an ID header is still the ID number", () => {
    const rows: SourceCell[][] = [
      ["客户姓名", "身份证号", "手机"],
      ["王建国", "110101199003074514", "13800001111"],
      ["李秀英", "310104198512120025", "13800001112"],
      ["张伟", "440106197807150036", "13800001113"],
    ];
    const r = importWorkbook([sheet("客户", rows)]);
    expect(fieldsOf(r)["身份证号"]).toBe("idNumber");
    expect(r.records.Clients[0].idNumber).toBe("110101199003074514");
  });

  it("short codes under an ID-number header are never taken as ID numbers", () => {
    const rows: SourceCell[][] = [
      ["Name", "ID Number", "Phone"],
      ["Orla Brennan", "C0005", "+1 303 555 0141"],
      ["Piet Venter", "C0008", "+1 303 555 0142"],
      ["Rhea Castell", "P0029", "+1 303 555 0143"],
      ["Sven Aalto", "T0009", "+1 303 555 0144"],
    ];
    const r = importWorkbook([sheet("Clients", rows)]);
    expect(fieldsOf(r)["ID Number"]).not.toBe("idNumber");
    for (const c of r.records.Clients) expect(c.idNumber ?? null).toBeNull();
    // Nothing is lost: the codes are the clients' numbers or kept in notes.
    const kept = r.records.Clients.map((c) => `${String(c.clientId)} ${String(c.notes ?? "")}`);
    expect(kept[2]).toContain("P0029");
  });
});

describe("a legal form closing the name makes an organisation", () => {
  it("reads CC, NPC, NPO, Trust and (PTY) LTD, also before a typed status", () => {
    const rows: SourceCell[][] = [
      ["name", "code"],
      ["MARLOW GAMING CC", "C0011"],
      ["OAKES MINISTRIES NPC", "NPC0004"],
      ["THEMBALI ASSOCIATION NPO", "N0002"],
      ["ROSSOUW PROPERTY TRUST", "T0021"],
      ["ZWANE TELECOMS CC - RESIGNED", "C0015"],
      ["IVERS CONSULTING (PTY) LTD", "P0044"],
      ["Dana Whitcombe", "I0001"],
    ];
    const r = importWorkbook([sheet("Clients", rows)]);
    expect(r.records.Clients.map((c) => c.kind ?? null)).toEqual([
      "enterprise",
      "enterprise",
      "enterprise",
      "enterprise",
      "enterprise",
      "enterprise",
      null,
    ]);
  });

  it("a two-letter cc inside a person's name is not a legal form", () => {
    const rows: SourceCell[][] = [
      ["Client Name", "Phone"],
      ["Cc Mabuza", "+27 11 555 0101"],
      ["Lindiwe Cc Dube", "+27 11 555 0102"],
      ["Thabo Nkosi", "+27 11 555 0103"],
    ];
    const r = importWorkbook([sheet("Clients", rows)]);
    for (const c of r.records.Clients) expect(c.kind).not.toBe("enterprise");
  });
});
