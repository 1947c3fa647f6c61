import fc from "fast-check";
import {
  cnResidentCheck,
  creditCodeCheck,
  idNumberKey,
  parseCreditCode,
  parseIdNumber,
  parseIdNumberCell,
  twNationalCheck,
} from "../../../src/importer/normalize";

describe("parseIdNumber", () => {
  it("recognises a mainland resident ID and checks its check character", () => {
    expect(parseIdNumber("11010519491231002X")).toEqual({
      kind: "cn-resident",
      valid: true,
      key: "11010519491231002X",
      birthday: "1949-12-31",
    });
    expect(parseIdNumber("11010519491231002x")?.valid).toBe(true);
    expect(parseIdNumber("110105194912310021")).toMatchObject({
      kind: "cn-resident",
      valid: false,
    });
  });

  it("calls a mainland ID with an impossible birth date invalid", () => {
    const first17 = "11010519490231002";
    expect(parseIdNumber(first17 + cnResidentCheck(first17))).toEqual({
      kind: "cn-resident",
      valid: false,
      key: first17 + cnResidentCheck(first17),
    });
  });

  it("recognises a Taiwanese national ID and checks its check digit", () => {
    expect(parseIdNumber("A123456789")).toEqual({
      kind: "tw-national",
      valid: true,
      key: "A123456789",
    });
    expect(parseIdNumber(" a123456789 ")?.valid).toBe(true);
    expect(parseIdNumber("Ａ１２３４５６７８９")?.valid).toBe(true);
    expect(parseIdNumber("A123456788")).toEqual({
      kind: "tw-national",
      valid: false,
      key: "A123456788",
    });
    expect(parseIdNumber("F231234567")?.kind).toBe("tw-national");
  });

  it.each([
    "",
    "王小明",
    "0912345678",
    "A323456789",
    "12345678901234567",
    "1101051949123100211",
    "AB12345678",
  ])("does not take %p for an ID number", (text) => {
    expect(parseIdNumber(text)).toBeNull();
    expect(idNumberKey(text)).toBeNull();
  });
});

describe("ID number properties", () => {
  const digitString = (n: number) =>
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((d) => d.join(""));
  const cnId = fc
    .tuple(
      fc.integer({ min: 110000, max: 659999 }),
      fc.date({ min: new Date("1900-01-01"), max: new Date("2024-12-31"), noInvalidDate: true }),
      digitString(3)
    )
    .map(([area, date, seq]) => {
      const first17 = `${area}${date.toISOString().slice(0, 10).replace(/-/g, "")}${seq}`;
      return first17 + cnResidentCheck(first17);
    });
  const twId = fc
    .tuple(
      fc.constantFrom(..."ABCDEFGHIJKLMNOPQRSTUVWXYZ"),
      fc.constantFrom("1", "2", "8", "9"),
      digitString(7)
    )
    .map(([letter, second, rest]) => {
      const first8 = second + rest;
      return letter + first8 + twNationalCheck(letter, first8);
    });

  it("every well-formed mainland ID is valid and gives back its birth date", () => {
    fc.assert(
      fc.property(cnId, (id) => {
        const reading = parseIdNumber(id);
        expect(reading).toMatchObject({ kind: "cn-resident", valid: true, key: id });
        expect(reading?.birthday?.replace(/-/g, "")).toBe(id.slice(6, 14));
      })
    );
  });

  it("any one changed digit of a mainland ID is caught, or leaves a birth year no one living has (an organisation's credit code)", () => {
    fc.assert(
      fc.property(
        cnId,
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 9 }),
        (id, at, delta) => {
          const changed =
            id.slice(0, at) + String((Number(id[at]) + delta) % 10) + id.slice(at + 1);
          const year = Number(changed.slice(6, 10));
          const creditCode = parseCreditCode(changed);
          if (creditCode) {
            expect(year < 1880 || year > 2099).toBe(true);
            expect(parseIdNumber(changed)).toBeNull();
          } else expect(parseIdNumber(changed)?.valid).toBe(false);
        }
      )
    );
  });

  it("every well-formed Taiwanese ID is valid, and a wrong check digit is caught", () => {
    fc.assert(
      fc.property(twId, fc.integer({ min: 1, max: 9 }), (id, delta) => {
        expect(parseIdNumber(id)).toEqual({ kind: "tw-national", valid: true, key: id });
        const wrong = id.slice(0, 9) + String((Number(id[9]) + delta) % 10);
        expect(parseIdNumber(wrong)?.valid).toBe(false);
        expect(parseIdNumber(id.toLowerCase())?.key).toBe(id);
      })
    );
  });
});

describe("unified social credit code (统一社会信用代码, GB 32100-2015)", () => {
  it("checks the mod-31 check character of real codes", () => {
    expect(creditCodeCheck("91350100M000100Y4")).toBe("3");
    expect(creditCodeCheck("91110000802100433")).toBe("B");
    expect(parseCreditCode("91350100M000100Y43")).toEqual({
      valid: true,
      key: "91350100M000100Y43",
    });
    expect(parseCreditCode(" 91110000802100433b ")).toEqual({
      valid: true,
      key: "91110000802100433B",
    });
    expect(parseCreditCode("91330106MA2B1X7K3Q")).toEqual({
      valid: false,
      key: "91330106MA2B1X7K3Q",
    });
  });

  it("a school's code of digits and X is a credit code, not a personal ID", () => {
    expect(parseIdNumber("12330100470123456X")).toBeNull();
    expect(parseCreditCode("12330100470123456X")?.valid).toBe(false);
    expect(parseCreditCode("12330100470123456G")?.valid).toBe(true);
    expect(idNumberKey("12330100470123456g")).toBe("12330100470123456G");
  });

  it("a personal ID is not read as a credit code", () => {
    expect(parseCreditCode("11010519491231002X")).toBeNull();
    expect(parseCreditCode("110105194912310021")).toBeNull();
    expect(parseCreditCode("A123456789")).toBeNull();
  });

  it("a cell with a wrong check character is kept as written with a warning; a right one says nothing", () => {
    expect(parseIdNumberCell("91330106MA2B1X7K3Q")).toMatchObject({
      ok: true,
      value: "91330106MA2B1X7K3Q",
      code: "value.credit-code-checksum",
    });
    expect(parseIdNumberCell("91350100M000100Y43")).toEqual({
      ok: true,
      value: "91350100M000100Y43",
    });
    expect(parseIdNumberCell("12330100470123456X")).toMatchObject({
      code: "value.credit-code-checksum",
    });
  });
});
