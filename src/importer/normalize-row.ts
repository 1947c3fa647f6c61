/**
 * Turns one source row into a register record: each mapped cell goes through the normaliser of
 * its field type; every problem becomes an issue pointing at the source cell. Nothing is lost:
 * unmapped columns and values that could not be read end up in notes (or an extra column).
 */
import { isMonthDay, titleYearFor } from "./title-year";
import {
  headerPeriodsPerYear,
  isGenderHeader,
  namesCompanyHeader,
  namesOrganisation,
  namesPrivateIndividual,
  namesSex,
  paymentsPerYear,
  saysAnnualPremium,
  statusAnsweredBy,
  statusOfEndDate,
} from "../register/catalog";
import { renderMessage, type MessageCode, type MessageParams } from "../register/messages";
import { PERSON_NAME_HEADER_ENDINGS } from "../register/vocabulary/client-kind";
import type { FieldDef, RegisterRecord, RegisterValue, SheetKey } from "../register/types";
import {
  CLIENT_NAME_KEY,
  matchForm,
  matchFormUncached,
  targetsFor,
  type FieldTarget,
} from "./header-match";
import { cellText, isBlankCell, isErrorCell, issueValue } from "./grid";
import { columnLabel, extraColumnKey, isGivenNameHeader, isLeftOut } from "./map-columns";
import {
  parseIdNumber,
  parseIdNumberCell,
  parseTermYears,
  firstDateSerial,
  gregorianShortYearIn,
  leadingShortYearIn,
  rocColumnEvidence,
  enumChoices,
  parseAmount,
  parseDate,
  parseEmail,
  parseEnum,
  parseStage,
  saysMoreThanChoice,
  parseEnumWithin,
  parseHeaderUnit,
  parseInteger,
  parsePhone,
  parseScore,
  parseYesNo,
  parseYesNoDone,
  normaliseText,
  toHalfWidth,
  invisibleCharactersIn,
  stripInvisible,
  withoutHonorific,
  warned,
  ok,
  failure,
  writtenCurrency,
  currencyCode,
  type EnumChoice,
  type Normalized,
} from "./normalize";
import { isEmptyMark } from "./normalize/cell";
import { trunkZeroShape, withTrunkZero } from "./normalize/phones";
import { assembleAddress, type AddressPart } from "./address-parts";
import {
  joinDateParts,
  namesRocYears,
  writesTraditional,
  writtenParts,
  yearEraOf,
  type DatePart,
  type YearEra,
} from "./date-parts";
import { COMPANY_VALUE, isDaySerial, profileColumn } from "./profile";
import { looksLikePersonName, personByForm } from "./person-name";
import { riskOfCell, riskScaleOf, scaleBands } from "./risk-scale";
import { readsAsNote } from "./side-note";
import { withUnit } from "./note-unit";
import { assetClassOfHeader } from "./balance-assets";
import { classOfNumberHeader } from "./keyed-holdings";
import { readHeader } from "./subject";
import type { ColumnMapping, ImportIssue, MessageRef, SourceCell } from "./types";

export const NOTES_SEPARATOR = "; ";

export interface RowContext {
  sheetName: string;
  registerSheet: SheetKey;
  readers: ColumnReader[];
  hasNotes: boolean;
  hasCurrency: boolean;
  /**
   * An Assets sheet with no class column whose value column's header names the class (理财金额,
   * 存款余额, Fund Value): every holding of the sheet is of that class.
   */
  assetClassFromHeader?: string;
  /** The sheet keeps terms that are not whole years as written (Insurance termText). */
  hasTermText: boolean;
  /** Required fields no column maps to: every row lacks them. */
  missingRequired: FieldDef[];
  /**
   * A client list with no name column whose client numbers differ row by row (a subscriber
   * extract keyed by 用户号): the column of that number, which names each row's client.
   */
  nameFromNumber?: number;
  /** Notes about whole columns (ROC-dated, date serials read), one per column. */
  columnNotes: ImportIssue[];
  /** Dates written over three columns (年 | 月 | 日): each row's parts read together. */
  dateParts: DatePartGroup[];
  /**
   * Required dates no column maps to (a complaint log without received dates): the rows are still
   * the sheet's records, imported with the date empty and reported once for the sheet.
   */
  missingDates: FieldDef[];
  /**
   * No column gives a client's kind, so it is read as a person filling the register would: a name
   * in a company or public body's form (…有限公司, …税务局, … Ltd) is an enterprise's, a personal ID
   * number (A123456789, an 18-digit resident ID) a person's.
   */
  kindFromNames: boolean;
  kindFromIdNumbers: boolean;
  /** The clients are the people of a staff-added contact list (WeCom / WeChat): persons, all. */
  kindFromContactList: boolean;
  /** The name column as a whole holds people's names beside people's details: each such name is a person's. */
  kindFromPersonNames: boolean;
  /**
   * The sheet's own columns are a company's (an Account Name beside its industry, revenue, main
   * contact): its clients are enterprises. Else, columns only a person fills (a sex, a birthday,
   * a personal income): a row with one of them filled is a person's.
   */
  kindFromCompanyColumns: boolean;
  personColumns: readonly number[];
  /**
   * A sheet without a currency field whose rows each state their amounts' currency in a column of
   * their own (a CRM's "Deal - Currency": CNY, CNY, USD): that column. Each amount is in its row's
   * currency, and one in another currency than the sheet's is said.
   */
  currencyColumn?: number;
  /**
   * An Assets sheet without a heldAt column whose institution column says where some holdings are
   * (本行, 我行, our bank beside 招商银行): that column. A holding at 本行 is ours; one at another named
   * institution is held elsewhere.
   */
  heldAtFromInstitution?: number;
  /**
   * A complaint whose status is empty but whose case was closed or resolved on a date: the status
   * that date means, and where the date and the status are.
   */
  statusFromEndDate: {
    status: "closed" | "resolved";
    date: number;
    statusColumn: number;
    /** Some case has the end date and no status (it is closed or resolved). */
    closes: boolean;
    /** Some case has neither the end date nor a status: it is still open. */
    opens: boolean;
  } | null;
}

export interface DatePartGroup {
  /** The columns of the year, the month and the day. */
  columns: Record<DatePart, number>;
  era: YearEra;
  /** The date field's reader, given the joined "YYYY-MM-DD". */
  read: (raw: SourceCell) => Normalized<RegisterValue>;
}

export interface ColumnReader {
  mapping: ColumnMapping;
  label: string;
  /**
   * An amount column's currency: its header's, else the one most of its written values name
   * ("HK$ 500,000"). A value written in another is kept in its own (see value.other-currency).
   */
  currency?: string;
  /** The field the column feeds; undefined for unmapped and row-number columns. */
  target?: FieldTarget;
  read?: (raw: SourceCell) => Normalized<RegisterValue>;
  /**
   * A yearly amount whose header gives it per month or quarter (月均收入, Monthly revenue): the
   * figures a year its values were multiplied by.
   */
  perYear?: number;
  /**
   * An unmapped column whose header states a unit (AUM(萬元)): what each of its plain numbers is
   * worth, shown beside the value kept in notes so the figure is not read 10,000 times too small.
   */
  noteUnit?: number;
  /**
   * An unmapped figure column whose header states no unit but the sheet's title does (（单位：万元）):
   * the unit as written, kept beside each plain figure in notes ("存款: 338.55万元").
   */
  noteUnitText?: string;
  /**
   * An unmapped column of dates (合同到期日) where some cells hold a day as a number — Excel's serial
   * (46207) or yyyymmdd (20190315): those go to notes as the day they stand for (2026-07-04), which
   * a person reads; written dates stay as written.
   */
  noteDates?: { date1904?: boolean };
  /**
   * An amount column whose header counts in a large unit (萬, 億): the median of its bare figures,
   * to tell a figure written in full among them ("250,000" among 8, 12, 25 under 年度貢獻(萬)).
   */
  typicalFigure?: number;
  /** An institution column that also says where holdings are (本行): the heldAt choices it names. */
  heldAtChoices?: EnumChoice[];
}

export interface NormalizedRow {
  row: number;
  record: RegisterRecord;
  /** The client's name from a client-name column (child sheets), for linking. */
  clientName: string | null;
  clientNameLabel: string | null;
  issues: ImportIssue[];
  /** Set when the row cannot become a record: the reason. */
  rejected?: string;
  rejectedCode?: MessageRef;
}

const choicesCache = new WeakMap<FieldDef, EnumChoice[]>();

function choicesOf(field: FieldDef): EnumChoice[] {
  let choices = choicesCache.get(field);
  if (!choices) {
    choices = enumChoices(field.values ?? []);
    choicesCache.set(field, choices);
  }
  return choices;
}

const D_M_Y = /^\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*\d{4}/;

/** The day/month order a column settles by itself (some value has a day above 12), else the caller's. */
export function columnDayFirst(
  values: readonly SourceCell[],
  fallback: boolean | undefined
): boolean | undefined {
  let dayFirst = false;
  let monthFirst = false;
  for (const value of values) {
    if (typeof value !== "string") continue;
    const m = D_M_Y.exec(toHalfWidth(value));
    if (!m) continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[2]) > 12) monthFirst = true;
  }
  if (dayFirst !== monthFirst) return dayFirst;
  return fallback;
}

interface ReaderOptions {
  dayFirst?: boolean;
  decimalComma?: boolean;
  /** Texts of the sheet's title rows (and its name): an ROC-dated title makes short-year dates ROC. */
  titleTexts?: readonly string[];
  /** The workbook counts date serials from 1904. */
  date1904?: boolean;
  /** The column's header gives a yearly amount per month or quarter: figures a year. */
  perYear?: number;
}

/**
 * The width of a column's zero-padded numbers (0005609627, 0000100234): every text value digits of
 * one width, most with a leading zero. Null when the column writes its numbers otherwise.
 */
function paddedIdWidth(values: readonly SourceCell[]): number | null {
  let width: number | null = null;
  let texts = 0;
  let padded = 0;
  for (const value of values) {
    if (typeof value !== "string" || value.trim() === "") continue;
    const text = value.trim();
    if (!/^\d+$/.test(text)) return null;
    if (width === null) width = text.length;
    else if (text.length !== width) return null;
    texts++;
    if (text.startsWith("0")) padded++;
  }
  return width !== null && texts >= 3 && padded >= texts * 0.8 ? width : null;
}

