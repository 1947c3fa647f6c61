/**
 * A registry of organisations (associations, firms) names each one's head under the post's title
 * (理事長, 董事长, Chairman) and its seat under a word no field is named by (會址, "Registered
 * Office"): the head is the organisation's main contact, and the column of postal addresses its
 * address, as plain to a person as an address under no header at all.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { INVENTED_PEOPLE, readAs, sheet, table } from "./helpers";

const VARIANTS = [
  {
    label: "English",
    headers: ["Association", "Chairman", "Telephone", "Registered Office"],
    bodies: (i: number) => `Riverside Community Association ${i + 1}`,
    address: (i: number) => `${12 + i} Harbour Road, Springfield`,
    people: INVENTED_PEOPLE.en,
  },
  {
    label: "简体",
    headers: ["团体名称", "理事长", "联系电话", "会址"],
    bodies: (i: number) => `明湖区第${i + 1}社区发展协会`,
    address: (i: number) => `杭州市明湖区湖滨路${120 + i}号`,
    people: INVENTED_PEOPLE["zh-CN"],
  },
  {
    label: "繁體",
    headers: ["團體名稱", "理事長", "聯絡電話", "會址"],
    bodies: (i: number) => `新竹市東區第${i + 1}社區發展協會`,
    address: (i: number) => `新竹市東區光明里民生路${120 + i}巷${3 + i}號`,
    people: INVENTED_PEOPLE["zh-TW"],
  },
];

function registry(v: (typeof VARIANTS)[number]): SourceCell[][] {
  return table(
    v.headers,
    12,
    (_, i, k) =>
      [
        v.bodies(i),
        v.people[i % v.people.length],
        `(03)52${String(55067 + i * 131).slice(0, 5)}`,
        v.address(i),
      ][k]
  );
}

describe("an organisation's head and seat", () => {
  it.each(VARIANTS)("$label: the head is the main contact, the seat the address", (v) => {
    const r = importWorkbook([sheet("Registry", registry(v))]);
    expect(readAs(r, "Registry")).toBe("Clients");
    const first = r.records.Clients.find((c) => c.name === v.bodies(0));
    expect(first?.mainContact).toBe(v.people[0]);
    expect(first?.address).toBe(v.address(0));
  });

  it("a header naming a field keeps its column; addresses under it are not taken twice", () => {
    const v = VARIANTS[0];
    const rows = registry(v).map((row, i) => [
      ...row,
      i === 0 ? "Address" : `${i} Elm Street, Dover`,
    ]);
    const r = importWorkbook([sheet("Registry", rows)]);
    const columns = r.mappings.find((m) => m.sheet === "Registry")?.columns ?? [];
    expect(columns.find((c) => c.header === "Address")?.field).toBe("address");
    expect(columns.find((c) => c.header === "Registered Office")?.field).not.toBe("address");
  });
});
