/**
 * A sheet whose rows all name one person of the client list by that person's own e-mail, phone or
 * ID number, on several rows (a call tool's log of the contact being called), adds no client: a
 * person reads it as what was done for that client, not as more clients.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { readAs, sheet } from "./helpers";

const LIST_EN: SourceCell[][] = [
  ["Contact", "Phone", "E-Mail", "Company"],
  ["Ivor Underhill", "(415) 555-0178", "ivor@zendyne.test", "Zendyne"],
  ["Luanne Ostrander", "(970) 555-0128", "luanne@canco.test", "Canco"],
  ["Marta Quist", "(303) 555-0199", "marta@quist.test", "Quist Ltd"],
  ["Owen Hale", "(212) 555-0144", "owen@halebros.test", "Hale Bros"],
];

const LIST_ZH: SourceCell[][] = [
  ["客户姓名", "手机号码", "地址"],
  ["王小明", "13812345678", "上海市浦东新区张江路100号"],
  ["陈大文", "13912345678", "广州市天河区体育西路20号"],
  ["李娜", "13712345678", "天津市河西区友谊路8号"],
];

describe("a log of one client of the list", () => {
  it.each([
    [
      "en, by e-mail",
      LIST_EN,
      [
        ["Action", "Contact", "E-Mail"],
        ["Customer selected", "Ivor Underhill", "ivor@zendyne.test"],
        ["Called", "Ivor Underhill", "ivor@zendyne.test"],
        ["Got a wrong number for", "Ivor Underhill", "ivor@zendyne.test"],
      ],
      4,
    ],
    [
      "zh-CN, by mobile",
      LIST_ZH,
      [
        ["操作", "客户姓名", "手机号码"],
        ["选中客户", "王小明", "13812345678"],
        ["已拨打", "王小明", "13812345678"],
        ["号码错误", "王小明", "13812345678"],
      ],
      3,
    ],
  ] as [string, SourceCell[][], SourceCell[][], number][])(
    "adds no client (%s)",
    (_, list, log, clients) => {
      const r = importWorkbook([sheet("CustomerList", list), sheet("LogData", log)]);
      expect(readAs(r, "CustomerList")).toBe("Clients");
      expect(readAs(r, "LogData")).toBeNull();
      expect(r.records.Clients).toHaveLength(clients);
    }
  );

  it("still imports a second list naming one known client once, beside new ones", () => {
    const r = importWorkbook([
      sheet("CustomerList", LIST_EN),
      sheet("New", [
        ["Contact", "Phone", "E-Mail"],
        ["Ivor Underhill", "(415) 555-0178", "ivor@zendyne.test"],
        ["Pia Lund", "(415) 555-0163", "pia@lund.test"],
        ["Tomas Berg", "(206) 555-0187", "tomas@bergco.test"],
      ]),
    ]);
    expect(readAs(r, "New")).toBe("Clients");
    expect(r.records.Clients.map((c) => c.name)).toEqual(
      expect.arrayContaining(["Pia Lund", "Tomas Berg", "Ivor Underhill"])
    );
  });
});
