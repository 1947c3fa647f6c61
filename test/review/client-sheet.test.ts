import { buildClientReviewSheet } from "../../src/review/client-sheet";
import { REVIEW_TEXT } from "../../src/review/captions";
import type { PlanValue, SheetPlan } from "../../src/workbook/plan";
import { fixtureRecords, SETTINGS, TODAY } from "./fixture";

const records = fixtureRecords();
const sheetFor = (id: string, lang: "en" | "zh-CN" | "zh-TW" = "en"): SheetPlan =>
  buildClientReviewSheet(id, records, SETTINGS, TODAY, lang);
const rowStarting = (sheet: SheetPlan, label: string): PlanValue[] => {
  const row = sheet.grid!.find((r) => r[0] === label);
  if (!row) throw new Error(`no row "${label}"`);
  return row;
};
const texts = (sheet: SheetPlan) =>
  sheet.grid!.flat().filter((v): v is string => typeof v === "string");

describe("a client review sheet", () => {
  const sheet = sheetFor("C-0001");

  test("is generated, named after the client, printable on A4 portrait one page wide with title and date in the header", () => {
    expect(sheet.generated).toBe(true);
    expect(sheet.name).toBe("王建国");
    expect(sheet.print).toMatchObject({
      orientation: "portrait",
      paperSize: "A4",
      fitToWidth: true,
    });
    expect(sheet.print!.headerText).toBe(`Client review: 王建国 — ${TODAY}`);
  });

  test("has every section, in order", () => {
    const sections = [
      "profileSection",
      "tierSection",
      "familySection",
      "insuranceSection",
      "assetsByClassSection",
      "complaintsHistory",
      "visitsSectionRecent",
      "pipelineSectionClient",
      "nextStepsSection",
    ] as const;
    const rows = sheet.grid!.map((r) => r[0]);
    const positions = sections.map((key) => rows.indexOf(REVIEW_TEXT[key].en));
    expect(positions.every((p) => p > 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  test("cover and gaps: CI cover 1M against a need of 3 × 800k; DIME gap is covered by life cover and liquid assets", () => {
    const amount = (label: keyof typeof REVIEW_TEXT) =>
      rowStarting(sheet, REVIEW_TEXT[label].en)[6];
    expect(amount("ciCover")).toBe(1_000_000);
    expect(amount("ciNeed")).toBe(2_400_000);
    expect(amount("ciGap")).toBe(1_400_000);
    expect(amount("lifeCover")).toBe(5_000_000);
    // Debts 1.5M + 10 × 800k = 9.5M; life cover 5M; liquid: deposit 2M + fund 3M + stock 0.5M = 5.5M → no gap.
    expect(amount("protectionGap")).toBe(0);
  });

  test("assets by class, with us and elsewhere, totals without the loan, and share of wallet", () => {
    expect(rowStarting(sheet, "Deposit").slice(0, 4)).toEqual(["Deposit", 2_000_000, 0, 2_000_000]);
    expect(rowStarting(sheet, "Fund").slice(0, 4)).toEqual(["Fund", 0, 3_000_000, 3_000_000]);
    expect(rowStarting(sheet, REVIEW_TEXT.total.en).slice(0, 4)).toEqual([
      "Total",
      2_000_000,
      3_500_000,
      5_500_000,
    ]);
    expect(rowStarting(sheet, REVIEW_TEXT.loans.en).slice(0, 4)).toEqual([
      REVIEW_TEXT.loans.en,
      1_500_000,
      0,
      1_500_000,
    ]);
    expect(rowStarting(sheet, REVIEW_TEXT.shareOfWallet.en)[3]).toBeCloseTo(2 / 5.5, 12);
  });

  test("tier, profile values by label, and the overdue complaint highlighted", () => {
    expect(rowStarting(sheet, "Effective tier")[1]).toBe("Diamond");
    expect(rowStarting(sheet, "Risk profile")[1]).toBe("Moderate");
    expect(rowStarting(sheet, "Annual revenue")[1]).toBe("6,200,000");
    const complaintRow = sheet.grid!.findIndex((r) => r[0] === "CP-2026-0001") + 1;
    expect(sheet.conditionalFormats).toContainEqual(
      expect.objectContaining({ range: `A${complaintRow}:H${complaintRow}`, fill: "#FFC7CE" })
    );
  });

  test("next steps say what to do: planned visit, overdue complaint, open opportunity, CI gap, assets elsewhere, birthdays", () => {
    const steps = texts(sheet).filter((t) => t.startsWith("• "));
    expect(steps).toEqual([
      "• Next visit planned on 2026-04-01.",
      "• Complaint CP-2026-0001 is overdue since 2026-03-04: escalate and keep the client informed.",
      "• Opportunity OP-4 (4 Relate): Invite to a site visit",
      "• Critical-illness gap of CNY 1,400,000: review the client's cover.",
      "• CNY 3,500,000 held elsewhere: propose bringing it to us.",
      "• Birthday of 王建国 on 2026-03-20.",
      "• Birthday of 刘芳 on 2026-04-10.",
    ]);
  });

  test("an enterprise without policies has no protection lines; a resolved complaint not called back asks for a call", () => {
    const enterprise = sheetFor("C-0002");
    expect(texts(enterprise)).not.toContain(REVIEW_TEXT.ciGap.en);
    expect(texts(enterprise)).toContain(REVIEW_TEXT.contactsSection.en);
    expect(texts(sheetFor("C-0003"))).toContain(
      "• Call the client back about complaint CP-2026-0003."
    );
  });

  test("a client never visited is asked for a first visit; one not visited in the window for a visit", () => {
    expect(texts(sheetFor("C-0005"))).toContain(`• ${REVIEW_TEXT.stepFirstVisit.en}`);
    expect(texts(sheetFor("C-0003"))).toContain(
      "• Not visited for 91 days (target: every 90 days): plan a visit."
    );
  });

  test("speaks Chinese and keeps formula-like names as text", () => {
    const zh = sheetFor("C-0011", "zh-TW");
    expect(zh.grid![0][0]).toBe('客戶回顧：=HYPERLINK("http://x") Ltd');
    expect(zh.name).toBe('=HYPERLINK("http___x") Ltd');
    expect(zh.grid!.flat().some((v) => typeof v === "object" && v !== null)).toBe(false);
  });

  test("long text is broken into lines that fit the printed width", () => {
    const start = sheet.grid!.findIndex((r) => r[0] === "Notes");
    let end = start + 1;
    while (sheet.grid![end][0] === null && typeof sheet.grid![end][1] === "string") end++;
    const notes = sheet.grid!.slice(start, end);
    expect(notes.length).toBeGreaterThanOrEqual(2);
    expect(notes.map((r) => r[1]).join(" ")).toBe(records.Clients![0].notes);
    const width = sheet.gridWidths!.slice(1).reduce((s, w) => s + w, 0);
    for (const row of notes) expect((row[1] as string).length).toBeLessThanOrEqual(width);
  });

  test("an unknown client id is a clear error", () => {
    expect(() => sheetFor("C-9999")).toThrow('Clients: there is no client with the id "C-9999".');
  });
});
