/**
 * A phone is digits and dialling separators with at most one extension at its end. Codes whose
 * letters happen to be e, x or t (XXE12345678, a contract number) are codes, not phones: seen on a
 * real price table whose contract column was read as phones.
 */
import { importWorkbook } from "../../src/importer";
import { profileColumn } from "../../src/importer/profile";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

describe("what reads as a phone", () => {
  it("letters anywhere but an extension at the end make a code", () => {
    const codes = profileColumn([
      "XXE87156571",
      "XXX47269263",
      "EXT12345678",
      "TX-5550123",
      "XE 1234567",
    ]);
    expect(codes.phone).toBe(0);
  });

  it("phones with an extension, a country code or 转 still read as phones", () => {
    const phones = profileColumn([
      "(212) 555-0100 ext 23",
      "555-0101 x7",
      "0571-88880000转801",
      "+86 138 0000 1234",
      "02-2345-6789 轉 12",
      "13800001111",
    ]);
    expect(phones.phone).toBe(1);
  });

  it("amounts written as text with one decimal point are figures, not phones", () => {
    const amounts = profileColumn([
      "1180412.13462",
      "16187.80633000002",
      "72299.91915999999",
      "364125.81469",
      "2339.94558000001",
    ]);
    expect(amounts.phone).toBe(0);
    expect(amounts.numeric).toBe(1);
    // A phone split by points more than once, or opening with its trunk 0, is still a phone.
    expect(profileColumn(["0912.345.678", "02.2345.6789", "0571.8888.0000"]).phone).toBe(1);
  });

  it("a column of contract codes beside a client name does not take the phone field", () => {
    const rows: SourceCell[][] = [["Contract No", "Client Name", "Phone"]];
    const clients = [
      "Harbour Trading Co.",
      "Northgate Foods Co.",
      "Riverside Clinic",
      "Lakeside Hotel",
      "Summit Co.",
    ];
    clients.forEach((name, i) =>
      rows.push([`XX${"EXTEX"[i]}${45170000 + i * 7919}`, name, `(212) 555-01${10 + i}`])
    );
    const r = importWorkbook([sheet("Clients", rows)]);
    const field = (h: string) => r.mappings[0].columns.find((c) => c.header === h)?.field ?? null;
    expect(field("Phone")).toBe("phone");
    expect(field("Contract No")).not.toBe("phone");
    expect(r.records.Clients.map((c) => c.phone)).toEqual(
      clients.map((_, i) => `(212) 555-01${10 + i}`)
    );
  });
});
