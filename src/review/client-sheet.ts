/**
 * One client's review sheet, the page the manager brings to the review meeting: profile and
 * family, contacts, cover and gaps, assets here and elsewhere, tier and value, complaints,
 * recent visits, and what to do next. Values as of the review date; printable on A4 portrait.
 */
import { ASSET_CLASS, L, TIER } from "../register/enums";
import type { RegisterSettings } from "../register/settings";
import { sheetDef } from "../register/sheets";
import type {
  FieldDef,
  Lang,
  Localized,
  RegisterRecord,
  RegisterValue,
  SheetKey,
} from "../register/types";
import {
  complaintStatus,
  effectiveDueOn,
  isOpen,
  isOverdue,
  satisfactionGap,
} from "../register/workflow/complaints";
import { type Day, dayNumber, toIso } from "../register/workflow/dates";
import {
  booleanOf,
  byClient,
  dateOf,
  numberOf,
  rowsOf,
  textOf,
  type RegisterRecords,
} from "../register/workflow/records";
import { assignTiers, type TierAssignment } from "../register/workflow/tiers";
import { visitStatus } from "../register/workflow/visits";
import type { PlanValue, SheetPlan } from "../workbook/plan";
import { text } from "./captions";
import {
  assetTotals,
  CI_INCOME_MULTIPLE,
  clientCiGap,
  clientProtectionGap,
  criticalIllnessCover,
  isLoan,
  isPerson,
  lifeCover,
  nextBirthday,
  walletShare,
} from "./figures";
import { FORMATS, ReviewGrid, withSections } from "./grid";
import { enumText, fieldLabel, yesNo } from "./labels";
import { maskValue, scrubText } from "./mask";
import { safeSheetName } from "./sheet-names";
import { BIRTHDAY_WINDOW_DAYS } from "./summary";

export interface ClientReviewOptions {
  /** Hide personal data (catalog fields marked personal): phone, e-mail, address, birthday, income. */
  mask?: boolean;
  /** Tier assignments already computed for these records. */
  assignments?: TierAssignment[];
}

export const RECENT_VISITS = 5;
const WIDTHS = [18, 12, 12, 12, 12, 12, 12, 12];
/** Where the amount of a "long label | amount" line goes (the label overflows across the empty cells before it). */
const AMOUNT_COLUMN = 6;
/** Profile fields written as paragraphs (they hold sentences). */
const LONG_FIELDS = new Set(["address", "hobbies", "mainBusiness", "notes"]);

interface Ctx {
  grid: ReviewGrid;
  lang: Lang;
  mask: boolean;
  today: string;
  settings: RegisterSettings;
  client: RegisterRecord;
  clientId: string;
  rows: (sheet: SheetKey) => RegisterRecord[];
}

export function buildClientReviewSheet(
  clientId: string,
  records: RegisterRecords,
  settings: RegisterSettings,
  today: Day,
  lang: Lang,
  options: ClientReviewOptions = {}
): SheetPlan {
  const asOf = toIso(today, "today");
  const client = rowsOf(records, "Clients").find((c) => textOf(c, "clientId") === clientId);
  if (!client) throw new Error(`Clients: there is no client with the id "${clientId}".`);
  const grouped = new Map<SheetKey, Map<string, RegisterRecord[]>>();
  const rows = (sheet: SheetKey) => {
    if (!grouped.has(sheet)) grouped.set(sheet, byClient(rowsOf(records, sheet)));
    return grouped.get(sheet)?.get(clientId) ?? [];
  };
  const grid = new ReviewGrid(WIDTHS);
  const ctx: Ctx = {
    grid,
    lang,
    mask: options.mask ?? false,
    today: asOf,
    settings,
    client,
    clientId,
    rows,
  };
  const name = textOf(client, "name") ?? clientId;
  const title = text("clientTitle", lang, { name });
  const assignment = (
    options.assignments ??
    assignTiers(
      { Clients: [client], Tiers: rowsOf(records, "Tiers"), Pipeline: rowsOf(records, "Pipeline") },
      settings,
      asOf
    )
  ).find((a) => a.clientId === clientId);

  grid.styled("title", title);
  grid.add(text("asOf", lang), asOf);
  grid.add(text("currency", lang, { currency: settings.currency }));
  if (ctx.mask) grid.styled("alert", text("maskedNote", lang));

  addProfile(ctx);
  if (assignment) addTier(ctx, assignment);
  addFamily(ctx);
  addContacts(ctx);
  addInsurance(ctx);
  addAssets(ctx);
  addComplaints(ctx);
  addVisits(ctx);
  addOpportunities(ctx);
  addNextSteps(ctx);

  const sheet: SheetPlan = {
    name: safeSheetName(name, [], clientId),
    grid: grid.rows,
    gridFormats: grid.formats,
    gridWidths: grid.fittedWidths(),
    freezeRows: 0,
    conditionalFormats: grid.conditionalFormats,
    print: {
      orientation: "portrait",
      paperSize: "A4",
      fitToWidth: true,
      headerText: `${title} — ${asOf}`,
    },
    generated: true,
  };
  return withSections(sheet, grid);
}

