/**
 * Values that name no one, whatever a header resembles: a form of address alone (先生 / 女士 under
 * 聯絡人稱謂, Mr / Ms under Contact Title), web links (owner_link), phone numbers under a contact's
 * phone heading. And a map's link holding an "@" is no e-mail address. Invented sheets only.
 */
import { importWorkbook } from "../../src/importer";
import { looksLikeEmail } from "../../src/importer/normalize";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const fieldsOf = (rows: SourceCell[][]) =>
  importWorkbook([sheet("Clients", rows)]).mappings[0].columns.map((c) => c.field);

const PEOPLE = ["林志豪", "黃淑芬", "吳建宏", "蔡佳玲", "鄭雅婷", "許文彥"];

describe("columns whose values name no one", () => {
  it("leaves a contact's form of address out of the main contact (繁體)", () => {
    expect(
      fieldsOf([
        ["用戶名稱", "聯絡人稱謂", "聯絡人名稱"],
        ...PEOPLE.map((p, i) => [p, i % 2 === 0 ? "先生" : "女士", p]),
      ])
    ).not.toContain("mainContact");
  });

  it("leaves a contact's form of address out of the main contact (English)", () => {
    const fields = fieldsOf([
      ["Company", "Contact Title", "Phone"],
      ...["Acme Ltd", "Birch Co", "Cobalt Inc", "Delta LLC", "Ember Ltd", "Fjord Co"].map(
        (c, i) => [c, i % 2 === 0 ? "Mr" : "Ms.", `(212) 555-01${10 + i}`]
      ),
    ]);
    expect(fields[1]).toBeNull();
  });

  it("leaves a column of web links out of the owner", () => {
    const rows: SourceCell[][] = [
      ["name", "phone", "owner_link"],
      ...[
        "Maple Residency",
        "Royal Orchid",
        "Ganga Hotel",
        "Lotus Inn",
        "Palm Stay",
        "Oak Lodge",
      ].map((n, i) => [n, `+91 90000 1000${i}`, `https://maps.example.com/contrib/10000${i}`]),
    ];
    expect(fieldsOf(rows)[2]).toBeNull();
  });

  it("reads a map's link with an @ as a link, not an e-mail address", () => {
    expect(looksLikeEmail("https://maps.example.com/place/Maple+Residency/@28.75,77.13,14z")).toBe(
      false
    );
    expect(looksLikeEmail("www.example.com/@shop")).toBe(false);
    expect(looksLikeEmail("maple@example.com")).toBe(true);
  });
});