function fieldReader(
  field: FieldDef,
  mapping: ColumnMapping,
  values: readonly SourceCell[],
  options: ReaderOptions
): (raw: SourceCell) => Normalized<RegisterValue> {
  if (field.key === "idNumber") return parseIdNumberCell;
  if (field.key === "termYears") return parseTermYears;
  switch (field.type) {
    case "id": {
      // Client numbers written with their leading zeros (0005609627) lose them where a cell was
      // typed as a number (5609627): the same number, padded back to the column's width.
      const width = paddedIdWidth(values);
      if (width === null) return normaliseText;
      return (raw) =>
        typeof raw === "number" && Number.isInteger(raw) && raw >= 0 && String(raw).length < width
          ? normaliseText(String(raw).padStart(width, "0"))
          : normaliseText(raw);
    }
    case "text":
      return normaliseText;
    case "phone": {
      // A number typed into a cell loses its trunk 0 (0900560319 → 900560319): put back where
      // the column writes its other numbers with it.
      const shape = trunkZeroShape(values);
      if (shape === null) return parsePhone;
      return (raw) => parsePhone(withTrunkZero(raw, shape) ?? raw);
    }
    case "email":
      return parseEmail;
    case "date": {
      const rocEra = rocColumnEvidence(values, options.titleTexts) !== null;
      const opts = {
        rocEra,
        titleYear: field.key === "birthday" ? null : titleYearFor(values, options.titleTexts),
        gregorianShortYears: !rocEra && gregorianShortYearIn(values) !== null,
        shortYearFirst: !rocEra && leadingShortYearIn(values) !== null,
        date1904: options.date1904,
        dayFirst: columnDayFirst(values, options.dayFirst),
      };
      return (raw) => parseDate(raw, opts);
    }
    case "money":
    case "number": {
      const unit = (mapping.unitMultiplier ?? 1) * (options.perYear ?? 1);
      const opts = { unitMultiplier: unit, decimalComma: options.decimalComma };
      return (raw) => parseAmount(raw, opts);
    }
    case "percent": {
      const inPercent = PERCENT_HEADER.test(mapping.header) || wholePercentColumn(values) !== null;
      return (raw) => readPercent(raw, options.decimalComma, inPercent);
    }
    case "integer":
      return parseInteger;
    case "score":
      return (raw) => parseScore(raw, field.min ?? 0, field.max ?? 100);
    case "enum": {
      const choices = choicesOf(field);
      // Steps of a numbered scale under a header naming risk (风险等级 1–5, Attitude to Risk 1–7).
      const scale = field.key === "riskProfile" ? riskScaleOf(mapping.header, values) : null;
      if (scale)
        return (raw) => {
          const step = riskOfCell(raw, scale);
          return step === null ? parseEnum(raw, choices) : ok(step);
        };
      // 问题是否解决 | 是 / 否: a yes is the status the header asks about, a no an open case.
      const answered = field.key === "status" ? statusAnsweredBy(mapping.header) : null;
      if (answered !== null)
        return (raw) => {
          const yes = parseYesNo(raw);
          if (!yes.ok || yes.value === null) return parseEnum(raw, choices);
          return ok(yes.value ? answered : "open");
        };
      // A product's name (Term Life 20) names its type anywhere in its words.
      if (mapping.keepWritten) return (raw) => parseEnumWithin(raw, choices);
      // Lost or Withdrawn under a stage is how the deal ended, not a stage: told as such.
      if (field.key === "stage") return (raw) => parseStage(raw, choices);
      return (raw) => parseEnum(raw, choices);
    }
    case "boolean":
      return parseYesNoDone;
  }
}

/** A header that says its values are percentages: "Probability (%)", "成交率(%)", "百分比". */
const PERCENT_HEADER = /[%％]|percent|百分/i;

/**
 * A share column written in whole percents (a CRM's Probability: 20, 40, 0, 90): every bare figure
 * lies between 0 and 100, one is above 1, and none is a fraction below 1 (0.4 beside 40 would leave
 * a person unsure). The first figure above 1, to show in the column's one note; null otherwise.
 */
export function wholePercentColumn(values: readonly SourceCell[]): SourceCell | null {
  let example: SourceCell | null = null;
  for (const raw of values) {
    if (isBlankCell(raw)) continue;
    if (typeof raw === "string" && raw.includes("%")) continue;
    const parsed = parseAmount(raw, {});
    if (!parsed.ok || parsed.value === null) continue;
    const v = parsed.value;
    if (v < 0 || v > 100 || (v > 0 && v < 1)) return null;
    if (v > 1 && example === null) example = raw;
  }
  return example;
}

/**
 * A 0–1 share: "60%" → 0.6; a bare 60 in a 0–1 column is read as 60 % (with a warning, unless the
 * header or the whole column already says the column is in percent).
 */
function readPercent(
  raw: SourceCell,
  decimalComma?: boolean,
  headerSaysPercent = false
): Normalized<number> {
  const parsed = parseAmount(raw, { decimalComma });
  if (!parsed.ok || parsed.value === null) return parsed;
  if (parsed.value > 1 && parsed.value <= 100 && !(typeof raw === "string" && raw.includes("%"))) {
    if (headerSaysPercent) return ok(parsed.value / 100);
    return warned(parsed.value / 100, "number.percent-read", {
      value: cellText(raw),
      percent: parsed.value,
    });
  }
  return parsed;
}

const MEMO_LIMIT = 2_000;

/**
 * Remembers the result per distinct text or number: columns repeat the same values (enum labels,
 * yes/no, common amounts) many thousand times in large workbooks.
 */
function memoized(
  read: (raw: SourceCell) => Normalized<RegisterValue>
): (raw: SourceCell) => Normalized<RegisterValue> {
  const memo = new Map<string | number, Normalized<RegisterValue>>();
  return (raw) => {
    if (typeof raw !== "string" && typeof raw !== "number") return read(raw);
    const hit = memo.get(raw);
    if (hit) return hit;
    const result = read(raw);
    if (memo.size < MEMO_LIMIT) memo.set(raw, result);
    return result;
  };
}

/** A header that names a date: 合同到期日, 签约日期, 應繳日, "Contract End Date", "Renewal date". */
const DATE_HEADER = /日期|到期日|[缴繳]费?日|(?:^|[^a-z])dates?(?:[^a-z]|$)/i;

/**
 * Whether the whole numbers of an unmapped column are days: some are (serials of 1950–2099 or
 * yyyymmdd) and the header names a date or the column's other values are mostly written dates.
 * Amounts are never read so: their header names no date and no written date stands among them.
 */
function numbersAreDays(header: string, values: readonly SourceCell[]): boolean {
  const filled = values.filter((v) => !isBlankCell(v));
  const numbers = filled.filter((v) => typeof v === "number");
  if (numbers.length === 0) return false;
  const whole = profileColumn(numbers);
  if (whole.date + whole.daySerial < 0.9) return false;
  if (DATE_HEADER.test(toHalfWidth(header))) return true;
  const written = profileColumn(filled.filter((v) => typeof v !== "number"));
  return written.sampled >= 2 && written.date >= 0.8;
}

/** The ISO day a number stands for in a column of days, or null. */
function dayOfNumber(value: number, options: { date1904?: boolean }): string | null {
  if (!isDaySerial(value) && !/^(?:19|20)\d{6}$/.test(String(value))) return null;
  const read = parseDate(value, { date1904: options.date1904 });
  return read.ok && typeof read.value === "string" ? read.value : null;
}

/**
 * The class an Assets sheet's holdings share when no column gives it: the one its value column's
 * header names (理财金额 → wealth product, 存款余额 → deposit, "Fund Value" → fund). A header
 * naming no class ("Amount", 金额) says nothing.
 */
function classOfValueHeader(
  registerSheet: SheetKey,
  mappings: readonly ColumnMapping[]
): { assetClassFromHeader?: string } {
  if (registerSheet !== "Assets" || mappings.some((m) => m.field === "assetClass")) return {};
  const value = mappings.filter((m) => m.field === "marketValue");
  if (value.length !== 1) return {};
  // Else the row's own number names what it is (CreditID, 贷款编号: a loan).
  const assetClass =
    assetClassOfHeader(value[0].label || value[0].header) ??
    mappings
      .filter((m) => m.field === null && readHeader(m.header).base === "id")
      .map((m) => classOfNumberHeader(m.header))
      .find((c) => c !== null) ??
    null;
  return assetClass === null ? {} : { assetClassFromHeader: assetClass };
}

/** Prepares how each column of a sheet is read; date and order options come from the whole column. */
/**
 * The client-number column that names a client list's rows when no column names them: filled on
 * nearly every row, each value its own (a party's number, never a row serial under a header only
 * resembling the client's number, nor a repeated code).
 */
export function numberNamingRows(
  mappings: readonly ColumnMapping[],
  columnValues: readonly (readonly SourceCell[])[]
): number | null {
  const column = mappings.findIndex((m) => m.field === "clientId");
  if (column < 0) return null;
  const values = columnValues[column] ?? [];
  const texts = values.map((v) => cellText(v).trim()).filter((t) => t !== "");
  if (texts.length < 2 || new Set(texts).size < texts.length * 0.95) return null;
  // 1, 2, 3 … is a row's serial, unless the header is exactly the client's number (CustomerID):
  // an extract numbering its customers so, the number their other tables know them by.
  if (profileColumn(values).serial && mappings[column].confidence < 1) return null;
  return column;
}

