import { DEFAULT_SETTINGS, makeSettings } from "../../../src/register/settings";
import type { RegisterRecord } from "../../../src/register/types";
import type { RegisterRecords } from "../../../src/register/workflow/records";
import {
  assignTiers,
  categories,
  hasGoodPaymentRecord,
  tierRecords,
  type TierAssignment,
} from "../../../src/register/workflow/tiers";

const settings = DEFAULT_SETTINGS;
const one = (records: RegisterRecords, today = "2026-03-15"): TierAssignment => {
  const [assignment] = assignTiers(records, settings, today);
  return assignment;
};
const clientWith = (fields: RegisterRecord): RegisterRecord => ({
  clientId: "C-1",
  name: "Client",
  ...fields,
});

describe("tier from revenue and thresholds", () => {
  test.each([
    [5_000_000, "diamond"],
    [4_999_999.99, "platinum"],
    [1_000_000, "platinum"],
    [999_999, "gold"],
    [500_000, "gold"],
    [499_999, "vip"],
    [10_000, "vip"],
    [9_999.99, "standard"],
    [0, "standard"],
    [-500, "standard"],
  ])("revenue %p reaches %s", (revenue, expected) => {
    expect(one({ Clients: [clientWith({ annualRevenue: revenue })] }).tier).toBe(expected);
  });

  test("a client without revenue (or with text in the revenue cell) is standard", () => {
    expect(one({ Clients: [clientWith({})] }).tier).toBe("standard");
    expect(one({ Clients: [clientWith({ annualRevenue: "about 2M" })] }).tier).toBe("standard");
  });

  test("the thresholds come from the settings", () => {
    const custom = makeSettings({ tierThresholds: [1000, 100, 10, 1] });
    const [a] = assignTiers(
      { Clients: [clientWith({ annualRevenue: 150 })] },
      custom,
      "2026-01-01"
    );
    expect(a.tier).toBe("platinum");
  });

  test("clients without an id get no tier row; the others keep the Clients order", () => {
    const ids = assignTiers(
      {
        Clients: [{ name: "no id" }, clientWith({ clientId: "B" }), clientWith({ clientId: "A" })],
      },
      settings,
      "2026-01-01"
    ).map((a) => a.clientId);
    expect(ids).toEqual(["B", "A"]);
  });
});

describe("override and previous tier across runs", () => {
  /** One run as the register would see it next time: the Tiers rows written back as records. */
  const rerun = (clients: RegisterRecord[], tiers: RegisterRecord[], today: string) => {
    const records: RegisterRecords = { Clients: clients, Tiers: tiers };
    const assignments = assignTiers(records, settings, today);
    return { assignments, tiers: tierRecords(records, assignments) };
  };

  test("a first assessment has no previous tier and is dated today", () => {
    const { assignments } = rerun([clientWith({ annualRevenue: 600_000 })], [], "2026-01-10");
    expect(assignments[0]).toMatchObject({
      tier: "gold",
      effectiveTier: "gold",
      previousTier: null,
      assessedOn: "2026-01-10",
      changed: false,
    });
  });

  test("a change of tier keeps the previous one and the day it changed; a re-run without change keeps both", () => {
    const first = rerun([clientWith({ annualRevenue: 600_000 })], [], "2026-01-10");
    const second = rerun([clientWith({ annualRevenue: 1_200_000 })], first.tiers, "2026-02-10");
    expect(second.assignments[0]).toMatchObject({
      effectiveTier: "platinum",
      previousTier: "gold",
      assessedOn: "2026-02-10",
      changed: true,
    });
    const third = rerun([clientWith({ annualRevenue: 1_300_000 })], second.tiers, "2026-03-10");
    expect(third.assignments[0]).toMatchObject({
      effectiveTier: "platinum",
      previousTier: "gold",
      assessedOn: "2026-02-10",
      changed: false,
    });
    expect(third.tiers).toEqual(
      rerun([clientWith({ annualRevenue: 1_300_000 })], third.tiers, "2026-03-10").tiers
    );
  });

  test("an override with its reason survives re-runs and wins over the computed tier", () => {
    const first = rerun([clientWith({ annualRevenue: 20_000 })], [], "2026-01-10");
    const overridden = first.tiers.map((row) => ({
      ...row,
      overrideTier: "diamond",
      overrideReason: "National-level body",
    }));
    const second = rerun([clientWith({ annualRevenue: 30_000 })], overridden, "2026-02-10");
    expect(second.assignments[0]).toMatchObject({
      tier: "vip",
      overrideTier: "diamond",
      overrideReason: "National-level body",
      effectiveTier: "diamond",
      previousTier: "vip",
      changed: true,
    });
    const third = rerun([clientWith({ annualRevenue: 30_000 })], second.tiers, "2026-03-10");
    expect(third.tiers[0]).toMatchObject({
      overrideTier: "diamond",
      overrideReason: "National-level body",
      effectiveTier: "diamond",
    });
  });

  test("the last assessment is also read from the live columns of a recalculated register", () => {
    const a = one({
      Clients: [clientWith({ annualRevenue: 2_000_000 })],
      Tiers: [{ clientId: "C-1", tier: "gold", effectiveTier: "gold", assessedOn: "2025-12-01" }],
    });
    expect(a).toMatchObject({
      effectiveTier: "platinum",
      previousTier: "gold",
      changed: true,
      assessedOn: "2026-03-15",
    });
  });

  test("an override that is no tier is kept as written but not applied", () => {
    const records: RegisterRecords = {
      Clients: [clientWith({ annualRevenue: 20_000 })],
      Tiers: [{ clientId: "C-1", overrideTier: "super" }],
    };
    const [a] = assignTiers(records, settings, "2026-01-01");
    expect(a.effectiveTier).toBe("vip");
    expect(tierRecords(records, [a])[0].overrideTier).toBe("super");
  });

  test("tier rows of clients no longer in Clients, and a person's own columns, are kept", () => {
    const records: RegisterRecords = {
      Clients: [clientWith({ annualRevenue: 20_000 })],
      Tiers: [
        { clientId: "C-1", myNote: "call in May" },
        { clientId: "C-GONE", overrideTier: "gold", overrideReason: "kept" },
      ],
    };
    const rows = tierRecords(records, assignTiers(records, settings, "2026-01-01"));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ clientId: "C-1", myNote: "call in May", tier: "vip" });
    expect(rows[1]).toEqual({ clientId: "C-GONE", overrideTier: "gold", overrideReason: "kept" });
  });
});

