/**
 * Whose people a column of names is, by how the names repeat (session 20): a member of our staff
 * looks after many clients — a bank's list grouped by its marketing staff writes each name once
 * over a merged run of their clients — while the clients' own people (a community's head, a
 * firm's owner) come back far less. The header need not say which: the values do.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const STAFF = ["欧阳明", "司马婷", "诸葛亮平", "上官云"];
const HEADS = ["郑海波", "何秀英", "吕建军", "施红梅", "张立新", "孔德华", "曹玉兰", "严志强"];
const HOUSEHOLDS = [
  "韦国庆",
  "昌秀兰",
  "苗志刚",
  "凤丽华",
  "花建平",
  "方玉珍",
  "俞德明",
  "任春燕",
  "袁宝山",
  "柳淑贞",
  "酆红军",
  "鲍桂英",
  "史国平",
  "唐美玲",
  "费建华",
  "廉秀芝",
  "岑永强",
  "薛丽娟",
  "雷振东",
  "贺彩霞",
];
const GROUP = HOUSEHOLDS.length / STAFF.length;

function mobile(i: number): string {
  return `1380013${String(1000 + i * 37).padStart(4, "0")}`;
}

/**
 * 序号 | 拓展人员 | 小区 | 小区负责人 | 住户姓名 | 联系电话 | 家庭年收入: the staff member and the row
 * number written once over each staff member's households (merged), the community's head once
 * over its two or three households.
 */
function groupedBook(): { rows: SourceCell[][]; merges: string[] } {
  const rows: SourceCell[][] = [
    ["序号", "拓展人员", "小区", "小区负责人", "住户姓名", "联系电话", "家庭年收入（万元）"],
  ];
  const merges: string[] = [];
  HOUSEHOLDS.forEach((household, i) => {
    const first = i % GROUP === 0;
    const head = Math.floor(i / 2.5);
    const headFirst = i === 0 || Math.floor((i - 1) / 2.5) !== head;
    rows.push([
      first ? i / GROUP + 1 : null,
      first ? STAFF[i / GROUP] : null,
      headFirst ? `第${head + 1}小区` : null,
      headFirst ? HEADS[head] : null,
      household,
      mobile(i),
      10 + ((i * 7) % 30),
    ]);
  });
  for (let g = 0; g < STAFF.length; g++) {
    const top = 2 + g * GROUP;
    const bottom = top + GROUP - 1;
    merges.push(`A${top}:A${bottom}`, `B${top}:B${bottom}`);
  }
  let top = 2;
  for (let r = 3; r <= HOUSEHOLDS.length + 2; r++) {
    if (r === HOUSEHOLDS.length + 2 || rows[r - 1]?.[3] !== null) {
      if (r - 1 > top) merges.push(`C${top}:C${r - 1}`, `D${top}:D${r - 1}`);
      top = r;
    }
  }
  return { rows, merges };
}

function mappingOf(r: ReturnType<typeof importWorkbook>, header: string) {
  return r.mappings[0].columns.find((c) => c.header === header);
}

describe("whose people a column of names is, by how they repeat", () => {
  it("the staff written once over their merged groups of clients are the owner; a community's head is not", () => {
    const { rows, merges } = groupedBook();
    const r = importWorkbook([sheet("住户台账", rows, merges)]);
    const staff = mappingOf(r, "拓展人员");
    expect(staff?.field).toBe("owner");
    expect(staff?.reasons?.map((x) => x.code)).toContain("map.why.staff-by-repetition");
    expect(mappingOf(r, "小区负责人")?.field).not.toBe("owner");
    const clients = r.records.Clients;
    expect(clients).toHaveLength(HOUSEHOLDS.length);
    HOUSEHOLDS.forEach((household, i) =>
      expect(clients.find((c) => c.name === household)?.owner).toBe(STAFF[Math.floor(i / GROUP)])
    );
  });

  it("a column of offices taken by a header resembling the owner's gives way to the staff", () => {
    const { rows, merges } = groupedBook();
    const offices = ["商务局", "市场监管局", "无", "工商局"];
    const withOffice = rows.map((row, k) =>
      k === 0 ? [...row, "上级主管部门"] : [...row, offices[k % offices.length]]
    );
    const r = importWorkbook([sheet("住户台账", withOffice, merges)]);
    expect(mappingOf(r, "拓展人员")?.field).toBe("owner");
    const office = mappingOf(r, "上级主管部门");
    expect(office?.field).not.toBe("owner");
  });

  it("names that hardly repeat are no staff of ours, whatever column they sit in", () => {
    const { rows } = groupedBook();
    // Each household with a person of its own under the same header, no merges.
    const own = rows.map((row, k) =>
      k === 0 ? row : [row[0], HOUSEHOLDS[(k + 7) % 20], ...row.slice(2)]
    );
    const r = importWorkbook([sheet("住户台账", own)]);
    expect(mappingOf(r, "拓展人员")?.field).not.toBe("owner");
  });

  it("a header that is the owner's own word keeps the owner beside a column that repeats more", () => {
    const { rows, merges } = groupedBook();
    const managers = ["邱少华", "温雅琴", "邱少华", "温雅琴", "包振宇"];
    const withManager = rows.map((row, k) =>
      k === 0 ? [...row, "客户经理"] : [...row, managers[k % managers.length]]
    );
    const r = importWorkbook([sheet("住户台账", withManager, merges)]);
    expect(mappingOf(r, "客户经理")?.field).toBe("owner");
    expect(mappingOf(r, "拓展人员")?.field).toBeNull();
  });
});
