/**
 * A row naming two people of ours, the member of staff the client is assigned to and that person's
 * superior: the owner is the one nearer the row. The values tell which is which — each rep always
 * under the same supervisor, and fewer supervisors than reps — whatever the headers resemble.
 */
import { importWorkbook } from "../../src/importer";
import { namesSuperior, standsAbove } from "../../src/importer/superior-column";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const SUPERVISORS = ["贺立群", "邵敏华"];
const REPS = ["唐志远", "钱秋月", "邹海涛", "蒋丽萍", "杜文斌", "罗雪梅"];
const STORE_WORDS = ["联华", "华润万家", "永辉", "大润发"];
/** The key-account chain a store belongs to: short names that read like people's. */
const CHAINS = ["百佳汇", "好润多", "嘉荣"];
const BRANCHES = ["人民路", "解放路", "中山路", "建设路", "新华路", "和平路"];

function storeName(i: number): string {
  return `${STORE_WORDS[i % STORE_WORDS.length]}${BRANCHES[Math.floor(i / 4) % 6]}${i}店`;
}

/** 门店编号 | 门店名称 | 上级主管 | 姓名 | 员工职位 | KA客户组: the rep covering each store and the rep's supervisor. */
function coverage(
  stores: number,
  reps: readonly string[],
  superiorHeader = "上级主管"
): SourceCell[][] {
  const rows: SourceCell[][] = [
    ["门店编号", "门店名称", superiorHeader, "姓名", "员工职位", "KA客户组"],
  ];
  for (let i = 0; i < stores; i++) {
    const rep = reps[i % reps.length];
    const supervisor = SUPERVISORS[reps.indexOf(rep) % SUPERVISORS.length];
    const chain = CHAINS[i % CHAINS.length];
    rows.push([`S20190${String(1000 + i)}`, storeName(i), supervisor, rep, "直营员", chain]);
  }
  return rows;
}

function columnOf(r: ReturnType<typeof importWorkbook>, header: string) {
  return r.mappings[0].columns.find((c) => c.header === header);
}

describe("the staff member beside a superior is the owner", () => {
  it("a rep always under the same supervisor, supervisors fewer than reps: the rep owns the store", () => {
    const rows = coverage(30, REPS);
    const r = importWorkbook([sheet("门店覆盖", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Clients");
    expect(columnOf(r, "姓名")?.field).toBe("owner");
    expect(columnOf(r, "姓名")?.reasons?.map((x) => x.code)).toContain(
      "map.why.staff-under-superior"
    );
    expect(columnOf(r, "上级主管")?.field).toBeNull();
    // The post beside the rep (直营员 on every row) is no one.
    expect(columnOf(r, "员工职位")?.field).toBeNull();
    expect(columnOf(r, "上级主管")?.reasons?.map((x) => x.code)).toContain(
      "map.why.owner-superior"
    );
    for (const row of rows.slice(1))
      expect(r.records.Clients.find((c) => c.clientId === row[0])?.owner).toBe(row[3]);
  });

  it("one rep and her supervisor on every row: the header saying superior decides", () => {
    const rows = coverage(20, [REPS[0]]);
    const r = importWorkbook([sheet("门店覆盖", rows)]);
    expect(columnOf(r, "姓名")?.field).toBe("owner");
    expect(columnOf(r, "上级主管")?.field).toBeNull();
  });

  it("a client's own contact, one per client, leaves the account manager the owner", () => {
    const rows: SourceCell[][] = [["客户名称", "客户经理", "联系人", "联系电话"]];
    const contacts = [
      "王建国",
      "李秀英",
      "张伟",
      "刘洋",
      "陈静",
      "杨帆",
      "赵磊",
      "黄敏",
      "周强",
      "吴芳",
    ];
    contacts.forEach((contact, i) =>
      rows.push([`${storeName(i)}贸易有限公司`, REPS[i % 2], contact, `1390000${1000 + i}`])
    );
    const r = importWorkbook([sheet("客户", rows)]);
    expect(columnOf(r, "客户经理")?.field).toBe("owner");
    expect(columnOf(r, "联系人")?.field).not.toBe("owner");
  });
});

describe("standsAbove", () => {
  const reps = Array.from({ length: 12 }, (_, i) => REPS[i % 6]);
  const supervisors = reps.map((rep) => SUPERVISORS[REPS.indexOf(rep) % 2]);

  it("reads a hierarchy: each person under one superior, superiors fewer", () => {
    expect(standsAbove(reps, supervisors, "Area Manager")).toBe(true);
    expect(standsAbove(supervisors, reps, "Rep")).toBe(false);
  });

  it("a person under different superiors on different rows has none of them", () => {
    // The second time round, every other rep is under the other supervisor.
    const mixed = supervisors.map((s, i) =>
      i >= 6 && i % 2 === 0 ? SUPERVISORS[(SUPERVISORS.indexOf(s) + 1) % 2] : s
    );
    expect(standsAbove(reps, mixed, "上级主管")).toBe(false);
  });

  it("as many superiors as people only under a header naming a superior", () => {
    const one = Array.from({ length: 10 }, () => "唐志远");
    const boss = Array.from({ length: 10 }, () => "贺立群");
    expect(standsAbove(one, boss, "Supervisor")).toBe(true);
    expect(standsAbove(one, boss, "Account Manager")).toBe(false);
  });

  it("names a superior in either script and in English", () => {
    expect(namesSuperior("上级主管")).toBe(true);
    expect(namesSuperior("直屬上級")).toBe(true);
    expect(namesSuperior("Reports To")).toBe(true);
    expect(namesSuperior("Team Leader")).toBe(true);
    expect(namesSuperior("客户经理")).toBe(false);
  });
});
