/**
 * A client's own number (Customer ID, 客户编号) different on every row says each row is one client,
 * whatever products, brands and prices the rows carry: a customer book noting what each bought is
 * a client list, not a catalogue or an order book. An order book gives the buyer's number again on
 * each of the buyer's lines, and stays out.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const CONTACTS = ["Nora Ellery", "Harper Marlow", "Caleb Greyson", "Ivy Lorne", "Owen Pratt"];
const BRANDS = ["Brightway", "Clearo", "Shinex"];
const PRODUCTS = ["Floor polish", "Glass cleaner", "Descaler", "Oven spray"];
const CITIES = ["London, UK", "Paris, France", "Berlin, Germany", "Tokyo, Japan"];

function book(headers: string[], customer: (i: number) => SourceCell, rows = 20): SourceCell[][] {
  const out: SourceCell[][] = [headers];
  for (let i = 0; i < rows; i++)
    out.push([
      customer(i),
      `${CONTACTS[i % 5].split(" ")[0]} ${CONTACTS[(i * 2 + 1) % 5].split(" ")[1]}${i}`,
      BRANDS[i % 3],
      PRODUCTS[i % 4],
      CITIES[i % 4],
      0.5 + (i % 5) / 10,
      120 + i * 7,
    ]);
  return out;
}

const EN = ["Customer ID", "Contact", "Brand", "Product", "Location", "Fulfillment (%)", "Price"];
const ZH = ["客户编号", "联系人", "品牌", "产品", "地区", "完成率", "价格"];

describe("a client's own number on every row", () => {
  it.each([
    ["English", EN],
    ["简体", ZH],
  ])("%s: a different number per row with products and prices → a client list", (_, headers) => {
    const r = importWorkbook([
      sheet(
        "Customers",
        book(headers, (i) => 1290 + i)
      ),
    ]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(r.records.Clients).toHaveLength(20);
  });

  it("the same number on each of a buyer's lines → not a client list", () => {
    const r = importWorkbook([
      sheet(
        "Orders",
        book(EN, (i) => 1290 + (i % 4), 24)
      ),
    ]);
    expect(r.mappings[0].registerSheet).not.toBe("Clients");
  });
});
