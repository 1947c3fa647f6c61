/**
 * The buyers of a log. An order export, a sales ledger, a shipment or ticket log is one row per
 * transaction, and the party it was for (a buyer, a consignee, a distributor) comes back down the
 * rows. A workbook that lists its clients elsewhere reads such a sheet as nothing; one that lists
 * them nowhere keeps its clients in it, and a person importing it makes one client of each buyer,
 * the buyer's rows merged (identity by name and phone, name and e-mail, code), leaving the
 * transaction columns to notes.
 *
 * How the rows are told apart, by the values alone:
 * - rows that are distinct clients name each party once: not a log (other rules read those);
 * - rows that are transactions of repeating buyers name a party on several rows, and what tells
 *   that party apart (its phone, e-mail or code) is the same on each of its rows — or, with
 *   nothing to tell it by, the names read as people's or firms' names and every row is dated, an
 *   event of that party, or the name under a header naming the buyer is written once and merged
 *   down over the lines of each order (a publisher's 报单);
 * - rows that are transactions with private people known by their names alone (no phone, e-mail,
 *   address or ID on the log, no firm among them: a lender's instalments, sales to passers-by)
 *   name no one a register can keep, and are not read as buyers;
 * - rows that are transactions naming no buyer (a product sales log, a finance table) have no such
 *   column: their names are products, staff or categories, headed so (Product Name, 商品名称),
 *   reading as no person or firm, or so few against the lines that they sort them (Online /
 *   Walk In), with no phone or code that stays with them.
 */
import { headerHasWord } from "../register/catalog";
import { renderMessage } from "../register/messages";
import { TRADE_PARTY_WORDS } from "../register/vocabulary";
import type { SheetAnalysis } from "./analyse-sheet";
import { cellText } from "./grid";
import { agreementWithin, comparableText } from "./keyed-agreement";
import { columnLabel, isLeftOut } from "./map-columns";
import { partyNameShare, readsAsFirmName, readsAsPersonName } from "./party-names";
import { sheetIssue } from "./sheet-issue";
import { readHeader } from "./subject";
import type { CodedReason, ImportIssue, SourceCell } from "./types";

/** The codes of the info issue that says a log was read as its buyers. */
const BUYER_LOG_CODES: readonly string[] = [
  "sheet.why.buyer-log",
  "sheet.why.buyer-log-merged",
  "sheet.why.buyer-log-papers",
];

/** True when the issue says a log was read as its buyers. */
export function isBuyerLogIssue(issue: ImportIssue): boolean {
  return issue.code !== undefined && BUYER_LOG_CODES.includes(issue.code);
}

/** True when the analysis was read as the buyers of a log (its issues say so). */
export function readAsBuyers(analysis: { issues: readonly ImportIssue[] }): boolean {
  return analysis.issues.some(isBuyerLogIssue);
}

/** Fewer named rows than this say nothing of buyers coming back. */
const MIN_ROWS = 6;
/** Buyers named on two rows or more: fewer is a list with a duplicate, not a log. */
const MIN_RETURNING = 2;
/**
 * Buyers are many: a column naming two or three values, or one value per fifty lines and more,
 * sorts the lines (a channel, an order type, a branch) and names no buyers.
 */
const MIN_BUYERS = 3;
const MAX_LINES_PER_BUYER = 50;
/** A buyer's name tells the phones apart about as well: this many distinct names per phone. */
const TELLS_PHONES_APART = 0.8;
/** What tells one buyer from another of the same name, and stays with the buyer. */
const TELLING_FIELDS = new Set(["phone", "email", "clientId"]);
/** A telling column is filled on this share of the named rows at least. */
const TELLING_FILLED = 0.5;
/** Of the buyers seen on two rows or more with a value, this share must have one value only. */
const AGREEING_SHARE = 0.8;
/** Names that read as people's or firms' names on this share of the rows name parties. */
const PARTY_NAMES = 0.5;
/** A column of dates on this share of the rows dates each row: an event. */
const DATED = 0.6;
/**
 * A buyer's name merged down over the further lines of its order on this many rows at least, and
 * on one named row in this many, groups the lines by buyer.
 */
const MIN_MERGED_LINES = 5;
const MERGED_SHARE = 5;

