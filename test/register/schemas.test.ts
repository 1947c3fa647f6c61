import { registerSchemas, validateRow } from "../../src/register/schemas";
import type { SheetKey } from "../../src/register/types";

const validRows: Record<SheetKey, Record<string, unknown>> = {
  Clients: {
    clientId: "C-0001",
    name: "王建国",
    kind: "person",
    phone: "0912345678",
    email: "wang@example.com",
    birthday: "1985-05-15",
    riskProfile: "moderate",
    annualRevenue: 1200000,
    creditRating: "good",
    paymentAttitude: "prompt",
  },
  Family: {
    clientId: "C-0001",
    memberName: "王小明",
    relation: "son",
    age: 12,
    birthday: "2014-03-02",
  },
  Contacts: {
    clientId: "C-0002",
    name: "李总",
    layer: "decision",
    influence: "decide",
    closeness: 4,
    isCoach: false,
  },
  Insurance: {
    clientId: "C-0001",
    policyNo: "P-1",
    type: "critical-illness",
    sumInsured: 500000,
    annualPremium: 12000,
    criticalIllnessCovered: true,
    status: "in-force",
    startDate: "2020-01-01",
    termYears: 20,
  },
  Assets: {
    clientId: "C-0001",
    assetClass: "loan",
    heldAt: "elsewhere",
    marketValue: -800000,
    asOf: "2026-06-30",
  },
  Tiers: {
    clientId: "C-0001",
    annualRevenue: 1200000,
    valueScore: 72.5,
    tier: "platinum",
    grade: "A",
    overrideTier: null,
    assessedOn: "2026-11-01",
  },
  Complaints: {
    complaintId: "CP-0001",
    clientId: "C-0001",
    receivedOn: "2026-11-02",
    severity: "high",
    status: "open",
    calledBack: false,
    expectedScore: 8,
    actualScore: 6,
    satisfactionGap: -2,
  },
  Visits: {
    visitOn: "2026-10-20",
    clientId: "C-0001",
    method: "site-visit",
    expense: 350,
    reportFiled: true,
  },
  Pipeline: {
    opportunityId: "OP-1",
    prospect: "宏达科技",
    stage: "assess",
    factorA: 4,
    factorG: 2,
    probability: 0.4,
    expectedValue: 3000000,
  },
};

const invalidRows: Record<SheetKey, [Record<string, unknown>, string]> = {
  Clients: [{ clientId: "C-0001", name: "   " }, "name"],
  Family: [{ clientId: "C-0001", relation: "son" }, "memberName"],
  Contacts: [{ name: "李总", closeness: 7 }, "closeness"],
  Insurance: [{ clientId: "C-0001", type: "pet" }, "type"],
  Assets: [{ clientId: "C-0001", heldAt: "mattress" }, "heldAt"],
  Tiers: [{ clientId: "C-0001", valueScore: 140 }, "valueScore"],
  Complaints: [{ receivedOn: "2026-02-30" }, "receivedOn"],
  Visits: [{ visitOn: "2026-10-20", reportFiled: "yes" }, "reportFiled"],
  Pipeline: [{ probability: 1.5 }, "probability"],
};

describe("register schemas", () => {
  test.each(Object.keys(validRows) as SheetKey[])("%s accepts a valid row", (sheet) => {
    expect(validateRow(sheet, validRows[sheet])).toEqual([]);
  });

  test.each(Object.keys(invalidRows) as SheetKey[])(
    "%s rejects an invalid row and names the field",
    (sheet) => {
      const [row, field] = invalidRows[sheet];
      const issues = validateRow(sheet, row);
      expect(issues.map((i) => i.field)).toContain(field);
    }
  );

  test("user columns beyond the register are kept", () => {
    const parsed = registerSchemas.Clients.parse({ name: "Acme", myOwnColumn: "kept" });
    expect(parsed.myOwnColumn).toBe("kept");
  });

  test("an e-mail that is not one is reported", () => {
    expect(
      validateRow("Clients", { name: "x", email: "not-an-email" }).map((i) => i.field)
    ).toEqual(["email"]);
  });

  test("integers must be whole and dates must be ISO", () => {
    expect(validateRow("Family", { memberName: "a", age: 3.5 }).map((i) => i.field)).toEqual([
      "age",
    ]);
    expect(
      validateRow("Clients", { name: "a", birthday: "15/05/1985" }).map((i) => i.field)
    ).toEqual(["birthday"]);
  });
});
