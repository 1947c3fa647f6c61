import { DEFAULT_SLA_DAYS, SEVERITIES, dueDate } from "../../src/scoring";
import { expectScoringError } from "./expect-error";

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));
// 2024-01-01 was a Monday, so 2024-01-05 is a Friday.
const friday = day(2024, 1, 5);

describe("dueDate", () => {
  test("defaults: critical 1, high 3, medium 7, low 15 calendar days", () => {
    expect(SEVERITIES).toEqual(["critical", "high", "medium", "low"]);
    expect(DEFAULT_SLA_DAYS).toEqual({ critical: 1, high: 3, medium: 7, low: 15 });
    expect(dueDate(friday, "critical")).toEqual(day(2024, 1, 6));
    expect(dueDate(friday, "high")).toEqual(day(2024, 1, 8));
    expect(dueDate(friday, "medium")).toEqual(day(2024, 1, 12));
    expect(dueDate(friday, "low")).toEqual(day(2024, 1, 20));
  });

  test("calendar days cross month, year and leap-day boundaries", () => {
    expect(dueDate(day(2024, 2, 28), "critical")).toEqual(day(2024, 2, 29));
    expect(dueDate(day(2023, 12, 31), "critical")).toEqual(day(2024, 1, 1));
    expect(dueDate(day(2024, 2, 20), "low")).toEqual(day(2024, 3, 6));
  });

  test("severity is read without regard to case or surrounding spaces", () => {
    expect(dueDate(friday, " High ")).toEqual(day(2024, 1, 8));
  });

  test("uses the service levels it is given; 0 days is the same day", () => {
    const sla = { critical: 0, high: 2, medium: 30, low: 60 };
    expect(dueDate(friday, "critical", sla)).toEqual(friday);
    expect(dueDate(friday, "medium", sla)).toEqual(day(2024, 2, 4));
  });

  test("business days skip weekends", () => {
    const business = { businessDays: true };
    expect(dueDate(friday, "critical", DEFAULT_SLA_DAYS, business)).toEqual(day(2024, 1, 8)); // Monday
    expect(dueDate(friday, "high", DEFAULT_SLA_DAYS, business)).toEqual(day(2024, 1, 10)); // Wednesday
    expect(dueDate(friday, "medium", DEFAULT_SLA_DAYS, business)).toEqual(day(2024, 1, 16));
    expect(dueDate(day(2024, 1, 6), "critical", DEFAULT_SLA_DAYS, business)).toEqual(
      day(2024, 1, 8)
    ); // received Saturday
    expect(dueDate(day(2024, 1, 1), "high", DEFAULT_SLA_DAYS, business)).toEqual(day(2024, 1, 4));
  });

  test("business days skip holidays too, and holidays are ignored for calendar days", () => {
    const holidays = [day(2024, 1, 8), day(2024, 1, 9)];
    expect(dueDate(friday, "critical", DEFAULT_SLA_DAYS, { businessDays: true, holidays })).toEqual(
      day(2024, 1, 10)
    );
    expect(dueDate(friday, "high", DEFAULT_SLA_DAYS, { businessDays: true, holidays })).toEqual(
      day(2024, 1, 12)
    );
    expect(dueDate(friday, "high", DEFAULT_SLA_DAYS, { holidays })).toEqual(day(2024, 1, 8));
  });

  test("works on UTC calendar days: the time of day never moves the date", () => {
    expect(dueDate(new Date("2024-01-05T23:59:59Z"), "critical")).toEqual(day(2024, 1, 6));
    expect(dueDate(new Date("2024-01-05T00:00:00Z"), "critical")).toEqual(day(2024, 1, 6));
    const holidayAtNoon = new Date("2024-01-08T12:00:00Z");
    expect(
      dueDate(friday, "critical", DEFAULT_SLA_DAYS, {
        businessDays: true,
        holidays: [holidayAtNoon],
      })
    ).toEqual(day(2024, 1, 9));
  });

  test("bad input", () => {
    expectScoringError(
      () => dueDate(friday, "urgent"),
      "value",
      /severity must be one of critical, high, medium, low, got "urgent"/
    );
    expectScoringError(() => dueDate(new Date("not a date"), "low"), "value", /receivedOn/);
    expectScoringError(
      () => dueDate("2024-01-05" as unknown as Date, "low"),
      "value",
      /receivedOn/
    );
    expectScoringError(
      () => dueDate(friday, "low", { ...DEFAULT_SLA_DAYS, low: 1.5 }),
      "num",
      /slaDays.low must be a whole number/
    );
    expectScoringError(
      () => dueDate(friday, "low", { ...DEFAULT_SLA_DAYS, low: -1 }),
      "num",
      /slaDays.low/
    );
    expectScoringError(
      () =>
        dueDate(friday, "low", DEFAULT_SLA_DAYS, {
          businessDays: true,
          holidays: [new Date(Number.NaN)],
        }),
      "value",
      /holiday 1/
    );
  });
});