function section(ctx: Ctx, title: string): void {
  ctx.grid.blank();
  ctx.grid.styled("section", title);
}

/**
 * A register value as a cell: enums by label, yes/no in words, dates as ISO text, masked when
 * asked. In tables amounts stay numbers (with a format); in "label | value" lines (`inline`)
 * every value is text, so that the column reads evenly left-aligned.
 */
function cell(
  ctx: Ctx,
  sheet: SheetKey,
  field: FieldDef,
  record: RegisterRecord,
  row: number,
  column: number,
  inline = false
): PlanValue {
  const raw: RegisterValue = record[field.key] ?? null;
  if (raw === null || raw === "") return null;
  const value = ctx.mask ? maskValue(field, raw) : raw;
  if (value !== raw) return value;
  switch (field.type) {
    case "enum":
      return enumText(sheet, field.key, raw, ctx.lang);
    case "boolean":
      return yesNo(raw, ctx.lang);
    case "date":
      return String(raw);
    case "money":
    case "percent": {
      if (typeof raw !== "number") return String(raw);
      const format = field.type === "money" ? FORMATS.money : FORMATS.percent;
      if (inline) return field.type === "money" ? amountText(raw) : `${Math.round(raw * 100)}%`;
      ctx.grid.format(row, column, format);
      return raw;
    }
    default:
      return inline || typeof raw !== "number" ? String(raw) : raw;
  }
}

const amountText = (amount: number) => amount.toLocaleString("en-US", { maximumFractionDigits: 2 });

/** Shorter headers where the catalog's label would make a column much wider than its values. */
const SHORT_HEADERS: Record<string, Localized> = {
  criticalIllnessCovered: L("CI cover", "含重疾", "含重大疾病"),
  satisfactionGap: L("Gap", "满意度差", "滿意度差"),
};

/**
 * A table: a header row of field labels, then one row per record. Callers put numeric columns
 * last or between numbers, so that a right-aligned amount never runs into left-aligned text.
 */
function table(
  ctx: Ctx,
  sheet: SheetKey,
  keys: readonly string[],
  records: readonly RegisterRecord[],
  style?: (r: RegisterRecord) => "alert" | undefined
): void {
  const def = sheetDef(sheet);
  const fields = keys.map((key) => def.fields.find((f) => f.key === key) as FieldDef);
  const header = fields.map((f) => (SHORT_HEADERS[f.key] ?? f.label)[ctx.lang]);
  const rows = ctx.grid.table(header, records.length, (row, i) =>
    fields.map((f, c) => cell(ctx, sheet, f, records[i], row, c))
  );
  rows.forEach((row, i) => {
    const mark = style?.(records[i]);
    if (mark) ctx.grid.style(row, mark);
  });
}

function addProfile(ctx: Ctx): void {
  const { grid, lang, client } = ctx;
  section(ctx, text("profileSection", lang));
  for (const field of sheetDef("Clients").fields) {
    const row = grid.nextRow;
    const value = cell(ctx, "Clients", field, client, row, 1, true);
    if (value === null) continue;
    if (LONG_FIELDS.has(field.key) && typeof value === "string")
      grid.paragraph(value, 1, [field.label[lang]]);
    else grid.add(field.label[lang], value);
  }
}

