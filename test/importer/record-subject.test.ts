/**
 * The client of a sheet of records (a loan pipeline, an application list, a complaint log) when
 * no header uses a field's own words: the column naming the party each record is about (Borrower,
 * 借款人姓名, 申請人) — not the loan officer who repeats, not the co-borrower — or the one column of
 * people's names that hardly repeat. Its row's phone and e-mail go to that client. A person may
 * also say so: "Borrower=name" or "申请人=client". A TOTAL row whose sum was never calculated,
 * a blank row and a few lines of notes under it are no records. Invented sheets only.
 */
import { importWorkbook } from "../../src/importer";
import type { ImportResult, SourceCell } from "../../src/importer/types";
import { INVENTED_PEOPLE, sheet } from "./helpers";

const EN_PEOPLE = [...INVENTED_PEOPLE.en];
const CN_PEOPLE = [...INVENTED_PEOPLE["zh-CN"]];
const TW_PEOPLE = [...INVENTED_PEOPLE["zh-TW"]];

interface Book {
  name: string;
  header: string[];
  rows: SourceCell[][];
}

/** A loan officer's pipeline: subject first, a co-borrower, amount, stage, officer, phone, e-mail. */
function pipeline(lang: "en" | "zh-CN" | "zh-TW", footer = true): Book {
  const header = {
    en: ["Borrower", "Co-Borrower", "Loan Amount", "Stage", "Loan Officer", "Phone", "Email"],
    "zh-CN": ["借款人姓名", "共同借款人", "贷款金额", "阶段", "客户经理", "手机", "邮箱"],
    "zh-TW": ["申請人", "共同借款人", "貸款金額", "階段", "業務員", "電話", "電子郵件"],
  }[lang];
  const people = { en: EN_PEOPLE, "zh-CN": CN_PEOPLE, "zh-TW": TW_PEOPLE }[lang];
  const officers = {
    en: ["Priya Shah", "Marco Ruiz"],
    "zh-CN": ["王建军", "李娜"],
    "zh-TW": ["陳俊傑", "林美玲"],
  }[lang];
  const rows: SourceCell[][] = [header];
  people.forEach((person, i) => {
    rows.push([
      person,
      i % 3 === 0 ? people[(i + 5) % people.length] + (lang === "en" ? " Jr" : "乙") : null,
      250000 + i * 35000,
      ["Application", "Processing", "Funded"][i % 3],
      officers[i % 2],
      lang === "en" ? `(415) 555-01${String(i).padStart(2, "0")}` : `1390000${1000 + i}`,
      `client${i}@mail.example.com`,
    ]);
  });
  if (footer)
    rows.push(
      [lang === "en" ? "TOTAL" : "合计", null, null, null, null, null, null],
      [],
      [lang === "en" ? "Notes" : "备注"],
      [lang === "en" ? "- Rate locks expire after 45 days" : "- 利率锁定45天后失效"],
      [lang === "en" ? "- Amounts in $ unless noted" : "- 金额单位为元"]
    );
  return { name: { en: "Pipeline", "zh-CN": "贷款商机", "zh-TW": "貸款進度" }[lang], header, rows };
}

const mapped = (r: ImportResult, header: string) =>
  r.mappings[0].columns.find((c) => c.header === header);