export function buildRowContext(
  sheetName: string,
  registerSheet: SheetKey,
  mappings: readonly ColumnMapping[],
  columnValues: readonly (readonly SourceCell[])[],
  options: ReaderOptions
): RowContext {
  const targets = new Map(targetsFor(registerSheet).map((t) => [t.key, t]));
  const readers = mappings.map((mapping, i): ColumnReader => {
    const label = columnLabel(mapping.letter, mapping.header);
    const target = mapping.field ? targets.get(mapping.field) : undefined;
    if (!target) {
      const unit = isLeftOut(mapping) ? null : parseHeaderUnit(mapping.header);
      // A money column left to notes keeps its figure's worth beside it: scaled by its header's
      // unit (千元), or read from a unit in the cell itself ("1.5万" under 年缴保费（元）).
      if (unit && Number.isFinite(unit.multiplier) && unit.multiplier >= 1)
        return { mapping, label, noteUnit: unit.multiplier };
      return !isLeftOut(mapping) && numbersAreDays(mapping.header, columnValues[i] ?? [])
        ? { mapping, label, noteDates: { date1904: options.date1904 } }
        : { mapping, label };
    }
    // A month's figure under a field that keeps a year's amount is what a person multiplies up.
    const perYear =
      target.field.type === "money" ? headerPeriodsPerYear(target.key, mapping.header) : null;
    const read = memoized(
      fieldReader(target.field, mapping, columnValues[i] ?? [], {
        ...options,
        perYear: perYear ?? undefined,
      })
    );
    const wholeColumn = target.key === "idNumber" ? checksumFailures(columnValues[i] ?? []) : null;
    const readQuiet: ColumnReader["read"] = wholeColumn
      ? (raw) => {
          // Told once for the column (value.id-number-checksum-column), not again on every row.
          const result = read(raw);
          return result.ok && result.code === "value.id-number-checksum"
            ? ok(result.value)
            : result;
        }
      : read;
    const reader: ColumnReader =
      perYear !== null && perYear > 1
        ? { mapping, label, target, read: readQuiet, perYear }
        : { mapping, label, target, read: readQuiet };
    const currency =
      target.field.type === "money" ? columnCurrency(mapping, columnValues[i] ?? []) : null;
    if (currency) reader.currency = currency;
    if (target.field.type === "money" && (mapping.unitMultiplier ?? 1) >= LARGE_UNIT) {
      const typical = medianFigure(columnValues[i] ?? []);
      if (typical !== null) reader.typicalFigure = typical;
    }
    return reader;
  });
  const dateParts = datePartGroups(mappings, readers, columnValues, options);
  const currencyColumn = targets.has("currency") ? null : rowCurrencyColumn(readers, columnValues);
  const heldAtColumn = heldAtInstitutionColumn(registerSheet, readers, columnValues);
  if (currencyColumn !== null)
    for (const reader of readers)
      if (reader.target?.field.type === "money" && !reader.currency)
        reader.currency = currencyColumn.main;
  const mapped = new Set(mappings.map((m) => m.field));
  const missing = [...targets.values()]
    .filter((t) => t.field.required && !mapped.has(t.key))
    .map((t) => t.field);
  // A client list naming no one but numbering each client with a number of its own: the number
  // names the row (said once for the sheet by the import).
  const nameFromNumber =
    registerSheet === "Clients" && !mapped.has("name")
      ? numberNamingRows(mappings, columnValues)
      : null;
  const missingRequired = missing.filter(
    (f) => f.type !== "date" && !(nameFromNumber !== null && f.key === "name")
  );
  const kinds = kindEvidence(registerSheet, mappings, columnValues);
  const endDate = statusFromEndDate(registerSheet, mappings, columnValues);
  const missingDates = missing.filter((f) => f.type === "date");
  return {
    sheetName,
    registerSheet,
    readers,
    hasNotes: targets.has("notes"),
    hasCurrency: targets.has("currency"),
    ...classOfValueHeader(registerSheet, mappings),
    hasTermText: targets.has("termText"),
    missingRequired,
    ...(nameFromNumber !== null ? { nameFromNumber } : {}),
    columnNotes: [
      ...columnNotesOf(sheetName, readers, columnValues, [
        dateColumnNotes(options),
        invisibleCharacterNotes,
        periodNotes,
        percentNotes,
        riskScaleNotes,
      ]),
      ...kindNotes(sheetName, readers, kinds),
      ...datePartNotes(sheetName, readers, columnValues, dateParts),
      ...columnNotesOf(sheetName, readers, columnValues, [checksumColumnNotes]),
      ...(targets.has("birthday") ? birthdayFromIdNotes(sheetName, readers, columnValues) : []),
      ...(endDate ? endDateNotes(sheetName, readers, endDate) : []),
    ],
    dateParts,
    missingDates,
    kindFromNames: kinds.names !== null,
    kindFromIdNumbers: kinds.idNumbers !== null,
    kindFromContactList: kinds.contactList !== null,
    kindFromPersonNames: kinds.personNames !== null,
    kindFromCompanyColumns: kinds.companyColumns.length > 0,
    personColumns: kinds.personColumns,
    statusFromEndDate: endDate,
    ...(currencyColumn ? { currencyColumn: currencyColumn.index } : {}),
    ...(heldAtColumn === null ? {} : { heldAtFromInstitution: heldAtColumn }),
  };
}

/** The complete groups of date parts (year, month and day columns of one field) and how to read them. */
function datePartGroups(
  mappings: readonly ColumnMapping[],
  readers: readonly ColumnReader[],
  columnValues: readonly (readonly SourceCell[])[],
  options: ReaderOptions
): DatePartGroup[] {
  const byField = new Map<string, Partial<Record<DatePart, number>>>();
  mappings.forEach((m, i) => {
    if (!m.datePart || m.field === null || !readers[i].target) return;
    const parts = byField.get(m.field) ?? {};
    parts[m.datePart] ??= i;
    byField.set(m.field, parts);
  });
  const traditional = writesTraditional(mappings.map((m) => m.header));
  const groups: DatePartGroup[] = [];
  for (const { year, month, day } of byField.values()) {
    if (year === undefined || month === undefined || day === undefined) continue;
    const columns = { year, month, day };
    const saysRoc = [
      ...[year, month, day].map((i) => mappings[i].header),
      ...(options.titleTexts ?? []),
    ].some(namesRocYears);
    const era = yearEraOf(columnValues[year] ?? [], saysRoc, traditional);
    const rows = Math.max(...[year, month, day].map((i) => columnValues[i]?.length ?? 0));
    const joined = Array.from({ length: rows }, (_, r) =>
      joinDateParts(
        {
          year: columnValues[year]?.[r] ?? null,
          month: columnValues[month]?.[r] ?? null,
          day: columnValues[day]?.[r] ?? null,
        },
        era
      )
    );
    const field = readers[year].target!.field;
    groups.push({
      columns,
      era,
      read: memoized(fieldReader(field, mappings[year], joined, options)),
    });
  }
  return groups;
}

/** A year column of a split date read as ROC years is said once, as an ROC-dated date column is. */
function datePartNotes(
  sheetName: string,
  readers: readonly ColumnReader[],
  columnValues: readonly (readonly SourceCell[])[],
  groups: readonly DatePartGroup[]
): ImportIssue[] {
  return groups.flatMap((group) => {
    if (group.era !== "roc") return [];
    const reader = readers[group.columns.year];
    const values = columnValues[group.columns.year] ?? [];
    const evidence = values.map((v) => cellText(v).trim()).find((t) => /\d/.test(t)) ?? "";
    const coded = { code: "value.roc-column", params: { column: reader.label, evidence } };
    return [columnNote(sheetName, reader.label, reader.target?.key ?? null, evidence, coded)];
  });
}

/** Where a holding is, when the institution cell says it in the register's words (本行, 他行). */
function heldAtWord(reader: ColumnReader | undefined, raw: SourceCell): string | null {
  const heldAt = reader?.heldAtChoices;
  if (!heldAt || isBlankCell(raw)) return null;
  const read = parseEnum(cellText(raw).trim(), heldAt);
  return read.ok ? (read.value ?? null) : null;
}

/**
 * The institution column of an Assets sheet that has no heldAt column, when at least one of its
 * cells names where the holding is (本行, 我行, our bank): only then is a bank named beside them
 * another institution's, held elsewhere. Null otherwise.
 */
function heldAtInstitutionColumn(
  registerSheet: SheetKey,
  readers: ColumnReader[],
  columnValues: readonly (readonly SourceCell[])[]
): number | null {
  if (registerSheet !== "Assets" || readers.some((r) => r.target?.key === "heldAt")) return null;
  const heldAtField = targetsFor("Assets").find((t) => t.key === "heldAt")?.field;
  const index = readers.findIndex((r) => r.target?.key === "institution");
  if (!heldAtField || index < 0) return null;
  const reader = readers[index];
  reader.heldAtChoices = choicesOf(heldAtField);
  const says = (columnValues[index] ?? []).some((v) => heldAtWord(reader, v) === "ours");
  if (says) return index;
  delete reader.heldAtChoices;
  return null;
}

/** A header naming a currency: "Currency", "Deal - Currency", "Amount currency", 币种, 幣別. */
export const CURRENCY_HEADER =
  /(?:^|[\s.:：_-])(?:currency|ccy)$|^(?:currency|ccy)\b|币种|幣種|幣別|币别|货币|貨幣/i;
/** Share of a currency column's filled cells that must name a currency. */
const CURRENCY_VALUES = 0.8;

/**
 * An unmapped column whose header names a currency and whose cells name currencies (CNY, USD,
 * 人民币): its index and the currency most of its rows name; null when the sheet has none.
 */
function rowCurrencyColumn(
  readers: readonly ColumnReader[],
  columnValues: readonly (readonly SourceCell[])[]
): { index: number; main: string } | null {
  if (!readers.some((r) => r.target?.field.type === "money")) return null;
  for (let i = 0; i < readers.length; i++) {
    const reader = readers[i];
    if (reader.target || isLeftOut(reader.mapping)) continue;
    if (!CURRENCY_HEADER.test(reader.mapping.header.trim())) continue;
    const codes: string[] = [];
    let filled = 0;
    for (const v of columnValues[i] ?? []) {
      if (isBlankCell(v)) continue;
      filled++;
      const code = typeof v === "string" ? currencyCode(v) : null;
      if (code) codes.push(code);
    }
    if (filled === 0 || codes.length < CURRENCY_VALUES * filled) continue;
    const main = mostCommon(codes);
    if (main) return { index: i, main };
  }
  return null;
}

function outOfBounds(field: FieldDef, value: RegisterValue): MessageRef | null {
  if (typeof value !== "number" || field.type === "score") return null;
  if (field.min !== undefined && value < field.min)
    return { code: "value.below-min", params: { value, min: field.min } };
  if (field.max !== undefined && value > field.max)
    return { code: "value.above-max", params: { value, max: field.max } };
  return null;
}

/** The English text of a coded message, for the `message` every issue and reason also carries. */
function english(ref: MessageRef): string {
  return renderMessage(ref.code, ref.params, "en") ?? ref.code;
}

/** A normaliser's failure or warning as message parameters: its code when it has one, else its text. */
function problemOf(result: {
  message?: string;
  warning?: string;
  code?: string;
  params?: MessageParams;
}): MessageParams {
  return { ...result.params, problem: result.code ?? result.message ?? result.warning ?? "" };
}