function tierLabel(key: string | null, lang: Lang): string | null {
  return key === null ? null : (TIER.find((t) => t.key === key)?.label[lang] ?? key);
}

function addTier(ctx: Ctx, a: TierAssignment): void {
  const { grid, lang } = ctx;
  section(ctx, text("tierSection", lang));
  const label = (key: string) => fieldLabel("Tiers", key, lang);
  grid.add(label("tier"), tierLabel(a.tier, lang));
  const effective = tierLabel(a.effectiveTier, lang) as string;
  const shown = a.overrideTier
    ? text("overrideBy", lang, { tier: effective, reason: a.overrideReason ?? "—" })
    : effective;
  const effectiveRow = grid.add(
    label("effectiveTier"),
    a.previousTier
      ? text("changedFrom", lang, { to: shown, from: tierLabel(a.previousTier, lang) as string })
      : shown
  );
  if (a.changed) grid.style(effectiveRow, "alert");
  grid.add(label("assessedOn"), a.assessedOn);
  if (a.grade) grid.add(label("grade"), enumText("Tiers", "grade", a.grade, lang));
  if (a.valueScore !== null) grid.add(label("valueScore"), a.valueScore.toFixed(1));
  if (a.difficulty !== null) grid.add(label("difficulty"), a.difficulty.toFixed(1));
  if (a.categories.length)
    grid.add(text("categoriesSection", lang), a.categories.map((c) => text(c, lang)).join(" · "));
}

function addFamily(ctx: Ctx): void {
  const members = ctx.rows("Family");
  if (members.length === 0) return;
  section(ctx, text("familySection", ctx.lang));
  table(
    ctx,
    "Family",
    ["memberName", "relation", "birthday", "occupationOrSchool", "age"],
    members
  );
}

function addContacts(ctx: Ctx): void {
  const contacts = ctx.rows("Contacts");
  if (contacts.length === 0) return;
  section(ctx, text("contactsSection", ctx.lang));
  table(
    ctx,
    "Contacts",
    ["name", "title", "department", "layer", "influence", "isCoach", "phone", "closeness"],
    contacts
  );
}

/** "label …………… amount" lines under a table. */
function amountLine(
  ctx: Ctx,
  label: string,
  amount: number | string | null,
  style?: "alert"
): void {
  const cells: PlanValue[] = [label, ...new Array(AMOUNT_COLUMN - 1).fill(null), amount];
  const row = ctx.grid.add(...cells);
  if (typeof amount === "number") ctx.grid.format(row, AMOUNT_COLUMN, FORMATS.money);
  if (style) ctx.grid.style(row, style);
}

function addInsurance(ctx: Ctx): void {
  const { lang, client } = ctx;
  const policies = ctx.rows("Insurance");
  const person = isPerson(client);
  // An enterprise's cover is its policies alone: income-based needs are for people.
  if (!person && policies.length === 0) return;
  section(ctx, text("insuranceSection", lang));
  if (policies.length) {
    table(
      ctx,
      "Insurance",
      [
        "policyNo",
        "type",
        "insurer",
        "insured",
        "criticalIllnessCovered",
        "status",
        "sumInsured",
        "annualPremium",
      ],
      policies
    );
  } else {
    ctx.grid.add(text("none", lang));
  }
  if (!person) return;
  const income = numberOf(client, "annualIncome");
  amountLine(ctx, text("ciCover", lang), criticalIllnessCover(policies));
  if (!ctx.mask)
    amountLine(
      ctx,
      text("ciNeed", lang),
      income === null ? text("noIncome", lang) : CI_INCOME_MULTIPLE * income
    );
  const ci = clientCiGap(client, policies);
  amountLine(
    ctx,
    text("ciGap", lang),
    ci ?? text("noIncome", lang),
    ci !== null && ci > 0 ? "alert" : undefined
  );
  amountLine(ctx, text("lifeCover", lang), lifeCover(policies));
  const gap = clientProtectionGap(client, policies, ctx.rows("Assets"));
  amountLine(
    ctx,
    text("protectionGap", lang),
    gap ?? text("noIncome", lang),
    gap !== null && gap > 0 ? "alert" : undefined
  );
}