/**
 * What tells who a buyer is beyond a name: a way to reach them (phone, e-mail, address), who they
 * are (an ID number, a birthday) or whom they work for. A seller's own code for each buyer and the
 * segment it sorts them into are the seller's, not the buyer's.
 */
const KNOWN_BY = new Set([
  "phone",
  "email",
  "address",
  "idNumber",
  "birthday",
  "occupation",
  "employer",
  "mainContact",
  "annualIncome",
]);
/** Buyers whose names read as private people's on this share of the named rows are people. */
const PEOPLE_BUYERS = 0.6;
/** ... and a firm among them on more than this share makes it a trade's log (firms and people). */
const FIRMS_AMONG_PEOPLE = 0.05;

/**
 * Buyers known by their names alone: the names read as private people's, no firm among them, and
 * nothing on the log reaches them or says who they are (no phone, e-mail, address, ID number,
 * birthday or employer, mapped or by its values). Such a log — a shop's sales to passers-by, a
 * lender's instalments received, orders placed by hired buyers — records money changing hands
 * with people the workbook keeps nowhere: a client made of each would be a name and no more, and
 * a person keeping a register makes none. Firms are found by their names; a log of sales to firms
 * and to people alike, or one keeping a phone with each buyer, is read for its buyers.
 */
function peopleKnownByNameAlone(
  analysis: SheetAnalysis,
  keys: readonly string[],
  names: readonly SourceCell[]
): boolean {
  const known = analysis.mapping.columns.some((c, i) => {
    const p = analysis.profiles[i];
    if (p !== undefined && p.filled > 0 && Math.max(p.phone, p.email) >= 0.5) return true;
    if (c.field === null || !KNOWN_BY.has(c.field)) return false;
    // The buyer's own stays with the buyer: a city that changes between one buyer's lines is
    // where each order went.
    const { share, repeated } = agreementWithin(keys, analysis.columnValues[i] ?? []);
    return repeated === 0 || share >= AGREEING_SHARE;
  });
  if (known) return false;
  const texts = names.map((v) => cellText(v ?? null).trim()).filter((t) => t !== "");
  if (texts.length === 0) return false;
  const people = texts.filter(readsAsPersonName).length;
  const firms = texts.filter(readsAsFirmName).length;
  return people >= texts.length * PEOPLE_BUYERS && firms <= texts.length * FIRMS_AMONG_PEOPLE;
}

/** A header naming the buyer of each line (Customer, Bill To, 客户, PARTY), not the supplier. */
function headedAsBuyers(header: string): boolean {
  return (
    headerHasWord(header, [...TRADE_PARTY_WORDS.buyer, ...TRADE_PARTY_WORDS.either]) &&
    !headerHasWord(header, TRADE_PARTY_WORDS.supplier)
  );
}

/** The share of the filled cells whose text names a party, a person or a firm (party-names.ts). */
function partyShare(values: readonly SourceCell[]): number {
  return partyNameShare(values.map((v) => [cellText(v ?? null), 1] as const));
}

/**
 * Of columns whose values read as names, the one naming the most parties: the buyers, where a
 * headerless log names the rep who sold beside them (a few reps for hundreds of buyers). -1 when
 * there is none.
 */
function mostParties(analysis: SheetAnalysis, candidates: readonly number[]): number {
  let best = -1;
  let most = 0;
  for (const i of candidates) {
    const parties = new Set(
      (analysis.columnValues[i] ?? []).map((v) => comparableText(v)).filter((t) => t !== "")
    ).size;
    if (parties > most) {
      best = i;
      most = parties;
    }
  }
  return best;
}

/** The analysis with column `at` mapped as the buyer's name (its mapping changed in place). */
function withName(analysis: SheetAnalysis, at: number): SheetAnalysis {
  const columns = analysis.mapping.columns;
  columns[at] = { ...columns[at], field: "name", confidence: 0.5, source: "values" };
  return analysis;
}

/**
 * The buyer's name, where an order names two people (the buyer, and whoever the goods go to or
 * picks them up): the one that stays the same on every row of one phone number and tells the
 * phones apart about as well as they tell the rows apart — a recipient's name changes from
 * order to order (the buyer's real name, 王女士, a friend), the buyer's own name does not. Columns
 * of a few values (a member flag, a shop) stay with the phone too, but tell no buyers apart.
 * Returns `nameAt` when it is that name, when no phone is mapped, or when no column is better.
 */
