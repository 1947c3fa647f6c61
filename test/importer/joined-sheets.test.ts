/**
 * Sheets of one workbook that describe the same clients by their number (issue 9, session 18): a
 * customer sheet with the names, an address sheet and a demographics sheet keyed by the customer's
 * number. A person imports one client per customer, each with the fields the other sheets add
 * through the number; a row whose number names no customer is said, not made a client nor dropped
 * silently. Decided from the values (the key's values stand in the named sheet's number column),
 * never from the sheets' names, whatever order the sheets come in.
 */
import { importWorkbook } from "../../src/importer";
import { renderIssueMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const GIVEN = [
  "Laraine",
  "Eli",
  "Arlin",
  "Talbot",
  "Sheila",
  "Curr",
  "Fina",
  "Rod",
  "Ines",
  "Bram",
];
const FAMILY = ["Medendorp", "Bockman", "Dearle", "Cornwall", "Calton", "Duckhouse"];
const JOBS = ["Executive Secretary", "Nurse", "Teacher", "Librarian", "Media Manager"];
/** 24 customers: given and family name, birthday, job. */
const EN = Array.from({ length: 24 }, (_, i) => [
  GIVEN[i % GIVEN.length],
  FAMILY[(i * 5) % FAMILY.length],
  `19${50 + i}-0${(i % 9) + 1}-1${i % 10}`,
  JOBS[i % JOBS.length],
]);
const CN = ["周佩君", "郭志远", "刘晓东", "陈静怡", "杨建国", "赵敏", "孙立新", "马丽娟"];
const TW = ["林志明", "陳美玲", "張家豪", "黃淑芬", "李俊傑", "王怡君", "吳建宏", "蔡佩珊"];

/** Customer numbers in no order (a sheet sorted by birthday), never a 1..N run. */
const IDS = Array.from({ length: 24 }, (_, i) => ((i * 17) % 24) * 3 + 2);

function clientsOf(r: ReturnType<typeof importWorkbook>) {
  return r.records.Clients.map((c) => ({
    id: c.clientId,
    name: c.name,
    address: c.address ?? null,
    birthday: c.birthday ?? null,
  }));
}

describe("an address sheet keyed by customer number adds each address to its customer", () => {
  const customers: SourceCell[][] = [
    ["customer_id", "first_name", "last_name", "DOB", "job_title"],
    ...EN.map((p, i) => [IDS[i], ...p]),
  ];
  // Addresses in another order, one customer without one, and one for a number nobody has.
  const addresses: SourceCell[][] = [
    ["customer_id", "address", "postcode", "state"],
    ...IDS.slice(1).map((id, i) => [id, `${100 + i} Grover Place`, 2890 + i, "NSW"]),
    [999, "1 Nowhere Lane", 2000, "VIC"],
  ];

  it.each([
    ["the customers first", [sheet("Customers", customers), sheet("Addresses", addresses)]],
    ["the addresses first", [sheet("Addresses", addresses), sheet("Customers", customers)]],
  ])("%s: one client per customer, with the address", (_, sheets) => {
    const r = importWorkbook(sheets);
    const clients = clientsOf(r);
    expect(clients).toHaveLength(EN.length);
    const first = clients.find((c) => c.id === String(IDS[0]));
    expect(first).toMatchObject({ name: `${EN[0][0]} ${EN[0][1]}`, address: null });
    const second = clients.find((c) => c.id === String(IDS[1]));
    expect(second?.name).toBe(`${EN[1][0]} ${EN[1][1]}`);
    expect(second?.birthday).toBe(EN[1][2]);
    expect(second?.address).toContain("100 Grover Place");
    // The number nobody has is said once, naming its row, and adds no client.
    expect(clients.some((c) => c.id === "999")).toBe(false);
    const unmatched = r.issues.filter((i) => i.code === "import.derived-unmatched");
    expect(unmatched).toHaveLength(1);
    expect(unmatched[0]).toMatchObject({ sheet: "Addresses" });
    expect(unmatched[0].params).toMatchObject({ source: "Customers", count: 1, keys: "999" });
    const addressRows = r.rows.filter((x) => x.sheet === "Addresses");
    expect(addressRows.filter((x) => x.outcome === "skipped")).toHaveLength(1);
    expect(addressRows.filter((x) => x.outcome === "rejected")).toHaveLength(0);
    // The joining is said once for the sheet, not once per row.
    const joined = r.issues.filter((i) => i.code === "import.joined-by-key");
    expect(joined).toHaveLength(1);
    expect(joined[0].params).toMatchObject({ master: "Customers", column: "customer_id" });
    expect(r.issues.filter((i) => i.code === "link.same-client-rows")).toHaveLength(0);
  });
});

describe("two attribute sheets beside the customer list, in 简体", () => {
  it("the address and the demographics each add their fields to the one client", () => {
    const customers: SourceCell[][] = [
      ["客户编号", "姓名", "手机号"],
      ...CN.map((n, i) => [`K${IDS[i] * 7}`, n, `1380000${7000 + i}`]),
    ];
    const addresses: SourceCell[][] = [
      ["客户编号", "省份", "城市", "详细地址"],
      ...CN.map((_, i) => [`K${IDS[i] * 7}`, "浙江省", "杭州市", `文三路${10 + i}号`]),
    ];
    const people: SourceCell[][] = [
      ["客户编号", "出生日期", "职业"],
      ...CN.map((_, i) => [`K${IDS[i] * 7}`, `198${i}-05-1${i}`, i % 2 ? "教师" : "工程师"]),
    ];
    const r = importWorkbook(
      [sheet("客户", customers), sheet("地址", addresses), sheet("人口信息", people)],
      { phoneRegion: "CN" }
    );
    expect(r.records.Clients).toHaveLength(CN.length);
    const c = r.records.Clients.find((x) => x.clientId === `K${IDS[2] * 7}`);
    expect(c).toMatchObject({ name: "刘晓东", birthday: "1982-05-12", occupation: "工程师" });
    expect(String(c?.address)).toContain("文三路12号");
    const joined = r.issues.filter((i) => i.code === "import.joined-by-key");
    expect(joined.map((i) => i.sheet).sort()).toEqual(["人口信息", "地址"].sort());
    expect(renderIssueMessage(joined[0], "zh-CN")).toMatch(/并入“客户”/);
    expect(renderIssueMessage(joined[0], "zh-TW")).toMatch(/併入「客户」/);
    expect(renderIssueMessage(joined[0], "en")).toMatch(/added to the client of "客户"/);
  });
});

describe("what is not a join", () => {
  it("繁體: a second list that names its clients is imported as clients of its own, merging by number as before", () => {
    const a: SourceCell[][] = [
      ["客戶編號", "姓名", "電話"],
      ...TW.map((n, i) => [`C${IDS[i] * 3}`, n, `09123456${10 + i}`]),
    ];
    const b: SourceCell[][] = [
      ["客戶編號", "姓名", "地址"],
      ...TW.slice(0, 6).map((n, i) => [`C${IDS[i] * 3}`, n, `台北市信義路${i + 1}號`]),
    ];
    const r = importWorkbook([sheet("客戶", a), sheet("地址簿", b)], { phoneRegion: "TW" });
    expect(r.issues.filter((i) => i.code === "import.joined-by-key")).toHaveLength(0);
    expect(r.records.Clients).toHaveLength(TW.length);
  });

  it("繁體: a sheet whose numbers mostly name no one on the list is not joined to it", () => {
    const a: SourceCell[][] = [
      ["客戶編號", "姓名", "電話"],
      ...TW.map((n, i) => [`C${IDS[i] * 3}`, n, `09123456${10 + i}`]),
    ];
    const b: SourceCell[][] = [
      ["客戶編號", "地址"],
      ...TW.map((_, i) => [`C${900 + i}`, `台北市信義路${i + 1}號`]),
    ];
    const r = importWorkbook([sheet("客戶", a), sheet("地址", b)], { phoneRegion: "TW" });
    expect(r.issues.filter((i) => i.code === "import.joined-by-key")).toHaveLength(0);
    expect(r.records.Clients.filter((c) => c.name === TW[0])).toHaveLength(1);
    expect(r.records.Clients.find((c) => c.name === TW[0])?.address ?? null).toBeNull();
  });
});