/** A plan's name then a number-shaped tail: "PRUlife 12345678", "AIA Secure Flexi 34567890", "安心保 A1234567". */
const PLAN_AND_NUMBER = /^(.*?\p{L}.*?)\s+([A-Z]{0,3}\d[\d-]{5,}\d)$/u;

/**
 * A policy cell holding the plan's name before the policy's number: the two apart. The name must
 * hold four letters at least, so that a number's own prefix ("NB 1234567") stays with it.
 */
export function planAndNumber(text: string): { plan: string; number: string } | null {
  const m = PLAN_AND_NUMBER.exec(text.trim());
  if (!m) return null;
  const plan = m[1].trim();
  if ((plan.match(/\p{L}/gu) ?? []).length < 4) return null;
  return { plan, number: m[2] };
}

/** An empty record of the sheet: every field a person types, null. */
const templates = new Map<SheetKey, RegisterRecord>();

export function emptyRecord(sheet: SheetKey): RegisterRecord {
  let template = templates.get(sheet);
  if (!template) {
    const keys = targetsFor(sheet)
      .filter((target) => !target.linkOnly)
      .map((target) => target.key);
    // Built by JSON.parse so that V8 keeps it (and every spread copy) in fast mode: an object
    // given 30+ fields by keyed stores becomes a hash table, about 1.6 KB a record instead of
    // 0.4 KB and several times slower to copy. That was most of a 1,048,576-row import's heap.
    template = JSON.parse(
      JSON.stringify(Object.fromEntries(keys.map((k) => [k, null])))
    ) as RegisterRecord;
    templates.set(sheet, template);
  }
  return { ...template };
}

/** Reads one source row. `cells` are the row's cells after merged cells were filled down. */
/**
 * A placeholder ("无", "-") that is one of a choice field's own values: 无 may answer a yes/no
 * question, and a choice list may hold "none".
 */
function readsAsChoice(reader: ColumnReader, raw: SourceCell): boolean {
  const type = reader.target?.field.type;
  if (!reader.read || (type !== "enum" && type !== "boolean")) return false;
  const read = reader.read(raw);
  return read.ok && read.value !== null && !read.warning;
}

/**
 * A value joined to the part read before it from another column of the field: a street after its
 * district (not told twice when it names it already), a family name after a given name. Name parts
 * only when one column repeats the whole name (Linda | Linda Park): "John" and "Johnson", "Thomas"
 * and "Thomas" are two parts of one name.
 */
function joinedText(mapping: ColumnMapping, before: string, next: string): string {
  const repeated = isNamePart(mapping)
    ? wholeNameOf(before, next)
    : next.includes(before)
      ? next
      : before.includes(next)
        ? before
        : null;
  const separator = mapping.joinSeparator ?? (/[\u3400-\u9fff]$/.test(before) ? "" : ", ");
  return (
    repeated ??
    (mapping.joinFirst ? `${next}${separator}${before}` : `${before}${separator}${next}`)
  );
}

/**
 * "Account: Northwind Ltd" under the header Account (a roll-up whose cells show each plan sheet's
 * title line): the label is the column's own header said again, so the value is what follows.
 * A label that is not the header ("Note: call back" under Remarks) stays part of the value.
 */
export function withoutOwnHeader(value: string, header: string): string {
  const labelled = /^([^:：]{1,40})[:：]\s*(\S.*)$/s.exec(value.trim());
  if (!labelled || header.trim() === "") return value;
  return matchFormUncached(labelled[1]) === matchForm(header) ? labelled[2].trim() : value;
}

/** The first filled cell of the row among the columns given by their index, else null. */
function filledBefore(
  ctx: RowContext,
  cells: readonly SourceCell[],
  indexes: readonly number[]
): SourceCell | null {
  for (const index of indexes) {
    const j = ctx.readers.findIndex((r) => r.mapping.index === index);
    const cell = j < 0 ? null : (cells[j] ?? null);
    if (j >= 0 && !isBlankCell(cell) && !isEmptyMark(cell)) return cell;
  }
  return null;
}

/** A number's digits alone: "(870) 931-0506" and "870.931.0506" are one number. */
function digitsOf(cell: SourceCell): string {
  return cellText(cell).replace(/\D/g, "");
}

