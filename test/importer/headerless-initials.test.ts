/**
 * A short customer list typed without a header row as given name | middle initial | family name |
 * customer number: a person reads each row as one person, "Ella J Carrow", and the number, a
 * different one on every row, as the customer's own number — even when the number stands after
 * the names.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { renderMessage } from "../../src/register/messages";
import { sheet } from "./helpers";

const PEOPLE: [string, string, string, number][] = [
  ["Mason", "R", "Holloway", 74018263],
  ["Ella", "J", "Carrow", 58813407],
  ["Owen", "T", "Brightwell", 86120954],
  ["Harper", "L", "Ivers", 93407715],
  ["Caleb", "A", "Northcott", 92148036],
  ["Nora", "G", "Fairbank", 88296410],
  ["Zoe", "M.", "Pembury", 79530188],
  ["Polly", "K", "Dotts", 48365207],
  ["Wyatt", "E", "Kettering", 33874951],
  ["Ivy", "S", "Marchetti", 61520447],
];

describe("a headerless list of given name, middle initial, family name and number", () => {
  const rows: SourceCell[][] = PEOPLE.map((p) => [...p]);

  it("imports every row as a client with the three parts of the name joined and the number as id", () => {
    const r = importWorkbook([sheet("Sheet1", rows)]);
    const m = r.mappings[0];
    expect(m.headerless).toBe(true);
    expect(m.registerSheet).toBe("Clients");
    expect(m.columns.map((c) => c.field)).toEqual(["name", "name", "name", "clientId"]);
    expect(r.records.Clients).toHaveLength(PEOPLE.length);
    const ella = r.records.Clients.find((c) => c.clientId === "58813407");
    expect(ella?.name).toBe("Ella J Carrow");
    expect(r.records.Clients.find((c) => c.clientId === "79530188")?.name).toBe("Zoe M. Pembury");
  });

  it("says why in en, 简体 and 繁體: the three columns read as one person's name", () => {
    const r = importWorkbook([sheet("Sheet1", rows)]);
    const reason = r.mappings[0].columns[1].reasons?.[0];
    expect(reason?.code).toBe("map.why.name-initial-by-values");
    const params = reason?.params ?? {};
    expect(renderMessage("map.why.name-initial-by-values", params, "en")).toContain(
      "columns A, B and C read as a person's name on 10 of 10 rows"
    );
    expect(renderMessage("map.why.name-initial-by-values", params, "zh-CN")).toContain(
      "A、B、C 三列合起来在 10 行中的 10 行读作人名"
    );
    expect(renderMessage("map.why.name-initial-by-values", params, "zh-TW")).toContain(
      "A、B、C 三欄合起來在 10 列中的 10 列讀作人名"
    );
  });

  it("does not join a column of words between two names as an initial", () => {
    const sizes = ["Small", "Large", "Medium"];
    const worded: SourceCell[][] = PEOPLE.map(([given, , family, n], i) => [
      given,
      sizes[i % 3],
      family,
      n,
    ]);
    const r = importWorkbook([sheet("Sheet1", worded)]);
    const fields = r.mappings[0].columns.map((c) => c.field);
    expect(fields[1]).not.toBe("name");
    expect(r.records.Clients?.some((c) => String(c.name).includes("Small"))).toBe(false);
  });

  it("leaves a number column alone when two columns hold a different number on every row", () => {
    const twice: SourceCell[][] = PEOPLE.map((p, i) => [...p, 20000000 + i * 7919 * 13]);
    const r = importWorkbook([sheet("Sheet1", twice)]);
    const fields = r.mappings[0].columns.map((c) => c.field);
    expect(fields.slice(0, 3)).toEqual(["name", "name", "name"]);
    expect(fields.slice(3)).not.toContain("clientId");
  });
});

describe("a headerless list whose first column holds dashed codes split at different places", () => {
  // 0634-0250, 72136-806, 68994-1782: eight or nine digits split 4-4, 5-3 and 5-4, the longer run
  // often first — each client's code, not a phone number, whose short prefix comes first.
  const given = ["Gregory", "Jerry", "Irene", "Mildred", "Deborah", "Sara", "Pamela", "Kathy"];
  const family = ["King", "Bennett", "Chavez", "Crawford", "Richards", "Anderson"];
  const codes = (i: number): string => {
    const four = String(1000 + ((i * 7919) % 9000));
    const five = String(10000 + ((i * 7919) % 89999));
    if (i % 3 === 0) return `0${String((i * 37) % 1000).padStart(3, "0")}-${four}`;
    return i % 3 === 1 ? `${five}-${four.slice(1)}` : `${five}-${four}`;
  };
  const rows: SourceCell[][] = Array.from({ length: 30 }, (_, i) => [
    codes(i),
    `${given[i % given.length]}`,
    `${family[(i * 5) % family.length]}`,
    `${given[i % given.length].toLowerCase()}${i}@example.org`,
  ]);

  it("reads the codes as each client's id, not as phones", () => {
    const r = importWorkbook([sheet("Sheet1", rows)]);
    const m = r.mappings[0];
    expect(m.headerless).toBe(true);
    expect(m.registerSheet).toBe("Clients");
    expect(m.columns[0].field).toBe("clientId");
    expect(m.columns[3].field).toBe("email");
    const first = r.records.Clients.find((c) => c.clientId === rows[0][0]);
    expect(first?.phone ?? null).toBeNull();
    expect(first?.email).toBe(rows[0][3]);
  });

  it("still reads a column of phone numbers written with one dash as phones", () => {
    const phones: SourceCell[][] = rows.map((row, i) => [
      [`02-2${String(3456780 + i).slice(1)}`, `0912-${345600 + i}`, `037-${123400 + i}`][i % 3],
      row[1],
      row[2],
      row[3],
    ]);
    const r = importWorkbook([sheet("Sheet1", phones)]);
    expect(r.mappings[0].columns[0].field).toBe("phone");
  });
});
