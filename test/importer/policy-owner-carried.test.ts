/**
 * An agent's policy list names the policy owner on the first row of a group only and leaves the
 * cell blank below (no merge): a row below with a policy number of its own is the same owner's
 * policy, even where most owners hold one policy (names written on nearly every row). A premium
 * headed "Modal Premium" beside a Mode column is one payment, stored as a year's premium; a policy
 * in its grace period is in force.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

type Row = [string, string | null, string, number, string, string];

/** Ten owners, most with one policy; two owners written again further down; two groups of two. */
function book(
  headers: string[],
  owners: string[],
  modes: string[],
  statuses: string[]
): SourceCell[][] {
  const rows: Row[] = [];
  let n = 70010000;
  const add = (owner: string | null, premium: number, mode: string, status: string) =>
    rows.push([String(++n), owner, `Plan ${n % 7}`, premium, mode, status]);
  owners.forEach((o, i) => add(o, 100 * (i + 1), modes[i % modes.length], statuses[0]));
  add(null, 640, modes[1], statuses[1]); // the last owner's second policy
  add(owners[0], 900, modes[0], statuses[0]); // written again further down
  add(null, 310, modes[2], statuses[0]); // …and a further policy under it
  add(owners[1], 1000, modes[3], statuses[0]);
  return [headers, ...rows];
}

const cases: {
  lang: string;
  headers: string[];
  owners: string[];
  modes: string[];
  statuses: string[];
}[] = [
  {
    lang: "English",
    headers: ["Policy No.", "Policy Owner", "Plan", "Modal Premium", "Mode", "Status"],
    owners: [
      "CHAN Tai Man",
      "LEE Mei Fong",
      "TAM Chi Wai",
      "NG Siu Ling",
      "HO Wing Kei",
      "YIP Ka Ho",
      "LAU Man Yee",
      "KWOK Sze Wan",
      "POON Yat Fai",
      "SO Hoi Ying",
    ],
    modes: ["Annual", "Monthly", "Quarterly", "Semi-annual"],
    statuses: ["Inforce", "Grace Period"],
  },
  {
    lang: "简体",
    headers: ["保单号", "投保人", "险种", "期缴保费", "缴费方式", "保单状态"],
    owners: ["王建国", "李秀英", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周敏", "吴刚"],
    modes: ["年缴", "月缴", "季缴", "半年缴"],
    statuses: ["有效", "宽限期"],
  },
  {
    lang: "繁體",
    headers: ["保單號碼", "要保人", "險種", "期繳保費", "繳別", "保單狀態"],
    owners: [
      "陳大文",
      "林美玲",
      "黃志強",
      "吳家豪",
      "鄭雅婷",
      "許文傑",
      "謝淑芬",
      "蔡宗翰",
      "曾國華",
      "羅惠君",
    ],
    modes: ["年繳", "月繳", "季繳", "半年繳"],
    statuses: ["有效", "寬限期"],
  },
];

describe.each(cases)(
  "a policy list ($lang) with the owner written on a group's first row only",
  (c) => {
    const r = importWorkbook([sheet("Policies", book(c.headers, c.owners, c.modes, c.statuses))]);
    const policy = (no: number) => r.records.Insurance.find((p) => p.policyNo === String(no));
    const clientOf = (name: string) => r.records.Clients.find((x) => x.name === name)?.clientId;

    it("links each further policy to the owner above it, told once for the column", () => {
      expect(r.records.Insurance).toHaveLength(14);
      expect(r.records.Clients).toHaveLength(10);
      expect(r.records.Insurance.every((p) => typeof p.clientId === "string")).toBe(true);
      expect(policy(70010011)?.clientId).toBe(clientOf(c.owners[9]));
      expect(policy(70010013)?.clientId).toBe(clientOf(c.owners[0]));
      expect(r.issues.filter((i) => i.code === "link.no-client")).toHaveLength(0);
      const filled = r.issues.filter((i) => i.code === "import.column-filled-down");
      expect(filled).toHaveLength(1);
      expect(filled[0].params).toMatchObject({ count: 2 });
    });

    it("stores a year's premium from the payment and its mode", () => {
      expect(policy(70010001)?.annualPremium).toBe(100); // annual
      expect(policy(70010002)?.annualPremium).toBe(2400); // 200 monthly
      expect(policy(70010003)?.annualPremium).toBe(1200); // 300 quarterly
      expect(policy(70010004)?.annualPremium).toBe(800); // 400 half-yearly
      expect(policy(70010011)?.annualPremium).toBe(7680); // 640 monthly
      expect(r.issues.some((i) => i.code === "value.premium-annualised")).toBe(true);
    });

    it("reads a policy in its grace period as in force", () => {
      expect(policy(70010011)?.status).toBe("in-force");
      expect(
        r.issues.filter((i) => i.code === "value.unreadable-kept" && i.field === "status")
      ).toHaveLength(0);
    });
  }
);
