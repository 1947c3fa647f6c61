/**
 * A target list of companies copied from a directory — name, location, website — is a client list
 * (prospects) although few of its headers are the register's: the name column names each row's
 * company, each company's own web address tells the rows apart, and a company pasted twice (a list
 * that dates nothing records no events) is the same company listed again, merged. The location is
 * the company's address.
 */
import { importWorkbook } from "../../src/importer";
import { INVENTED_COMPANIES, readAs, sheet, table } from "./helpers";

const CITIES = ["Pune", "Chennai", "Hyderabad", "Kochi", "Indore"];

/** Each company once, then the first four again (the second copy with its bare URL), then one nameless row. */
function targets(headers: string[], companies: readonly string[], site: (i: number) => string) {
  const order = [...companies.keys(), 0, 1, 2, 3];
  const rows = table(headers, order.length, (_, r, k) => {
    const i = order[r];
    return [
      companies[i],
      CITIES[i % CITIES.length],
      r >= companies.length ? `www.${site(i)}` : site(i),
    ][k];
  });
  rows.push([null, "Pune", "Link"]);
  return rows;
}

const domain = (i: number) => `firm${i}.example.in`;

describe("a target list of companies with their websites", () => {
  it.each([
    ["English", "Sheet1", ["Company Name", "Location", "Website"], INVENTED_COMPANIES.en],
    ["简体", "目标客户", ["企业名称", "所在地", "官网"], INVENTED_COMPANIES["zh-CN"]],
    ["繁體", "工作表1", ["公司名稱", "所在地", "網站"], INVENTED_COMPANIES["zh-TW"]],
  ] as const)("%s: is read as Clients, the copies merged", (_, name, headers, companies) => {
    const r = importWorkbook([sheet(name, targets([...headers], companies, domain))]);
    expect(readAs(r, name)).toBe("Clients");
    expect(r.records.Clients).toHaveLength(companies.length);
    expect(r.records.Clients[1]).toMatchObject({ name: companies[1], address: CITIES[1] });
  });

  it("keeps each website in notes and makes no client of the nameless row", () => {
    const companies = INVENTED_COMPANIES.en;
    const r = importWorkbook([
      sheet("Sheet1", targets(["Company Name", "Location", "Website"], companies, domain)),
    ]);
    expect(r.records.Clients.every((c) => c.name !== null && c.name !== "")).toBe(true);
    expect(r.records.Clients[5].notes).toContain(domain(5));
  });
});