export function normalizeRow(
  ctx: RowContext,
  row: number,
  cells: readonly SourceCell[]
): NormalizedRow {
  const record = emptyRecord(ctx.registerSheet);
  const issues: ImportIssue[] = [];
  const notes: string[] = [];
  let clientName: string | null = null;
  let clientNameLabel: string | null = null;
  /** The field whose column gave the client's name (its second part joins it). */
  let clientNameFrom: string | null = null;
  let rejectedCode: MessageRef | undefined =
    ctx.missingRequired.length > 0
      ? {
          code: "reason.required-columns-missing",
          params: { fields: ctx.missingRequired.map((f) => f.key).join(",") },
        }
      : undefined;
  let currency: string | undefined;
  /** The row's amounts, each with the currency it was written in, for the currency decided per amount. */
  const amounts: RowAmount[] = [];
  /** The parts of a split address (street, city, zip …), written in the local order once all are read. */
  const addressParts = new Map<string, { part: AddressPart; text: string }[]>();
  const issue = (
    reader: ColumnReader,
    raw: SourceCell,
    coded: MessageRef,
    severity: ImportIssue["severity"]
  ): void => {
    issues.push({
      sheet: ctx.sheetName,
      row,
      column: reader.label,
      field: reader.target?.key ?? null,
      value: issueValue(raw),
      message: english(coded),
      severity,
      code: coded.code,
      params: coded.params,
    });
  };
  const required = (reader: ColumnReader, code: string, params: MessageParams = {}): void => {
    rejectedCode ??= {
      code,
      params: { ...params, field: reader.target?.key ?? "", column: reader.label },
    };
  };
  /** The message of a value kept as written: in notes, or in its own column where the sheet has no notes. */
  const kept = (reader: ColumnReader, params: MessageParams): MessageRef =>
    ctx.hasNotes
      ? { code: "value.unreadable-kept", params }
      : {
          code: "value.unreadable-kept-column",
          params: { ...params, extra: extraColumnKey(reader.mapping, ctx.registerSheet) },
        };
  const keep = (reader: ColumnReader, raw: SourceCell): void => {
    if (isErrorCell(raw)) return;
    const header = reader.mapping.label || reader.mapping.header || reader.mapping.letter;
    // Cleaned like any text cell (invisible characters out, noted once per column), not tidied:
    // a value kept because it could not be read stays as it was written.
    const text = typeof raw === "string" ? stripInvisible(raw) : cellText(raw);
    let worth = reader.noteUnit === undefined ? null : amountInUnit(raw, reader.noteUnit);
    // Under a header in plain units (元) a figure written plainly says its worth itself.
    if (reader.noteUnit === 1 && worth?.replace(/,/g, "") === text.replace(/[,\s]/g, ""))
      worth = null;
    const day =
      reader.noteDates && typeof raw === "number" ? dayOfNumber(raw, reader.noteDates) : null;
    if (day !== null) {
      if (ctx.hasNotes) notes.push(`${header}: ${day}`);
      else record[extraColumnKey(reader.mapping, ctx.registerSheet)] = day;
      return;
    }
    // A side note without a header that already says it is a note (备注：…, Note: …) reads alone.
    if (ctx.hasNotes && !reader.mapping.header.trim() && readsAsNote(text)) notes.push(text);
    else if (ctx.hasNotes)
      notes.push(
        `${header}: ${withUnit(text, reader.noteUnitText)}${worth === null ? "" : ` (= ${worth})`}`
      );
    else record[extraColumnKey(reader.mapping, ctx.registerSheet)] = text;
  };

  const dateColumns = new Set(ctx.dateParts.flatMap((g) => Object.values(g.columns)));
  ctx.readers.forEach((reader, i) => {
    const raw = cells[i] ?? null;
    // A part of a split date is read with the other two, below.
    if (dateColumns.has(i)) return;
    if (
      (isBlankCell(raw) && !isErrorCell(raw)) ||
      (isEmptyMark(raw) && !readsAsChoice(reader, raw))
    ) {
      // A name in two columns (given and family name) is there when either part is.
      const otherPart =
        reader.mapping.joined &&
        ctx.readers.some(
          (r, j) => j !== i && r.target === reader.target && !isBlankCell(cells[j] ?? null)
        );
      if (reader.target?.field.required && !otherPart) required(reader, "reason.required-empty");
      return;
    }
    if (!reader.target || !reader.read) {
      if (!isLeftOut(reader.mapping)) keep(reader, raw);
      return;
    }
    // A second number (the landline beside the mobile) is the phone only where the first is
    // blank; else it stays in notes, unless it is the same number written again.
    const first = reader.mapping.fallbackOf
      ? filledBefore(ctx, cells, reader.mapping.fallbackOf)
      : null;
    if (first !== null) {
      if (digitsOf(first) !== digitsOf(raw)) keep(reader, raw);
      return;
    }
    const field = reader.target.field;
    const result = reader.read(raw);
    if (!result.ok && result.code === "value.term-not-years") {
      // 7天, 半年, 終身: never turned into years; kept exactly, in termText or in notes.
      if (ctx.hasTermText && (record.termText ?? null) === null)
        record.termText = cellText(raw).trim();
      else keep(reader, raw);
      issue(reader, raw, { code: "value.warning", params: problemOf(result) }, "info");
      return;
    }
    if (!result.ok) {
      if (field.required) {
        required(reader, "reason.required-unreadable", problemOf(result));
        return;
      }
      issue(
        reader,
        raw,
        isErrorCell(raw)
          ? { code: "value.unreadable", params: problemOf(result) }
          : kept(reader, problemOf(result)),
        "warning"
      );
      keep(reader, raw);
      return;
    }
    if (result.code === "email.several") {
      // A list of addresses: the first is the e-mail, the list as written stays in notes.
      keep(reader, raw);
      issue(reader, raw, { code: "value.warning", params: problemOf(result) }, "info");
    } else if (result.code === "term.single-premium") {
      // 躉繳 reads as one year of paying; the word itself stays where a person sees it.
      if (ctx.hasTermText && (record.termText ?? null) === null)
        record.termText = cellText(raw).trim();
      else keep(reader, raw);
      issue(reader, raw, { code: "value.warning", params: problemOf(result) }, "info");
    } else if (result.warning)
      issue(reader, raw, { code: "value.warning", params: problemOf(result) }, "warning");
    let value = result.value;
    if (value === null) {
      if (field.required) required(reader, "reason.required-empty");
      return;
    }
    if (typeof value === "string") value = withoutOwnHeader(value, reader.mapping.header);
    // "楊靜宜 小姐" is 楊靜宜: the courtesy title is how she was addressed, not her name.
    if (typeof value === "string" && PERSON_NAME_KEYS.has(reader.target.key))
      value = withoutHonorific(value) ?? value;
    const bounds = outOfBounds(field, value);
    if (bounds) {
      if (field.required)
        required(reader, "reason.required-unreadable", { ...bounds.params, problem: bounds.code });
      else {
        issue(reader, raw, kept(reader, { ...bounds.params, problem: bounds.code }), "warning");
        keep(reader, raw);
      }
      return;
    }
    // A product name gives the type and is kept as the product's name; a word that says more than
    // the choice it reads as (a complaint withdrawn is closed) is kept as well.
    if (reader.mapping.keepWritten || (field.type === "enum" && saysMoreThanChoice(raw)))
      keep(reader, raw);
    // The client's name in two parts (Insured First Name | Insured Last Name) is one name.
    const secondPart =
      reader.mapping.joined === true && clientName !== null && clientNameFrom === reader.target.key;
    if (reader.target.key === CLIENT_NAME_KEY) {
      clientName = secondPart
        ? joinedText(reader.mapping, clientName as string, String(value))
        : String(value);
      clientNameLabel ??= reader.mapping.header || reader.mapping.letter;
      clientNameFrom = reader.target.key;
      return;
    }
    if ((reader.mapping.linksClient && clientName === null) || secondPart) {
      clientName = secondPart
        ? joinedText(reader.mapping, clientName as string, String(value))
        : String(value);
      clientNameLabel ??= reader.mapping.header || reader.mapping.letter;
      clientNameFrom = reader.target.key;
    }
    const before = record[field.key];
    const part = reader.mapping.addressPart;
    if (part && reader.mapping.joined) {
      const parts = addressParts.get(field.key) ?? [];
      parts.push({ part, text: String(value) });
      addressParts.set(field.key, parts);
      record[field.key] = assembleAddress(parts);
    } else if (field.key === "notes") notes.unshift(String(value));
    else if (reader.mapping.joined && typeof before === "string" && before !== "") {
      record[field.key] = joinedText(reader.mapping, before, String(value));
    } else if (field.key === "policyNo" && planAndNumber(String(value))) {
      // "PRUlife 12345678": the plan's name, then the policy's number.
      const { plan, number } = planAndNumber(String(value)) as { plan: string; number: string };
      record[field.key] = number;
      keep(reader, plan);
    } else record[field.key] = value;
    if (field.type === "money" && reader.mapping.currency) currency ??= reader.mapping.currency;
    if (field.type === "money") {
      const inCell = typeof raw === "string" ? writtenCurrency(raw) : null;
      const inRow =
        inCell === null && ctx.currencyColumn !== undefined
          ? rowCurrency(cells[ctx.currencyColumn] ?? null)
          : null;
      amounts.push(
        inRow === null
          ? { reader, raw, written: inCell }
          : { reader, raw, written: inRow, rowColumn: ctx.readers[ctx.currencyColumn!].label }
      );
      const figure = reader.typicalFigure === undefined ? null : bareFigure(raw);
      if (figure !== null && reader.typicalFigure && figure >= OUTLIER_TIMES * reader.typicalFigure)
        issue(
          reader,
          raw,
          {
            code: "value.unit-outlier",
            params: {
              value: cellText(raw),
              times: Math.round(figure / reader.typicalFigure),
              multiplier: reader.mapping.unitMultiplier ?? 1,
              amount: String(value),
            },
          },
          "warning"
        );
    }
  });
  currencyPerAmount(ctx, record, amounts, issue, keep);

  for (const group of ctx.dateParts) {
    const at = group.columns;
    const parts = {
      year: cells[at.year] ?? null,
      month: cells[at.month] ?? null,
      day: cells[at.day] ?? null,
    };
    const reader = ctx.readers[at.year];
    const field = reader.target!.field;
    const filled = (["year", "month", "day"] as const).filter((p) => !isBlankCell(parts[p]));
    if (filled.length === 0) {
      if (field.required) required(reader, "reason.required-empty");
      continue;
    }
    const joined = joinDateParts(parts, group.era);
    const result =
      joined === null
        ? failure("date.not-a-date", { value: writtenParts(parts) })
        : group.read(joined);
    if (result.ok && result.value !== null) {
      record[field.key] = result.value;
      continue;
    }
    if (field.required) {
      required(reader, "reason.required-unreadable", problemOf(result));
      continue;
    }
    // A part nobody knew (吉, ?) leaves the date empty; what was written stays in notes.
    if (!result.ok) issue(reader, writtenParts(parts), kept(reader, problemOf(result)), "warning");
    for (const p of filled) keep(ctx.readers[at[p]], parts[p]);
  }

  // A critical-illness policy covers critical illness: a person ticks the box the book left empty.
  if (
    ctx.registerSheet === "Insurance" &&
    record.type === "critical-illness" &&
    "criticalIllnessCovered" in record &&
    (record.criticalIllnessCovered ?? null) === null
  )
    record.criticalIllnessCovered = true;

  // The register writes a loan as a negative market value; books write the balance owed.
  if (
    ctx.registerSheet === "Assets" &&
    record.assetClass === "loan" &&
    typeof record.marketValue === "number" &&
    record.marketValue > 0
  ) {
    const reader = ctx.readers.find((r) => r.target?.key === "marketValue");
    if (reader) {
      issue(
        reader,
        cells[ctx.readers.indexOf(reader)] ?? null,
        { code: "value.loan-negative", params: { value: record.marketValue } },
        "info"
      );
      record.marketValue = -record.marketValue;
    }
  }
  // No name column: the row's own client number names it; a row without one names no one.
  if (ctx.nameFromNumber !== undefined && (record.name ?? null) === null) {
    const number = cellText(cells[ctx.nameFromNumber] ?? null).trim();
    if (number !== "" && !isEmptyMark(cells[ctx.nameFromNumber] ?? null)) record.name = number;
    else
      rejectedCode ??= {
        code: "reason.required-empty",
        params: { field: "name", column: ctx.readers[ctx.nameFromNumber]?.label ?? "" },
      };
  }
  // A blank birthday is written in the client's mainland ID number (digits 7–14) when its check
  // digit holds; never taken from a number that fails it.
  if (
    "birthday" in record &&
    (record.birthday ?? null) === null &&
    typeof record.idNumber === "string"
  ) {
    const born = birthdayInId(record.idNumber);
    if (born !== null) record.birthday = born;
  }
  // A premium written per payment beside its frequency (保費 1,850, 繳別 月繳) is one payment; the
  // register keeps a year's premium. An amount whose header already says annual stays as written.
  if (ctx.registerSheet === "Insurance" && typeof record.annualPremium === "number") {
    const premium = ctx.readers.find((r) => r.target?.key === "annualPremium");
    // A header that gives the period itself (月繳保費) was read by it; a frequency column then repeats it.
    if (premium && premium.perYear === undefined && !saysAnnualPremium(premium.mapping.header)) {
      let perYear: number | null = null;
      let frequency = "";
      ctx.readers.forEach((reader, i) => {
        const raw = cells[i] ?? null;
        if (perYear !== null || reader.target || isBlankCell(raw)) return;
        frequency = cellText(raw).trim();
        perYear = paymentsPerYear(reader.mapping.header, frequency);
      });
      if (perYear !== null && perYear > 1) {
        const payment = record.annualPremium;
        const annual = Math.round(payment * perYear * 100) / 100;
        issue(
          premium,
          cells[ctx.readers.indexOf(premium)] ?? null,
          { code: "value.premium-annualised", params: { value: payment, frequency, annual } },
          "info"
        );
        record.annualPremium = annual;
      }
    }
  }
  if (ctx.assetClassFromHeader && (record.assetClass ?? null) === null)
    record.assetClass = ctx.assetClassFromHeader;
  // A currency stated in an amount's header ("Market Value (USD)") fills an empty currency column.
  if (currency && ctx.hasCurrency && (record.currency === null || record.currency === undefined))
    record.currency = currency;
  if (ctx.registerSheet === "Clients" && (record.kind ?? null) === null) {
    if (ctx.kindFromNames && typeof record.name === "string" && isOrganisationName(record.name))
      record.kind = "enterprise";
    else if (
      ctx.kindFromIdNumbers &&
      (personalIdIn("idNumber", record.idNumber) || personalIdIn("clientId", record.clientId))
    )
      record.kind = "person";
    else if (ctx.kindFromContactList) record.kind = "person";
    else if (ctx.kindFromCompanyColumns) {
      // A row of a company list whose industry says it is a private individual's is no company.
      if (!(typeof record.industry === "string" && namesPrivateIndividual(record.industry)))
        record.kind = "enterprise";
    } else if (ctx.personColumns.some((c) => personCell(ctx, c, cells[c] ?? null)))
      record.kind = "person";
    else if (
      ctx.kindFromPersonNames &&
      typeof record.name === "string" &&
      looksLikePersonName(record.name)
    )
      record.kind = "person";
  }
  if (ctx.heldAtFromInstitution !== undefined && (record.heldAt ?? null) === null) {
    const raw = cells[ctx.heldAtFromInstitution] ?? null;
    const word = heldAtWord(ctx.readers[ctx.heldAtFromInstitution], raw);
    if (word !== null) record.heldAt = word;
    else if (typeof record.institution === "string" && record.institution.trim() !== "")
      record.heldAt = "elsewhere";
  }
  const ended = ctx.statusFromEndDate;
  if (
    ended &&
    (record.status ?? null) === null &&
    (ended.statusColumn < 0 || isBlankCell(cells[ended.statusColumn] ?? null))
  ) {
    if (typeof record.resolvedOn === "string") record.status = ended.status;
    // No end date written: the case is not closed yet. A date that could not be read says nothing.
    else if (ended.opens && isBlankCell(cells[ended.date] ?? null)) record.status = "open";
  }
  if (notes.length > 0) record.notes = notes.join(NOTES_SEPARATOR);
  const out: NormalizedRow = { row, record, clientName, clientNameLabel, issues };
  if (rejectedCode) {
    out.rejected = english(rejectedCode);
    out.rejectedCode = rejectedCode;
  }
  return out;
}

