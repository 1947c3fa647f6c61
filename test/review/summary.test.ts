/**
 * Every figure of the book summary, checked against a computation written here from the rules
 * (plain loops over the fixture's rows, no helper of the implementation), and, where the rule
 * is subtle, against numbers worked out by hand in the comments.
 */
import { bookSummary } from "../../src/review/summary";
import type { RegisterRecord } from "../../src/register/types";
import { DEFAULT_SETTINGS } from "../../src/register/settings";
import { fixtureRecords, SETTINGS, TODAY } from "./fixture";

const records = fixtureRecords();
const summary = bookSummary(records, SETTINGS, TODAY);
const clients = records.Clients!;
const num = (row: RegisterRecord, key: string) =>
  typeof row[key] === "number" ? (row[key] as number) : null;
const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;

describe("book summary on the fixture register", () => {
  test("clients and effective tiers", () => {
    expect(summary.clients).toBe(12);
    // By revenue with thresholds 5M / 1M / 500k / 10k, at or above reaching the tier:
    // diamond: 6.2M, 12M, 5M (C-0009, exactly), 5M (C-0012); platinum: 1.5M, 2M;
    // gold: 750k, 999,999.99, and C-0005 (300k, vip) overridden to gold; vip: 10,000 exactly;
    // standard: 9,000 and no revenue.
    expect(summary.tiers).toEqual({ diamond: 4, platinum: 2, gold: 3, vip: 1, standard: 2 });
    expect(summary.revenueByTier.diamond).toBeCloseTo(
      6_200_000 + 12_000_000 + 5_000_000 + 5_000_000,
      2
    );
    expect(summary.revenueByTier.platinum).toBeCloseTo(3_500_000, 2);
    expect(summary.revenueByTier.gold).toBeCloseTo(750_000 + 999_999.99 + 300_000, 2);
    expect(summary.revenueByTier.vip).toBe(10_000);
    expect(summary.revenueByTier.standard).toBe(9_000);
    expect(summary.tierChanges).toEqual([
      { clientId: "C-0009", name: "孙七", from: "platinum", to: "diamond" },
    ]);
  });

  test("key-client categories", () => {
    // quality: C-0001 (6.2M × 6 years, prompt payer), C-0002 (12M, good credit), C-0005 (2 referrals);
    // high-value: C-0002 (12M a year and a 15M deal at close); group: C-0002; strategic: C-0001.
    expect(summary.categories).toEqual({ quality: 3, "high-value": 1, group: 1, strategic: 1 });
  });

  test("top 20% revenue share, with a tie at the edge of the top group", () => {
    const revenues: number[] = [];
    for (const c of clients) {
      const r = num(c, "annualRevenue");
      if (r !== null && r > 0) revenues.push(r);
    }
    revenues.sort((a, b) => b - a);
    let total = 0;
    for (const r of revenues) total += r;
    const k = Math.ceil(revenues.length / 5);
    let top = 0;
    for (let i = 0; i < k; i++) top += revenues[i];
    expect(summary.clientsWithRevenue).toBe(revenues.length);
    expect(summary.top20Clients).toBe(k);
    expect(summary.totalRevenue).toBeCloseTo(total, 4);
    expect(summary.top20RevenueShare).toBeCloseTo(top / total, 10);
    // By hand: 11 clients with revenue → 3 in the top group: 12M + 6.2M + one of the two 5M.
    expect(k).toBe(3);
    expect(summary.top20RevenueShare).toBeCloseTo(23_200_000 / 33_768_999.99, 10);
  });

  test("Pareto classes by cumulative share before each client", () => {
    // Sorted: 12M, 6.2M, 5M, 5M | 2M, 1.5M, 999,999.99 | 750k, 300k, 10k, 9k (total 33,768,999.99).
    // Share before each: 0, .355, .539, .687 → A; .835, .894, .938 → B; .968, .990, .999, .9997 → C.
    expect(summary.paretoClasses).toEqual({ A: 4, B: 3, C: 4 });
  });

  test("critical-illness cover and gap over persons", () => {
    let persons = 0;
    let without = 0;
    let gap = 0;
    for (const c of clients) {
      if (c.kind === "enterprise") continue;
      persons++;
      let covered = false;
      let cover = 0;
      for (const p of records.Insurance!) {
        if (p.clientId !== c.clientId || p.status === "lapsed" || p.status === "matured") continue;
        if (p.criticalIllnessCovered === true || p.type === "critical-illness") {
          covered = true;
          cover += num(p, "sumInsured") ?? 0;
        }
      }
      if (!covered) without++;
      const income = num(c, "annualIncome");
      if (income !== null) gap += Math.max(0, 3 * income - cover);
    }
    expect(summary.persons).toBe(persons);
    expect(summary.withoutCriticalIllnessCover).toBe(without);
    expect(summary.protectionGapTotal).toBeCloseTo(gap, 6);
    // By hand: without cover C-0005, C-0006 (lapsed), C-0008, C-0009 (matured), C-0010 (accident), C-0012;
    // gaps 1.4M (C-0001) + 400k (C-0003) + 300k (C-0006) + 3M (C-0009) + 150k (C-0010).
    expect([persons, without, summary.protectionGapTotal]).toEqual([9, 6, 5_250_000]);
  });

  test("assets with us and elsewhere, loans left out, and the largest holdings elsewhere", () => {
    let ours = 0;
    let elsewhere = 0;
    const perClient = new Map<string, number>();
    for (const a of records.Assets!) {
      if (a.assetClass === "loan") continue;
      const value = num(a, "marketValue") ?? 0;
      if (a.heldAt === "ours") ours += value;
      if (a.heldAt === "elsewhere") {
        elsewhere += value;
        perClient.set(a.clientId as string, (perClient.get(a.clientId as string) ?? 0) + value);
      }
    }
    expect(summary.assetsOurs).toBe(ours);
    expect(summary.assetsElsewhere).toBe(elsewhere);
    expect(summary.shareOfWallet).toBeCloseTo(ours / (ours + elsewhere), 12);
    const top5 = [...perClient.entries()].sort((a, b) => b[1] - a[1]).slice(0, 5);
    expect(summary.largestElsewhere.map((h) => [h.clientId, h.elsewhere])).toEqual(top5);
    expect([ours, elsewhere]).toEqual([12_900_000, 19_750_000]);
  });

  test("complaints: open, overdue at the due-day boundary, days to resolve, satisfaction gap", () => {
    const sla: Record<string, number> = { critical: 1, high: 3, medium: 7, low: 15 };
    let open = 0;
    let overdue = 0;
    const days: number[] = [];
    const gaps: number[] = [];
    for (const c of records.Complaints!) {
      const isOpen = c.status !== "resolved" && c.status !== "closed";
      if (isOpen) open++;
      if (
        isOpen &&
        typeof c.severity === "string" &&
        day(TODAY) > day(c.receivedOn as string) + sla[c.severity]
      )
        overdue++;
      if (c.resolvedOn) days.push(day(c.resolvedOn as string) - day(c.receivedOn as string));
      if (typeof c.actualScore === "number" && typeof c.expectedScore === "number")
        gaps.push(c.actualScore - c.expectedScore);
    }
    expect(summary.complaints).toBe(records.Complaints!.length);
    expect(summary.openComplaints).toBe(open);
    expect(summary.overdueComplaints).toBe(overdue);
    expect(summary.avgDaysToResolve).toBe(days.reduce((s, d) => s + d, 0) / days.length);
    expect(summary.avgSatisfactionGap).toBe(gaps.reduce((s, g) => s + g, 0) / gaps.length);
    // By hand: overdue are CP-0001 (due 03-04) and CP-0006 (due 03-14, one day late); CP-0005 is due today.
    expect([open, overdue, summary.avgDaysToResolve, summary.avgSatisfactionGap]).toEqual([
      5, 2, 6, -0.5,
    ]);
  });

  test("clients not visited within the window", () => {
    const flagged: string[] = [];
    for (const c of clients) {
      let last: number | null = null;
      for (const v of records.Visits!) {
        if (v.clientId !== c.clientId) continue;
        const on = day(v.visitOn as string);
        if (on <= day(TODAY) && (last === null || on > last)) last = on;
      }
      if (last === null || day(TODAY) - last > DEFAULT_SETTINGS.notVisitedDays)
        flagged.push(c.clientId as string);
    }
    expect(summary.notVisited.map((s) => s.clientId).sort()).toEqual(flagged.sort());
    // C-0002 was visited exactly 90 days ago (kept); C-0003 91 days ago (flagged); C-0007's next visit is in the future.
    expect(flagged).not.toContain("C-0002");
    expect(flagged).toContain("C-0003");
    expect(flagged).toContain("C-0007");
  });

  test("birthdays of clients and family members in the next 30 days", () => {
    const expected: string[] = [];
    const check = (who: string, birthday: unknown) => {
      if (typeof birthday !== "string") return;
      const [, m, d] = birthday.split("-").map(Number);
      for (const year of [2026, 2027]) {
        const diff = (Date.UTC(year, m - 1, d) - Date.parse(`${TODAY}T00:00:00Z`)) / DAY;
        if (diff >= 0) {
          if (diff <= 30) expected.push(who);
          return;
        }
      }
    };
    for (const c of clients) check(c.name as string, c.birthday);
    for (const f of records.Family!) check(f.memberName as string, f.birthday);
    expect(summary.birthdaysNext30Days.map((b) => b.person).sort()).toEqual(expected.sort());
    // Today's birthday counts (李小梅 turns 16); 29 February (陳太) falls on 2027-02-28, outside.
    expect(summary.birthdaysNext30Days[0]).toMatchObject({
      person: "李小梅",
      daysUntil: 0,
      turns: 16,
    });
  });

  test("pipeline count and expected value by stage", () => {
    const expected: Record<string, { count: number; expectedValue: number }> = {};
    for (const stage of ["identify", "gather", "assess", "relate", "close"])
      expected[stage] = { count: 0, expectedValue: 0 };
    for (const p of records.Pipeline!) {
      expected[p.stage as string].count++;
      expected[p.stage as string].expectedValue += num(p, "expectedValue") ?? 0;
    }
    expect(summary.pipelineByStage).toEqual(expected);
  });
});

