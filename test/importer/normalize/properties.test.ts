import fc from "fast-check";
import {
  excelSerialToIso,
  isoToExcelSerial,
  parseAmount,
  parseDate,
} from "../../../src/importer/normalize";

/** Groups the digits of a non-negative integer in threes with the given separator. */
function withThousands(n: bigint, separator: string): string {
  return n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

function isRealDate(iso: string): boolean {
  const [year, month, day] = iso.split("-").map(Number);
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

describe("normaliser properties", () => {
  it("parseAmount(String(n)) === n for safe integers", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        const result = parseAmount(String(n));
        expect(result).toMatchObject({ ok: true, value: n === 0 ? 0 : n });
        // Beyond 10^15 the amount is kept but warned (absurd for a client register).
        expect(result.ok && result.code).toBe(Math.abs(n) > 1e15 ? "number.absurd" : undefined);
      })
    );
  });

  it("a number written with thousands separators reads back as itself", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: BigInt(Number.MAX_SAFE_INTEGER) }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom(",", " ", "\u00A0"),
        fc.boolean(),
        (whole, cents, separator, negative) => {
          const text = `${negative ? "-" : ""}${withThousands(whole, separator)}.${String(cents).padStart(2, "0")}`;
          const expected = Number(
            `${negative ? "-" : ""}${whole}.${String(cents).padStart(2, "0")}`
          );
          const result = parseAmount(text);
          expect(result).toMatchObject({ ok: true, value: expected === 0 ? 0 : expected });
          expect(result.ok && result.code).toBe(
            Math.abs(expected) > 1e15 ? "number.absurd" : undefined
          );
        }
      )
    );
  });

  it("a number written the European way reads back with the decimal-comma option", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.integer({ min: 0, max: 99 }),
        (whole, cents) => {
          const text = `${withThousands(whole, ".")},${String(cents).padStart(2, "0")}`;
          const expected = Number(`${whole}.${String(cents).padStart(2, "0")}`);
          expect(parseAmount(text, { decimalComma: true })).toEqual({ ok: true, value: expected });
        }
      )
    );
  });

  it("isoToExcelSerial and excelSerialToIso round-trip for 1900-03-01..9999-12-31", () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date(Date.UTC(1900, 2, 1)),
          max: new Date(Date.UTC(9999, 11, 31)),
          noInvalidDate: true,
        }),
        (date) => {
          const iso = date.toISOString().slice(0, 10);
          const serial = isoToExcelSerial(iso);
          expect(excelSerialToIso(serial)).toBe(iso);
          // Excel serials from 1900-03-01 on count days since 1899-12-30.
          expect(serial).toBe(
            Math.round(
              (Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) -
                Date.UTC(1899, 11, 30)) /
                86_400_000
            )
          );
        }
      )
    );
  });

  it("every serial from 61 to 2958465 maps to a real date and back", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        expect(isoToExcelSerial(excelSerialToIso(serial))).toBe(serial);
      })
    );
  });

  it("parseDate never returns an invalid calendar date", () => {
    const separator = fc.constantFrom("-", "/", ".");
    const part = fc.integer({ min: 0, max: 40 }).map(String);
    const numericText = fc
      .tuple(fc.integer({ min: 0, max: 9999 }).map(String), separator, part, part)
      .chain(([year, sep, a, b]) =>
        fc.constantFrom(
          `${year}${sep}${a}${sep}${b}`,
          `${a}${sep}${b}${sep}${year}`,
          `${year}年${a}月${b}日`
        )
      );
    const raw = fc.oneof(
      numericText,
      fc.string(),
      fc.integer({ min: -10, max: 3_000_000 }),
      fc.double({ min: -10, max: 3_000_000, noNaN: true }),
      fc.date()
    );
    const opts = fc.record({
      rocEra: fc.boolean(),
      dayFirst: fc.option(fc.boolean(), { nil: undefined }),
    });
    fc.assert(
      fc.property(raw, opts, (value, options) => {
        const result = parseDate(value, options);
        if (result.ok && result.value !== null) {
          expect(result.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(isRealDate(result.value)).toBe(true);
        }
      }),
      { numRuns: 2000 }
    );
  });

  it("parseAmount never throws and never returns a non-finite number", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.stringMatching(/^[-(]?[$¥]?[0-9,. ]{1,12}[万亿kM%]?\)?$/)),
        fc.boolean(),
        (text, decimalComma) => {
          const result = parseAmount(text, { decimalComma });
          if (result.ok && result.value !== null) expect(Number.isFinite(result.value)).toBe(true);
          if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
        }
      ),
      { numRuns: 2000 }
    );
  });
});