function nameWithThePhone(
  analysis: SheetAnalysis,
  rows: number,
  nameAt: number,
  partyRole: (i: number) => boolean
): number {
  const columns = analysis.mapping.columns;
  const phoneAt = columns.findIndex((c) => c.field === "phone");
  if (phoneAt < 0) return nameAt;
  const phones = Array.from({ length: rows }, (_, r) =>
    comparableText(analysis.columnValues[phoneAt]?.[r])
  );
  const distinctPhones = new Set(phones.filter((p) => p !== "")).size;
  if (distinctPhones < MIN_BUYERS) return nameAt;
  const stays = (i: number) => {
    const values = analysis.columnValues[i] ?? [];
    const distinct = new Set(values.map((v) => comparableText(v)).filter((t) => t !== "")).size;
    if (distinct < distinctPhones * TELLS_PHONES_APART) return 0;
    const { share, repeated } = agreementWithin(phones, values);
    return repeated >= MIN_RETURNING ? share : 0;
  };
  const current = stays(nameAt);
  if (current >= AGREEING_SHARE) return nameAt;
  let best = nameAt;
  let bestShare = Math.max(current, AGREEING_SHARE - Number.EPSILON);
  columns.forEach((c, i) => {
    const p = analysis.profiles[i];
    if (i === nameAt || c.field !== null || !partyRole(i) || !p) return;
    if (p.text < 0.8 || p.date >= 0.3 || p.phone >= 0.3 || p.serial) return;
    const share = stays(i);
    if (share > bestShare) {
      best = i;
      bestShare = share;
    }
  });
  return best;
}

/** A rep looks after this many buyers at least: fewer people's names than that are buyers too. */
const BUYERS_PER_REP = 5;
/** The names in a rep's column read as people's names on this share of its rows. */
const PEOPLE_NAMES = 0.8;

/**
 * The rep who sold to each buyer, in a log without a header row: a column of people's names, a few
 * against the buyers, the same on most of each buyer's rows (a buyer now and then served by
 * another). With a header the header says who the names are; -1 when there is none.
 */
function repOfHeaderlessLog(
  analysis: SheetAnalysis,
  keys: readonly string[],
  buyers: number
): number {
  if (!analysis.mapping.headerless) return -1;
  return analysis.mapping.columns.findIndex((c, i) => {
    const p = analysis.profiles[i];
    if (c.field !== null || !p || p.personName < PEOPLE_NAMES) return false;
    if (p.distinct < 2 || p.distinct * BUYERS_PER_REP > buyers) return false;
    const { share, repeated } = agreementWithin(keys, analysis.columnValues[i] ?? []);
    return repeated >= MIN_RETURNING && share >= AGREEING_SHARE;
  });
}

/** Longest text read as an account code. */
const MAX_CODE_LENGTH = 20;

/** A code as a ledger writes an account's number: digits, maybe with letters, no name's words. */
function isCode(text: string): boolean {
  return text.length <= MAX_CODE_LENGTH && /\d/.test(text) && !/\s\S+\s/.test(text);
}

/**
 * The buyer's account: a column headed as the buyer (客户编号, Customer Code, Party A/c) other than
 * the names, whose values are codes and pair one to one with them — each buyer's rows carry one code, and each
 * code stands for one buyer. A person reads such a code as the buyer's number in the seller's
 * books, and so the names beside it as the seller's customers, however little they read as
 * people's or firms' names (short names, shop names, cities). A column of few values that stays
 * with each buyer (a customer kind, a region) tells no buyers apart and is no account. -1 when
 * there is none.
 */
