/**
 * A scoring scheme's rules — a criterion per row and the points it gives or takes (+500, +0,
 * 扣200) — are no one's records, however its criteria read (销售每月拜访数量, "Deals signed"): a
 * person imports nothing from them. A client list with phones written +86 … or a points balance
 * in plain figures stays a client list.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { renderIssueMessage } from "../../src/register/messages";
import { readAs, sheet, table } from "./helpers";

const cases = [
  {
    lang: "en",
    headers: ["Item", "Criterion", "Points", "Note"],
    criteria: ["Visits a day under 5", "Visits a day under 10", "Visits a day 15 or more"],
    rank: (i: number) => `Rank ${i}`,
    take: (n: number) => `-${n} points`,
  },
  {
    lang: "简体",
    headers: ["项目", "准则", "得分", "备注"],
    criteria: ["平均每天<5条", "平均每天<10条", "平均每天>=15条"],
    rank: (i: number) => `排名${i}`,
    take: (n: number) => `扣${n}`,
  },
  {
    lang: "繁體",
    headers: ["項目", "準則", "得分", "備註"],
    criteria: ["平均每天<5條", "平均每天<10條", "平均每天>=15條"],
    rank: (i: number) => `排名${i}`,
    take: (n: number) => `扣${n}分`,
  },
];

describe("a scoring scheme's rules", () => {
  for (const c of cases)
    it(`import nothing (${c.lang}) and say why in each language`, () => {
      const rows: SourceCell[][] = [
        c.headers,
        [c.lang === "en" ? "Daily visits" : "销售每月平均每天拜访数量"],
        ...c.criteria.map((k, i) => [null, k, `+${i * 500}`]),
        [c.lang === "en" ? "Monthly ranking" : "每月销售龙虎榜排名"],
        ...Array.from({ length: 12 }, (_, i) => [
          null,
          c.rank(i + 1),
          i < 8 ? `+${1800 - i * 200}` : c.take((i - 8) * 200 + 200),
        ]),
      ];
      const r = importWorkbook([sheet("Rules", rows)]);
      expect(readAs(r, "Rules")).toBeNull();
      expect(Object.values(r.records).flat()).toHaveLength(0);
      const issue = r.issues.find((i) => i.code === "import.sheet-not-data")!;
      expect(issue.params?.reason).toBe("sheet.why.points");
      expect(renderIssueMessage(issue, "en")).toContain("scoring scheme");
      expect(renderIssueMessage(issue, "zh-CN")).toContain("计分规则");
      expect(renderIssueMessage(issue, "zh-TW")).toContain("計分規則");
    });
});

describe("client lists stay client lists", () => {
  it("phones written with their country code (+86 138 …, +8613…)", () => {
    const names = ["王明", "李静", "张伟", "刘洋", "陈美玲", "黄磊", "周敏", "吴刚"];
    const rows = table(["姓名", "手机", "积分"], 8, (h, i) =>
      h === "姓名"
        ? names[i]
        : h === "手机"
          ? i % 2
            ? `+86 138 0013 ${1000 + i}`
            : `+86138001${String(31000 + i)}`
          : 100 * (i + 1)
    );
    const r = importWorkbook([sheet("会员", rows)]);
    expect(readAs(r, "会员")).toBe("Clients");
    expect(r.records.Clients).toHaveLength(8);
  });
});
