/**
 * When two rows of one client disagree, the value not kept goes to notes under the header the
 * person typed, never under a field key: a Chinese register shows "客戶編號: K026", not "clientId: K026".
 */
import { importWorkbook } from "../../src/importer";
import { sheet } from "./helpers";

const ROWS = [
  ["客戶編號", "客戶姓名", "身分證字號", "手機", "職業"],
  ["K001", "張志明", "A123456789", "0912-345-678", "工程師"],
  ["K002", "林美華", "F223456787", "0922-111-333", "教師"],
  ["K026", "張志明", "A123456789", "0912345678", "經理"],
];

describe("values of a merged duplicate kept in notes", () => {
  const result = importWorkbook([sheet("客戶總表", ROWS)]);
  const merged = result.records.Clients.find((c) => c.name === "張志明")!;

  it("merges the duplicate into one client", () => {
    expect(result.records.Clients).toHaveLength(2);
    expect(result.summary.merged).toBe(1);
  });

  it("are labelled with the source header, not the field key", () => {
    const notes = String(merged.notes);
    expect(notes).toContain("職業: 經理");
    expect(notes).toContain("客戶編號: K026");
    expect(notes).not.toMatch(/\b(clientId|occupation)\b/);
  });
});