/**
 * Each amount keeps the currency it was written in; the row's currency (a sheet with a currency
 * field) is the one the row states, else the one its amounts agree on, else its columns'. One
 * amount written in another currency ("USD 12,000" among HK$ figures) never sets the row's
 * currency for the others: its figure is kept as written, the value put in notes, and it is said.
 * Never mixed silently, never converted.
 */
export interface RowAmount {
  reader: ColumnReader;
  raw: SourceCell;
  /** The currency the cell names ("USD 12,000" → USD), or null for a bare figure. */
  written: string | null;
  /** The row's currency column that gave a bare figure its currency (its label). */
  rowColumn?: string;
}

export function currencyPerAmount(
  ctx: Pick<RowContext, "hasCurrency">,
  record: RegisterRecord,
  amounts: readonly RowAmount[],
  issue: (
    reader: ColumnReader,
    raw: SourceCell,
    coded: MessageRef,
    s: ImportIssue["severity"]
  ) => void,
  keep: (reader: ColumnReader, raw: SourceCell) => void
): void {
  const other = (a: (typeof amounts)[number], params: MessageParams, code: MessageCode) => {
    issue(a.reader, a.raw, { code, params: { value: cellText(a.raw), ...params } }, "warning");
    keep(a.reader, a.raw);
  };
  if (!ctx.hasCurrency) {
    for (const a of amounts) {
      if (!a.written || !a.reader.currency || a.written === a.reader.currency) continue;
      const params = { written: a.written, currency: a.reader.currency };
      if (a.rowColumn === undefined) other(a, params, "value.other-currency");
      else {
        // Its currency is in the row already, beside the figure: said, nothing more to keep.
        const coded = {
          code: "value.other-currency-in-row",
          params: { ...params, value: cellText(a.raw), column: a.rowColumn },
        };
        issue(a.reader, a.raw, coded, "warning");
      }
    }
    return;
  }
  const statedText = typeof record.currency === "string" ? record.currency : "";
  const stated = statedText === "" ? null : currencyCode(statedText);
  if (stated === null && statedText !== "") return; // a currency we cannot read: nothing to compare
  const writtenCodes = new Set(amounts.flatMap((a) => (a.written ? [a.written] : [])));
  const columnCodes = amounts.flatMap((a) => (a.reader.currency ? [a.reader.currency] : []));
  const agreed =
    writtenCodes.size === 1 &&
    amounts.every(
      (a) => a.written !== null || !a.reader.currency || writtenCodes.has(a.reader.currency)
    )
      ? [...writtenCodes][0]
      : null;
  const row = stated ?? agreed ?? mostCommon(columnCodes) ?? [...writtenCodes][0] ?? null;
  if (row === null) return;
  for (const a of amounts) {
    const own = a.written ?? a.reader.currency ?? null;
    if (own === null) continue;
    if (own !== row) {
      other(a, { written: own, currency: statedText || row }, "value.other-currency-than-row");
    } else if (a.written && a.reader.currency && a.written !== a.reader.currency) {
      // The row's one amount written in another currency than its column's: the row takes it.
      const params = { value: cellText(a.raw), written: a.written, currency: a.reader.currency };
      issue(a.reader, a.raw, { code: "value.other-currency-row", params }, "warning");
    }
  }
  if (stated === null) record.currency = row;
}

/** The currency a row's currency cell names, or null. */
function rowCurrency(cell: SourceCell): string | null {
  return typeof cell === "string" ? currencyCode(cell) : null;
}

function mostCommon(codes: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const c of codes) counts.set(c, (counts.get(c) ?? 0) + 1);
  let best: string | null = null;
  let most = 0;
  for (const [c, n] of counts) if (n > most) [best, most] = [c, n];
  return best;
}

/** A header unit this large (萬 and up) makes a figure written in full read 10,000 times too big. */
const LARGE_UNIT = 10_000;
/** A bare figure this many times its column's median, under a large unit, is said. */
const OUTLIER_TIMES = 1_000;

/** A cell's figure as written, without any unit of its own ("8萬" has one) or of its header. */
function bareFigure(raw: SourceCell): number | null {
  if (typeof raw === "number") return Number.isFinite(raw) ? Math.abs(raw) : null;
  if (typeof raw !== "string" || !/^[\s\d,.+-]+$/.test(toHalfWidth(raw))) return null;
  const read = parseAmount(raw);
  return read.ok && typeof read.value === "number" ? Math.abs(read.value) : null;
}

/** The median of a column's bare figures above zero (the first 2,000), or null when too few. */
function medianFigure(values: readonly SourceCell[]): number | null {
  const figures: number[] = [];
  for (const v of values) {
    if (figures.length >= 2_000) break;
    const figure = bareFigure(v);
    if (figure !== null && figure > 0) figures.push(figure);
  }
  if (figures.length < 3) return null;
  figures.sort((a, b) => a - b);
  return figures[Math.floor(figures.length / 2)];
}

/** A kept number times its header's unit, grouped in thousands ("1,250.5" in 萬元 → "12,505,000"). */
function amountInUnit(raw: SourceCell, unit: number): string | null {
  const read = parseAmount(raw, { unitMultiplier: unit });
  if (!read.ok || typeof read.value !== "number" || read.warning) return null;
  const [whole, fraction] = String(read.value).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? grouped : `${grouped}.${fraction}`;
}

/** A company's or public body's name: a legal form or the kind of body at its end. */
function isOrganisationName(name: string): boolean {
  const text = name.trim();
  return COMPANY_VALUE.test(text) || namesOrganisation(text);
}

/** A mainland resident ID or a Taiwanese national ID whose checksum holds: only a person has one. */
function isPersonalIdNumber(value: RegisterValue | undefined): boolean {
  if (typeof value !== "string") return false;
  return parseIdNumber(value)?.valid === true;
}

/**
 * Under an ID-number header, a value in the shape of a person's ID (a letter and nine digits, or
 * eighteen characters carrying a real birth date) is a person's even when its check digit fails: a
 * mistyped digit (reported as such) does not make the client a company. A client number is read
 * as an ID only when its checksum holds (an 18-digit account number is no one's ID).
 */
function isPersonalIdShape(value: RegisterValue | undefined): boolean {
  if (typeof value !== "string") return false;
  const reading = parseIdNumber(value);
  if (reading === null) return false;
  return reading.valid || reading.kind === "tw-national" || reading.birthday !== undefined;
}

/** A person's ID in this field's column: its shape under an ID-number header, a valid one elsewhere. */
function personalIdIn(field: string, value: RegisterValue | undefined): boolean {
  return field === "idNumber" ? isPersonalIdShape(value) : isPersonalIdNumber(value);
}

interface KindEvidence {
  /** The name column, when some of its names are organisations'. */
  names: number | null;
  /** The id or ID-number column, when some of its values are personal ID numbers. */
  idNumbers: number | null;
  /** The name column, when the mapping read it as the people of a staff-added contact list. */
  contactList: number | null;
  /** The columns that make the sheet a list of companies (none when it is not one). */
  companyColumns: number[];
  /** Columns only a person fills (sex, birthday, personal income), when the sheet is no company list. */
  personColumns: number[];
  /** The name column, when nearly all its names are people's and the sheet gives people's details. */
  personNames: number | null;
}

/** A mobile number of the mainland, Taiwan, Hong Kong or the UK (spaces, dashes and brackets aside). */
const MOBILE =
  /^(?:(?:\+?86)?1[3-9]\d{9}|(?:\+?886|0)9\d{8}|(?:\+?852)?[5679]\d{7}|(?:\+?44|0)7\d{9})$/;
/** Share of a column's names that must read as people's, and of a phone column's numbers as mobiles. */
const PERSON_NAME_SHARE = 0.9;
/**
 * In a list mixing companies and people: the share of the names in no company's form that must
 * read as people's (a few lone given names allowed), and of all its names.
 */
const MIXED_PERSON_SHARE = 0.75;
const PEOPLE_IN_MIXED = 0.5;
const MOBILE_SHARE = 0.6;
/** Fewer names than this say too little about a whole column. */
const MIN_NAMES = 5;

/**
 * The name column of a list of persons: at least nine in ten of its names read as people's (a
 * common surname and two or three characters, or a first and last name with no legal-form word),
 * while the sheet gives people's details (mostly mobile numbers, a sex, a birthday, personal ID
 * numbers, an employer) or the header is one only a person's name has (姓名, Full Name).
 *
 * A list that mixes companies and people reads row by row: where some names carry a company's
 * form and most of the others read as people's, the writer marked the companies as such, so a
 * name in a person's shape beside them is a person's. Names that read as neither (a lone given
 * name, a shop's nickname) stay open, and so does a list where they are many.
 */
function personNamesColumn(
  mappings: readonly ColumnMapping[],
  columnValues: readonly (readonly SourceCell[])[],
  name: number,
  personDetails: boolean
): number | null {
  if (name < 0 || mappings.filter((m) => m.field === "name").length > 1) return null;
  const names = (columnValues[name] ?? []).filter(
    (v): v is string => typeof v === "string" && v.trim() !== ""
  );
  // People's names under a header only a person's name has (姓名, 客戶姓名) need no other detail.
  const header = matchForm(mappings[name].label || mappings[name].header);
  const byHeader = PERSON_NAME_HEADER_ENDINGS.some((w) => header.endsWith(w));
  if (names.length < (byHeader ? 1 : MIN_NAMES)) return null;
  const organisations = names.filter(isOrganisationName).length;
  const people = names.filter(looksLikePersonName).length;
  if (organisations > 0) {
    const unmarked = names.length - organisations;
    const mixed =
      people >= MIXED_PERSON_SHARE * unmarked && people >= PEOPLE_IN_MIXED * names.length;
    return mixed ? name : null;
  }
  if (people < PERSON_NAME_SHARE * names.length) return null;
  const mobiles = mappings.some((m, i) => {
    if (m.field !== "phone") return false;
    const numbers = (columnValues[i] ?? [])
      .map((v) => cellText(v).replace(/[\s\-()]/g, ""))
      .filter((t) => t !== "");
    return (
      numbers.length > 0 &&
      numbers.filter((t) => MOBILE.test(t)).length >= MOBILE_SHARE * numbers.length
    );
  });
  // Names written the way only people's are (behind a personal title, or surname first with
  // commas: ABALOS, ALDRIN, VILLAREAL) need no other detail.
  const byForm = names.filter(personByForm).length >= PERSON_NAME_SHARE * names.length;
  return mobiles || personDetails || byForm || byHeader ? name : null;
}

