/**
 * A list printed one record per block of rows (code and name on the first line, address lines
 * under the name, "Phone:" / "Email:" lines under the contact) is one record per block: its lines
 * are that record's address and contact details, never records, complaints or visits of their own.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { readAs, sheet } from "./helpers";

interface Layout {
  title: string;
  header: SourceCell[];
  blocks: SourceCell[][][];
  /** The first block's client as the register should have it. */
  first: { name: string; address: string; phone: string; email: string };
}

const EN: Layout = {
  title: "NORTHLAND BUILDERS && CONTRACTING LIMITED",
  header: ["Code", "Company Name && Address", "Contact Details"],
  blocks: [
    [
      ["ABAXTER", "Aaron Baxter", "AARON"],
      [null, "PO BOX 1035", "Phone: 09 401 0405"],
      [null, "643 a Hone Heke Rd", "Mobile: 021005337"],
      [null, "WARKWORTH 0910", "Email: aaron52@example.com"],
    ],
    [
      ["ACEEQUIP", "ACE EQUIPMENT"],
      [null, "RD1", "Phone: 09 401 0738"],
      [null, "12 Kerikeri Rd", "Email: ace@aceequipment.test"],
    ],
    [
      ["ADEJONG2", "ALISON DE JONG", "ALISON"],
      [null, "279 A MARSDEN RD", "Phone: 09 407 0833"],
      [null, "PAIHIA", "Email: alison98@example.org"],
    ],
    [
      ["BROWNJ", "John Brown"],
      [null, "17 Station Rd", "Phone: 09 402 0111"],
      [null, "KAITAIA 0410"],
    ],
  ],
  first: {
    name: "Aaron Baxter",
    address: "643 a Hone Heke Rd",
    phone: "09 401 0405",
    email: "aaron52@example.com",
  },
};

const ZH_CN: Layout = {
  title: "华东建材有限公司 客户通讯录",
  header: ["客户编号", "客户名称及地址", "联系方式"],
  blocks: [
    [
      ["C001", "上海申达贸易有限公司", "王经理"],
      [null, "上海市浦东新区张江路100号", "电话：021-58881234"],
      [null, "邮编 201203", "邮箱：wang@shenda.test"],
    ],
    [
      ["C002", "杭州宏远建材有限公司", "李娜"],
      [null, "杭州市西湖区文三路20号", "电话：0571-88882345"],
    ],
    [
      ["C003", "南京天和装饰工程有限公司"],
      [null, "南京市鼓楼区中山北路8号", "电话：025-83334567"],
      [null, null, "邮箱：tianhe@tianhe.test"],
    ],
  ],
  first: {
    name: "上海申达贸易有限公司",
    address: "上海市浦东新区张江路100号",
    phone: "021-58881234",
    email: "wang@shenda.test",
  },
};

const ZH_TW: Layout = {
  title: "客戶名冊",
  header: ["代號", "客戶名稱／地址", "聯絡資料"],
  blocks: [
    [
      ["A01", "宏遠紡織股份有限公司", "林美華"],
      [null, "台北市信義區松仁路100號", "電話：02-2345-6789"],
      [null, null, "Email：lin@hongyuan.test"],
    ],
    [
      ["A02", "大同貿易有限公司", "陳志明"],
      [null, "新北市板橋區文化路1段20號", "電話：02-2960-1234"],
    ],
    [
      ["A03", "永豐食品有限公司"],
      [null, "台中市西屯區台灣大道3段99號", "電話：04-2358-8888"],
      [null, null, "手機：0912-345-678"],
    ],
  ],
  first: {
    name: "宏遠紡織股份有限公司",
    address: "台北市信義區松仁路100號",
    phone: "02-2345-6789",
    email: "lin@hongyuan.test",
  },
};

function rowsOf(layout: Layout): SourceCell[][] {
  return [[layout.title], layout.header, ...layout.blocks.flat()];
}

describe("a list printed one record per block of rows", () => {
  it.each([
    ["en", EN],
    ["zh-CN", ZH_CN],
    ["zh-TW", ZH_TW],
  ] as [string, Layout][])("reads each block as one client (%s)", (_, layout) => {
    const rows = rowsOf(layout);
    const r = importWorkbook([sheet("Sheet1", rows)]);
    expect(readAs(r, "Sheet1")).toBe("Clients");
    expect(r.records.Clients).toHaveLength(layout.blocks.length);
    expect(r.records.Complaints ?? []).toHaveLength(0);
    expect(r.records.Visits ?? []).toHaveLength(0);
    const first = r.records.Clients.find((c) => c.name === layout.first.name);
    expect(String(first?.address ?? "")).toContain(layout.first.address);
    expect(String(first?.phone ?? "")).toContain(layout.first.phone.replace(/\D/g, "").slice(-4));
    expect(first?.email).toBe(layout.first.email);
    // Every line is accounted with its block's record, none skipped.
    expect(r.summary.skipped).toBe(0);
    expect(r.summary.imported + r.summary.merged).toBe(rows.length - 2);
  });

  it("leaves a list kept by client with dated rows under each client as it was", () => {
    const r = importWorkbook([
      sheet("Visits", [
        ["Client", "Date", "Note"],
        ["Aaron Baxter", new Date(Date.UTC(2025, 0, 6)), "Quoted a deck"],
        [null, new Date(Date.UTC(2025, 1, 3)), "Deck built"],
        ["ACE EQUIPMENT", new Date(Date.UTC(2025, 0, 9)), "Called about the invoice"],
        [null, new Date(Date.UTC(2025, 2, 1)), "Paid"],
        ["Alison de Jong", new Date(Date.UTC(2025, 3, 2)), "Site visit"],
        [null, new Date(Date.UTC(2025, 3, 9)), "Sent plans"],
      ]),
    ]);
    expect(r.mappings[0]?.registerSheet).not.toBe("Clients");
    expect(r.summary.imported + r.summary.merged).toBeGreaterThan(3);
  });
});