describe("book summary edge cases", () => {
  test("an empty register has zero counts and no shares", () => {
    const empty = bookSummary({}, SETTINGS, TODAY);
    expect(empty).toMatchObject({
      clients: 0,
      tiers: { diamond: 0, platinum: 0, gold: 0, vip: 0, standard: 0 },
      top20RevenueShare: 0,
      shareOfWallet: null,
      avgDaysToResolve: null,
      avgSatisfactionGap: null,
      openComplaints: 0,
      overdueComplaints: 0,
      notVisited: [],
      birthdaysNext30Days: [],
    });
  });

  test("ties at the edge of the top group count once per place", () => {
    // Ten clients of 100: the top fifth is 2 clients, 200 of 1,000 revenue.
    const tie = bookSummary(
      {
        Clients: Array.from({ length: 10 }, (_, i) => ({
          clientId: `T-${i}`,
          name: `T${i}`,
          annualRevenue: 100,
        })),
      },
      SETTINGS,
      TODAY
    );
    expect(tie.top20Clients).toBe(2);
    expect(tie.top20RevenueShare).toBeCloseTo(0.2, 12);
  });

  test("15 clients make a top group of 3, not 4 (no floating-point drift)", () => {
    const fifteen = bookSummary(
      {
        Clients: Array.from({ length: 15 }, (_, i) => ({
          clientId: `F-${i}`,
          name: `F${i}`,
          annualRevenue: i + 1,
        })),
      },
      SETTINGS,
      TODAY
    );
    expect(fifteen.top20Clients).toBe(3);
    expect(fifteen.top20RevenueShare).toBeCloseTo((15 + 14 + 13) / 120, 12);
  });
});
