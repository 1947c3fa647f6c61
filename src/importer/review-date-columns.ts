/**
 * Which columns of a client list hold the last and the next date of contact with the client (Last
 * Review, Last QBR, 最近拜访, 上次回访 / Next Review, Follow-up Date, 下次回访): a header saying so over
 * a column of dates. How they are read is review-dates.ts.
 */
import { sheetDef } from "../register/sheets";
import { foldScript } from "../register/vocabulary/fold";
import { SITE_SERVICE_WORDS } from "../register/vocabulary";
import { isBlankCell } from "./grid";
import { toHalfWidth } from "./normalize";
import { dateShare, profileColumn } from "./profile";
import type { SourceCell } from "./types";

/** What a contact is in a header: a review, a visit, a meeting, a call, a follow-up. */
const CONTACT_EN =
  "(?:annual|policy|portfolio|account|client|plan)?(?:review|visit|meeting|qbr|contact|contacted|call|checkin|followup|touchpoint|appointment|reviewmeeting)";
const CONTACT_ZH =
  "(?:拜访|回访|走访|到访|来访|访视|访问|联系|联络|跟进|面谈|会面|见面|检视|检讨|复核|沟通|review)";
/** A service given at the party's site (vocabulary SITE_SERVICE_WORDS), as a pattern. */
const SERVICE_EN = `(?:${SITE_SERVICE_WORDS.en.join("|")})`;
const SERVICE_ZH = `(?:${SITE_SERVICE_WORDS.zh.join("|")})`;
const DAY_EN = "(?:date|day|on|due|by)?";
const DAY_ZH = "(?:日期|时间|日)?";

/** The last contact: "Last Review", "Most recent visit", "Date of last meeting", 最近拜访, 上次回访日期. */
const lastHeader = (en: string, zh: string) =>
  new RegExp(
    `^(?:(?:last|latest|mostrecent|previous|prior)${en}${DAY_EN}|(?:dateof)?last${en}|(?:最近|上次|上一次|最后|最后一次|最近一次|前次|末次)${zh}${DAY_ZH})$`
  );
/** The next contact due: "Next Review", "Follow-up Date", "Next QBR", 下次回访, 下次拜訪日期. */
const nextHeader = (en: string, zh: string) =>
  new RegExp(
    `^(?:(?:next|upcoming|planned)${en}${DAY_EN}|followup(?:date|due|on|by)|(?:下次|下一次|下回|预约|预定)${zh}${DAY_ZH})$`
  );
const LAST_HEADER = lastHeader(CONTACT_EN, CONTACT_ZH);
const NEXT_HEADER = nextHeader(CONTACT_EN, CONTACT_ZH);
const LAST_SERVICE_HEADER = lastHeader(SERVICE_EN, SERVICE_ZH);
const NEXT_SERVICE_HEADER = nextHeader(SERVICE_EN, SERVICE_ZH);

/**
 * A compliance list (KYC, AML: PEP flags, UBOs, documents received) reviews the client's file, not
 * the client: its "last_review_date" is no visit. Only a review is ambiguous so; a visit, a meeting
 * or a call is a contact on any list.
 */
const COMPLIANCE_HEADER =
  /kyc|aml|(?:^|is)pep|ubos?(?:$|count)|numberofubos|sanction|duediligence|compliance|documents?(?:received|required|missing)|反洗钱|尽职调查|尽调|合规|受益所有人|政治公众人物/;
const REVIEW_WORD = /review|检视|检讨|复核/;

/** Share of a column's values that must be dates for it to be read as dates of contact. */
const DATED = 0.6;

const VISIT_ON = sheetDef("Visits").fields.find((f) => f.key === "visitOn");

function headerForm(header: string): string {
  return foldScript(toHalfWidth(header).toLowerCase()).replace(/[\s_\-.:：()（）/'’]/g, "");
}

/** True when most of a column's filled values are dates. */
export function mostlyDates(values: readonly SourceCell[]): boolean {
  const filled = values.filter((v) => !isBlankCell(v));
  if (filled.length === 0 || !VISIT_ON) return false;
  return dateShare(profileColumn(filled), VISIT_ON) >= DATED;
}

/**
 * Whether a header names the last contact with the client, the next one due, or neither; with
 * `services`, a service at the party's site (上次保養, "Last Maintenance") is a contact too.
 */
export function reviewDateRole(header: string, services = false): "last" | "next" | null {
  const form = headerForm(header);
  if (form === "") return null;
  if (LAST_HEADER.test(form) || (services && LAST_SERVICE_HEADER.test(form))) return "last";
  if (NEXT_HEADER.test(form) || (services && NEXT_SERVICE_HEADER.test(form))) return "next";
  return null;
}

/** `reviewDateRole` on a log of contacts, where a service at the site is one. */
export function contactDateRole(header: string): "last" | "next" | null {
  return reviewDateRole(header, true);
}

export interface ReviewDateColumns {
  last: number | null;
  next: number | null;
}

/** Share of filled values stamped to the second for a column to be a system's stamps. */
const STAMPED = 0.8;
const TIME_TO_THE_SECOND = /\d{1,2}:\d{2}:\d{2}/;

/**
 * A system's stamp of when it did something: a date-time to the second (2025-12-10T04:49:27.398Z,
 * "2024-05-09 16:16:15"). A person noting a review or a visit writes the day, at most a time of
 * day in minutes.
 */
function stampedToTheSecond(value: SourceCell): boolean {
  if (value instanceof Date) return value.getUTCSeconds() !== 0 || value.getUTCMilliseconds() !== 0;
  return typeof value === "string" && TIME_TO_THE_SECOND.test(value);
}

/**
 * True when most filled values of a column are a system's stamps (`stampedToTheSecond`): a CRM's
 * "Last Contacted" written to the millisecond beside its Loaded and Modified stamps records when
 * it last sent something, not a contact a person made.
 */
export function systemStamps(values: readonly SourceCell[]): boolean {
  const filled = values.filter((v) => !isBlankCell(v));
  return filled.length > 0 && filled.filter(stampedToTheSecond).length >= filled.length * STAMPED;
}

/**
 * The columns of a client list holding the last and the next date of contact (0-based), among
 * those `open` allows (columns that feed no field of the client); null when there are none. A
 * column of a system's stamps is none.
 */
export function reviewDateColumns(
  headers: readonly string[],
  columnValues: readonly (readonly SourceCell[])[],
  open: (index: number) => boolean
): ReviewDateColumns | null {
  let last: number | null = null;
  let next: number | null = null;
  const compliance = headers.some((h) => COMPLIANCE_HEADER.test(headerForm(h)));
  headers.forEach((header, i) => {
    if (!open(i)) return;
    if (compliance && REVIEW_WORD.test(headerForm(header))) return;
    const role = reviewDateRole(header);
    if (role === null || !mostlyDates(columnValues[i] ?? [])) return;
    if (systemStamps(columnValues[i] ?? [])) return;
    if (role === "last" && last === null) last = i;
    if (role === "next" && next === null) next = i;
  });
  return last === null && next === null ? null : { last, next };
}
