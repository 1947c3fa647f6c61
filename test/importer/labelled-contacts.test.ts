/**
 * An accounting program's contact list writes each customer's numbers after their labels in one
 * cell (Phone:(254) 555-0186 Fax:(254) 555-0199, 手機：0912-345-678 傳真：…) and its e-mail as a
 * list (info@…, office@…): a person reads the numbers as the customer's phone and the first
 * address as the e-mail, the list kept as written.
 */
import { importWorkbook } from "../../src/importer";
import { emailsListed, labelledPhoneNumber, parseEmail } from "../../src/importer/normalize";
import { profileColumn } from "../../src/importer/profile";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_COMPANIES, sheet, table } from "./helpers";

const VARIANTS = [
  {
    label: "English",
    headers: ["Customer", "Phone numbers", "Email"],
    phone: (i: number) => `Phone:(254) 555-01${10 + i} Fax:(254) 555-02${10 + i}`,
    parties: INVENTED_COMPANIES.en,
  },
  {
    label: "简体",
    headers: ["客户", "电话号码", "邮箱"],
    phone: (i: number) => `手机：139-0000-${1000 + i} 传真：021-5555-${2000 + i}`,
    parties: INVENTED_COMPANIES["zh-CN"],
  },
  {
    label: "繁體",
    headers: ["客戶", "電話號碼", "電子郵件"],
    phone: (i: number) => `電話：02-2555-${1000 + i} 傳真：02-2555-${2000 + i}`,
    parties: INVENTED_COMPANIES["zh-TW"],
  },
];

const mail = (i: number) => `info${i}@shop${i}.test, office${i}@shop${i}.test`;

function contacts(v: (typeof VARIANTS)[number]): SourceCell[][] {
  return table(v.headers, 10, (_, i, k) => [v.parties[i], v.phone(i), mail(i)][k]);
}

describe("labelled numbers and listed addresses", () => {
  it.each(VARIANTS)(
    "$label: the labelled numbers are the phone, the first address the e-mail",
    (v) => {
      const r = importWorkbook([sheet("Customers", contacts(v))]);
      const columns = r.mappings.find((m) => m.sheet === "Customers")?.columns ?? [];
      expect(columns.map((c) => c.field)).toEqual(["name", "phone", "email"]);
      const first = r.records.Clients.find((c) => c.name === v.parties[0]);
      expect(first?.phone).toBe(v.phone(0));
      expect(first?.email).toBe("info0@shop0.test");
      expect(String(first?.notes ?? "")).toContain("office0@shop0.test");
    }
  );

  it("reads a number only after a phone's own label, never a fax's or another word's", () => {
    expect(labelledPhoneNumber("Phone:(254) 555-0186 Fax:(254) 555-0199")).toBe("(254) 555-0186");
    expect(labelledPhoneNumber("Work Phone: 212-555-0140")).toBe("212-555-0140");
    expect(labelledPhoneNumber("手機：0912-345-678")).toBe("0912-345-678");
    expect(labelledPhoneNumber("Fax: 212-555-0140")).toBeNull();
    expect(labelledPhoneNumber("Account: 2125550140")).toBeNull();
    expect(labelledPhoneNumber("Phone: 2024-05-06 call back")).toBeNull();
    expect(profileColumn(["Phone:(254) 555-0186", "Tel. 212-555-0140 (office)"]).phone).toBe(1);
  });

  it("reads a list of addresses and nothing else as e-mail addresses", () => {
    expect(emailsListed("a@x.test, b@y.test")).toEqual(["a@x.test", "b@y.test"]);
    expect(emailsListed("a@x.test；b@y.test")).toEqual(["a@x.test", "b@y.test"]);
    expect(emailsListed("a@x.test")).toBeNull();
    expect(emailsListed("a@x.test or call")).toBeNull();
    const read = parseEmail("a@x.test; b@y.test");
    expect(read.ok && read.value).toBe("a@x.test");
    expect(read.code).toBe("email.several");
    expect(profileColumn(["a@x.test, b@y.test", "c@z.test"]).email).toBe(1);
  });

  it("the keeper's own addresses on every row give way to the clients' own", () => {
    const v = VARIANTS[0];
    const rows = table(
      ["Customer", "Email", "Cust Email"],
      10,
      (_, i, k) =>
        [v.parties[i], "sales@ourfirm.test, desk@ourfirm.test", `buyer${i}@shop${i}.test`][k]
    );
    const r = importWorkbook([sheet("Customers", rows)]);
    const columns = r.mappings.find((m) => m.sheet === "Customers")?.columns ?? [];
    expect(columns.map((c) => c.field)).toEqual(["name", null, "email"]);
  });
});