function buyersAccount(
  analysis: SheetAnalysis,
  nameAt: number,
  partyRole: (i: number) => boolean
): number {
  const keys = (analysis.columnValues[nameAt] ?? []).map((v) => comparableText(v));
  const buyers = new Set(keys.filter((k) => k !== "")).size;
  return analysis.mapping.columns.findIndex((c, i) => {
    if (i === nameAt || (c.field !== null && c.field !== "clientId") || !partyRole(i)) return false;
    if (!headedAsBuyers(c.header)) return false;
    const codes = (analysis.columnValues[i] ?? []).map((v) => comparableText(v));
    const filledCodes = codes.filter((t) => t !== "");
    if (filledCodes.filter(isCode).length < filledCodes.length * AGREEING_SHARE) return false;
    const distinct = new Set(filledCodes).size;
    if (distinct < buyers * TELLS_PHONES_APART || distinct > buyers / TELLS_PHONES_APART)
      return false;
    return agreementWithin(codes, analysis.columnValues[nameAt] ?? []).share >= AGREEING_SHARE;
  });
}

/**
 * The firm billed on a log of sale papers: the column headed as a firm (Company, 公司, 单位: mapped
 * as the employer of the people named beside it) that comes back down the rows, each firm keeping
 * one person under the name columns on all its rows. An invoice is made out to the firm and names
 * whom to ask for there: a person keeps the firm as the client and that person as its main
 * contact, not the person as a client working for the firm. A firm with several people on its
 * papers (the employer of several buyers) is no such firm. -1 when there is none.
 */
function billedFirm(analysis: SheetAnalysis, partyRole: (i: number) => boolean): number {
  const columns = analysis.mapping.columns;
  const names = columns.flatMap((c, i) => (c.field === "name" ? [i] : []));
  if (names.length === 0) return -1;
  return columns.findIndex((c, i) => {
    if (c.field !== "employer" || !partyRole(i)) return false;
    const firms = (analysis.columnValues[i] ?? []).map((v) => comparableText(v));
    const filled = firms.filter((k) => k !== "");
    const distinct = new Set(filled).size;
    if (distinct < MIN_BUYERS || filled.length - distinct < MIN_RETURNING) return false;
    return names.every((at) => {
      const { share, repeated } = agreementWithin(firms, analysis.columnValues[at] ?? []);
      return repeated >= MIN_RETURNING && share >= AGREEING_SHARE;
    });
  });
}

/**
 * The info issue that says a log was read as its buyers, when the analysis (the sheet read as
 * Clients, its transaction verdict set aside) shows a buyer named on several rows and told apart
 * by what stays with it; null when it does not, and the sheet stays what it was. A client number
 * that changes between one buyer's rows is unmapped (the analysis' mapping is changed in place).
 */
