/**
 * A broker's book heads the class of cover with the bare word for a policy (POLICY: Motor, Fire)
 * beside the policy's number (POLICY NUMBER): the number is the column that says it is one, and
 * the bare word, exactly the policy's own, names no policyholder although it begins the word.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_COMPANIES, readAs, sheet, table } from "./helpers";

const VARIANTS = [
  {
    label: "English",
    headers: ["INSURED", "INSURER", "POLICY", "POLICY TYPE", "POLICY NUMBER", "PREMIUM"],
    classes: ["Motor", "Fire", "Accident", "Motor"],
    insurers: ["Crestline Insurance", "Harbour Mutual"],
    parties: INVENTED_COMPANIES.en,
  },
  {
    label: "简体",
    headers: ["被保险人", "保险公司", "Policy", "保险类型", "Policy Number", "保费"],
    classes: ["车险", "财产险", "意外险", "车险"],
    insurers: ["维明保险", "东岳保险"],
    parties: INVENTED_COMPANIES["zh-CN"],
  },
  {
    label: "繁體",
    headers: ["被保險人", "保險公司", "Policy", "保險類型", "Policy Number", "保費"],
    classes: ["車險", "火險", "意外險", "車險"],
    insurers: ["維明保險", "東岳保險"],
    parties: INVENTED_COMPANIES["zh-TW"],
  },
];

function book(v: (typeof VARIANTS)[number]): SourceCell[][] {
  return table(
    v.headers,
    24,
    (_, i, k) =>
      [
        v.parties[i % 6],
        v.insurers[i % 2],
        v.classes[i % 4],
        i % 3 === 0 ? "Third Party" : "Comprehensive",
        `GB/HQ/MOT/${22000 + i * 17}`,
        1200 + i * 35.5,
      ][k]
  );
}

describe("a bare Policy column beside the policy's number", () => {
  it.each(VARIANTS)("$label: the number is the policy's, the class names no client", (v) => {
    const r = importWorkbook([sheet("Book", book(v))]);
    expect(readAs(r, "Book")).toBe("Insurance");
    const columns = r.mappings.find((m) => m.sheet === "Book")?.columns ?? [];
    const field = (header: string) => columns.find((c) => c.header === header)?.field ?? null;
    expect(field(v.headers[4])).toBe("policyNo");
    expect(field(v.headers[2])).not.toBe("policyNo");
    expect(field(v.headers[2])).not.toBe("clientName");
    expect(r.records.Insurance.map((p) => p.policyNo)).toContain("GB/HQ/MOT/22017");
  });

  it("a bare Policy alone is still the policy's number", () => {
    const rows = book(VARIANTS[0]).map((row) => [row[0], row[1], row[4], row[5]]);
    rows[0] = ["INSURED", "INSURER", "POLICY", "PREMIUM"];
    const r = importWorkbook([sheet("Book", rows)]);
    const columns = r.mappings.find((m) => m.sheet === "Book")?.columns ?? [];
    expect(columns.find((c) => c.header === "POLICY")?.field).toBe("policyNo");
  });
});
