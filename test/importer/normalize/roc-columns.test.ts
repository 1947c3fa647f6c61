import fc from "fast-check";
import { parseDate, rocColumnEvidence, rocFormIn } from "../../../src/importer/normalize";

describe("ROC-dated columns", () => {
  it("a column is ROC-dated by one of its own cells written in an ROC-only form", () => {
    const column = [new Date(Date.UTC(1980, 0, 2)), "民國73年5月26日", "062/09/09"];
    expect(rocColumnEvidence(column)).toBe("民國73年5月26日");
    expect(rocColumnEvidence(["062/09/09", "1984-05-26"])).toBe("062/09/09");
    expect(parseDate("062/09/09", { rocEra: true })).toEqual({ ok: true, value: "1973-09-09" });
    expect(parseDate("1984-05-26", { rocEra: true })).toEqual({ ok: true, value: "1984-05-26" });
  });

  it("a column is ROC-dated by its sheet's title when it has short-year dates", () => {
    expect(rocColumnEvidence(["12/09/09"], ["客戶名冊 113/05/26"])).toBe("客戶名冊 113/05/26");
    expect(rocColumnEvidence(["1984-05-26"], ["客戶名冊 113/05/26"])).toBeNull();
    expect(rocColumnEvidence(["05/06/07"], ["Clients 2024"])).toBeNull();
  });

  it("finds ROC forms and nothing else", () => {
    expect(rocFormIn(["民國113年5月26日"])).not.toBeNull();
    expect(rocFormIn(["113/05/26"])).not.toBeNull();
    expect(rocFormIn(["113年5月"])).not.toBeNull();
    expect(rocFormIn(["2024/05/26", "05/26/2024", "0912-345-678", "Tel 02-2345-6789"])).toBeNull();
  });

  it("property: every ROC date written 3-digit-year style reads as year + 1911", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 150 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.constantFrom("/", ".", "-"),
        (y, m, d, sep) => {
          const text = `${String(y).padStart(3, "0")}${sep}${String(m).padStart(2, "0")}${sep}${String(d).padStart(2, "0")}`;
          expect(rocColumnEvidence([text])).toBe(text);
          const iso = `${y + 1911}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          expect(parseDate(text, { rocEra: true })).toEqual({ ok: true, value: iso });
        }
      )
    );
  });

  it("reads serials in the 1904 date system", () => {
    expect(parseDate(0, { date1904: true })).toMatchObject({ ok: true, value: "1904-01-01" });
    expect(parseDate(43465, { date1904: true })).toEqual({ ok: true, value: "2023-01-01" });
    expect(parseDate(44927)).toEqual({ ok: true, value: "2023-01-01" });
  });
});