export function buyersOfLog(
  analysis: SheetAnalysis,
  options: {
    fewBuyers?: boolean;
    /**
     * The column numbering the rows' sale papers when they are papers made out to a party
     * (invoices, orders: saleDocumentColumn, found on the same table), else -1: a firm named on
     * them with one person there is the party billed (billedFirm).
     */
    salePapersAt?: number;
    /** The columns' values with each value merged down a column written on every row it covers. */
    filledValues?: readonly (readonly SourceCell[])[];
  } = {}
): ImportIssue | null {
  const columns = analysis.mapping.columns;
  if (analysis.mapping.registerSheet !== "Clients") return null;
  const partyRole = (i: number) => {
    const role = readHeader(columns[i].header).role;
    return role !== "owner" && role !== "contact" && role !== "other";
  };
  const papersAt = options.salePapersAt ?? -1;
  const firmAt = papersAt >= 0 ? billedFirm(analysis, partyRole) : -1;
  if (firmAt >= 0) {
    columns.forEach((c, i) => {
      if (c.field === "name")
        columns[i] = { ...c, field: "mainContact", confidence: 0.5, source: "values" };
    });
    return buyersOfLog(withName(analysis, firmAt), options);
  }
  // The buyer's name: the column the headers map to it; or else one headed as the buyer (客户,
  // Customer, Bill To) whose values read as people's or firms' names, or pair with the buyer's
  // account code, whatever their coming back made them look like (a rep on every row, a client
  // kind); or else one left unmapped whose values read as names (Recipient, 收件人).
  const mappedName = columns.findIndex((c) => c.field === "name");
  const partyNames = (i: number) => partyShare(analysis.columnValues[i] ?? []) >= PARTY_NAMES;
  // A sale's own paper numbered on every row (Order ID, INVOICE) makes each row one sale of the
  // buyer, as a date on every row does; the column headed as the buyer names whom it is made out
  // to, however little its values read as names.
  const headedAsBuyer = columns.findIndex(
    (c, i) =>
      c.field !== "name" &&
      headedAsBuyers(c.header) &&
      partyRole(i) &&
      (partyNames(i) || papersAt >= 0 || buyersAccount(analysis, i, partyRole) >= 0)
  );
  // A column the values alone made the name (codes under a blank header) gives way to the one
  // headed as the buyer whose values read as names.
  if (
    mappedName >= 0 &&
    headedAsBuyer >= 0 &&
    !headedAsBuyers(columns[mappedName].header) &&
    !partyNames(mappedName)
  ) {
    columns[mappedName] = { ...columns[mappedName], field: null, confidence: 0, source: "values" };
    return buyersOfLog(withName(analysis, headedAsBuyer), options);
  }
  const nameAt =
    mappedName >= 0
      ? mappedName
      : headedAsBuyer >= 0
        ? headedAsBuyer
        : mostParties(
            analysis,
            columns.flatMap((c, i) =>
              c.field === null && partyRole(i) && partyNames(i) ? [i] : []
            )
          );
  if (nameAt < 0 || !partyRole(nameAt)) return null;
  const rows = Math.max(0, ...analysis.columnValues.map((v) => v.length));
  const buyerAt = nameWithThePhone(analysis, rows, nameAt, partyRole);
  if (buyerAt !== nameAt) {
    if (mappedName >= 0)
      columns[mappedName] = {
        ...columns[mappedName],
        field: null,
        confidence: 0,
        source: "values",
      };
    return buyersOfLog(withName(analysis, buyerAt), options);
  }
  // A buyer's name merged down over the lines of one order names each of them.
  const written = analysis.columnValues[nameAt] ?? [];
  const names = options.filledValues?.[nameAt] ?? written;
  const keys = Array.from({ length: rows }, (_, r) => comparableText(names[r]));
  const mergedLines = keys.filter((k, r) => k !== "" && comparableText(written[r]) === "").length;
  const named = keys.filter((k) => k !== "").length;
  if (named < (options.fewBuyers ? 1 : MIN_ROWS)) return null;
  const lines = new Map<string, number>();
  for (const k of keys) if (k !== "") lines.set(k, (lines.get(k) ?? 0) + 1);
  const returning = [...lines.values()].filter((n) => n >= 2).length;
  // A sheet of the layout of a log read as its buyers (another month's, a sister firm's lines) is
  // that log too, though it names one buyer or two, each on one line. A column headed as the buyer
  // (Customer, 客户) names buyers however many lines each has: a wholesaler's year of journal lines
  // to a score of shops is a hundred and more a shop, and a column sorting the lines is not headed
  // so.
  const headedBuyers = headedAsBuyers(columns[nameAt].header);
  if (!options.fewBuyers) {
    if (returning < MIN_RETURNING) return null;
    if (lines.size < MIN_BUYERS) return null;
    if (!headedBuyers && lines.size * MAX_LINES_PER_BUYER < named) return null;
  }

  const filled = (i: number) =>
    keys.filter((k, r) => k !== "" && comparableText(analysis.columnValues[i]?.[r]) !== "").length;
  const staysWithName = (i: number) => {
    if (filled(i) < named * TELLING_FILLED) return false;
    const { share, repeated } = agreementWithin(keys, analysis.columnValues[i] ?? []);
    return share >= AGREEING_SHARE && repeated >= (options.fewBuyers ? 1 : MIN_RETURNING);
  };
  const telling = columns.flatMap((c, i) =>
    c.field !== null && TELLING_FIELDS.has(c.field) && staysWithName(i)
      ? [columnLabel(c.letter, c.header)]
      : []
  );
  const accountAt = telling.length === 0 ? buyersAccount(analysis, nameAt, partyRole) : -1;
  if (accountAt >= 0 && staysWithName(accountAt))
    telling.push(columnLabel(columns[accountAt].letter, columns[accountAt].header));
  const parties = partyShare(names) >= PARTY_NAMES;
  const dated = analysis.profiles.findIndex(
    (p, i) => i !== nameAt && p.filled >= named * DATED && p.date >= DATED
  );
  // With nothing to tell buyers apart, a name written once over each buyer's own lines (merged
  // down the column) under a header naming the buyer (客户名称, Customer) says whose lines they
  // are, as a date on every row does.
  const grouped =
    headedBuyers && mergedLines >= MIN_MERGED_LINES && mergedLines * MERGED_SHARE >= named;
  if (dated < 0 && papersAt < 0 && telling.length === 0 && !grouped) return null;
  // On a sale's papers, a column its header makes the client's name (Retailer Name) or the buyer
  // (客户) names the party each paper is made out to, however little its values read as names (a
  // shop's name with its code after it).
  const headerNamed =
    columns[nameAt].source === "alias" ||
    columns[nameAt].source === "fuzzy" ||
    headedAsBuyers(columns[nameAt].header);
  if (telling.length === 0 && !parties && !(papersAt >= 0 && headerNamed)) return null;
  if (peopleKnownByNameAlone(analysis, keys, names)) return null;
  if (mappedName < 0) withName(analysis, nameAt);
  const transactions = leaveOutTransactionColumns(analysis, keys, nameAt);
  if (transactions) analysis.issues.push(transactions);
  const repAt = columns.some((c) => c.field === "owner")
    ? -1
    : repOfHeaderlessLog(analysis, keys, lines.size);
  if (repAt >= 0)
    columns[repAt] = { ...columns[repAt], field: "owner", confidence: 0.5, source: "values" };
  if (accountAt >= 0 && telling.length > 0 && !columns.some((c) => c.field === "clientId"))
    columns[accountAt] = {
      ...columns[accountAt],
      field: "clientId",
      confidence: 0.5,
      source: "values",
    };
  if (telling.length === 0 && papersAt >= 0)
    return sheetIssue(analysis.sheet.name, "sheet.why.buyer-log-papers", {
      papers: columnLabel(columns[papersAt].letter, columns[papersAt].header),
      count: lines.size,
      rows: named,
      column: columnLabel(columns[nameAt].letter, columns[nameAt].header),
    });
  if (telling.length === 0 && dated < 0)
    return sheetIssue(analysis.sheet.name, "sheet.why.buyer-log-merged", {
      count: lines.size,
      rows: named,
      merged: mergedLines,
      column: columnLabel(columns[nameAt].letter, columns[nameAt].header),
    });
  const evidence =
    telling.length > 0 ? telling : [columnLabel(columns[dated].letter, columns[dated].header)];
  return sheetIssue(analysis.sheet.name, "sheet.why.buyer-log", {
    evidence,
    count: lines.size,
    rows: named,
    column: columnLabel(columns[nameAt].letter, columns[nameAt].header),
  });
}

