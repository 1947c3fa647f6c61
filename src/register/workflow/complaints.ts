/**
 * The complaint log workflow: a new complaint gets an id, a due date from the service-level
 * settings and an owner; its status moves open → in-progress → resolved → closed (a resolved
 * complaint may be reopened); overdue and satisfaction gap follow the register's formulas.
 */
import { dueDate, satisfaction, SEVERITIES, type Severity } from "../../scoring";
import { L } from "../enums";
import { renderMessage, type MessageCode, type MessageParams } from "../messages/render";
import type { RegisterSettings } from "../settings";
import type { Localized, RegisterRecord } from "../types";
import { type Day, dayNumber, isoDay, toIso, toUtcDate } from "./dates";
import { dateOf, enumOf, numberOf, textOf } from "./records";

export const COMPLAINT_STATUSES = ["open", "in-progress", "resolved", "closed"] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

/** The moves a complaint may make; "resolved → in-progress" reopens it. */
export const ALLOWED_TRANSITIONS: Readonly<Record<ComplaintStatus, readonly ComplaintStatus[]>> = {
  open: ["in-progress"],
  "in-progress": ["resolved"],
  resolved: ["closed", "in-progress"],
  closed: [],
};

/** A complaint step that cannot be taken; coded, so the pane says it in the user's language. */
export class ComplaintError extends Error {
  readonly code: MessageCode;
  readonly params: MessageParams;

  constructor(code: MessageCode, params: MessageParams = {}) {
    super(renderMessage(code, params, "en") ?? code);
    this.name = "ComplaintError";
    this.code = code;
    this.params = params;
  }
}

export interface NewComplaint {
  clientId: string;
  severity: Severity;
  /** Defaults to today. */
  receivedOn?: Day;
  channel?: string;
  category?: string;
  description?: string;
  /** Defaults to the client's owner when `clients` are given. */
  owner?: string;
  expectedScore?: number;
  notes?: string;
}

export interface NewComplaintOptions {
  /** The Clients rows, to default the owner to the client's account manager. */
  clients?: readonly RegisterRecord[];
  /** Days off when the settings count working days. */
  holidays?: readonly Day[];
}

const ID_PATTERN = /^CP-(\d{4})-(\d+)$/i;

/** The next id for a complaint received in `year`: CP-<year>-<4-digit sequence>, above every id of that year. */
export function nextComplaintId(existing: readonly RegisterRecord[], year: number): string {
  let highest = 0;
  for (const row of existing) {
    const match = ID_PATTERN.exec(textOf(row, "complaintId") ?? "");
    if (match && Number(match[1]) === year) highest = Math.max(highest, Number(match[2]));
  }
  return `CP-${year}-${String(highest + 1).padStart(4, "0")}`;
}

/** The due day of a complaint received on `receivedOn` with `severity`, by the service-level settings. */
export function complaintDueOn(
  receivedOn: Day,
  severity: Severity,
  settings: RegisterSettings,
  holidays: readonly Day[] = []
): string {
  const due = dueDate(toUtcDate(receivedOn, "receivedOn"), severity, settings.slaDays, {
    businessDays: settings.businessDays,
    holidays: holidays.map((h) => toUtcDate(h, "holiday")),
  });
  return toIso(due);
}

