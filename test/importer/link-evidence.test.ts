import fc from "fast-check";
import { linkAndMerge } from "../../src/importer/link-merge";
import type { RegisterRecord } from "../../src/register/types";
import { candidateRows } from "./helpers";

const { cand, reset } = candidateRows("客戶資料");
beforeEach(reset);

describe("identity by evidence within the source", () => {
  it("merges two serials of one client (same name, phone, birthday, address) and links their child rows", () => {
    const r = linkAndMerge(
      [
        cand("Clients", {
          clientId: "001",
          name: "林志明",
          phone: "0912-345-678",
          birthday: "1984-05-26",
          address: "台北市信義路1號",
        }),
        cand("Clients", { clientId: "002", name: "陳美玲", phone: "0922-111-222" }),
        cand("Clients", {
          clientId: "008",
          name: "林志明",
          phone: "+886 912 345 678",
          birthday: "1984-05-26",
          address: "台北市信義路1號",
          email: "lin@example.tw",
        }),
        cand("Insurance", { clientId: "008", policyNo: "P-1" }),
        cand("Assets", { assetClass: "fund" }, { clientName: "林志明" }),
        cand("Complaints", { complaintId: "K-1" }, { clientName: "林志明" }),
      ],
      {},
      { phoneRegion: "TW" }
    );
    expect(r.records.Clients.map((c) => c.clientId)).toEqual(["001", "002"]);
    const merged = r.records.Clients[0];
    expect(merged.email).toBe("lin@example.tw");
    expect(String(merged.notes)).toContain("clientId: 008");
    expect(r.records.Insurance[0].clientId).toBe("001");
    expect(r.records.Assets[0].clientId).toBe("001");
    expect(r.records.Complaints[0].clientId).toBe("001");
    expect(r.rows.map((x) => x.outcome)).toEqual([
      "imported",
      "imported",
      "merged",
      "imported",
      "imported",
      "imported",
    ]);
    const same = r.issues.filter((i) => i.code === "link.same-client-rows");
    expect(same).toHaveLength(1);
    expect(same[0]).toMatchObject({
      row: 3,
      params: { row: 3, otherRow: 1, match: "link.match-name-phone" },
    });
    expect(same[0].message).toMatch(/Row 3 .* row 1 /);
  });

  it.each<[string, RegisterRecord, RegisterRecord, string]>([
    [
      "ID number",
      { name: "王小明", idNumber: "A123456789" },
      { name: "王曉明", idNumber: "a123456789" },
      "link.match-id-number",
    ],
    [
      "name and e-mail",
      { name: "Ann Lee", email: "ann@example.com" },
      { name: "ann lee", email: "ANN@example.com " },
      "link.match-name-email",
    ],
    [
      "name, birthday and address",
      { name: "张三", birthday: "1970-01-02", address: "北京市 朝阳区 1号" },
      { name: "张三", birthday: "1970-01-02", address: "北京市朝阳区1号" },
      "link.match-name-birthday-address",
    ],
  ])("merges rows with different serials by %s", (_, a, b, code) => {
    const r = linkAndMerge([
      cand("Clients", { clientId: "1", ...a }),
      cand("Clients", { clientId: "2", ...b }),
    ]);
    expect(r.records.Clients).toHaveLength(1);
    expect(r.issues.find((i) => i.code === "link.same-client-rows")?.params?.match).toBe(code);
  });

  it("keeps the same name with different phones as two clients", () => {
    const r = linkAndMerge(
      [
        cand("Clients", { clientId: "1", name: "林志明", phone: "0912-345-678" }),
        cand("Clients", { clientId: "2", name: "林志明", phone: "0933-000-111" }),
      ],
      {},
      { phoneRegion: "TW" }
    );
    expect(r.records.Clients).toHaveLength(2);
  });

  it("on one sheet, a namesake with the same birthday is one person whatever the address; the same address with another birthday is not", () => {
    const r = linkAndMerge([
      cand("Clients", { name: "张三", birthday: "1970-01-02", address: "北京" }),
      cand("Clients", { name: "张三", birthday: "1970-01-02", address: "上海" }),
      cand("Clients", { name: "张三", birthday: "1980-01-02", address: "北京" }),
    ]);
    expect(r.records.Clients.map((c) => [c.birthday, c.address])).toEqual([
      ["1970-01-02", "北京"],
      ["1980-01-02", "北京"],
    ]);
    expect(String(r.records.Clients[0].notes)).toContain("上海");
  });

  it("property: rows of k clients, each with its own serial and a random phone format, become k clients; every row is accounted for", () => {
    const client = fc.record({
      name: fc.constantFrom("甲", "乙", "丙", "丁", "戊"),
      mobile: fc.integer({ min: 10_000_000, max: 99_999_999 }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(client, {
          minLength: 1,
          maxLength: 6,
          selector: (c) => `${c.name}|${c.mobile}`,
        }),
        fc.array(fc.tuple(fc.nat(), fc.boolean()), { minLength: 1, maxLength: 30 }),
        (clients, picks) => {
          reset();
          const candidates = picks.map(([i, international], serial) => {
            const c = clients[i % clients.length];
            const digits = String(c.mobile);
            const phone = international
              ? `+886 9${digits}`
              : `09${digits.slice(0, 2)}-${digits.slice(2, 5)}-${digits.slice(5)}`;
            return cand("Clients", { clientId: `S${serial}`, name: c.name, phone });
          });
          const r = linkAndMerge(candidates, {}, { phoneRegion: "TW" });
          expect(r.records.Clients).toHaveLength(
            new Set(picks.map(([i]) => i % clients.length)).size
          );
          expect(r.rows).toHaveLength(candidates.length);
          expect(r.issues.filter((x) => x.code === "link.same-client-rows")).toHaveLength(
            candidates.length - r.records.Clients.length
          );
        }
      )
    );
  });
});