/** Fields only an organisation has. */
const COMPANY_FIELDS = new Set([
  "mainContact",
  "annualRevenue",
  "industry",
  "enterpriseNature",
  "mainBusiness",
  "industryStanding",
  "foundedYear",
  "registeredCapital",
  "cashPosition",
]);
/** Fields that hold a person's name (the client's, a contact's, a family member's, the linked client's). */
const PERSON_NAME_KEYS = new Set(["name", "memberName", CLIENT_NAME_KEY]);

/** Fields only a person has, on a sheet whose rows are not companies with a contact person. */
const PERSON_ONLY_FIELDS = new Set(["birthday", "annualIncome"]);

/**
 * A person's cell filled: a sex named in a gender column, any value in a birthday or income
 * column, a given name joined into the name (First Name beside Last Name).
 */
function personCell(ctx: RowContext, column: number, cell: SourceCell): boolean {
  if (isBlankCell(cell)) return false;
  const field = ctx.readers[column]?.mapping.field ?? null;
  if (field === "name") return true;
  return field !== null && PERSON_ONLY_FIELDS.has(field) ? true : namesSex(cellText(cell));
}

/** The name joined from a given and a family name, at the given name's column. */
function givenNamePart(m: ColumnMapping): boolean {
  return m.field === "name" && m.joined === true && isGivenNameHeader(m.label || m.header);
}

/**
 * A client list's columns say its clients' kind as a person reads them: the name under a header
 * naming companies (Account Name, 企业名称) and columns only a company has (industry, annual
 * revenue, main contact, registered capital) — two of these witnesses make a list of companies,
 * when no column only a person fills stands beside them. A sex, a birthday, a personal income or a given name
 * filled on a row makes that row a person's (a company has none; on a company list a birthday is
 * its contact's).
 */
function sheetKindColumns(
  mappings: readonly ColumnMapping[],
  columnValues: readonly (readonly SourceCell[])[],
  name: number
): Pick<KindEvidence, "companyColumns" | "personColumns"> {
  const filled = (i: number) => (columnValues[i] ?? []).some((v) => !isBlankCell(v));
  const company = mappings.flatMap((m, i) =>
    m.field !== null && COMPANY_FIELDS.has(m.field) && filled(i) ? [i] : []
  );
  const contact = mappings.some((m) => m.field === "mainContact");
  const person = mappings.flatMap((m, i) => {
    if (!filled(i)) return [];
    if (m.field !== null && PERSON_ONLY_FIELDS.has(m.field)) return contact ? [] : [i];
    if (givenNamePart(m)) return [i];
    const sexes = (columnValues[i] ?? []).filter((v) => typeof v === "string" && namesSex(v));
    return isGenderHeader(m.label || m.header) && sexes.length > 0 ? [i] : [];
  });
  const named = name >= 0 && namesCompanyHeader(mappings[name].label || mappings[name].header);
  const byName = companiesByName(columnValues[name] ?? [], contact);
  const witnesses = company.length + (named || byName ? 1 : 0);
  if (witnesses >= 2 && person.length === 0)
    return { companyColumns: named ? [name, ...company] : company, personColumns: [] };
  return { companyColumns: [], personColumns: witnesses > 0 ? [] : person };
}

/** Share of a name column's names that must be in a company's form for the list to be of companies. */
const COMPANY_NAME_SHARE = 0.6;
/** Beside a contact person: the share of names in a company's form, and of stray person-shaped ones. */
const CONTACT_COMPANY_NAME_SHARE = 0.2;
const STRAY_PERSON_SHARE = 0.05;

/**
 * A name column that reads as a list of companies: most names in a company's form (…集团, …股份公司,
 * … Ltd) and none a person's (a surname and a given name). Beside a column only a company has (a
 * main contact), its names without a legal form (浙江燃气, Northwind) are companies' too.
 */
function companiesByName(values: readonly SourceCell[], besideContact = false): boolean {
  const names = values.filter((v): v is string => typeof v === "string" && v.trim() !== "");
  if (names.length < MIN_NAMES) return false;
  const organisations = names.filter(isOrganisationName).length;
  // Beside a contact person, brand and shop names (萃彩保险, 拾光团建, Solan) among names with a
  // legal form or a kind of body are companies too, when hardly any reads as a person's.
  if (
    besideContact &&
    names.filter(looksLikePersonName).length <= STRAY_PERSON_SHARE * names.length &&
    organisations >= CONTACT_COMPANY_NAME_SHARE * names.length
  )
    return true;
  if (names.some(looksLikePersonName)) return false;
  return organisations >= COMPANY_NAME_SHARE * names.length;
}

/** Where a Clients sheet without a kind column shows its clients' kinds. */
function kindEvidence(
  registerSheet: SheetKey,
  mappings: readonly ColumnMapping[],
  columnValues: readonly (readonly SourceCell[])[]
): KindEvidence {
  const none: KindEvidence = {
    names: null,
    idNumbers: null,
    contactList: null,
    companyColumns: [],
    personColumns: [],
    personNames: null,
  };
  if (registerSheet !== "Clients" || mappings.some((m) => m.field === "kind")) return none;
  const some = (column: number, test: (value: string) => boolean): boolean =>
    (columnValues[column] ?? []).some((v) => typeof v === "string" && test(v));
  const name = mappings.findIndex((m) => m.field === "name");
  // A name joined from parts: a company may stand in any of them (a family name typed alone).
  const nameParts = mappings.flatMap((m, i) => (m.field === "name" ? [i] : []));
  const ids = mappings.flatMap((m, i) =>
    m.field === "idNumber" || m.field === "clientId" ? [i] : []
  );
  const names = nameParts.find((column) => some(column, isOrganisationName)) ?? null;
  const contactList =
    name >= 0 && (mappings[name].reasons ?? []).some((r) => r.code === "map.why.contact-is-client")
      ? name
      : null;
  const idNumbers =
    ids.find((column) => some(column, (v) => personalIdIn(mappings[column].field ?? "", v))) ??
    null;
  const columns = sheetKindColumns(mappings, columnValues, name);
  // A person has an employer; a company has none.
  const employer = mappings.some(
    (m, i) => m.field === "employer" && some(i, (v) => v.trim() !== "")
  );
  const personNames =
    contactList === null && columns.companyColumns.length === 0
      ? personNamesColumn(
          mappings,
          columnValues,
          name,
          idNumbers !== null || columns.personColumns.length > 0 || employer
        )
      : null;
  return { names, contactList, idNumbers, ...columns, personNames };
}

/** Said once per sheet: which column the kinds were read from. */
function kindNotes(
  sheetName: string,
  readers: readonly ColumnReader[],
  kinds: KindEvidence
): ImportIssue[] {
  const notes: ImportIssue[] = [];
  const note = (column: number, code: string, extra: Record<string, string> = {}): void => {
    const label = readers[column]?.label ?? "";
    const coded: MessageRef = { code, params: { column: label, ...extra } };
    notes.push(columnNote(sheetName, label, "kind", null, coded));
  };
  if (kinds.names !== null) note(kinds.names, "import.kind-from-names");
  if (kinds.idNumbers !== null) note(kinds.idNumbers, "import.kind-from-id-numbers");
  if (kinds.contactList !== null) note(kinds.contactList, "import.kind-from-contact-list");
  if (kinds.personNames !== null) note(kinds.personNames, "import.kind-from-person-names");
  if (kinds.companyColumns.length > 0)
    note(kinds.companyColumns[0], "import.kind-from-company-columns", {
      columns: kinds.companyColumns.map((c) => readers[c]?.label ?? "").join(", "),
    });
  if (kinds.personColumns.length > 0)
    note(kinds.personColumns[0], "import.kind-from-person-columns", {
      columns: kinds.personColumns.map((c) => readers[c]?.label ?? "").join(", "),
    });
  return notes;
}

/**
 * A Complaints sheet with an end-date column (resolvedOn): a case with that date and no status was
 * closed or resolved then; a case with neither (beside a filled-in case: its received date, id or
 * description) is still open.
 */
function statusFromEndDate(
  registerSheet: SheetKey,
  mappings: readonly ColumnMapping[],
  columnValues: readonly (readonly SourceCell[])[]
): RowContext["statusFromEndDate"] {
  if (registerSheet !== "Complaints") return null;
  const date = mappings.findIndex((m) => m.field === "resolvedOn");
  if (date < 0) return null;
  const statusColumn = mappings.findIndex((m) => m.field === "status");
  const caseColumns = ["receivedOn", "complaintId", "description"]
    .map((key) => mappings.findIndex((m) => m.field === key))
    .filter((i) => i >= 0);
  const dates = columnValues[date] ?? [];
  const noStatus = (row: number) =>
    statusColumn < 0 || isBlankCell(columnValues[statusColumn]?.[row] ?? null);
  const closes = dates.some((v, row) => !isBlankCell(v) && noStatus(row));
  const opens = (columnValues[caseColumns[0] ?? date] ?? []).some(
    (_, row) =>
      caseColumns.some((c) => !isBlankCell(columnValues[c]?.[row] ?? null)) &&
      isBlankCell(dates[row] ?? null) &&
      noStatus(row)
  );
  if (!closes && !opens) return null;
  return { status: statusOfEndDate(mappings[date].header), date, statusColumn, closes, opens };
}

/** A note on a whole column (no row), in the words of its coded message. */
function columnNote(
  sheetName: string,
  column: string,
  field: string | null,
  value: ImportIssue["value"],
  coded: MessageRef,
  severity: ImportIssue["severity"] = "info"
): ImportIssue {
  return {
    sheet: sheetName,
    row: null,
    column,
    field,
    value,
    message: english(coded),
    severity,
    code: coded.code,
    params: coded.params,
  };
}

/** What one column's note says: the value it quotes and its coded message. */
interface ColumnNoteText {
  value: ImportIssue["value"];
  coded: MessageRef;
  severity?: ImportIssue["severity"];
}

/** The notes one kind of column check finds on a column (none when the column is fine). */
type ColumnCheck = (reader: ColumnReader, values: readonly SourceCell[]) => ColumnNoteText[];

/** Every check over every column, check by check, as notes on the columns they concern. */
function columnNotesOf(
  sheetName: string,
  readers: readonly ColumnReader[],
  columnValues: readonly (readonly SourceCell[])[],
  checks: readonly ColumnCheck[]
): ImportIssue[] {
  return checks.flatMap((check) =>
    readers.flatMap((reader, i) =>
      check(reader, columnValues[i] ?? []).map(({ value, coded, severity }) =>
        columnNote(sheetName, reader.label, reader.target?.key ?? null, value, coded, severity)
      )
    )
  );
}

