/**
 * A bare "Number" (No., 号码) over ten or eleven digits stored as numbers, distinct per person: a
 * phone outside the mainland (no profile dials 90000237781), as a person reads it — never an
 * identity document's number, which the header only resembles. A header saying ID Number, or
 * values of an ID's shape, keep the ID. A numbered "tel 1" beside the phone says no kind of phone
 * and stays in notes. Invented sheets only.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const NAMES = {
  en: ["Asha Rao", "Kiran Das", "Meera Iyer", "Rohan Sen", "Tara Bose", "Vikram Nair"],
  "zh-CN": ["王晓明", "李秀英", "张伟", "刘洋", "陈静", "杨帆"],
  "zh-TW": ["林志豪", "黃淑芬", "吳建宏", "蔡佳玲", "鄭雅婷", "許文傑"],
};

function list(
  lang: keyof typeof NAMES,
  header: [string, string, string],
  value: (i: number) => SourceCell
): SourceCell[][] {
  return [header, ...NAMES[lang].map((name, i) => [name, value(i), `p${i}@example.org`])];
}

describe("a bare number header over a phone's length of digits", () => {
  const cases: { label: string; rows: SourceCell[][]; col: number }[] = [
    {
      label: "English, eleven digits stored as numbers",
      rows: list("en", ["Name", "Number", "Mail ID"], (i) => 90000237781 + i * 70913),
      col: 1,
    },
    {
      label: "简体, ten digits as text, the number first",
      rows: list("zh-CN", ["姓名", "号码", "邮箱"], (i) => String(9812345670 + i * 3301)).map(
        (r) => [r[1], r[0], r[2]]
      ),
      col: 0,
    },
    {
      label: "繁體, eleven digits stored as numbers",
      rows: list("zh-TW", ["姓名", "號碼", "電子郵件"], (i) => 60123456789 + i * 5077),
      col: 1,
    },
  ];
  for (const c of cases) {
    it(`is the phone, not an ID number (${c.label})`, () => {
      const r = importWorkbook([sheet("Members", c.rows)]);
      const column = r.mappings[0].columns[c.col];
      expect(column.field).toBe("phone");
      expect(r.records.Clients).toHaveLength(6);
      expect(r.records.Clients.every((x) => /^\d{10,11}$/.test(String(x.phone)))).toBe(true);
      expect(r.records.Clients.every((x) => (x.idNumber ?? null) === null)).toBe(true);
      // Digits stored as numbers are no phone by their profile: the length says it, and the
      // mapping tells why (digits typed as text read as phones already).
      if (typeof c.rows[1][c.col] !== "number") return;
      const reason = column.reasons?.find((x) => x.code === "map.why.phone-length");
      expect(reason).toBeDefined();
      for (const lang of ["en", "zh-CN", "zh-TW"] as const)
        expect(renderMessage("map.why.phone-length", reason?.params ?? {}, lang)).not.toMatch(/\{/);
    });
  }

  it("stays an ID number under a header that says so", () => {
    const rows = list("en", ["Name", "ID Number", "Mail ID"], (i) => 90000237781 + i * 70913);
    const r = importWorkbook([sheet("Members", rows)]);
    expect(r.mappings[0].columns[1].field).not.toBe("phone");
  });

  it("is no phone when the digits run as row numbers or repeat as one code", () => {
    const serial = list("en", ["Name", "Number", "Mail ID"], (i) => 10000000001 + i);
    expect(importWorkbook([sheet("Members", serial)]).mappings[0].columns[1].field).not.toBe(
      "phone"
    );
    const repeated = list("en", ["Name", "Number", "Mail ID"], (i) => 90000237781 + (i % 2));
    expect(importWorkbook([sheet("Members", repeated)]).mappings[0].columns[1].field).not.toBe(
      "phone"
    );
  });
});

describe("a numbered extra phone beside the phone", () => {
  it("stays in notes: tel 1 names no kind of phone", () => {
    const rows: SourceCell[][] = [["Customer Name", "Phone Number", "tel 1"]];
    NAMES.en.forEach((name, i) =>
      rows.push([name, `077 555 01${i}0`, i % 2 ? `011 555 02${i}0` : ""])
    );
    const r = importWorkbook([sheet("customers", rows)]);
    expect(r.mappings[0].columns.map((c) => c.field)).toEqual(["name", "phone", null]);
    expect(String(r.records.Clients[1].notes)).toContain("011 555 0210");
  });
});
