/**
 * A list of the keeper's own shops, branches or outlets is not a list of clients. A shop a
 * supplier sells to is named and reached as any client is; what only the owner of a shop writes
 * is how it is run (直营 / 加盟, company-owned / franchised), when it opened, its floor area and
 * whether it still trades. Two of these beside a column naming the units tell the keeper's own
 * network; the same units named again on another list (closed shops, a pivot's source) are
 * theirs too. Invented shapes, none of them a corpus file's.
 */
import { importWorkbook } from "../../src/importer";
import { ownUnitsOf } from "../../src/importer/own-units";
import type { SourceCell } from "../../src/importer/types";
import { profilesOf, readAs, sheet, table } from "./helpers";

const day = (i: number) => new Date(Date.UTC(2015 + (i % 8), i % 12, 1 + (i % 27)));
const PLACES = [
  "Riverside",
  "Hillcrest",
  "Oakfield",
  "Marston",
  "Lakeview",
  "Brookdale",
  "Elmwood",
];
const TOWNS = ["台北", "新竹", "台中", "嘉義", "高雄", "花蓮"];

function storeName(i: number): string {
  return `${PLACES[i % PLACES.length]} ${["Mall", "Plaza", "High St", "Park"][i % 4]} #${i + 1}`;
}

describe("the keeper's own units", () => {
  it("a chain's store directory: ownership and opening day beside the stores (English, store first)", () => {
    const rows = table(
      ["Store", "Ownership", "Opened", "Manager", "Phone", "Address"],
      30,
      (h, i) =>
        ({
          Store: storeName(i),
          Ownership: i % 3 === 0 ? "Franchise" : "Company-owned",
          Opened: day(i),
          Manager: `Manager ${String.fromCharCode(65 + (i % 6))}`,
          Phone: `555-01${String(i).padStart(2, "0")}`,
          Address: `${10 + i} ${PLACES[i % 7]} Road`,
        })[h] ?? null
    );
    const r = importWorkbook([sheet("Locations", rows)]);
    expect(readAs(r, "Locations")).toBeNull();
    expect(r.mappings[0].reasonCoded?.code).toBe("sheet.why.own-units");
    expect(r.records.Clients ?? []).toHaveLength(0);
  });

  it("門市 with 經營型態 and a floor area in 坪, the name column last (繁體)", () => {
    const rows = table(
      ["區域", "地址", "電話", "經營型態", "營業面積(坪)", "門市名稱"],
      18,
      (h, i) => {
        const town = TOWNS[i % TOWNS.length];
        switch (h) {
          case "區域":
            return town;
          case "地址":
            return `${town}市中正路${100 + i}號`;
          case "電話":
            return `02-2${String(7000000 + i)}`;
          case "經營型態":
            return i % 4 === 0 ? "加盟" : "直營";
          case "營業面積(坪)":
            return 20 + i * 3;
          default:
            return `${town}${["中正", "民生", "復興"][i % 3]}${i + 1}號店`;
        }
      }
    );
    const r = importWorkbook([sheet("據點", rows)]);
    expect(readAs(r, "據點")).toBeNull();
    expect(r.mappings[0].reasonCoded?.code).toBe("sheet.why.own-units");
  });

  it("a supplier's shops it sells to (format, contact, terms) stay its clients", () => {
    const rows = table(["Shop", "Outlet type", "Contact", "Phone", "Terms", "Size"], 25, (h, i) =>
      h === "Shop"
        ? storeName(i)
        : h === "Outlet type"
          ? ["Supermarket", "Kiosk", "Pharmacy"][i % 3]
          : h === "Contact"
            ? `Pat ${String.fromCharCode(65 + i)}`
            : h === "Phone"
              ? `082 555 ${String(1000 + i)}`
              : h === "Terms"
                ? ["30 days", "COD"][i % 2]
                : ["S", "M", "L"][i % 3]
    );
    const r = importWorkbook([sheet("Accounts", rows)]);
    expect(readAs(r, "Accounts")).toBe("Clients");
    expect(r.records.Clients).toHaveLength(25);
  });

  it("one owner's fact alone (a client shop's opening day) is not enough", () => {
    const rows = table(["店铺名称", "开业日期", "联系人", "手机"], 12, (h, i) =>
      h === "店铺名称"
        ? `${TOWNS[i % 6]}${["好邻居", "便民", "鲜果"][i % 3]}超市${i + 1}`
        : h === "开业日期"
          ? day(i)
          : h === "联系人"
            ? `王${"明华强丽军"[i % 5]}${i}`
            : `1390000${String(1000 + i)}`
    );
    expect(readAs(importWorkbook([sheet("客户", rows)]), "客户")).toBe("Clients");
  });

  it("firms with an opening year and a floor area are no units: their names are not headed as shops", () => {
    const rows: SourceCell[][] = table(["企业名称", "成立日期", "厂房面积", "状态"], 10, (h, i) =>
      h === "企业名称"
        ? `${TOWNS[i % 6]}${["精密", "塑胶", "五金"][i % 3]}有限公司${i}`
        : h === "成立日期"
          ? day(i)
          : h === "厂房面积"
            ? 500 + i * 10
            : i % 2 === 0
              ? "在营"
              : "停业"
    );
    expect(ownUnitsOf(rows[0] as string[], profilesOf(rows))).toBeNull();
  });

  it("the same units listed again (closed stores, opening day only) are the units too", () => {
    const open = table(["Branch", "Operated by", "Status", "Phone"], 20, (h, i) =>
      h === "Branch"
        ? storeName(i)
        : h === "Operated by"
          ? i % 2 === 0
            ? "Franchisee"
            : "Company operated"
          : h === "Status"
            ? i < 15
              ? "Trading"
              : "Closed"
            : `555-02${String(i).padStart(2, "0")}`
    );
    const closed = table(["Branch", "Opened", "Contact phone"], 5, (h, i) =>
      h === "Branch" ? storeName(15 + i) : h === "Opened" ? day(i) : `555-03${i}`
    );
    const r = importWorkbook([sheet("Network", open), sheet("Closed", closed)]);
    expect(readAs(r, "Network")).toBeNull();
    expect(readAs(r, "Closed")).toBeNull();
    const closedMapping = r.mappings.find((m) => m.sheet === "Closed");
    expect(closedMapping?.reasonCoded).toMatchObject({
      code: "sheet.why.own-unit-names",
      params: { sheet: "Network", count: 5, total: 5 },
    });
  });

  it("the same shops named by a list of another kind (orders per shop) are not refused as units", () => {
    const network = table(["Store", "Ownership", "Opened"], 10, (h, i) =>
      h === "Store" ? storeName(i) : h === "Ownership" ? "Franchise" : day(i)
    );
    const customers = table(["Customer", "Email", "Home store"], 12, (h, i) =>
      h === "Customer"
        ? `${["Ava", "Ben", "Cleo", "Dev"][i % 4]} ${["Stone", "Hart", "Lane"][i % 3]}${i}`
        : h === "Email"
          ? `c${i}@example.com`
          : storeName(i % 10)
    );
    const r = importWorkbook([sheet("Stores", network), sheet("Customers", customers)]);
    expect(readAs(r, "Stores")).toBeNull();
    expect(readAs(r, "Customers")).toBe("Clients");
    expect(r.records.Clients).toHaveLength(12);
  });
});