function endDateNotes(
  sheetName: string,
  readers: readonly ColumnReader[],
  ended: NonNullable<RowContext["statusFromEndDate"]>
): ImportIssue[] {
  const label = readers[ended.date]?.label ?? "";
  const codes = [
    ...(ended.closes
      ? [
          ended.status === "closed"
            ? "import.closed-from-end-date"
            : "import.resolved-from-end-date",
        ]
      : []),
    ...(ended.opens ? ["import.open-without-end-date"] : []),
  ];
  return codes.map((code) => {
    const coded: MessageRef = { code, params: { column: label } };
    return columnNote(sheetName, label, "status", null, coded);
  });
}

/**
 * A share column in whole percents whose header does not say so is read as percents: told once for
 * the column, with an example, instead of once per row.
 */
const percentNotes: ColumnCheck = (reader, values) => {
  if (reader.target?.field.type !== "percent" || PERCENT_HEADER.test(reader.mapping.header))
    return [];
  const example = wholePercentColumn(values);
  if (example === null) return [];
  const percent = parseAmount(example, {});
  if (!percent.ok || percent.value === null) return [];
  const coded: MessageRef = {
    code: "value.percent-column",
    params: { column: reader.label, value: cellText(example), percent: percent.value },
  };
  return [{ value: issueValue(example), coded }];
};
/**
 * One note per risk column whose numbers were read as steps of a scale its header does not state:
 * which scale was assumed from the highest step, and where its steps fall.
 */
const riskScaleNotes: ColumnCheck = (reader, values) => {
  if (reader.target?.key !== "riskProfile") return [];
  const scale = riskScaleOf(reader.mapping.header, values);
  if (scale === null || scale.stated) return [];
  const coded: MessageRef = {
    code: "value.risk-scale-assumed",
    params: {
      column: reader.label,
      highest: scale.highest,
      top: scale.top,
      bands: scaleBands(scale.top),
    },
  };
  return [{ value: String(scale.highest), coded }];
};
/** One note per yearly amount column read per month or quarter, with its first value as the example. */
const periodNotes: ColumnCheck = (reader, values) => {
  if (reader.perYear === undefined || !reader.read) return [];
  const factor = reader.perYear;
  for (const raw of values) {
    if (isBlankCell(raw)) continue;
    const read = reader.read(raw);
    if (!read.ok || typeof read.value !== "number") continue;
    const annual = read.value;
    const coded: MessageRef = {
      code: "value.period-annualised",
      params: {
        column: reader.label,
        factor,
        value: Math.round((annual / factor) * 100) / 100,
        annual,
      },
    };
    return [{ value: issueValue(raw), coded }];
  }
  return [];
};
/** One note per date column that was read as ROC-dated or whose numbers were read as date serials. */
function dateColumnNotes(options: ReaderOptions): ColumnCheck {
  return (reader, values) => {
    if (reader.target?.field.type !== "date" || reader.mapping.datePart) return [];
    const notes: ColumnNoteText[] = [];
    const roc = rocColumnEvidence(values, options.titleTexts);
    if (roc !== null)
      notes.push({
        value: roc,
        coded: { code: "value.roc-column", params: { column: reader.label, evidence: roc } },
      });
    const shortYear = roc === null ? gregorianShortYearIn(values) : null;
    const yearFirst = roc === null && shortYear === null ? leadingShortYearIn(values) : null;
    if (shortYear !== null || yearFirst !== null)
      notes.push({
        value: shortYear ?? yearFirst,
        coded: {
          code: shortYear !== null ? "value.two-digit-years" : "value.short-years-first",
          params: { column: reader.label, example: shortYear ?? yearFirst ?? "" },
        },
      });
    const year = reader.target.key === "birthday" ? null : titleYearFor(values, options.titleTexts);
    const yearless = year === null ? [] : values.filter(isMonthDay);
    if (year !== null && yearless.length > 0)
      notes.push({
        value: cellText(yearless[0]),
        coded: {
          code: "value.year-from-title",
          params: {
            column: reader.label,
            count: yearless.length,
            example: cellText(yearless[0]),
            year,
          },
        },
      });
    const serial = firstDateSerial(values);
    if (serial !== null) {
      const read = parseDate(serial, { date1904: options.date1904 });
      if (read.ok && read.value !== null)
        notes.push({
          value: serial,
          coded: {
            code: "value.date-serials",
            params: {
              column: reader.label,
              example: serial,
              iso: read.value,
              system: options.date1904 ? "1904" : "1900",
            },
          },
        });
    }
    return notes;
  };
}

/** Field types whose normalisers remove invisible characters from the text (normalize/text.ts). */
const TEXT_TYPES = new Set<FieldDef["type"]>(["text", "id", "phone", "email"]);

/** At most this many failing ID numbers are quoted in the column's note. */
const CHECKSUM_EXAMPLES = 3;

/**
 * The ID numbers of a column whose check digit fails, when they are the column's rule rather than
 * a slip (at least two, and four in five of its ID-shaped values): a list of invented or masked
 * numbers is told once for the column, with a count and examples, not once per row.
 */
function checksumFailures(values: readonly SourceCell[]): string[] | null {
  let shaped = 0;
  const failing: string[] = [];
  for (const value of values) {
    if (typeof value !== "string") continue;
    const reading = parseIdNumber(value);
    if (reading === null) continue;
    shaped += 1;
    if (!reading.valid) failing.push(value.trim());
  }
  return failing.length >= 2 && failing.length >= 0.8 * shaped ? failing : null;
}

/** The birth date a mainland resident ID number holds when its check digit holds; else null. */
function birthdayInId(value: string): string | null {
  const reading = parseIdNumber(value);
  return reading?.kind === "cn-resident" && reading.valid ? (reading.birthday ?? null) : null;
}

/** One note per ID column that gave blank birthdays their date: how many, from which column. */
function birthdayFromIdNotes(
  sheetName: string,
  readers: readonly ColumnReader[],
  columnValues: readonly (readonly SourceCell[])[]
): ImportIssue[] {
  const idAt = readers.findIndex((r) => r.target?.key === "idNumber");
  if (idAt < 0) return [];
  const birthdayAt = readers.findIndex((r) => r.target?.key === "birthday");
  const ids = columnValues[idAt] ?? [];
  let count = 0;
  ids.forEach((id, row) => {
    const blank = birthdayAt < 0 || isBlankCell(columnValues[birthdayAt]?.[row] ?? null);
    if (blank && typeof id === "string" && birthdayInId(id) !== null) count++;
  });
  if (count === 0) return [];
  const coded: MessageRef = {
    code: "value.birthday-from-id",
    params: { column: readers[idAt].label, count },
  };
  return [columnNote(sheetName, readers[idAt].label, "birthday", null, coded)];
}

const checksumColumnNotes: ColumnCheck = (reader, values) => {
  if (reader.target?.key !== "idNumber") return [];
  const failing = checksumFailures(values);
  if (failing === null) return [];
  const coded: MessageRef = {
    code: "value.id-number-checksum-column",
    params: {
      column: reader.label,
      count: failing.length,
      examples: failing.slice(0, CHECKSUM_EXAMPLES).join(", "),
    },
  };
  return [{ value: failing[0], coded, severity: "warning" }];
};

/**
 * One note per text column from whose cells control or zero-width characters were removed, not
 * one per cell: they come in whole columns pasted from another system.
 */
const invisibleCharacterNotes: ColumnCheck = (reader, values) => {
  const type = reader.target?.field.type;
  // Unmapped columns are kept in notes as text (keep() in normalizeRow), so they are cleaned too.
  const unmapped = reader.target === undefined && !isLeftOut(reader.mapping);
  if (!unmapped && (type === undefined || !TEXT_TYPES.has(type))) return [];
  const chars = new Set<string>();
  let cells = 0;
  for (const value of values) {
    if (typeof value !== "string") continue;
    const found = invisibleCharactersIn(value);
    if (found.length === 0) continue;
    cells += 1;
    for (const ch of found) chars.add(ch);
  }
  if (cells === 0) return [];
  const shown = [...chars].join(", ");
  const coded: MessageRef = {
    code: "value.characters-removed",
    params: { column: reader.label, chars: shown, count: cells },
  };
  // The characters' names, not a cell's text: control characters cannot be written to .xlsx.
  return [{ value: shown, coded }];
};

/** The currency of an amount column: its header's, else the one most of its written values name. */
function columnCurrency(mapping: ColumnMapping, values: readonly SourceCell[]): string | null {
  if (mapping.currency) return mapping.currency;
  const counts = new Map<string, number>();
  let seen = 0;
  for (const v of values) {
    if (typeof v !== "string" || seen >= 2000) continue;
    seen++;
    const code = writtenCurrency(v);
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  let best: string | null = null;
  let most = 0;
  for (const [code, n] of counts)
    if (n > most) {
      best = code;
      most = n;
    }
  // One currency among others in a column that names several equally is no column currency.
  const ties = [...counts.values()].filter((n) => n === most).length;
  return ties === 1 && most >= 2 ? best : null;
}

/** A column joined as a part of a person's name (given or family name). */
function isNamePart(mapping: ColumnMapping): boolean {
  return mapping.reasons?.some((r) => r.code === "map.why.name-part") === true;
}

/**
 * When one name part is the whole name and the other a part of it (Linda | Linda Park, 王 | 王小明),
 * the whole name; else null: the parts are joined. A part inside a word of the other ("John" in
 * "Johnson") or equal to it ("Thomas" and "Thomas") is a part of its own.
 */
function wholeNameOf(a: string, b: string): string | null {
  const [part, whole] = a.length <= b.length ? [a.trim(), b.trim()] : [b.trim(), a.trim()];
  if (part === "" || whole.length <= part.length) return null;
  if (/[\u3400-\u9fff]/.test(part)) {
    return whole.startsWith(part) || whole.endsWith(part) ? whole : null;
  }
  const words = (t: string) =>
    t
      .toLowerCase()
      .split(/[\s,]+/)
      .filter((w) => w !== "");
  const p = words(part);
  const w = words(whole);
  if (p.length === 0 || w.length <= p.length) return null;
  const at = (from: number) => p.every((word, k) => w[from + k] === word);
  return at(0) || at(w.length - p.length) ? whole : null;
}
