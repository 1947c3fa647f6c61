/**
 * A list scraped from a map site opens its phone and address cells with the page's icon (a
 * private-use glyph of an icon font) and a line break: no text anyone reads. The glyph set apart
 * is dropped, so the numbers read as phones; a private-use character inside a word (a Hong Kong
 * name's character a converter mapped there) is kept.
 */
import { importWorkbook } from "../../src/importer";
import { stripInvisible } from "../../src/importer/normalize";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_COMPANIES, sheet, table } from "./helpers";

const PIN = "\uE0C8";
const CALL = "\uE0B0";

const VARIANTS = [
  { label: "English", headers: ["name", "address", "phone"], parties: INVENTED_COMPANIES.en },
  { label: "简体", headers: ["名称", "地址", "电话"], parties: INVENTED_COMPANIES["zh-CN"] },
  { label: "繁體", headers: ["名稱", "地址", "電話"], parties: INVENTED_COMPANIES["zh-TW"] },
];

const phone = (i: number) => `090000 ${String(77632 + i * 113)}`;

function scraped(v: (typeof VARIANTS)[number]): SourceCell[][] {
  return table(
    v.headers,
    10,
    (_, i, k) =>
      [v.parties[i], `${PIN}\nShop No. ${100 + i}, Sector ${7 + i}`, `${CALL}\n${phone(i)}`][k]
  );
}

describe("icon glyphs before a value", () => {
  it.each(VARIANTS)("$label: the phone behind a call icon is the phone", (v) => {
    const r = importWorkbook([sheet("Leads", scraped(v))]);
    const columns = r.mappings.find((m) => m.sheet === "Leads")?.columns ?? [];
    expect(columns.map((c) => c.field)).toEqual(["name", "address", "phone"]);
    const first = r.records.Clients.find((c) => c.name === v.parties[0]);
    expect(first?.phone).toBe(phone(0));
    expect(first?.address).toBe("Shop No. 100, Sector 7");
  });

  it("drops a glyph set apart, keeps one inside a word", () => {
    expect(stripInvisible(`${CALL}\n0912-345-678`)).toBe("0912-345-678");
    expect(stripInvisible(`Riverside Café ${PIN}`)).toBe("Riverside Café");
    expect(stripInvisible("陳\uE05E明")).toBe("陳\uE05E明");
    expect(stripInvisible("\uE05E明華")).toBe("\uE05E明華");
  });
});
