/**
 * A log of one row per invoice, order or payment, in a workbook with no client list, whose rows
 * carry each member's own details (a number, phone or e-mail to tell them apart, and a birthday or
 * an ID number nobody needs for a sale) the same on every row of the member: the members are the
 * clients, each member's rows merged into one. Any log beside a client list stays a log (a log
 * naming only its buyers: buyer-log.test.ts). Invented sheets only (English, 简体, 繁體; other column orders).
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { ImportResult, SourceCell } from "../../src/importer/types";
import { INVENTED_PEOPLE, sheet } from "./helpers";

const pad = (n: number) => String(n).padStart(2, "0");

interface Variant {
  label: string;
  header: string[];
  /** One row: the member (index into the people), the row's number in the log. */
  row: (member: number, i: number) => SourceCell[];
  people: readonly string[];
}

/** Member m's birthday as the sheet writes it (dd-mm-yyyy text). */
const birth = (m: number) => `${pad((m % 27) + 1)}-${pad((m % 12) + 1)}-19${70 + m}`;

const variants: Variant[] = [
  {
    label: "English, a studio's invoices",
    header: [
      "Member Code",
      "Invoice No.",
      "Invoice Date",
      "Name",
      "Mobile",
      "Plan Name",
      "Total Amount",
      "Trainer Name",
      "Email",
      "DOB",
      "Client Rep",
    ],
    people: INVENTED_PEOPLE.en,
    row: (m, i) => [
      `MB-${5000 + m * 17}`,
      `INV-${1000 + i}`,
      `${pad((i % 27) + 1)}-${pad((i % 12) + 1)}-2025`,
      INVENTED_PEOPLE.en[m],
      `+1 415 555 01${pad(m)}`,
      ["Group 12 Sessions", "Group 36 Sessions", "Private 8"][i % 3],
      String(4999 + (i % 4) * 1000),
      ["Ivy Coach", "NONE", "Rex Coach"][i % 3],
      `${INVENTED_PEOPLE.en[m].split(" ")[0].toLowerCase()}${m}@example.com`,
      m % 4 === 3 ? null : birth(m),
      m % 3 === 0 ? "NONE" : "Dana Reyes",
    ],
  },
  {
    label: "简体, 会员消费记录 with the member number last",
    header: [
      "订单号",
      "消费日期",
      "会员姓名",
      "手机号",
      "身份证号",
      "消费金额",
      "项目",
      "会员编号",
    ],
    people: INVENTED_PEOPLE["zh-CN"],
    row: (m, i) => [
      `D2025${pad(i)}`,
      `2025-${pad((i % 12) + 1)}-${pad((i % 27) + 1)}`,
      INVENTED_PEOPLE["zh-CN"][m],
      `1390000${String(1000 + m * 7)}`,
      idNumber(m),
      200 + (i % 5) * 100,
      ["面部护理", "肩颈理疗", "年卡续费"][i % 3],
      `VIP${String(300 + m).padStart(5, "0")}`,
    ],
  },
  {
    label: "繁體, 消費紀錄 without a member number",
    header: ["發票號碼", "消費日期", "姓名", "生日", "電子郵件", "消費金額", "方案"],
    people: INVENTED_PEOPLE["zh-TW"],
    row: (m, i) => [
      `R-${7700 + i}`,
      `2025/${pad((i % 12) + 1)}/${pad((i % 27) + 1)}`,
      INVENTED_PEOPLE["zh-TW"][m],
      `19${70 + m}/${pad((m % 12) + 1)}/${pad((m % 27) + 1)}`,
      `member${m}@example.tw`,
      1500 + (i % 3) * 500,
      ["月費", "季費", "年費"][i % 3],
    ],
  },
];

/** A valid-looking (invented) mainland ID number for member m. */
function idNumber(m: number): string {
  const body = `11010519${70 + m}0${(m % 9) + 1}1${pad(m)}${m % 10}`;
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...body].reduce((s, d, i) => s + Number(d) * weights[i], 0);
  return body + "10X98765432"[sum % 11];
}

/** 24 rows over 8 members: each member on three rows, the log newest first. */
function log(v: Variant, members = 8, rows = 24): SourceCell[][] {
  const out: SourceCell[][] = [v.header];
  for (let i = 0; i < rows; i++) out.push(v.row((i * 3) % members, rows - i));
  return out;
}

const memberIssue = (r: ImportResult) => r.issues.find((i) => i.code === "sheet.why.member-log");

