/**
 * Several phone columns of one client where no heading is an exact phone spelling of its own: a
 * person keeps the mobile the header names in any words (聯絡人行動電話 beside 聯絡人聯絡電話, 手提
 * beside 住宅), and on a sheet without headers the column filled with numbers on the most rows; a
 * span of months (2018/9-2019/6) is a period, never a phone. Invented sheets only.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const fieldsOf = (rows: SourceCell[][]) =>
  importWorkbook([sheet("Clients", rows)]).mappings[0].columns.map((c) => c.field);

describe("which of several phone columns is the client's phone", () => {
  it("keeps the contact's mobile over the contact's landline (繁體)", () => {
    const r = importWorkbook([
      sheet("Clients", [
        ["用戶名稱", "聯絡人聯絡電話", "聯絡人行動電話"],
        ["林志豪", "(02)25550101", "0912000111"],
        ["黃淑芬", "", "0912000222"],
        ["吳建宏", "(02)25550103", "0912000333"],
        ["蔡佳玲", "", "0912000444"],
        ["鄭雅婷", "(02)25550105", ""],
        ["許文彥", "", "0912000666"],
        ["陳怡君", "(02)25550107", "0912000777"],
      ]),
    ]);
    expect(r.mappings[0].columns.map((c) => c.field)).toEqual(["name", "phone", "phone"]);
    const clients = r.records.Clients;
    expect(clients.map((c) => c.phone)).toEqual([
      "0912000111",
      "0912000222",
      "0912000333",
      "0912000444",
      "(02)25550105",
      "0912000666",
      "0912000777",
    ]);
  });

  it("reads a bare mobile heading (手提) as the phone when no column is headed as one", () => {
    expect(
      fieldsOf([
        ["姓名", "住宅", "手提", "任教日期"],
        ["陳大文", "25550101", "91230001", "2018/9-2019/6"],
        ["李小明", "", "91230002", "2015/9-2017/6"],
        ["張美玲", "25550103", "61230003", "2020/1-2020/12"],
        ["黃志強", "", "51230004", "2016/3-2016/8"],
        ["吳嘉欣", "", "91230005", "2019/9-2021/6"],
      ])
    ).toEqual(["name", null, "phone", null]);
  });

  it("keeps the fuller phone column of a sheet without headers, the other as its fallback", () => {
    const rows: SourceCell[][] = [
      ["王晓明", "021-55501234", "0912-000-111", "2121307"],
      ["李秀英", "-", "0912-000-222", "2121308"],
      ["张伟", "", "0912-000-333", "2121309"],
      ["刘洋", "-", "0912-000-444", "2121310"],
      ["陈静", "021-55501238", "0912-000-555", "2121311"],
      ["赵磊", "", "0912-000-666", "2121312"],
    ];
    const r = importWorkbook([sheet("Clients", rows)]);
    const columns = r.mappings[0].columns;
    expect(columns[2].field).toBe("phone");
    expect(columns[3].field).toBeNull();
    expect(r.records.Clients.map((c) => c.phone)).toEqual(rows.map((row) => row[2]));
  });
});