describe("a loan pipeline whose client column is headed Borrower / 借款人姓名 / 申請人", () => {
  it.each(["en", "zh-CN", "zh-TW"] as const)(
    "makes one client per borrower, with the row's phone and e-mail (%s)",
    (lang) => {
      const book = pipeline(lang);
      const r = importWorkbook([sheet(book.name, book.rows)]);
      expect(r.mappings[0].registerSheet).toBe("Pipeline");
      expect(mapped(r, book.header[0])?.field).toBe("prospect");
      expect(r.records.Pipeline).toHaveLength(10);
      const people = { en: EN_PEOPLE, "zh-CN": CN_PEOPLE, "zh-TW": TW_PEOPLE }[lang];
      expect(r.records.Clients.map((c) => c.name).sort()).toEqual([...people].sort());
      const first = r.records.Clients.find((c) => c.name === people[0]);
      expect(first?.kind).toBe("person");
      expect(first?.email).toBe("client0@mail.example.com");
      // The row's phone, as the register writes one (its digits kept).
      const digits = { en: "4155550100", "zh-CN": "13900001000", "zh-TW": "13900001000" }[lang];
      expect(String(first?.phone).replace(/\D/g, "")).toContain(digits.slice(-7));
      // Each loan belongs to its borrower; the officer owns the loan and is no client.
      const loan = r.records.Pipeline.find((p) => p.prospect === people[0]);
      expect(loan?.clientId).toBe(first?.clientId);
      expect(mapped(r, book.header[4])?.field).toBe("owner");
      expect(r.records.Clients.some((c) => c.name === loan?.owner)).toBe(false);
      // The co-borrower is not the client: kept beside the loan.
      expect(mapped(r, book.header[1])?.field).toBeNull();
    }
  );

  it.each(["en", "zh-CN"] as const)(
    "keeps the TOTAL row, the blank row and the notes under it out of the records (%s)",
    (lang) => {
      const book = pipeline(lang);
      const r = importWorkbook([sheet(book.name, book.rows)]);
      const texts = JSON.stringify([...r.records.Pipeline, ...r.records.Clients]);
      expect(texts).not.toMatch(/Notes|Rate locks|Amounts in|备注|利率锁定|金额单位|TOTAL|合计/);
      expect(r.records.Pipeline).toHaveLength(10);
      expect(r.summary.rejected).toBe(0);
    }
  );
});

describe("a pipeline whose client is told only by its values", () => {
  it("takes the one column of distinct people's names beside the repeating officer", () => {
    const book = pipeline("en", false);
    book.rows[0] = ["Full Name", "Loan Amount", "Stage", "Loan Officer", "Phone", "Email"];
    book.rows = book.rows.map((r, i) => (i === 0 ? r : [r[0], ...r.slice(2)]));
    const r = importWorkbook([sheet("Pipeline", book.rows)]);
    expect(mapped(r, "Full Name")?.field).toBe("prospect");
    expect(mapped(r, "Full Name")?.reasons?.[0]?.code).toBe("map.why.record-subject");
    expect(r.records.Clients).toHaveLength(10);
  });

  it("guesses nothing when two columns of distinct names could each be the client", () => {
    const rows: SourceCell[][] = [["Full Name", "Referred By", "Loan Amount", "Stage"]];
    EN_PEOPLE.forEach((p, i) =>
      rows.push([
        p,
        EN_PEOPLE[(i + 3) % 10].replace(/ .*/, " Quinn"),
        300000 + i * 1000,
        "Application",
      ])
    );
    const r = importWorkbook([sheet("Pipeline", rows)]);
    expect(r.mappings[0].columns.some((c) => c.field === "prospect")).toBe(false);
    expect(r.records.Clients).toHaveLength(0);
  });
});

describe("the user names the client column of a sheet of records", () => {
  it.each([
    ["Pipeline", "en", "Borrower=name"],
    ["Pipeline", "en", "Borrower=client"],
    ["Pipeline", "zh-TW", "申請人=name"],
  ] as const)("accepts %s %s %s as the client each row is about", (_, lang, override) => {
    const book = pipeline(lang);
    const [header, field] = override.split("=");
    const r = importWorkbook([sheet(book.name, book.rows)], { mapping: { [header]: field } });
    expect(r.issues.filter((i) => i.code === "map.override-ignored")).toEqual([]);
    expect(mapped(r, header)?.field).toBe("prospect");
    expect(mapped(r, header)?.source).toBe("override");
    expect(r.records.Clients).toHaveLength(10);
    expect(JSON.stringify(r.records.Pipeline)).not.toMatch(/Notes|Rate locks|利率/);
  });

  it("accepts a complaint log's column as its client (投诉人=client)", () => {
    const rows: SourceCell[][] = [["登记日期", "来电人", "投诉内容", "处理人"]];
    CN_PEOPLE.forEach((p, i) =>
      rows.push([
        `2026-05-${String(i + 1).padStart(2, "0")}`,
        p,
        "理赔进度慢",
        ["王芳", "李强"][i % 2],
      ])
    );
    const r = importWorkbook([sheet("投诉登记", rows)], { mapping: { 来电人: "client" } });
    expect(r.mappings[0].registerSheet).toBe("Complaints");
    expect(r.issues.filter((i) => i.code === "map.override-ignored")).toEqual([]);
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual([...CN_PEOPLE].sort());
    expect(r.records.Complaints).toHaveLength(10);
  });
});