describe("a log whose rows carry each member's own details", () => {
  for (const v of variants) {
    it(`makes one client per member, the member's rows merged (${v.label})`, () => {
      const r = importWorkbook([sheet("Sheet1", log(v))]);
      const m = r.mappings[0];
      expect(m.registerSheet).toBe("Clients");
      expect(m.kind).toBeUndefined();
      expect(r.records.Clients).toHaveLength(8);
      expect(r.summary).toMatchObject({ sourceRows: 24, imported: 8, merged: 16, rejected: 0 });
      const names = r.records.Clients.map((c) => c.name).sort();
      expect(names).toEqual([...v.people.slice(0, 8)].sort());
      const issue = memberIssue(r);
      expect(issue?.severity).toBe("info");
      expect(issue?.params).toMatchObject({ count: 8, rows: 24 });
      // The issue is told in every language of the catalogue, never as a key.
      for (const lang of ["en", "zh-CN", "zh-TW"] as const) {
        const text = renderMessage(issue!.code!, issue!.params!, lang);
        expect(text).not.toContain("sheet.why");
        expect(text).toContain("24");
      }
      // The member's own details are listed as each language lists them.
      const personal = issue!.params!.personal as readonly string[];
      expect(Array.isArray(personal) && personal.length).toBeGreaterThan(0);
      const two = { ...issue!.params!, personal: [...personal, "Z (生日)"] };
      expect(renderMessage(issue!.code!, two, "zh-CN")).toContain(`${personal[0]}、Z (生日)`);
      expect(renderMessage(issue!.code!, two, "en")).toContain(`${personal[0]}, Z (生日)`);
    });
  }

  it("keeps the member's number, birthday, e-mail and rep, and leaves the invoice columns to notes", () => {
    const r = importWorkbook([sheet("Sheet2", log(variants[0]))]);
    const fields = Object.fromEntries(
      r.mappings[0].columns.map((c) => [c.header, c.field] as const)
    );
    expect(fields).toMatchObject({
      "Member Code": "clientId",
      Name: "name",
      Email: "email",
      DOB: "birthday",
      "Client Rep": "owner",
      "Invoice No.": null,
      "Total Amount": null,
      "Trainer Name": null,
    });
    const owen = r.records.Clients.find((c) => c.name === INVENTED_PEOPLE.en[1]);
    expect(owen).toMatchObject({
      clientId: "MB-5017",
      birthday: "1971-02-02",
      owner: "Dana Reyes",
    });
    const rex = r.records.Clients.find((c) => c.name === INVENTED_PEOPLE.en[0]);
    expect(rex?.owner ?? null).toBeNull();
  });

  it("reads no members when the rows name only who paid (a name and an e-mail): its buyers are the clients", () => {
    const header = ["Invoice No.", "Invoice Date", "Customer", "Email", "Item", "Amount"];
    const rows: SourceCell[][] = [header];
    for (let i = 0; i < 24; i++) {
      const m = i % 4;
      rows.push([
        `INV-${900 + i}`,
        `2025-03-${pad((i % 27) + 1)}`,
        INVENTED_PEOPLE.en[m],
        `buyer${m}@example.com`,
        `Widget ${i % 5}`,
        30 + i,
      ]);
    }
    const r = importWorkbook([sheet("Invoices", rows)]);
    expect(memberIssue(r)).toBeUndefined();
    // With no client list in the workbook, each buyer the invoices name is one client (buyer-log).
    expect(r.issues.some((i) => i.code === "sheet.why.buyer-log")).toBe(true);
    expect(r.records.Clients.map((c) => c.name).sort()).toEqual(
      INVENTED_PEOPLE.en.slice(0, 4).sort()
    );
  });

  it("stays a log beside a client list of the same members", () => {
    const v = variants[1];
    const clients: SourceCell[][] = [["会员编号", "会员姓名", "手机号"]];
    for (let m = 0; m < 8; m++)
      clients.push([
        `VIP${String(300 + m).padStart(5, "0")}`,
        v.people[m],
        `1390000${String(1000 + m * 7)}`,
      ]);
    const r = importWorkbook([sheet("会员", clients), sheet("消费记录", log(v))]);
    const logMapping = r.mappings.find((m) => m.sheet === "消费记录");
    expect(logMapping?.registerSheet).toBeNull();
    expect(logMapping?.kind).toBe("transactions");
    expect(r.records.Clients).toHaveLength(8);
    expect(memberIssue(r)).toBeUndefined();
  });

  it("reads no member details when a member's birthday differs from row to row: the log's buyers are still its clients (buyer-log)", () => {
    const v = variants[2];
    const rows = log(v);
    // Each row a different birthday: a field of the row, not the member's.
    rows.slice(1).forEach((row, i) => {
      row[3] = `19${60 + (i % 30)}/0${(i % 9) + 1}/1${i % 10}`;
    });
    const r = importWorkbook([sheet("工作表1", rows)]);
    expect(memberIssue(r)).toBeUndefined();
    expect(r.issues.some((i) => i.code === "sheet.why.buyer-log")).toBe(true);
    expect(r.records.Clients).toHaveLength(8);
  });

  it("is forced in by --map as before, and a forced log is told no member-log issue", () => {
    const r = importWorkbook([sheet("Invoices", log(variants[0]))], {
      mapping: { "Invoices!*": "Clients" },
    });
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(memberIssue(r)).toBeUndefined();
  });
});