/** A complaint row ready to append to the Complaints sheet. */
export function newComplaint(
  input: NewComplaint,
  existing: readonly RegisterRecord[],
  settings: RegisterSettings,
  today: Day,
  options: NewComplaintOptions = {}
): RegisterRecord {
  const clientId = input.clientId?.trim();
  if (!clientId) throw new ComplaintError("complaint.needs-client");
  if (!(SEVERITIES as readonly string[]).includes(input.severity)) {
    throw new ComplaintError("complaint.bad-severity", {
      allowed: SEVERITIES.join(", "),
      field: "severity",
      value: JSON.stringify(input.severity),
    });
  }
  const receivedOn = toIso(input.receivedOn ?? today, "receivedOn");
  if (dayNumber(receivedOn) > dayNumber(today, "today"))
    throw new ComplaintError("complaint.received-after-today", { date: receivedOn });
  const client = options.clients?.find((c) => textOf(c, "clientId") === clientId);
  return {
    complaintId: nextComplaintId(existing, Number(receivedOn.slice(0, 4))),
    clientId,
    receivedOn,
    channel: input.channel ?? null,
    category: input.category ?? null,
    severity: input.severity,
    description: input.description ?? null,
    owner: input.owner?.trim() || (client ? textOf(client, "owner") : null),
    status: "open",
    dueOn: complaintDueOn(receivedOn, input.severity, settings, options.holidays),
    resolvedOn: null,
    rootCause: null,
    correctiveAction: null,
    calledBack: false,
    expectedScore: input.expectedScore ?? null,
    actualScore: null,
    satisfactionGap: null,
    overdue: false,
    notes: input.notes ?? null,
  };
}

/** A blank status counts as open: a complaint written down is one to handle. */
export function complaintStatus(complaint: RegisterRecord): ComplaintStatus {
  return enumOf(complaint, "status", COMPLAINT_STATUSES) ?? "open";
}

/** The complaint moved to `to` on `today`; an illegal move throws and leaves the complaint as it was. */
export function transition(
  complaint: RegisterRecord,
  to: ComplaintStatus,
  today: Day
): RegisterRecord {
  const from = complaintStatus(complaint);
  const id = textOf(complaint, "complaintId") ?? "—";
  if (!ALLOWED_TRANSITIONS[from].includes(to)) {
    const allowed = ALLOWED_TRANSITIONS[from];
    throw new ComplaintError(allowed.length ? "complaint.cannot-move" : "complaint.closed-stays", {
      id,
      from,
      to,
      allowed: allowed.join(", "),
      field: "status",
    });
  }
  const day = toIso(today, "today");
  if (to === "resolved") {
    const received = dateOf(complaint, "receivedOn");
    if (received && dayNumber(day) < dayNumber(received))
      throw new ComplaintError("complaint.resolved-before-received", {
        id,
        date: day,
        received,
      });
    return { ...complaint, status: to, resolvedOn: day };
  }
  if (from === "resolved" && to === "in-progress")
    return { ...complaint, status: to, resolvedOn: null };
  return { ...complaint, status: to };
}

export function isOpen(complaint: RegisterRecord): boolean {
  const status = complaintStatus(complaint);
  return status === "open" || status === "in-progress";
}

/**
 * The due day: the one the complaint gives itself (its source's or a person's, a plain value in
 * the register's dueOn column) when there is one; else, with settings, as the register's dueOn
 * formula computes it from receivedOn and severity (null when either is missing).
 */
export function effectiveDueOn(
  complaint: RegisterRecord,
  settings?: RegisterSettings
): string | null {
  const given = dateOf(complaint, "dueOn");
  if (given || !settings) return given;
  const received = dateOf(complaint, "receivedOn");
  const severity = enumOf(complaint, "severity", SEVERITIES);
  return received && severity ? complaintDueOn(received, severity, settings) : null;
}

/** Not resolved or closed, and `today` is past the due day (the due day itself is still in time). */
export function isOverdue(
  complaint: RegisterRecord,
  today: Day,
  settings?: RegisterSettings
): boolean {
  const due = effectiveDueOn(complaint, settings);
  return isOpen(complaint) && due !== null && dayNumber(today, "today") > dayNumber(due);
}

/** Satisfaction gap = actual − expected score, or null when either is missing. */
export function satisfactionGap(complaint: RegisterRecord): number | null {
  const actual = numberOf(complaint, "actualScore");
  const expected = numberOf(complaint, "expectedScore");
  return actual === null || expected === null ? null : satisfaction(actual, expected);
}

/** Calendar days from receipt to resolution, or null when either day is missing. */
export function daysToResolve(complaint: RegisterRecord): number | null {
  const received = isoDay(complaint.receivedOn);
  const resolved = isoDay(complaint.resolvedOn);
  return received && resolved ? dayNumber(resolved) - dayNumber(received) : null;
}

