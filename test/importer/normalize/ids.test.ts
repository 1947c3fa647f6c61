import fc from "fast-check";
import {
  cnResidentCheck,
  idNumberKey,
  parseIdNumber,
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

  it("any one changed digit of a mainland ID is caught", () => {
    fc.assert(
      fc.property(
        cnId,
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 9 }),
        (id, at, delta) => {
          const changed =
            id.slice(0, at) + String((Number(id[at]) + delta) % 10) + id.slice(at + 1);
          expect(parseIdNumber(changed)?.valid).toBe(false);
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
