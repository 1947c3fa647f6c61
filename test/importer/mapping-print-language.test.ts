/**
 * The CLI's mapping print names every field in the register's language, the importer's own
 * "client named by name" column included: a Chinese user never meets a field key.
 */
import { importWorkbook } from "../../src/importer";
import { mappingLines } from "../../src/importer/mapping-file";
import { sheet } from "./helpers";

const CLIENTS = [
  ["客戶姓名", "手機", "生日"],
  ["林美華", "0912-345-678", "1980/5/6"],
  ["陳志明", "0922-111-333", "1975/1/2"],
  ["王淑芬", "0933-222-444", "1990/12/30"],
];
const POLICIES = [
  ["保單號碼", "要保人", "險種", "保額"],
  ["P-001", "林美華", "壽險", 1_000_000],
  ["P-002", "陳志明", "醫療險", 300_000],
  ["P-003", "王淑芬", "意外險", 500_000],
];

describe("the mapping print", () => {
  const result = importWorkbook([sheet("客戶", CLIENTS), sheet("保單", POLICIES)]);

  it.each(["zh-TW", "zh-CN"] as const)("in %s names no field by its key", (lang) => {
    const lines = mappingLines(result.mappings, lang);
    const policyOwner = lines.find((l) => l.includes("要保人"));
    expect(policyOwner).toBeDefined();
    expect(policyOwner).toContain(lang === "zh-TW" ? "客戶名稱" : "客户名称");
    // Field keys are ASCII words (clientName, policyNo, sumAssured): none may show.
    for (const line of lines) expect(line).not.toMatch(/→ [A-Za-z]/);
  });

  it("in English gives the field key, the word --map takes", () => {
    const line = mappingLines(result.mappings, "en").find((l) => l.includes("要保人"));
    expect(line).toContain("→ clientName");
  });
});
