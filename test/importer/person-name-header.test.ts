/**
 * 姓名 is a person's surname and given name: an organisation has a 名称. A list whose name column
 * is headed 姓名 (客戶姓名, 会员姓名) and whose names all read as people's is a list of persons,
 * though it gives nothing else of them (a seller's customer codes beside names).
 */
import { importWorkbook } from "../../src/importer";
import { INVENTED_PEOPLE, sheet, table } from "./helpers";

function kinds(header: string, names: readonly string[]) {
  const r = importWorkbook([
    sheet(
      "工作表1",
      table(
        ["編號", header],
        names.length,
        (_, i, k) => [`C${String(i + 1).padStart(4, "0")}`, names[i]][k]
      )
    ),
  ]);
  return r.records.Clients.map((c) => c.kind ?? null);
}

describe("a name only a person has", () => {
  it.each(["姓名", "客戶姓名", "会员姓名"])("%s over people's names: persons", (header) => {
    expect(kinds(header, INVENTED_PEOPLE["zh-TW"]).every((k) => k === "person")).toBe(true);
  });

  it("名稱 over the same names says nothing of their kind", () => {
    expect(kinds("名稱", INVENTED_PEOPLE["zh-TW"]).every((k) => k === null)).toBe(true);
  });

  it("姓名 over names one of which is a company's is read row by row", () => {
    const names = [...INVENTED_PEOPLE["zh-TW"].slice(0, 9), "台灣咖啡貿易有限公司"];
    expect(kinds("姓名", names)).toEqual([...Array(9).fill("person"), "enterprise"]);
  });
});