/**
 * Marks as the transaction's each column whose value changes between one buyer's lines. A buyer's
 * own fields stay the same on each of the buyer's rows; a value that changes between them (a
 * payment serial or order number read as the client's number, a shipping date read as a birthday,
 * an amount read as income, invoice numbers, quantities) describes the line: as the client's it
 * would split every buyer or keep one row's value, and merged into the buyer's notes a year of
 * lines would fill them past what a cell holds. Phones and e-mails are left to the merge by
 * identity (a buyer with two phones is still one buyer, and may be two people of one name); a
 * column the caller mapped stays as it is. Returns the info issue naming the columns left out,
 * or null when there are none.
 */
function leaveOutTransactionColumns(
  analysis: SheetAnalysis,
  keys: readonly string[],
  nameAt: number
): ImportIssue | null {
  const columns = analysis.mapping.columns;
  const left: string[] = [];
  columns.forEach((c, i) => {
    if (i === nameAt || c.field === "phone" || c.field === "email") return;
    if (c.source === "override" || isLeftOut(c)) return;
    const { share, repeated } = agreementWithin(keys, analysis.columnValues[i] ?? []);
    if (repeated === 0 || share >= AGREEING_SHARE) return;
    const reason: CodedReason = { code: "map.why.transaction", params: {} };
    columns[i] = {
      ...c,
      field: null,
      confidence: 1,
      source: "transaction",
      reasons: [reason],
      evidence: [renderMessage(reason.code, reason.params, "en") ?? reason.code],
    };
    left.push(columnLabel(c.letter, c.header));
  });
  if (left.length === 0) return null;
  return sheetIssue(analysis.sheet.name, "import.transaction-columns", {
    count: left.length,
    columns: left,
  });
}
