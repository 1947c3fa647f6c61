import fc from "fast-check";
import {
  looksLikePhone,
  phoneKey,
  phoneKeys,
  phoneRegionForLang,
  phoneRegionFromLocale,
  readPhone,
  readPhones,
} from "../../../src/importer/normalize";

describe("phone numbers", () => {
  it.each([
    ["0912-345-678", "TW", "+886912345678"],
    ["0912 345 678", "TW", "+886912345678"],
    ["+886 912 345 678", "TW", "+886912345678"],
    ["886-912-345-678", "TW", "+886912345678"],
    ["(02) 2345-6789", "TW", "+886223456789"],
    ["13812345678", "CN", "+8613812345678"],
    ["+86 138 1234 5678", "CN", "+8613812345678"],
    ["0086 138-1234-5678", "CN", "+8613812345678"],
    ["010-62345678", "CN", "+861062345678"],
    ["9123 4567", "HK", "+85291234567"],
    ["(415) 555-2671", "US", "+14155552671"],
    ["手機：0912-345-678", "TW", "+886912345678"],
    ["Tel: +1 415 555 2671", "CN", "+14155552671"],
    ["０９１２３４５６７８", "TW", "+886912345678"],
  ])("reads %p in %s as %s", (text, region, e164) => {
    expect(looksLikePhone(text, region as "CN")).toBe(true);
    expect(phoneKey(text, region as "CN")).toBe(e164);
  });

  it.each([
    ["415-555-2671 Sadia Karim", "US", "+14155552671"],
    ["4155552671 - phone number", "US", "+14155552671"],
    ["415-555-2671. Sara. sara@example.org", "US", "+14155552671"],
    ["13812345678 王建国（母亲）", "CN", "+8613812345678"],
    ["0912-345-678 - 林小姐", "TW", "+886912345678"],
  ])("reads the number leading %p, a note run on after it", (text, region, e164) => {
    expect(phoneKey(text, region as "CN")).toBe(e164);
    expect(readPhone(text, region as "CN")?.text).toBe(text);
  });

  it.each([
    ["2731 Ocean Ave 5B", "US"],
    ["2024-05-06 meeting", "CN"],
    ["20240506 回访", "CN"],
    ["- Bikash Subedi", "US"],
    ["Room 12 5B", "US"],
  ])("reads no phone in %p: a house number, a date or words alone", (text, region) => {
    expect(looksLikePhone(text, region as "CN")).toBe(false);
  });

  it("keeps the number as written and the extension apart", () => {
    expect(readPhone(" 021-62345678转123 ", "CN")).toEqual({
      text: "021-62345678转123",
      e164: "+862162345678",
      country: "CN",
      extension: "123",
    });
    expect(readPhone("(02) 2345-6789 分機 45", "TW")?.extension).toBe("45");
  });

  it.each([
    ["2024-05-26", "CN"],
    ["20240526", "CN"],
    ["113/05/26", "TW"],
    ["A123456789", "TW"],
    ["110101199003074578", "CN"],
    ["12", "CN"],
    ["王小明", "TW"],
    ["", "US"],
    ["n/a", "US"],
    ["=1+2", "US"],
  ])("does not take %p for a phone number in %s", (text, region) => {
    expect(looksLikePhone(text, region as "CN")).toBe(false);
    expect(phoneKey(text, region as "CN")).toBeNull();
  });

  it("reads every number of a cell that lists several", () => {
    expect(phoneKeys("0912-345-678 / 02-2345-6789", "TW")).toEqual([
      "+886912345678",
      "+886223456789",
    ]);
    expect(phoneKeys("13812345678，13987654321", "CN")).toEqual([
      "+8613812345678",
      "+8613987654321",
    ]);
  });

  it("picks the default region from the workbook language or locale", () => {
    expect(phoneRegionForLang("zh-TW")).toBe("TW");
    expect(phoneRegionForLang("zh-CN")).toBe("CN");
    expect(phoneRegionForLang("en")).toBe("US");
    expect(phoneRegionFromLocale("zh-HK")).toBe("HK");
    expect(phoneRegionFromLocale("en-HK")).toBe("HK");
    expect(phoneRegionFromLocale("zh-Hant-TW")).toBe("TW");
    expect(phoneRegionFromLocale("zh-CN")).toBe("CN");
    expect(phoneRegionFromLocale(undefined)).toBe("US");
  });
});

