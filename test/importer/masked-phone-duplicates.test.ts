/**
 * A row pasted twice in a securities firm's client list (same 资金账号, same masked phone) is one
 * client: the fund account is the client's number, whatever its masked phone (138****9832) cannot
 * tell.
 */
import { importWorkbook } from "../../src/importer";
import { linkAndMerge } from "../../src/importer/link-merge";
import type { SourceCell } from "../../src/importer/types";
import { candidateRows, sheet } from "./helpers";

const { cand, reset } = candidateRows();
beforeEach(reset);

describe("a client list with masked phones", () => {
  it.each([
    [["资金账号", "客户姓名", "手机", "服务经理"]],
    [["資金帳號", "客戶姓名", "手機", "服務經理"]],
  ])("%j: the row pasted twice is one client, by its fund account", (headers) => {
    const rows: SourceCell[][] = [
      [...headers],
      ["3111700531", "刘嘉怡", "138****9832", "陈经理"],
      ["3150931780", "彭明", "138****3472", "陈经理"],
      ["3111700532", "王芳", "139****1200", "李经理"],
      ["3111700531", "刘嘉怡", "138****9832", "陈经理"],
    ];
    const r = importWorkbook([sheet("两融客户", rows)]);
    expect(r.records.Clients.map((c) => c.name)).toEqual(["刘嘉怡", "彭明", "王芳"]);
    expect(r.summary).toMatchObject({ imported: 3, merged: 1 });
  });

  it("masked phones whose shown digits differ are two phones", () => {
    const r = linkAndMerge([
      cand("Clients", { clientId: "A1", name: "刘嘉怡", phone: "138****9832" }),
      cand("Clients", { clientId: "A2", name: "刘嘉怡", phone: "139****1111" }),
    ]);
    expect(r.records.Clients).toHaveLength(2);
  });
});