describe("value score, difficulty and grade", () => {
  test("a score typed on the Tiers row wins, with its difficulty", () => {
    const a = one({
      Clients: [clientWith({})],
      Tiers: [{ clientId: "C-1", valueScore: 70, difficulty: 60 }],
      Pipeline: [{ clientId: "C-1", valueScore: 90 }],
    });
    expect([a.valueScore, a.difficulty, a.grade]).toEqual([70, 60, "B"]);
  });

  test("otherwise the best opportunity gives it; difficulty is factor G on 0–100", () => {
    const a = one({
      Clients: [clientWith({})],
      Pipeline: [
        { clientId: "C-1", valueScore: 40, factorG: 5 },
        { clientId: "C-1", valueScore: 65, factorG: 2 },
        { clientId: "C-2", valueScore: 99 },
      ],
    });
    // (2 − 1) / 4 × 100 = 25: high value (65 ≥ 50), low difficulty (25 < 50) → A.
    expect([a.valueScore, a.difficulty, a.grade]).toEqual([65, 25, "A"]);
  });

  test("an opportunity without a score is scored from its factors with the settings' weights", () => {
    // All factors 3 → every factor, inverted or not, is at the middle: 50 points.
    const factors = {
      factorA: 3,
      factorB: 3,
      factorC: 3,
      factorD: 3,
      factorE: 3,
      factorF: 3,
      factorG: 3,
    };
    const a = one({ Clients: [clientWith({})], Pipeline: [{ clientId: "C-1", ...factors }] });
    expect(a.valueScore).toBeCloseTo(50, 10);
    expect(a.difficulty).toBe(50);
    expect(a.grade).toBe("B");
  });

  test("no score anywhere: no grade", () => {
    expect(one({ Clients: [clientWith({})] })).toMatchObject({ valueScore: null, grade: null });
  });
});

describe("key-client categories", () => {
  const today = "2026-03-15";
  test("quality: cumulative contracts above 10M with a good payment record", () => {
    // 2.1M a year for 5 full years ≈ 10.5M.
    expect(
      categories(
        clientWith({
          annualRevenue: 2_100_000,
          clientSince: "2021-01-01",
          paymentAttitude: "prompt",
        }),
        [],
        today
      )
    ).toEqual(["quality"]);
    // 2M a year for 5 years is exactly 10M: not above it.
    expect(
      categories(
        clientWith({
          annualRevenue: 2_000_000,
          clientSince: "2021-01-01",
          paymentAttitude: "prompt",
        }),
        [],
        today
      )
    ).toEqual([]);
    // Enough revenue but chronic arrears.
    expect(
      categories(
        clientWith({
          annualRevenue: 20_000_000,
          clientSince: "2021-01-01",
          paymentAttitude: "arrears",
        }),
        [],
        today
      )
    ).toEqual([]);
  });

  test("quality: a signed referral is enough on its own", () => {
    expect(categories(clientWith({ referrals: 1 }), [], today)).toEqual(["quality"]);
  });

  test("high-value: a single contract above 10M (a closed deal or a year's revenue) with a good payment record", () => {
    const deal = [{ clientId: "C-1", stage: "close", expectedValue: 12_000_000 }];
    expect(categories(clientWith({ creditRating: "very-good" }), deal, today)).toEqual([
      "high-value",
    ]);
    expect(
      categories(
        clientWith({ creditRating: "very-good" }),
        [{ ...deal[0], stage: "relate" }],
        today
      )
    ).toEqual([]);
    expect(
      categories(clientWith({ creditRating: "poor", paymentAttitude: "prompt" }), deal, today)
    ).toEqual([]);
  });

  test("group and strategic come from the yes/no columns", () => {
    expect(categories(clientWith({ groupClient: true, strategicClient: true }), [], today)).toEqual(
      ["group", "strategic"]
    );
    expect(categories(clientWith({ groupClient: false }), [], today)).toEqual([]);
  });

  test("a good payment record: prompt or average payer; else good credit; never with poor credit", () => {
    expect(hasGoodPaymentRecord(clientWith({ paymentAttitude: "average" }))).toBe(true);
    expect(
      hasGoodPaymentRecord(clientWith({ paymentAttitude: "slow", creditRating: "very-good" }))
    ).toBe(false);
    expect(hasGoodPaymentRecord(clientWith({ creditRating: "good" }))).toBe(true);
    expect(
      hasGoodPaymentRecord(clientWith({ creditRating: "very-poor", paymentAttitude: "prompt" }))
    ).toBe(false);
    expect(hasGoodPaymentRecord(clientWith({}))).toBe(false);
  });
});