function addAssets(ctx: Ctx): void {
  const { grid, lang } = ctx;
  const assets = ctx.rows("Assets");
  if (assets.length === 0) return;
  section(ctx, text("assetsByClassSection", lang));
  grid.styled(
    "header",
    fieldLabel("Assets", "assetClass", lang),
    text("assetsOurs", lang),
    text("assetsElsewhere", lang),
    text("total", lang)
  );
  const first = grid.nextRow;
  for (const assetClass of ASSET_CLASS.filter((c) => c.key !== "loan")) {
    const own = assets.filter((a) => textOf(a, "assetClass") === assetClass.key);
    if (own.length === 0) continue;
    const t = assetTotals(own);
    grid.add(assetClass.label[lang], t.ours, t.elsewhere, t.ours + t.elsewhere);
  }
  const unclassified = assets.filter(
    (a) => !isLoan(a) && !ASSET_CLASS.some((c) => c.key === textOf(a, "assetClass"))
  );
  if (unclassified.length) {
    const t = assetTotals(unclassified);
    grid.add("—", t.ours, t.elsewhere, t.ours + t.elsewhere);
  }
  const last = grid.nextRow - 1;
  const totals = assetTotals(assets);
  grid.add(text("total", lang), totals.ours, totals.elsewhere, totals.ours + totals.elsewhere);
  const loans = assets.filter(isLoan);
  if (loans.length) {
    const owed = (where: string) =>
      loans
        .filter((a) => textOf(a, "heldAt") === where)
        .reduce((s, a) => s + Math.abs(numberOf(a, "marketValue") ?? 0), 0);
    grid.add(
      text("loans", lang),
      owed("ours"),
      owed("elsewhere"),
      owed("ours") + owed("elsewhere")
    );
  }
  for (let column = 1; column <= 3; column++)
    grid.formatColumn(column, first, grid.nextRow - 1, FORMATS.money);
  grid.dataBar(3, first, last);
  const share = walletShare(totals);
  if (share !== null)
    grid.format(grid.add(text("shareOfWallet", lang), null, null, share), 3, FORMATS.percent);

  grid.blank();
  table(
    ctx,
    "Assets",
    ["assetClass", "heldAt", "institution", "currency", "maturityDate", "asOf", "marketValue"],
    assets
  );
}

function addComplaints(ctx: Ctx): void {
  const { lang, today, settings } = ctx;
  const complaints = ctx.rows("Complaints");
  if (complaints.length === 0) return;
  section(ctx, text("complaintsHistory", lang));
  const shown = complaints.map((c) => ({
    ...c,
    dueOn: effectiveDueOn(c, settings) ?? c.dueOn ?? null,
    satisfactionGap: satisfactionGap(c),
  }));
  table(
    ctx,
    "Complaints",
    [
      "complaintId",
      "receivedOn",
      "category",
      "severity",
      "status",
      "dueOn",
      "resolvedOn",
      "satisfactionGap",
    ],
    shown,
    (c) => (isOverdue(c, today, settings) ? "alert" : undefined)
  );
}

function addVisits(ctx: Ctx): void {
  const { grid, lang, today } = ctx;
  const visits = ctx
    .rows("Visits")
    .filter((v) => {
      const on = dateOf(v, "visitOn");
      return on !== null && dayNumber(on) <= dayNumber(today);
    })
    .sort(
      (a, b) =>
        dayNumber(dateOf(b, "visitOn") as string) - dayNumber(dateOf(a, "visitOn") as string)
    )
    .slice(0, RECENT_VISITS);
  if (visits.length === 0) return;
  section(ctx, text("visitsSectionRecent", lang));
  const label = (key: string) => fieldLabel("Visits", key, lang);
  grid.styled("header", label("visitOn"), label("method"), label("purpose"));
  for (const visit of visits) {
    const lead: PlanValue[] = [
      dateOf(visit, "visitOn"),
      enumText("Visits", "method", visit.method, lang),
    ];
    const free = (key: string) => {
      const value = textOf(visit, key);
      return value && ctx.mask ? scrubText(value) : value;
    };
    const purpose = free("purpose");
    if (purpose) grid.paragraph(purpose, 2, lead);
    else grid.add(...lead);
    for (const key of ["keyPoints", "clientViews", "nextSteps"]) {
      const value = free(key);
      if (value) grid.paragraph(value, 2, [null, label(key)]);
    }
  }
}