// ---- guidance for the person taking the complaint -----------------------------------------------

export interface GuidanceItem {
  /** "1"…"5" for procedure steps, "R", "M", "L", "S", "P" for the RMLSP rule. */
  mark: string;
  title: Localized;
  detail: Localized;
}

/** Principles that come before any step. */
export const COMPLAINT_PRINCIPLES: readonly Localized[] = [
  L("Never argue with the client.", "不与客户争辩。", "不與客戶爭辯。"),
  L("Do not harm the company.", "不损害公司利益。", "不損害公司利益。"),
  L("Genuinely solve the problem.", "真正解决问题。", "真正解決問題。"),
];

/** The five-step handling procedure of domain.md. */
export const COMPLAINT_PROCEDURE: readonly GuidanceItem[] = [
  {
    mark: "1",
    title: L(
      "Listen, accept the feelings, apologise",
      "倾听，接受情绪，道歉",
      "傾聽，接受情緒，道歉"
    ),
    detail: L(
      "Let the client finish; acknowledge how they feel before discussing facts.",
      "让客户把话说完；先认可客户的感受，再谈事实。",
      "讓客戶把話說完；先認可客戶的感受，再談事實。"
    ),
  },
  {
    mark: "2",
    title: L("Understand the need and the worry", "了解需求与顾虑", "了解需求與顧慮"),
    detail: L(
      "Ask what the client needs and what worries them most.",
      "询问客户需要什么、最担心什么。",
      "詢問客戶需要什麼、最擔心什麼。"
    ),
  },
  {
    mark: "3",
    title: L("Find possible solutions", "寻找可行的解决方案", "尋找可行的解決方案"),
    detail: L(
      "Work out options with the responsible department.",
      "与责任部门一起研究可选方案。",
      "與責任部門一起研究可選方案。"
    ),
  },
  {
    mark: "4",
    title: L("Explain what you will do", "说明将采取的措施", "說明將採取的措施"),
    detail: L(
      "Tell the client what happens next and by when.",
      "告诉客户接下来怎么做、何时完成。",
      "告訴客戶接下來怎麼做、何時完成。"
    ),
  },
  {
    mark: "5",
    title: L("Call the client back", "回访客户", "回訪客戶"),
    detail: L(
      "Check the client is satisfied; record the call-back and the actual score.",
      "确认客户是否满意；记录回访情况和实际评分。",
      "確認客戶是否滿意；記錄回訪情況和實際評分。"
    ),
  },
];

/** Emotion first: the RMLSP rule. */
export const RMLSP: readonly GuidanceItem[] = [
  {
    mark: "R",
    title: L("Regret", "表示歉意", "表示歉意"),
    detail: L("Apologise sincerely.", "真诚道歉。", "真誠道歉。"),
  },
  {
    mark: "M",
    title: L("Manners", "礼貌待人", "禮貌待人"),
    detail: L("Stay courteous and calm.", "保持礼貌与冷静。", "保持禮貌與冷靜。"),
  },
  {
    mark: "L",
    title: L("Listen", "认真倾听", "認真傾聽"),
    detail: L(
      "Listen respectfully, without interrupting.",
      "尊重地倾听，不打断客户。",
      "尊重地傾聽，不打斷客戶。"
    ),
  },
  {
    mark: "S",
    title: L("Sympathize", "表示同情", "表示同情"),
    detail: L(
      "Show that you understand the client's position.",
      "表明理解客户的处境。",
      "表明理解客戶的處境。"
    ),
  },
  {
    mark: "P",
    title: L("Promise", "做出承诺", "做出承諾"),
    detail: L(
      "Promise in principle, and in time; never more than you can keep.",
      "做原则性的、及时的承诺；不承诺做不到的事。",
      "做原則性的、及時的承諾；不承諾做不到的事。"
    ),
  },
];