describe("phone number properties", () => {
  const digits = (n: number) =>
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(""));
  const separator = fc.constantFrom("", " ", "-", ".");

  it("a Taiwanese mobile has one key however it is written", () => {
    fc.assert(
      fc.property(digits(8), separator, fc.boolean(), (rest, sep, international) => {
        const national = `09${rest.slice(0, 2)}${sep}${rest.slice(2, 5)}${sep}${rest.slice(5)}`;
        const written = international ? `+886${sep || " "}${national.slice(1)}` : national;
        expect(phoneKey(written, "TW")).toBe(`+8869${rest}`);
        // Read in another default region, the "+886" form still lands in Taiwan.
        if (international) expect(phoneKey(written, "CN")).toBe(`+8869${rest}`);
      })
    );
  });

  it("a mainland mobile has one key however it is written", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 9 }),
        digits(9),
        separator,
        fc.constantFrom("", "+86 ", "0086 "),
        (second, rest, sep, prefix) => {
          // 179 is no mobile block (it began IP-call prefixes such as 17951); libphonenumber
          // rightly refuses most of it.
          fc.pre(!(second === 7 && rest.startsWith("9")));
          const written = `${prefix}1${second}${rest.slice(0, 1)}${sep}${rest.slice(1, 5)}${sep}${rest.slice(5)}`;
          expect(phoneKey(written, "CN")).toBe(`+861${second}${rest}`);
        }
      )
    );
  });

  it("a date is never a phone number", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-01-01"), max: new Date("2099-12-31"), noInvalidDate: true }),
        fc.constantFrom("-", "/", ".", ""),
        (date, sep) => {
          const [y, m, d] = date.toISOString().slice(0, 10).split("-");
          expect(looksLikePhone(`${y}${sep}${m}${sep}${d}`, "CN")).toBe(false);
        }
      )
    );
  });
});

describe("phoneKeys of bare mobile digits (without libphonenumber)", () => {
  const parsed = (text: string, region: "CN" | "TW") => [
    ...new Set(readPhones(text, region).map((r) => r.e164)),
  ];

  it("gives libphonenumber's key for every prefix, in CN and TW", () => {
    // Every 4-digit start of an 11-digit CN or a 10-digit TW number, with varied endings: the
    // shortcut must agree wherever it applies, and where it does not the parse is used anyway.
    let compared = 0;
    for (let prefix = 1000; prefix <= 1999; prefix++)
      for (const tail of ["0000000", "1234567", "9999999", "5060708"]) {
        const text = `${prefix}${tail}`;
        expect(phoneKeys(text, "CN")).toEqual(parsed(text, "CN"));
        compared++;
      }
    for (let prefix = 900; prefix <= 999; prefix++)
      for (const tail of ["0000000", "1234567", "9999999", "5060708"]) {
        const text = `0${prefix}${tail}`;
        expect(phoneKeys(text, "TW")).toEqual(parsed(text, "TW"));
        expect(phoneKeys(text, "CN")).toEqual(parsed(text, "CN"));
      }
    expect(compared).toBe(4000);
    expect(phoneKeys("13800138000", "CN")).toEqual(["+8613800138000"]);
    expect(phoneKeys("0912345678", "TW")).toEqual(["+886912345678"]);
  });

  it("gives libphonenumber's key for any run of digits", () => {
    const digits = fc.stringMatching(/^(1\d{10}|09\d{8}|\d{5,12})$/);
    fc.assert(
      fc.property(digits, fc.constantFrom("CN" as const, "TW" as const), (text, region) => {
        expect(phoneKeys(text, region)).toEqual(parsed(text, region));
      }),
      { numRuns: 3_000 }
    );
  });
});