function addOpportunities(ctx: Ctx): void {
  const opportunities = ctx.rows("Pipeline");
  if (opportunities.length === 0) return;
  section(ctx, text("pipelineSectionClient", ctx.lang));
  table(
    ctx,
    "Pipeline",
    [
      "opportunityId",
      "stage",
      "grade",
      "owner",
      "expectedClose",
      "valueScore",
      "probability",
      "expectedValue",
    ],
    opportunities
  );
}

const money = (ctx: Ctx, amount: number) =>
  `${ctx.settings.currency} ${Math.round(amount).toLocaleString("en-US")}`;

/** What the review meeting should leave with, from everything above. */
function nextSteps(ctx: Ctx): string[] {
  const { lang, today, settings, client, clientId } = ctx;
  const steps: string[] = [];
  const visit = visitStatus(
    { Clients: [client], Visits: ctx.rows("Visits") },
    settings,
    today
  ).find((s) => s.clientId === clientId);
  // A planned day before the review date is overdue, not ahead.
  if (visit?.nextVisitOn && visit.nextVisitOn < today)
    steps.push(text("stepVisitOverdue", lang, { date: visit.nextVisitOn }));
  else if (visit?.nextVisitOn) steps.push(text("stepNextVisit", lang, { date: visit.nextVisitOn }));
  else if (visit?.lastVisitOn === null) steps.push(text("stepFirstVisit", lang));
  else if (visit?.notVisited)
    steps.push(
      text("stepVisitDue", lang, {
        days: visit.daysSinceVisit ?? 0,
        window: settings.notVisitedDays,
      })
    );

  for (const complaint of ctx.rows("Complaints")) {
    const id = textOf(complaint, "complaintId") ?? "—";
    const due = effectiveDueOn(complaint, settings);
    if (isOverdue(complaint, today, settings))
      steps.push(text("stepComplaintOverdue", lang, { id, date: due as string }));
    else if (isOpen(complaint) && due)
      steps.push(
        text("stepComplaintDue", lang, {
          id,
          status: enumText("Complaints", "status", complaintStatus(complaint), lang) as string,
          date: due,
        })
      );
    else if (
      complaintStatus(complaint) === "resolved" &&
      booleanOf(complaint, "calledBack") !== true
    )
      steps.push(text("stepCallBack", lang, { id }));
  }
  for (const opportunity of ctx.rows("Pipeline")) {
    const written = textOf(opportunity, "nextAction");
    const action = written && ctx.mask ? scrubText(written) : written;
    if (!action || textOf(opportunity, "stage") === "close") continue;
    const stage = enumText("Pipeline", "stage", opportunity.stage, lang) ?? "—";
    steps.push(
      text("stepOpportunity", lang, {
        id: textOf(opportunity, "opportunityId") ?? "—",
        stage,
        action,
      })
    );
  }
  const ci = clientCiGap(client, ctx.rows("Insurance"));
  if (ci !== null && ci > 0) steps.push(text("stepCiGap", lang, { amount: money(ctx, ci) }));
  const { elsewhere } = assetTotals(ctx.rows("Assets"));
  if (elsewhere > 0) steps.push(text("stepElsewhere", lang, { amount: money(ctx, elsewhere) }));
  const people: [string | null, RegisterRecord][] = [
    [textOf(client, "name"), client],
    ...ctx
      .rows("Family")
      .map((m) => [textOf(m, "memberName"), m] as [string | null, RegisterRecord]),
  ];
  for (const [person, record] of people) {
    const birthday = dateOf(record, "birthday");
    if (!birthday) continue;
    const next = nextBirthday(birthday, today);
    if (next.daysUntil <= BIRTHDAY_WINDOW_DAYS)
      steps.push(text("stepBirthday", lang, { person: person ?? "—", date: next.on }));
  }
  return steps;
}

function addNextSteps(ctx: Ctx): void {
  section(ctx, text("nextStepsSection", ctx.lang));
  const steps = nextSteps(ctx);
  if (steps.length === 0) ctx.grid.add(text("stepNone", ctx.lang));
  for (const step of steps) ctx.grid.paragraph(`• ${step}`);
}
