/**
 * Sheets that are not register data although their headers share words with it: product
 * catalogues, transaction logs, pivot and summary tables, dashboards, cluster tables, matrices and
 * lookup lists. Importing them makes thousands of false clients and policies, so they are named
 * and left out (a caller's "Sheet!*=…" still forces them in).
 */
import { matchForm, scoreHeader, targetsFor } from "./header-match";
import { LOOKUP_SHEET_WORDS } from "../register/vocabulary/sheet-names";
import { TRANSACTION_TALLY_WORDS } from "../register/vocabulary/trade-flow";
import { GUEST_EVENT_NAMES, GUEST_LIST_WORDS } from "../register/vocabulary/event-guests";
import { looksLikeJobTitle, zeroShare, type ColumnProfile } from "./profile";
import { headerWords } from "./header-words";
import { isBareNumberHeader, readHeader } from "./subject";
import { holdingEvidence } from "./keyed-holdings";
import type { SourceCell } from "./types";
import type { EvidenceFeature } from "./client-evidence";
import { cellText, columnLetter, numberIn } from "./grid";
import type { SheetKey } from "../register/types";
import { renderMessage, type MessageCode, type MessageParams } from "../register/messages";
import {
  CHECK_MARK_WORDS,
  FIELD_LIST_HEADERS,
  foldScript,
  OWN_ROLE_HEADERS,
  PROGRESS_SERIES_WORDS,
  USER_LOGIN_HEADERS,
  TEMPLATE_HINT_WORDS,
} from "../register/vocabulary";
import { numberedHeader } from "./numbered-groups";
import { isHintCell } from "./hint-rows";
import { tradeLines } from "./trade-lines";
import { looksLikePersonName } from "./person-name";
import { partyNameShare } from "./party-names";
import { headerHasWord, isNicknameHeader } from "../register/catalog";
import { ownUnitsOf } from "./own-units";
import { ledgerHeadingsOf } from "./ledger-headings";
import { rowRoleOf } from "./row-roles";
import { isPlaceTable } from "./place-tables";
import { addressPartOfHeader } from "./address-parts";
import { agreementWithin, comparableText } from "./keyed-agreement";
import { outlineColumn } from "./outline-rows";
import { isItemHeader, itemColumns } from "./item-columns";
import { unreachedPeople } from "./unreached-people";
import { namesNoOne } from "./no-one-values";

export type NotDataKind =
  | "pivot"
  | "dashboard"
  | "catalogue"
  | "transactions"
  | "cluster"
  | "matrix"
  | "summary"
  | "lookup"
  | "empty"
  | "guests"
  | "unnamed"
  | "unsure"
  | "copy"
  | "instructions"
  | "checklist"
  | "form-lines"
  | "suppliers"
  | "people"
  | "no-complaint"
  | "history";

export interface NotData {
  kind: NotDataKind;
  /** Why, in English words, for the issue and the mapping preview. */
  reason: string;
  /** The same reason as a catalogue code and its parameters (src/register/messages). */
  code: MessageCode;
  params: MessageParams;
  /** The client-evidence feature that weighed most against, when that score left the table out. */
  against?: EvidenceFeature;
}

/** A verdict that a table is not register data, its reason rendered in English beside its code. */
export function notDataOf(
  kind: NotDataKind,
  code: MessageCode,
  params: MessageParams = {}
): NotData {
  return { kind, reason: renderMessage(code, params, "en") ?? code, code, params };
}

export const NOT_DATA_LABELS: Record<NotDataKind, string> = {
  pivot: "a pivot table",
  dashboard: "a dashboard",
  catalogue: "a product catalogue",
  transactions: "a transaction log",
  cluster: "a cluster or segment table",
  matrix: "a matrix of figures",
  summary: "a summary table",
  lookup: "a lookup list",
  empty: "an empty table",
  guests: "a guest list",
  unnamed: "records that name no client",
  copy: "a list drawn from another",
  instructions: "instructions for filling in a template",
  checklist: "a checklist of work done",
  "form-lines": "lines repeated on every form",
  suppliers: "records of suppliers",
  people: "a list of people or firms who are not clients",
  "no-complaint": "records that show no complaint",
  history: "a history of changes to other records",
  unsure: "a table it cannot read with confidence",
};

const PIVOT_MARKERS = [
  "rowlabels",
  "columnlabels",
  "grandtotal",
  "行标签",
  "列标签",
  "總計",
  "总计",
  "求和项",
  "计数项",
  "平均值项",
  "加總",
  "計數",
];
const PIVOT_PREFIXES = ["sumof", "countof", "averageof", "求和项", "计数项", "平均值项", "加總-"];
const PRODUCT_WORDS = [
  "product",
  "sku",
  "item",
  "price",
  "unitprice",
  "mrp",
  "stock",
  "inventory",
  "barcode",
  "brand",
  "model",
  "manufacturer",
  "specification",
  "商品",
  "产品",
  "產品",
  "品名",
  "货号",
  "貨號",
  "规格",
  "規格",
  "型号",
  "型號",
  "单价",
  "單價",
  "价格",
  "價格",
  "售价",
  "售價",
  "库存",
  "庫存",
  "条码",
  "條碼",
  "品牌",
];
const TRANSACTION_WORDS = [
  "order",
  "orderid",
  "transaction",
  "transactionid",
  "invoice",
  "invoiceno",
  "receipt",
  "quantity",
  "qty",
  "txn",
  "paymentmethod",
  "订单",
  "訂單",
  "交易",
  "流水",
  "数量",
  "數量",
  "销量",
  "銷量",
  "小票",
  "发票",
  "發票",
  "支付方式",
  "付款方式",
  // A purchase's own columns: when and how much was spent (消费时间, 消费金额).
  "消费时间",
  "消费日期",
  "消费金额",
];
/**
 * Words that, opening a header, say its column is a claim's (ClaimAmount, Claim Status, 理赔金额,
 * 理賠日期): an insurance claim is a request against a policy, which no register sheet holds.
 */
const CLAIM_WORDS = ["claim", "claims", "理赔", "理賠", "索赔", "索賠", "赔案", "賠案"];

/** Headers opened by a claim word (CJK: the header begins with it; Latin: its first word). */
function claimHeaders(headers: readonly string[]): string[] {
  return headers.filter((header) => {
    const first = headerWords(header)[0] ?? "";
    const h = matchForm(header);
    return CLAIM_WORDS.some((w) => (/^[a-z]+$/.test(w) ? first === w : h.startsWith(w)));
  });
}

/**
 * A transaction's own number: TransactionID, Txn No, Order ID, Invoice No, 交易编号, 流水号, 订单号,
 * 發票號碼. A row keyed by one is one transaction (a sale, a payment, a transfer).
 */
const TRANSACTION_KEY =
  /^(?:transaction|trans|txn|order|invoice|receipt|payment|交易|流水|订单|訂單|发票|發票|小票|收据|收據)(?:id|no|num|number|ref|reference|code|号|號|编号|編號|单号|單號|序号|序號|号码|號碼|码|碼)$/;

/** Headers of counted or summed figures per group: 件数, 笔数, 合计, count, total … */
const AGGREGATE_WORDS = [
  "件数",
  "件數",
  "笔数",
  "筆數",
  "人数",
  "人數",
  "户数",
  "戶數",
  "总数",
  "總數",
  "合计",
  "合計",
  "小计",
  "小計",
  "占比",
  "佔比",
  "countof",
  "count",
  "total",
  "subtotal",
  "sumof",
];
/**
 * A field's data type as a schema, a form builder, a database or an analyst's data frame writes it
 * (Text, Number, Date, nvarchar(15), 文本, 数值, 日期; R's factor and character, pandas' int64 and
 * object): a column of them says each row is a field, not a record.
 */
const DATA_TYPE =
  /^(?:text|string|number|numeric|integer|int|int8|int16|int32|int64|long|bigint|smallint|tinyint|decimal|float|float32|float64|double|real|date|datetime|datetime2|datetime64|timestamp|boolean|bool|logical|bit|char|character|varchar|varchar2|nvarchar|nchar|ntext|clob|uniqueidentifier|guid|factor|category|categorical|object|文本|字符|字符串|字符型|字串|数字|数值|數字|數值|数值型|數值型|整数|整數|整型|日期|日期型|日期时间|日期時間|布尔|布林|布爾|文字|类别型|類別型)(?:\s*\(\s*(?:\d+(?:\s*,\s*\d+)?|max)\s*\))?$/i;

/**
 * The column of data types of a list of fields (a field dictionary, a table's design): filled on
 * three rows at least, every value a data type, and two different types at least. Its
 * header, or null.
 */
function dataTypeColumn(shape: SheetShape): string | null {
  const at = shape.profiles.findIndex((p) => {
    if (p.filled < 3) return false;
    const types = [...p.values.keys()].map((v) => v.trim());
    if (!types.every((t) => DATA_TYPE.test(t))) return false;
    const kinds = new Set(types.map((t) => t.toLowerCase().replace(/\s*\(.*$/, "")));
    return kinds.size >= 2;
  });
  return at < 0 ? null : shape.headers[at]?.trim() || columnLetter(at + 1);
}

/** A program's name for a field: ride_0, cust_id, txnAmt, bacno (letters first, no spaces). */
const FIELD_IDENTIFIER = /^[A-Za-z][A-Za-z0-9]*(?:[_.][A-Za-z0-9]+)*$/;
/** Share of the field column's values that must be such names. */
const FIELD_IDENTIFIER_SHARE = 0.8;

/**
 * The column of field names of a field dictionary: headed as a field's name (欄位名稱, 字段名,
 * Field Name, Variable), a different program's identifier on nearly every row (ride_0, cust_id),
 * beside a column headed as what each field means (欄位說明, Description) holding text. The rows
 * are the columns of another file, not records. Its header, or null.
 */
function fieldNameColumn(shape: SheetShape): string | null {
  const { headers, profiles } = shape;
  const meaning = headers.some(
    (h, i) => headerHasWord(h, FIELD_LIST_HEADERS.meaning) && (profiles[i]?.text ?? 0) >= 0.8
  );
  if (!meaning) return null;
  const at = headers.findIndex((h, i) => {
    const p = profiles[i];
    if (!p || p.filled < 3 || p.distinctRatio < 0.9) return false;
    if (!headerHasWord(h, FIELD_LIST_HEADERS.field) || headerHasWord(h, FIELD_LIST_HEADERS.meaning))
      return false;
    let names = 0;
    for (const [text, count] of p.values) if (FIELD_IDENTIFIER.test(text.trim())) names += count;
    return names >= p.filled * FIELD_IDENTIFIER_SHARE;
  });
  return at < 0 ? null : shape.headers[at].trim();
}

/**
 * Points given or taken as a scheme writes them (+500, +0, 扣200, 加 50 分): a sign or a verb
 * before a figure, never a phone's +86 and its many digits.
 */
const POINTS =
  /^(?:[+＋]\s?\d{1,6}(?:\.\d+)?|(?:扣|减|減|加|奖|獎|罚|罰)\s?\d{1,6}(?:\.\d+)?)\s?(?:分|元|points?|pts)?$/i;
/** A column of points on this many rows at least, and this share of its cells. */
const MIN_POINTS = 4;
const POINTS_SHARE = 0.6;

/**
 * The column of a scoring scheme's points (a salesman's points per criterion, a commission or
 * appraisal rule: +500, 扣200): its rows are the scheme's rules, not anyone's record. Its header,
 * or null.
 */
function pointsColumn(shape: SheetShape): string | null {
  const at = shape.profiles.findIndex((p) => {
    let points = 0;
    for (const [text, count] of p.values) if (POINTS.test(text.trim())) points += count;
    return points >= MIN_POINTS && points >= p.filled * POINTS_SHARE && p.distinct >= 2;
  });
  return at < 0 ? null : shape.headers[at]?.trim() || columnLetter(at + 1);
}

/** Headers of a staff directory: the colleagues' departments, positions, staff numbers, extensions. */
const STAFF_WORDS = [
  "部门",
  "科室",
  "工号",
  "员工编号",
  "员工号",
  "员工姓名",
  "职工",
  "职员",
  "职位",
  "职务",
  "岗位",
  "入职",
  "分机",
  "内线",
  "工位",
  "department",
  "dept",
  "employeeid",
  "employeeno",
  "employeename",
  "staffid",
  "staffno",
  "jobtitle",
  "designation",
  "extension",
  "hiredate",
  "dateofjoining",
  "joiningdate",
  "reportsto",
];
/** Headers of a column of the organisation's own units: its departments at any level. */
const DEPARTMENT_HEADER_WORDS = ["部门", "科室", "department", "dept"];
/** Headers that say the rows are about clients (customers, members, policyholders, leads). */
const CLIENT_WORDS = [
  "客户",
  "会员",
  "投保",
  "被保",
  "保单",
  "customer",
  "client",
  "member",
  "policy",
  "insured",
  "prospect",
  "lead",
  "account",
];
const CLUSTER_WORDS = ["cluster", "segment", "centroid", "聚类", "聚類", "分群", "簇"];
const DASHBOARD_NAMES =
  /dashboard|看板|仪表|儀表|\bkpi\b|overview|概览|概覽|chart|图表|圖表|驾驶舱|駕駛艙/i;
const SUMMARY_NAMES =
  /汇总|彙總|匯總|统计|統計|summary|总表|分析|analysis|report|报表|報表|pivot|透视|透視/i;
const PERIOD_HEADER =
  /^(?:(?:19|20)\d{2}(?:年|[-/.]\d{1,2})?|q[1-4]|[1-9]月|1[0-2]月|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;

/** Header pairs of a settings sheet: a key (parameter, 參數) and its value (值, 設定值). */
const SETTING_KEY =
  /^(?:key|keys|setting|settings|parameter|param|option|name|参数|參數|参数名|參數名|配置项|配置項|设置项|設定項目|项目|項目|键|鍵)$/;
const SETTING_VALUE =
  /^(?:value|values|val|setting|值|数值|數值|参数值|參數值|设置值|設定值|配置值|内容|內容)$/;

/** Headers of a column of measures: a scorecard's or KPI table's row labels. */
const METRIC_HEADER =
  /^(?:metrics?|kpis?|indicators?|measures?|keymetrics?|指标|指標|考核指标|考核指標|统计项目|統計項目|指标名称|指標名稱)$/;

export interface SheetShape {
  sheetName: string;
  /** The title lines above the table's header ("汇总信息"), when there are any. */
  title?: string;
  /** The table is one of several blocks of its sheet and not the main one (a list beside it). */
  besideOthers?: boolean;
  headers: readonly string[];
  profiles: readonly ColumnProfile[];
  /** The first column's sampled texts (row labels of a pivot or matrix). */
  firstColumn: readonly string[];
  /** The register sheet the headers suggest, and how surely (0–1). */
  registerSheet: SheetKey | null;
  registerConfidence: number;
  /** Per column: its non-blank values, and the rows down to its last one (blanks included). */
  columnRuns?: readonly { filled: number; extent: number }[];
  /** The block is labelled figures under a table (統計 / 客戶數 25): its summary. */
  figuresBelow?: boolean;
  /** Per column, its cells row by row (blanks included), for evidence that runs across rows. */
  columnValues?: readonly (readonly SourceCell[])[];
  /**
   * The rows read as the records of a log of events whose party comes back (event-log.ts): that
   * the party, a key or a person repeats down the rows is what such a log is, not a refusal.
   */
  eventLog?: boolean;
}

function wordHits(headers: readonly string[], words: readonly string[]): string[] {
  const hits = new Set<string>();
  for (const header of headers) {
    const h = matchForm(header);
    for (const w of words) {
      const hit = /^[a-z]+$/.test(w) ? h === w || h.startsWith(w) || h.endsWith(w) : h.includes(w);
      if (hit) hits.add(header);
    }
  }
  return [...hits];
}

/**
 * A column headed by a policy's number (policY_NUMBER, 保单号, Policy No.) with a different number on
 * nearly every row: each row is one policy, whatever transaction columns the export carries
 * (transaction type and date, payment type). A transaction log is keyed by its transactions.
 */
function onePolicyPerRow(shape: SheetShape): boolean {
  const targets = targetsFor("Insurance");
  return shape.headers.some((header, i) => {
    const p = shape.profiles[i];
    if (!p || p.filled < 3 || p.distinctRatio < 0.9) return false;
    const best = scoreHeader(header, targets)[0];
    return best?.target.key === "policyNo" && best.confidence >= 0.9;
  });
}

/**
 * A column headed by the client's own number (Customer ID, 客户编号, Member No) holding a different
 * number on nearly every row: each row is one client, whatever products or prices it carries, so
 * the rows are no catalogue and no order book (which gives its buyer's number again on each of the
 * buyer's lines). Only product readings yield to it: a grid of 0/1 flags per client is still a matrix.
 */
function clientNumbered(shape: SheetShape): boolean {
  return shape.headers.some((header, i) => {
    const p = shape.profiles[i];
    if (!p || p.filled < 5 || p.distinctRatio < 0.95) return false;
    const reading = readHeader(header);
    return reading.role === "subject" && reading.base === "id";
  });
}

/** A column naming many distinct people or companies: a list of subjects, which register data has. */
function hasSubjectColumn(shape: SheetShape): boolean {
  return subjectColumns(shape).length > 0;
}

/** The columns `hasSubjectColumn` reads as naming the rows, by index. */
function subjectColumns(shape: SheetShape): number[] {
  return shape.headers.flatMap((header, i) => {
    const p = shape.profiles[i];
    if (!p || p.filled < 2) return [];
    const reading = readHeader(header);
    const names =
      reading.base === "name" && (reading.role === "subject" || reading.role === "none")
        ? true
        : reading.role === "insured";
    // A bare "Customer" or "Company" column of distinct words, not codes, names its rows too.
    const bare =
      reading.role === "subject" &&
      reading.base === null &&
      p.text >= 0.9 &&
      p.distinctRatio >= 0.9 &&
      p.filled >= 5;
    return (names || bare) && p.text >= 0.6 && p.distinctRatio >= 0.8 ? [i] : [];
  });
}

/**
 * A column headed as the client's name (客户名称, Customer Name, 企业名称) holding a different text
 * on nearly every row: each row is one client.
 */
function clientOnEachRow(shape: SheetShape): boolean {
  return shape.headers.some((header, i) => {
    const p = shape.profiles[i];
    if (!p || p.filled < 3 || p.text < 0.6 || p.distinctRatio < 0.8) return false;
    const reading = readHeader(header);
    return reading.role === "subject" && reading.base === "name";
  });
}

/**
 * A column naming clients, as a catalogue's headers are weighed: a bare "name" beside product
 * words (price, stock) is the product's own name (a book's title, a dish, a material) unless its
 * values read as people's names as a person reads one (a surname in front, a first and last name:
 * 醬油膏 and 糙米飯 have a name's length only) or firms' names, or the rows carry a phone, an e-mail
 * or an ID number.
 */
function namesClients(shape: SheetShape): boolean {
  if (clientNumbered(shape)) return true;
  const reach = shape.profiles.some(
    (p, i) =>
      p.filled >= 2 &&
      !isItemHeader(shape.headers[i] ?? "") &&
      (p.phone >= 0.5 || p.email >= 0.5 || p.idNumber >= 0.5)
  );
  return shape.headers.some((header, i) => {
    const p = shape.profiles[i];
    if (!p || p.filled < 2 || p.text < 0.6 || p.distinctRatio < 0.8) return false;
    const reading = readHeader(header);
    if (reading.role === "insured") return true;
    // A product is not named with a firm's legal form (… LLC, … Company, …有限公司): distinct
    // firms' names under a header saying nothing of whose they are (Corporate Description) name
    // the clients, whatever the other headers say of products.
    if (reading.role === "none" && p.company >= 0.5) return true;
    if (reading.base !== "name") return false;
    if (reading.role === "subject") return true;
    return reading.role === "none" && (reach || (p.personName >= 0.5 && readsAsPeople(p)));
  });
}

/**
 * The rows are distinct people or firms: a column of their names (its header says so, or its
 * values read as people's or firms' names) beside a way to reach each one (an e-mail, a phone or
 * an address) that hardly repeats. Such a sheet is a list of parties
 * whatever else it carries (the order that sold an attendee a ticket, one total row under it); a
 * log of transactions names the same party on many rows.
 */
export function distinctParties(shape: SheetShape): boolean {
  const distinct = (p: ColumnProfile | undefined): p is ColumnProfile =>
    p !== undefined && p.filled >= 3 && p.distinctRatio >= 0.8;
  // A thing's own code (ISBN 9789571474408, an EAN) has a phone's digits and reaches no one.
  const reach = shape.profiles.some(
    (p, i) =>
      distinct(p) &&
      !isItemHeader(shape.headers[i] ?? "") &&
      (p.email >= 0.5 || (p.phone >= 0.5 && p.maskedPhone < 0.5) || p.address >= 0.5)
  );
  if (!reach) return false;
  // The reach column tells the rows apart; the names may repeat (first and last names kept in
  // two columns each repeat, the pair does not).
  return shape.headers.some((header, i) => {
    const p = shape.profiles[i];
    if (!p || p.filled < 3 || p.text < 0.6) return false;
    const reading = readHeader(header);
    if (reading.role === "owner" || reading.role === "contact" || reading.role === "other")
      return false;
    if (reading.base === "name" || reading.role === "subject" || reading.role === "insured")
      return true;
    return p.personName >= 0.5 || p.company >= 0.5;
  });
}

/** Fewer filled rows than this say nothing of how often a buyer comes back. */
const MIN_ORDER_LINES = 10;
/** A buyer column this repetitive names each buyer on several lines (a third of them or fewer). */
const REPEATED_BUYERS = 0.6;

interface RepeatedBuyer {
  header: string;
  /** The column's filled rows and its distinct buyers. */
  rows: number;
  buyers: number;
  index: number;
}

/**
 * Whether most of a column's rows hold a person's name as a person reads one (a surname in front,
 * a first and last name): a few short words repeated down an order book (普通订单, 已发货, 嘉湖所)
 * have a name's length, not a name's form — they sort the lines, they are no buyers.
 */
function readsAsPeople(p: ColumnProfile): boolean {
  let people = 0;
  let all = 0;
  for (const [text, count] of p.values) {
    all += count;
    if (looksLikePersonName(text)) people += count;
  }
  return all > 0 && people >= all * 0.5;
}

/**
 * The column naming each line's buyer, when buyers come back on many lines: a column of names
 * (its header names the subject or a bare name, or its values read as people's or firms' names;
 * not a rep, a contact or another party) whose distinct values are few against its rows; of
 * several, the one naming the most buyers.
 */
function repeatedBuyer(shape: SheetShape): RepeatedBuyer | null {
  let best: RepeatedBuyer | null = null;
  for (let i = 0; i < shape.headers.length; i++) {
    const p = shape.profiles[i];
    if (!p || p.filled < MIN_ORDER_LINES || p.text < 0.6 || p.serial) continue;
    const reading = readHeader(shape.headers[i]);
    if (reading.role === "owner" || reading.role === "contact" || reading.role === "other")
      continue;
    const names =
      reading.base === "name" ||
      reading.role === "subject" ||
      isNicknameHeader(shape.headers[i]) ||
      (p.personName >= 0.5 && readsAsPeople(p)) ||
      p.company >= 0.5 ||
      partyNameShare(p.values) >= 0.5;
    if (!names || p.distinct < 2 || p.distinctRatio > REPEATED_BUYERS) continue;
    // Months, bands or countries under a name's header (Month Name: January) buy nothing.
    if (namesNoOne(p) !== null) continue;
    // Of several such columns the one naming the most parties names the buyers: the shop, the
    // supplying distributor or a discount's kind each cover many buyers' lines.
    if (best && best.buyers >= p.distinct) continue;
    best = { header: shape.headers[i], rows: p.filled, buyers: p.distinct, index: i };
  }
  return best;
}

/** Columns of figures that make rows measurements; fewer are a client list's few amounts. */
const MIN_PLACE_FIGURES = 3;

/**
 * Statistics per place: rows set in places (a column of counties, districts, towns) and measured
 * by three or more columns of figures (users, sessions, traffic, totals), beside at most one
 * further name that reads neither as a firm nor as a person (the village, the hotspot, the
 * station). Nothing reaches anyone (no phone, e-mail, ID number or street address), numbers a
 * party (no id column) or attaches a person (no owner, no contact): the rows are places counted,
 * not clients. Returns the place and figure headers.
 */
function placeStatistics(shape: SheetShape): { places: string[]; figures: string[] } | null {
  const used = shape.profiles.flatMap((p, i) => (p.filled > 0 ? [{ p, i }] : []));
  if (
    used.some(({ p }) => p.phone >= 0.3 || p.email >= 0.3 || p.idNumber >= 0.3 || p.address >= 0.3)
  )
    return null;
  if (
    shape.headers.some((h) => {
      const reading = readHeader(h);
      return reading.role === "owner" || reading.role === "contact" || reading.base === "id";
    })
  )
    return null;
  const places = used.filter(({ p }) => p.text >= 0.8 && p.place >= 0.6);
  const figures = used.filter(({ p }) => p.numeric >= 0.9 && !p.serial && p.distinct >= 3);
  // A text column telling the rows apart names them; one repeating a few values (the report's
  // month, a programme's phase) groups them.
  const names = used.filter(
    ({ p }) => p.text >= 0.5 && p.place < 0.6 && p.date < 0.5 && p.distinctRatio > 0.5
  );
  if (places.length === 0 || figures.length < MIN_PLACE_FIGURES || names.length > 1) return null;
  if (names.some(({ p }) => p.company >= 0.5 || readsAsPeople(p))) return null;
  const header = (i: number) => shape.headers[i]?.trim() || columnLetter(i + 1);
  return { places: places.map(({ i }) => header(i)), figures: figures.map(({ i }) => header(i)) };
}

/** Whole numbers 1900–2100 on most filled rows: years (a renewal history chains years, too). */
function yearsIn(values: readonly SourceCell[]): boolean {
  const numbers = values.map(numberIn).filter((n): n is number => n !== null);
  const years = numbers.filter((n) => Number.isInteger(n) && n >= 1900 && n <= 2100);
  return numbers.length > 0 && years.length >= numbers.length * 0.8;
}

/**
 * Price or rate bands: two columns of numbers where each row runs from a lower bound to a higher
 * one and the next row starts where this one ends (0–5000, 5000–10000, 10000–…), the run starting
 * again for each contract or client. Rows of clients never chain so; rows of a tariff do, whatever
 * their headers say. Returns the two bounds' headers.
 */
function chainedBands(shape: SheetShape): [string, string] | null {
  const columns = shape.columnValues;
  if (!columns) return null;
  // A list that says how to reach people is about them, bands or not.
  if (
    shape.profiles.some(
      (p) => p.filled >= 3 && (p.phone >= 0.5 || p.email >= 0.5 || p.idNumber >= 0.5)
    )
  )
    return null;
  const numeric = columns.flatMap((values, i) => {
    const p = shape.profiles[i];
    return p && p.filled >= 6 && p.numeric >= 0.9 && p.date < 0.3 && !yearsIn(values) ? [i] : [];
  });
  for (const lo of numeric)
    for (const hi of numeric) {
      if (lo === hi) continue;
      const low = columns[lo];
      const high = columns[hi];
      let pairs = 0;
      let ordered = 0;
      let chained = 0;
      for (let r = 0; r < low.length; r++) {
        const a = numberIn(low[r]);
        const b = numberIn(high[r]);
        if (a === null || b === null) continue;
        pairs++;
        if (b > a) ordered++;
        if (numberIn(low[r + 1]) === b) chained++;
      }
      // Nearly every row a band, and at least two rows in five start where the row above ends.
      if (pairs >= 6 && ordered >= pairs * 0.9 && chained >= 3 && chained >= pairs * 0.4)
        return [shape.headers[lo] ?? "", shape.headers[hi] ?? ""];
    }
  return null;
}

/** Rows a projection runs at least: a few years are a short history, not an illustration. */
const MIN_PROJECTION_ROWS = 8;

/**
 * A column whose whole numbers count up by one from row to row (1, 2, 3 … policy years; 35, 36 …
 * ages; 2019, 2020 … calendar years) on nearly every step: a year-by-year axis. Blank rows are
 * stepped over; a serial 1..N counts up too, which is why an axis alone says nothing.
 */
function countsUpByOne(values: readonly SourceCell[]): { from: number; to: number } | null {
  const numbers = values.map(numberIn).filter((n): n is number => n !== null);
  if (numbers.length < MIN_PROJECTION_ROWS || !numbers.every(Number.isInteger)) return null;
  let steps = 0;
  for (let i = 1; i < numbers.length; i++) if (numbers[i] === numbers[i - 1] + 1) steps++;
  if (steps < (numbers.length - 1) * 0.9) return null;
  return { from: numbers[0], to: numbers[numbers.length - 1] };
}

/**
 * A column of figures that only grows down the rows and grows by more than a little (premiums
 * paid so far, a cash value, an account value): what a policy accumulates year by year.
 */
function accumulates(values: readonly SourceCell[]): boolean {
  const numbers = values.map(numberIn).filter((n): n is number => n !== null);
  if (numbers.length < MIN_PROJECTION_ROWS) return false;
  let up = 0;
  let down = 0;
  for (let i = 1; i < numbers.length; i++) {
    if (numbers[i] > numbers[i - 1]) up++;
    else if (numbers[i] < numbers[i - 1]) down++;
  }
  return down <= (numbers.length - 1) * 0.05 && up >= (numbers.length - 1) * 0.5;
}

/**
 * A year-by-year projection of one policy or plan (a benefit illustration: 保單年度 1, 2, 3… beside
 * 年齡 and 西元年, then the premium, cash value and benefits of each year; Policy Year | Age | Cash
 * Value): one or more columns count up by one on every row beside columns of figures, and nothing
 * on the rows names or reaches anyone. Its rows are the years of one thing, not records; the
 * policy itself is read from the facts beside the table (form-sheet.ts). Two axes (policy year
 * and age, or age and calendar year) say so alone; one axis (which a serial number also is) needs
 * a column of figures that accumulates beside it. Returns the axis headers and the first axis' run.
 */
function projectionTable(
  shape: SheetShape,
  subjects: boolean,
  parties: boolean
): { headers: string[]; from: number; to: number } | null {
  const columns = shape.columnValues;
  if (!columns || subjects || parties) return null;
  if (
    shape.profiles.some(
      (p) => p.filled >= 3 && (p.phone >= 0.3 || p.email >= 0.3 || p.idNumber >= 0.3)
    )
  )
    return null;
  const axes: { column: number; from: number; to: number }[] = [];
  const figures: number[] = [];
  columns.forEach((values, i) => {
    const p = shape.profiles[i];
    if (!p || p.filled < MIN_PROJECTION_ROWS || p.numeric < 0.9 || p.date >= 0.3) return;
    const axis = countsUpByOne(values);
    if (axis) axes.push({ column: i, ...axis });
    else figures.push(i);
  });
  if (axes.length === 0 || figures.length === 0) return null;
  // Text columns beside the figures (a name, a product per row) make rows of things, not years.
  const texts = shape.profiles.filter((p) => p.filled >= MIN_PROJECTION_ROWS && p.text >= 0.5);
  if (texts.length > 0) return null;
  if (axes.length < 2 && !figures.some((i) => accumulates(columns[i]))) return null;
  return {
    headers: axes.map((a) => shape.headers[a.column] ?? "").filter((h) => h.trim() !== ""),
    from: axes[0].from,
    to: axes[0].to,
  };
}

/**
 * Rows that carry who each one is — a column of names beside a column of ID numbers or phone
 * numbers — are a list of clients, however many columns of figures (one per month) follow them.
 */
function identifiesPeople(shape: SheetShape, subjects: boolean): boolean {
  if (!subjects) return false;
  return shape.profiles.some(
    (p) =>
      p.filled >= 3 &&
      p.distinctRatio >= 0.8 &&
      (p.idNumber >= 0.6 || (p.phone >= 0.6 && p.bareDigits < 0.5))
  );
}

/**
 * Named subjects described by text beside their figures: besides the column of names, two or
 * more columns of words or codes (a client number, a manager, a currency). A matrix of figures
 * under period headers has only its row labels; such a sheet is a list of clients that carries
 * a figure per period (a monthly AUM report).
 */
function describesSubjects(shape: SheetShape, subjects: boolean): boolean {
  if (!subjects) return false;
  const texts = shape.profiles.filter(
    (p) => p.filled >= 2 && p.text >= 0.6 && p.numeric < 0.5 && p.date < 0.5
  );
  return texts.length >= 3;
}

function numericShare(profiles: readonly ColumnProfile[]): number {
  let numeric = 0;
  let all = 0;
  for (const p of profiles) {
    numeric += p.numeric * p.sampled;
    all += p.sampled;
  }
  return all === 0 ? 0 : numeric / all;
}

/** The first few texts a message shows as its evidence. */
function shown(items: readonly string[]): string[] {
  return items.slice(0, 3);
}

let checkMarks: Set<string> | null = null;
const CHECK_MARKS = (): Set<string> =>
  (checkMarks ??= new Set(
    [...CHECK_MARK_WORDS.done, ...CHECK_MARK_WORDS.notDone].map((w) => matchForm(w))
  ));

/** A column holding nothing but ticks and crosses (OK / ╳, ✓ / ×) on two rows or more. */
function isCheckColumn(p: ColumnProfile): boolean {
  if (p.filled < 2) return false;
  return [...p.values.keys()].every((v) => CHECK_MARKS().has(matchForm(v)));
}

function isFlagColumn(p: ColumnProfile): boolean {
  if (p.sampled < 2 || p.integer < 1) return false;
  return [...p.values.keys()].every((v) => v === "0" || v === "1");
}

/** Sheet names and titles that say the rows are the organisation's own people. */
const STAFF_NAME_STRONG =
  /员工|員工|职工|職工|职员|職員|花名册|花名冊|教职工|教職工|服务人员|服務人員|工作人员|工作人員|staff|employee|personnel/i;
const STAFF_NAME_WEAK = /通讯录|通訊錄|人员|人員|同事|directory|roster|phone ?book|phone ?list/i;
/** …but a name with one of these is about clients (客户通讯录, member directory). */
const CLIENT_NAME_WORDS =
  /客户|客戶|会员|會員|投保|被保|参保|參保|保单|保單|customer|client|member|policy|insured|prospect|lead/i;
/** Headers of a phone column: short numbers under one are internal extensions. */
const PHONE_HEADER = /电话|電話|分机|分機|短号|短號|内线|內線|座机|座機|手机|手機|phone|tel|ext/i;
/** A handful of posts, shared by a list of this many people at least, is one organisation's staff. */
const HANDFUL_OF_POSTS = 5;
const MIN_HANDFUL_ROWS = 10;
/**
 * People at this many different organisations are outsiders, however often each organisation
 * comes back (a rep's target doctors at their hospitals): one organisation's staff name one.
 */
const MANY_ORGANISATIONS = 10;
/** Headers of a person's occupation: job titles under it describe clients, not colleagues. */
const OCCUPATION_HEADER = /职业|職業|occupation|profession/i;

/** Mail providers anyone may use (and the reserved example domains): a shared one says nothing. */
const PUBLIC_MAIL =
  /^(?:qq|163|126|139|189|sina|sohu|foxmail|aliyun|yeah|gmail|googlemail|hotmail|outlook|live|msn|yahoo|icloud|me|aol|proton|protonmail|gmx|mail|yandex|example)\./i;

/** How many of a column's e-mail addresses are at each domain, and how many addresses in all. */
function mailDomains(p: ColumnProfile): { domains: Map<string, number>; all: number } {
  const domains = new Map<string, number>();
  let all = 0;
  for (const [text, count] of p.values) {
    const at = text.lastIndexOf("@");
    if (at < 0) continue;
    const domain = text.slice(at + 1).toLowerCase();
    domains.set(domain, (domains.get(domain) ?? 0) + count);
    all += count;
  }
  return { domains, all };
}

let ownRoleHeaders: Set<string> | null = null;
/** Headers of each person's part in the team (Role, 角色, 分工), in match form. */
const OWN_ROLE_HEADER_SET = (): Set<string> =>
  (ownRoleHeaders ??= new Set(OWN_ROLE_HEADERS.role.map((w) => matchForm(w))));

/** Different parts a team's role column gives at least (a lead, programmers, artists). */
const MIN_TEAM_PARTS = 3;

/** Share of a column's filled rows holding a founding role (Founder, 联合创始人). */
function foundingShare(p: ColumnProfile): number {
  let founders = 0;
  for (const [value, count] of p.values) if (FOUNDING_ROLE.test(value.trim())) founders += count;
  return p.filled === 0 ? 0 : founders / p.filled;
}

/** A column filled on so few of the rows (a remark on two of ten) that it describes no list. */
function sparse(p: ColumnProfile): boolean {
  return p.filled < p.rows * SPARSE_SHARE;
}
const SPARSE_SHARE = 0.3;

/** The one organisation's domain most e-mail addresses of a column share (staff@acme.com), if any. */
function sharedMailDomain(p: ColumnProfile): string | null {
  if (p.email < 0.5 || p.filled < 5) return null;
  const { domains, all } = mailDomains(p);
  for (const [domain, count] of domains)
    if (count >= all * 0.8 && !PUBLIC_MAIL.test(domain)) return domain;
  return null;
}

/** Headers of the organisation a person works for: on a staff list it is one's own, so repeats. */
const EMPLOYER_HEADER =
  /^(?:company|companyname|organi[sz]ation|organi[sz]ationname|employer|firm|business|公司|公司名称|公司名稱|单位|單位|工作单位|工作單位|所在单位|所在單位|企业|企業|企业名称|企業名稱|任职单位|任職單位|服务单位|服務單位)$/;
/** The submission time a form tool (Google Forms, 问卷星, Microsoft Forms) writes first. */
const FORM_TIMESTAMP =
  /^(?:timestamp|submittime|submissiontime|submittedat|时间戳|時間戳|時間戳記|时间戳记|提交时间|提交時間|填写时间|填寫時間|答题时间|答題時間)$/;

/**
 * E-mail addresses at many different organisations' domains (no one domain holding half of them):
 * people from outside, not colleagues.
 */
function manyMailDomains(p: ColumnProfile): boolean {
  if (p.email < 0.5 || p.filled < 5) return false;
  const { domains, all } = mailDomains(p);
  const organisations = [...domains].filter(([domain]) => !PUBLIC_MAIL.test(domain));
  if (organisations.length < 3) return false;
  return Math.max(...organisations.map(([, count]) => count)) < all * 0.5;
}

/**
 * People from outside the organisation, whatever job-title or department columns they carry: a
 * company column naming many different companies, e-mails at many different domains, or the
 * submission timestamp of a sign-up form.
 */
function outsidePeople(shape: SheetShape): boolean {
  return shape.headers.some((header, i) => {
    const p = shape.profiles[i];
    if (!p || p.filled < 3) return false;
    const h = matchForm(header);
    if (FORM_TIMESTAMP.test(h)) return true;
    if (EMPLOYER_HEADER.test(h) && p.distinct >= 3 && p.distinctRatio >= 0.5) return true;
    return manyMailDomains(p);
  });
}

/** Filled in at least three rows, and repeating (or grouped, one value over several blank rows). */
function repeating(p: ColumnProfile): boolean {
  return p.filled >= 3 && (p.distinct <= Math.max(2, p.filled * 0.6) || p.filled <= p.rows * 0.6);
}

/**
 * A staff directory, phone list or roster of the organisation's own people, read as a person
 * would: its name or title (员工, 花名册, 通讯录, staff), its headers (部门, 职务, 工号, 分机), and
 * its values — internal units (财务部, 信贷科) and job titles (柜员, 科长) repeating down the rows,
 * short extension numbers under a phone header, e-mail addresses all at the organisation's own
 * domain. A list that names clients (a client word in its
 * name or headers, a column naming the subject, a column of many different companies) is not
 * one, even with a 部门 or 职务 column: those are the clients' departments and posts.
 */
function staffEvidence(shape: SheetShape, headers: readonly string[]): NotData | null {
  const names = [shape.sheetName, shape.title ?? ""];
  if (names.some((n) => CLIENT_NAME_WORDS.test(n))) return null;
  if (wordHits(headers, CLIENT_WORDS).length > 0) return null;
  if (
    headers.some((h) => {
      const reading = readHeader(h);
      return reading.role === "subject" && reading.base !== null;
    })
  )
    return null;
  // A column headed as a department (一级部门 … 五级部门, Department) names the organisation's
  // own units, even those written as a business is (服务部, 成都服务中心): no firms of clients.
  const companies = shape.profiles.some(
    (p, i) =>
      p.filled >= 3 &&
      p.company >= 0.5 &&
      (p.distinctRatio >= 0.5 || p.distinct >= MANY_ORGANISATIONS) &&
      wordHits([shape.headers[i] ?? ""], DEPARTMENT_HEADER_WORDS).length === 0
  );
  if (companies || outsidePeople(shape)) return null;

  const found: string[] = [];
  let score = 0;
  // A header over a column empty on every row is no witness: an address-book export carries
  // its 部门 and 职务 (Department, Job Title) columns whether anyone filled them or not.
  const filledHeaders = shape.headers.filter(
    (h, i) => h.trim() !== "" && (shape.profiles[i]?.filled ?? 0) > 0
  );
  const staffHeaders = wordHits(filledHeaders, STAFF_WORDS);
  score += Math.min(2, staffHeaders.length);
  found.push(...staffHeaders);
  const named = names.find((n) => STAFF_NAME_STRONG.test(n));
  if (named !== undefined) {
    score += 2;
    found.push(named);
  } else {
    const weak = names.find((n) => STAFF_NAME_WEAK.test(n));
    if (weak !== undefined) {
      score += 1;
      found.push(weak);
    }
  }
  const columns = shape.headers.map((header, i) => ({ header, p: shape.profiles[i] }));
  const departments = columns.find(({ p }) => p && p.department >= 0.6 && repeating(p));
  if (departments) {
    score += 1;
    found.push(departments.header || [...departments.p.values.keys()][0]);
  }
  const titles = columns.find(
    ({ header, p }) =>
      p && p.jobTitle >= 0.5 && repeating(p) && !OCCUPATION_HEADER.test(matchForm(header))
  );
  if (titles) {
    // One organisation's people share a handful of posts down nearly every row (Health Care
    // Assistant, Nurse); contacts at clients' many firms hold posts as many as the firms.
    const handful =
      titles.p.filled >= MIN_HANDFUL_ROWS &&
      titles.p.filled >= titles.p.rows * 0.9 &&
      titles.p.distinct <= HANDFUL_OF_POSTS;
    score += handful ? 2 : 1;
    found.push(titles.header || [...titles.p.values.keys()][0]);
  }
  // A column giving each person's part in the team (Role: Lead, Programmer, Artist) with no
  // firm named beside it: the parts people play in one organisation — several different parts,
  // not one title most rows share (Founder, Co-founder on every row: founders of many firms), and
  // parts several people share (three programmers, two artists), as a team divides its work; a
  // post of its own on every row (Head of Civil Engineering, Course Head) is a directory of
  // office-holders, whom anyone may write to.
  const roles = columns.find(
    ({ header, p }) =>
      p &&
      p.filled >= 3 &&
      p.distinct >= MIN_TEAM_PARTS &&
      repeating(p) &&
      OWN_ROLE_HEADER_SET().has(matchForm(header)) &&
      foundingShare(p) < 0.5
  );
  if (roles) {
    score += 1;
    found.push(roles.header);
  }
  const extensions = columns.find(
    ({ header, p }) =>
      p && PHONE_HEADER.test(matchForm(header)) && p.shortNumber >= 0.5 && p.phone < 0.5
  );
  if (extensions) {
    score += 1;
    found.push(extensions.header);
  }
  // Only people's names and ways to reach them (phones, extensions, e-mail), and the part each
  // plays: a phone list, which by itself may be anyone's, so it only adds to other evidence. A
  // remark on a row or two says nothing of what the list is.
  const used = columns.filter(({ p }) => p && p.filled > 0);
  const described = used.filter(({ p }) => !sparse(p) && p !== roles?.p);
  const nameColumns = described.filter(({ p }) => p.personName >= 0.6);
  const contactOnly = described.every(
    ({ header, p }) =>
      p.personName >= 0.6 ||
      p.phone >= 0.6 ||
      // Phone numbers typed as plain numbers (8015550142) under a phone header.
      (PHONE_HEADER.test(matchForm(header)) && p.integer >= 0.9) ||
      p.email >= 0.6 ||
      p.shortNumber >= 0.6 ||
      p.department >= 0.6 ||
      p.jobTitle >= 0.6
  );
  if (score > 0 && nameColumns.length === 1 && used.length >= 2 && contactOnly) {
    score += 1;
    found.push(nameColumns[0].header || [...nameColumns[0].p.values.keys()][0]);
  }
  const domain = columns.map(({ p }) => (p ? sharedMailDomain(p) : null)).find((d) => d);
  if (domain) {
    score += 1;
    found.push(`@${domain}`);
  }
  if (score < 2) return null;
  return staffHeaders.length >= 2
    ? notDataOf("lookup", "sheet.why.staff", { headers: shown(staffHeaders) })
    : notDataOf("lookup", "sheet.why.staff-evidence", { evidence: shown([...new Set(found)]) });
}

/** A founding role (Founder, Co-founder, 联合创始人, 創辦人): only one's own organisation lists them so. */
const FOUNDING_ROLE =
  /^(?:co[\s-]?)?founders?\b|\bco[\s-]?founders?$|^founding\s|(?:联合)?创始人|創始人|創辦人|创办人/i;
/** A role column is filled on this many rows at least, and this share of them roles. */
const MIN_ROLES = 3;
const ROLE_SHARE = 0.6;
/** One organisation has a few founders: more, or founders on half the rows, are many firms'. */
const MAX_FOUNDERS = 4;

/**
 * The organisation's own team: a column of the roles people hold (Founder, Co-founder, Designer,
 * 工程师), its founders among them, and no column naming the firms they work at. A contact list of
 * client firms names each contact's firm beside a "Founder & CEO"; a list of people with roles and
 * no firm is of one organisation, and one that names its few founders is the holder's own (founders
 * on many rows are of many firms: a list of founders to meet). Returns the column's header and its
 * founding roles, or null.
 */
function foundersListed(shape: SheetShape): { header: string; roles: string[] } | null {
  const firms = shape.headers.some((header, i) => {
    const p = shape.profiles[i];
    if (!p || p.filled < MIN_ROLES) return false;
    return p.company >= 0.3 || EMPLOYER_HEADER.test(matchForm(header));
  });
  if (firms) return null;
  for (let i = 0; i < shape.profiles.length; i++) {
    const p = shape.profiles[i];
    if (!p || p.filled < MIN_ROLES || p.text < 0.8) continue;
    const values = [...p.values];
    const founding = values.filter(([v]) => FOUNDING_ROLE.test(v.trim())).map(([v]) => v.trim());
    if (founding.length === 0) continue;
    let roles = 0;
    let founders = 0;
    let seen = 0;
    for (const [value, count] of values) {
      seen += count;
      if (FOUNDING_ROLE.test(value.trim())) founders += count;
      else if (looksLikeJobTitle(value)) roles += count;
    }
    if (founders > MAX_FOUNDERS || founders * 2 >= seen) continue;
    if (founders + roles >= seen * ROLE_SHARE)
      return { header: shape.headers[i]?.trim() || columnLetter(i + 1), roles: founding };
  }
  return null;
}

/** Headers of a password column. */
const PASSWORD_WORDS = ["password", "passwd", "pwd", "passcode", "密码", "密碼", "口令"];
/** Headers of the name a person logs in with. */
const LOGIN_WORDS = [
  "account",
  "login",
  "username",
  "userid",
  "账号",
  "帐号",
  "帳號",
  "账户",
  "帳戶",
  "用户名",
  "登录名",
  "登錄名",
];
/** Client words that a login list uses for its own accounts ("account" beside a password). */
const LOGIN_CLIENT_WORDS = new Set(["account"]);

/**
 * A list of login accounts: a column of passwords filled on most rows beside the name people log
 * in with (account, 账号, username) or, headed otherwise, the number, e-mail or phone that tells
 * each row apart. Clients are not kept with their passwords; a member list that
 * carries them (会员密码) says whose they are, so a client word other than "account" (which is what
 * a login list calls its rows) in the headers or the sheet's name keeps the sheet as data.
 */
function loginAccounts(shape: SheetShape, headers: readonly string[]): NotData | null {
  const names = [shape.sheetName, shape.title ?? ""];
  if (names.some((n) => CLIENT_NAME_WORDS.test(n))) return null;
  const clientWords = headers.filter(
    (h) => wordHits([h], CLIENT_WORDS).length > 0 && !LOGIN_CLIENT_WORDS.has(matchForm(h))
  );
  if (clientWords.length > 0) return null;
  if (identityAndHome(shape)) return null;
  const column = (words: readonly string[]) =>
    shape.headers.findIndex((header, i) => {
      const p = shape.profiles[i];
      return (
        header.trim() !== "" &&
        wordHits([header], words).length > 0 &&
        p !== undefined &&
        p.filled >= 3 &&
        p.filled >= p.rows * 0.5
      );
    });
  const password = column(PASSWORD_WORDS);
  if (password < 0) return sharedPassword(shape) ?? staffLogins(shape);
  const login = column(LOGIN_WORDS);
  // With no column headed as the login, a user logs in with what tells the rows apart: a number,
  // an e-mail or a phone different on every row (a student number beside passwd), never a name.
  const key =
    login >= 0 && login !== password
      ? login
      : shape.profiles.findIndex(
          (p, i) =>
            i !== password &&
            shape.headers[i]?.trim() !== "" &&
            p.filled >= 3 &&
            p.filled >= p.rows * 0.9 &&
            p.distinctRatio >= 0.95 &&
            p.personName < 0.5 &&
            p.company < 0.5
        );
  if (key < 0) return null;
  return notDataOf("lookup", "sheet.why.logins", {
    headers: shown([shape.headers[key], shape.headers[password]]),
  });
}

/**
 * Columns headed by an identity document's number (No. Identitas, Cédula, 身份证号) and by a home
 * address, each filled on most rows: a login list records how people sign in, not their identity
 * cards and where they live; an app's customer table that carries both is a register of its
 * customers, passwords or not.
 */
function identityAndHome(shape: SheetShape): boolean {
  const targets = targetsFor("Clients");
  const headed = (key: string) =>
    shape.headers.some((header, i) => {
      const p = shape.profiles[i];
      if (!p || header.trim() === "" || p.filled < 3 || p.filled < p.rows * 0.5) return false;
      const best = scoreHeader(header, targets)[0];
      return best?.target.key === key && best.confidence >= 0.9;
    });
  return headed("idNumber") && headed("address");
}

/**
 * A password as people make one up: a word, digits and one of the marks a password rule asks for
 * (Welcome@100, Passw0rd!, abc#2024), with no spaces. Codes and periods (BR-001, FY2024-25, Q1/24)
 * join their parts with a dash, a point or a slash, never with these marks.
 */
const PASSWORD_SHAPE = /^(?=(?:.*[A-Za-z]){3})(?=.*\d)(?=.*[@#$%!&*?^~])[\x21-\x7e]{6,32}$/;
/** Rows a shared password is written on at least, and the share of the column it fills. */
const MIN_SHARED_PASSWORD_ROWS = 5;
const SHARED_PASSWORD_SHARE = 0.9;

/**
 * A list of user accounts to be set up, headed or not: one password (Welcome@100) written on
 * nearly every row beside people's names or e-mail addresses — the initial password every new
 * user is given. Nobody keeps a password for clients, least of all the same one for all of them.
 */
function sharedPassword(shape: SheetShape): NotData | null {
  const people = shape.profiles.some(
    (p) => p.filled >= MIN_SHARED_PASSWORD_ROWS && (p.personName >= 0.6 || p.email >= 0.6)
  );
  if (!people) return null;
  const at = shape.profiles.findIndex((p) => {
    if (p.filled < MIN_SHARED_PASSWORD_ROWS || p.filled < p.rows * SHARED_PASSWORD_SHARE)
      return false;
    if (p.email > 0 || p.date > 0) return false;
    let top = 0;
    let value = "";
    for (const [text, count] of p.values)
      if (count > top) {
        top = count;
        value = text.trim();
      }
    return top >= p.filled * SHARED_PASSWORD_SHARE && PASSWORD_SHAPE.test(value);
  });
  if (at < 0) return null;
  return notDataOf("lookup", "sheet.why.shared-password", {
    header: shape.headers[at]?.trim() || columnLetter(at + 1),
  });
}

/**
 * The organisation's own system users: a column of the names they sign in with (Userid, 用户名)
 * beside a column of their posts or departments (职位编号, Department), filled, and nothing said
 * of clients (checked by the caller) — an import template for new users, even one row long.
 */
function staffLogins(shape: SheetShape): NotData | null {
  const filled = shape.headers.filter((header, i) => {
    const p = shape.profiles[i];
    return header.trim() !== "" && p !== undefined && p.filled > 0 && p.filled >= p.rows * 0.5;
  });
  const logins = wordHits(filled, USER_LOGIN_HEADERS.login);
  if (logins.length === 0) return null;
  const posts = wordHits(filled, STAFF_WORDS).filter((h) => !logins.includes(h));
  if (posts.length === 0) return null;
  return notDataOf("lookup", "sheet.why.staff-logins", {
    headers: shown([logins[0], posts[0]]),
  });
}

/** Values that read as codes: letters and digits with no spaces (C001, KH0012301, TW-880101). */
function codeShaped(p: ColumnProfile): boolean {
  let codes = 0;
  let all = 0;
  for (const [text, count] of p.values) {
    all += count;
    if (/^[A-Za-z]{0,4}[-_]?\d{2,}[A-Za-z]?$/.test(text.trim())) codes += count;
  }
  return all > 0 && codes >= all * 0.8;
}

/**
 * Whole numbers that name rows, not amounts: nearly every one different, nearly all of one length
 * of five digits or more (100017, 100056 … a CRM's record ids), and seldom round as sums of money
 * are (615000, 240000).
 */
function idLikeNumbers(values: readonly SourceCell[] | undefined, p: ColumnProfile): boolean {
  if (p.integer < 0.95 || p.distinctRatio < 0.95) return false;
  const numbers = (values ?? []).map(numberIn).filter((n): n is number => n !== null);
  if (numbers.length < 6) return false;
  const lengths = new Map<number, number>();
  for (const n of numbers) {
    const length = String(Math.abs(Math.trunc(n))).length;
    lengths.set(length, (lengths.get(length) ?? 0) + 1);
  }
  const [length, count] = [...lengths].sort((a, b) => b[1] - a[1])[0];
  const round = numbers.filter((n) => n % 100 === 0).length;
  return length >= 5 && count >= numbers.length * 0.9 && round < numbers.length * 0.5;
}

const SERIES_WORDS = PROGRESS_SERIES_WORDS.series.map((w) => matchForm(w));
/** Fewest columns of one series that make the rows its progress. */
const MIN_SERIES = 3;

/** The headers of filled columns numbering one task of a series (Task 1.2, 作业3). */
function progressSeries(headers: readonly string[], profiles: readonly ColumnProfile[]): string[] {
  return headers.filter((header, i) => {
    if ((profiles[i]?.filled ?? 0) === 0) return false;
    const stem = numberedHeader(header)?.stem.replace("#", "");
    return stem !== undefined && SERIES_WORDS.includes(stem);
  });
}

/** Share of zeros at which a column of figures is no amount: nothing was ever entered. */
const NO_AMOUNT_ZEROS = 0.9;

/**
 * A column of amounts: money written so (a currency, 万, thousands separators), or figures under a
 * header that does not call them a number (Record ID, 编号, No.) nor a part of an address (a
 * postcode, a house number), and that are neither years, nor phone numbers, nor whole numbers that
 * name rows. Returns its header, or null.
 */
function amountColumn(shape: SheetShape): number {
  return shape.headers.findIndex((header, i) => {
    const p = shape.profiles[i];
    if (!p || p.filled < 6 || p.serial || p.phone >= 0.5 || p.date >= 0.5) return false;
    // 0 on (nearly) every row (到场时限 a dispatch system never set) moves no money.
    if (zeroShare(p) >= NO_AMOUNT_ZEROS) return false;
    if (readHeader(header).base === "id" || isBareNumberHeader(header)) return false;
    if (PHONE_HEADER.test(matchForm(header))) return false;
    if (addressPartOfHeader(matchForm(header)) !== null) return false;
    const values = shape.columnValues?.[i];
    if (values && yearsIn(values)) return false;
    if (p.money >= 0.6) return true;
    return p.numeric >= 0.6 && !idLikeNumbers(values, p);
  });
}

/**
 * A table keyed by a transaction's own number (TransactionID, 交易編號, 订单号: a different one on
 * each row) beside an amount, naming its client only by a number (CustomerID, 客户编号): each row is
 * one transaction of a client the workbook lists elsewhere, however few rows there are and whether
 * or not a client comes back. Returns the key's and the amount's headers, or null.
 */
function transactionKeyed(shape: SheetShape): [string, string] | null {
  const { headers, profiles } = shape;
  const key = headers.findIndex((header, i) => {
    const p = profiles[i];
    return (
      p !== undefined &&
      p.filled >= 2 &&
      p.distinct === p.sampled &&
      TRANSACTION_KEY.test(matchForm(header))
    );
  });
  if (key < 0) return null;
  const clientNumber = headers.some((header, i) => {
    if (i === key || (profiles[i]?.filled ?? 0) < 2) return false;
    const reading = readHeader(header);
    return reading.base === "id" && reading.role === "subject";
  });
  if (!clientNumber) return null;
  const amount = headers.findIndex((header, i) => {
    const p = profiles[i];
    if (i === key || !p || p.filled < 2 || p.serial || p.phone >= 0.5 || p.date >= 0.5)
      return false;
    if (readHeader(header).base === "id" || isBareNumberHeader(header)) return false;
    if (zeroShare(p) >= NO_AMOUNT_ZEROS) return false;
    return p.money >= 0.6 || p.numeric >= 0.8;
  });
  return amount < 0 ? null : [headers[key], headers[amount]];
}

/** Of the numbers seen on two rows or more, the share that go with one name each. */
const ONE_NAME_PER_NUMBER = 0.8;

/**
 * True when the numbers of column `at` go with several of the names the sheet heads as its subject's
 * (company_gas_id 1 beside hundreds of company_name): a client's number stands for one client, so
 * such a number stands for something else the rows share (the supplier, the channel, the plan).
 */
function numbersSeveralNames(shape: SheetShape, at: number): boolean {
  const values = shape.columnValues;
  if (!values?.[at]) return false;
  const keys = values[at].map((v) => comparableText(v));
  return shape.headers.some((header, i) => {
    if (i === at || !values[i]) return false;
    const reading = readHeader(header);
    if (reading.role !== "subject" || reading.base !== "name") return false;
    const { share, repeated } = agreementWithin(keys, values[i]);
    return repeated > 0 && share < ONE_NAME_PER_NUMBER;
  });
}

/**
 * A column numbering the client (客戶編號, Customer ID, CIF No) whose values come back row after
 * row, beside a date and an amount: each row is something that happened to a client (a deposit, an
 * order, a payment), not the client. Only where the rows would otherwise be read as clients (or
 * as nothing): policies, visits and complaints name their client on many rows by nature. The
 * repeating column must be headed or shaped as a number: a company name that repeats is where
 * several people of a contact list work. Returns the three columns' headers, or null.
 */
function repeatingClientKey(
  shape: SheetShape
): { key: string; date: string; amount: string } | null {
  // Assets read from the headers alone (放款日期 | 客户编号 | 放款), or any sheet read on thin
  // evidence (a deposit amount taken for a deal's value), is a ledger too when nothing on the row
  // is a thing held: no number of its own, no term, no product.
  const weakHoldings =
    (shape.registerSheet === "Assets"
      ? shape.registerConfidence < 0.6
      : shape.registerConfidence < 0.4) && !holdingEvidence(shape.headers, shape.profiles);
  if (shape.registerSheet !== null && shape.registerSheet !== "Clients" && !weakHoldings)
    return null;
  const dated = shape.profiles.findIndex((p) => p.filled >= 6 && p.date >= 0.6);
  const amount = amountColumn(shape);
  if (dated < 0 || amount < 0) return null;
  // A client number that differs on every row makes each row its own account (one owner's several
  // farms or shops), whatever repeats beside it.
  const ownKeys = shape.headers.some((header, i) => {
    const p = shape.profiles[i];
    const reading = readHeader(header);
    return (
      p !== undefined &&
      p.filled >= 6 &&
      p.distinctRatio >= 0.95 &&
      reading.role === "subject" &&
      reading.base === "id"
    );
  });
  if (ownKeys) return null;
  const index = shape.headers.findIndex((header, i) => {
    const p = shape.profiles[i];
    if (!p || p.filled < 6 || p.date > 0.2 || p.distinctRatio > 0.6) return false;
    const reading = readHeader(header);
    if (reading.role !== "subject") return false;
    if (!(reading.base === "id" || (reading.base === null && codeShaped(p)))) return false;
    return !numbersSeveralNames(shape, i);
  });
  if (index < 0) return null;
  const label = (i: number) => shape.headers[i] || `#${i + 1}`;
  return { key: label(index), date: label(dated), amount: label(amount) };
}

/**
 * A party named again on many rows (SHIV SHAKTI on its every rental), each row dated and carrying
 * an amount: a log of its dealings, where no other column names people (several people under one
 * firm's name are where they work, a contact list's rows) and nothing on the rows is the party's
 * own (a phone, an e-mail, an address, an ID: a client's contracts each with its phone). Returns
 * the three columns' headers, or null. Whether that makes the table no client list is for the
 * workbook to say: beside a list of the clients it adds no one, alone it is read for its buyers.
 */
export function partyRepeats(
  shape: SheetShape
): { key: string; date: string; amount: string } | null {
  const dated = shape.profiles.findIndex((p) => p.filled >= 6 && p.date >= 0.6);
  const amount = amountColumn(shape);
  if (dated < 0 || amount < 0) return null;
  const label = (i: number) => shape.headers[i] || `#${i + 1}`;
  const named = shape.headers.findIndex((header, i) => {
    const p = shape.profiles[i];
    if (!p || p.filled < 6 || p.date > 0.2 || p.distinctRatio > 0.6) return false;
    if (p.text < 0.8 || p.distinct < 3) return false;
    // Headed as the party (Customer, 客户) or, headed only as a name, naming people or firms.
    const reading = readHeader(header);
    if (reading.role === "subject") return reading.base === null || reading.base === "name";
    return reading.base === "name" && partyNameShare(p.values) >= 0.5;
  });
  if (named < 0) return null;
  // Rows carrying the party's own details (its phone, e-mail, address, ID) are that party's own
  // records, a client's contracts each with its phone; a log of its dealings names it and no more.
  const details = shape.profiles.some(
    (p) =>
      p.filled >= p.rows * 0.5 &&
      (p.phone >= 0.5 || p.email >= 0.5 || p.address >= 0.5 || p.idNumber >= 0.5)
  );
  if (details) return null;
  // People's names that change between one party's rows are its people (several at one firm).
  const keys = (shape.columnValues?.[named] ?? []).map((v) => comparableText(v));
  const people = shape.profiles.some((p, j) => {
    if (j === named || p.filled < 3 || p.personName < 0.5) return false;
    const { share, repeated } = agreementWithin(keys, shape.columnValues?.[j] ?? []);
    return repeated > 0 && share < ONE_NAME_PER_NUMBER;
  });
  if (people) return null;
  return { key: label(named), date: label(dated), amount: label(amount) };
}

/**
 * A sheet of dropdown lists (字典, Lists): several columns side by side, each its own list of
 * distinct words filled from the top and ending where its list ends, so the columns stop at
 * different rows and a row joins words that have nothing to do with each other (A | 上城区 | 上门 |
 * 制造业). A table of records has rows of one thing each: its columns end together, or repeat words.
 * Returns the lists' headers.
 */
/** Share of a choice list's entries that may be typed twice (a stray repeat, not records). */
const LIST_REPEATS = 0.02;

function dropdownLists(shape: SheetShape): string[] | null {
  const runs = shape.columnRuns;
  if (!runs) return null;
  const used = shape.profiles.flatMap((p, i) => (p.filled > 0 ? [i] : []));
  if (used.length < 3) return null;
  const lengths = new Set<number>();
  for (const i of used) {
    const p = shape.profiles[i];
    const run = runs[i];
    if (!run || run.filled !== run.extent) return null;
    // A list typed by hand may hold one choice twice; records repeat their words down the rows.
    if (p.sampled - p.distinct > Math.max(1, p.sampled * LIST_REPEATS) || p.text < 0.8) return null;
    if (p.phone > 0.2 || p.email > 0.2 || p.date > 0.2 || p.numeric > 0.2) return null;
    lengths.add(run.filled);
  }
  const longest = Math.max(...lengths);
  if (lengths.size < 3 || longest < 4) return null;
  // A list of clients whose later columns were filled for the first rows only also ends raggedly;
  // but it has a column of names (its header says so, or its values are companies' names). Short
  // Chinese words look like personal names, so those values alone do not count.
  // The names of such a list run its whole length; a shorter column read as naming the rows (用户级别:
  // a "user" word over five levels) is one more list of choices.
  if (subjectColumns(shape).some((i) => (runs[i]?.filled ?? 0) === longest)) return null;
  if (used.some((i) => runs[i].filled === longest && shape.profiles[i].company >= 0.5)) return null;
  return used.map((i) => shape.headers[i]).filter((h) => h.trim() !== "");
}

/**
 * A cross-tab: row labels down the first column and figures in every other column used (a pivot
 * pasted as values). A list carries text beside its figures: a payment term, a sales rep, a city.
 */
function crossTab(shape: SheetShape): boolean {
  const used = shape.profiles.slice(1).filter((p) => p.filled > 0);
  if (used.length === 0) return false;
  return used.every((p) => p.numeric + p.money + p.percent >= 0.8 || p.text < 0.5);
}

const LOOKUP_NAMES = LOOKUP_SHEET_WORDS.lookup.map((w) => matchForm(w));

/**
 * A tab named as a lookup (字典, 下拉选项, Lists, Lookup) holding a few dozen rows of short words or
 * codes, none a phone, an e-mail, an ID number, an address or a date: the choices of the
 * workbook's drop-downs (C1 | 保守型 | R1), not clients, even when a column is headed like a name.
 */
function lookupByName(shape: SheetShape): boolean {
  const name = matchForm(shape.sheetName);
  // Latin words name the whole tab ("Lists", not "Client List"); Chinese ones a part (数据字典).
  const named = LOOKUP_NAMES.some((w) => (/^[a-z]+$/.test(w) ? name === w : name.includes(w)));
  if (!named) return false;
  const used = shape.profiles.filter((p) => p.filled > 0);
  const rows = Math.max(0, ...used.map((p) => p.filled));
  if (used.length === 0 || used.length > 6 || rows > 60) return false;
  return used.every(
    (p) =>
      p.phone < 0.2 &&
      p.email < 0.2 &&
      p.idNumber < 0.2 &&
      p.address < 0.2 &&
      p.date < 0.2 &&
      [...p.values.keys()].every((v) => v.length <= 12)
  );
}

/**
 * Records of another kind that name a product (a complaint's SKU, a visit's product discussed): the
 * headers read as such records (complaints, visits, policies, deals) and every product column comes
 * back row after row, so the rows are not the products. A catalogue has a row per product: its
 * product's name or number differs on nearly every row.
 */
function recordsAboutProducts(shape: SheetShape, products: readonly string[]): boolean {
  if (shape.registerSheet === null || shape.registerSheet === "Clients") return false;
  if (shape.registerConfidence < 0.5) return false;
  const columns = shape.headers.flatMap((header, i) => {
    const p = shape.profiles[i];
    return products.includes(header) && p !== undefined && p.filled >= 6 ? [p] : [];
  });
  return columns.length > 0 && columns.every((p) => p.distinctRatio <= 0.6);
}

/**
 * The guests of an event (a wedding, a banquet): people kept with their group, their table, how
 * many come or the gift they gave, under a title or tab naming the event. Two witnesses of
 * different kinds are needed (a guest header and a table number; a seat and the wedding in the
 * title), and none that the rows are clients: a client word in the headers, name or title keeps
 * the sheet (a client dinner's seating is a list of clients).
 */
function guestList(shape: SheetShape, headers: readonly string[]): NotData | null {
  const names = [shape.sheetName, shape.title ?? ""];
  if (names.some((n) => CLIENT_NAME_WORDS.test(n))) return null;
  if (wordHits(headers, CLIENT_WORDS).length > 0) return null;
  const found: string[] = [];
  let kinds = 0;
  for (const words of Object.values(GUEST_LIST_WORDS)) {
    const hits = wordHits(headers, words);
    if (hits.length === 0) continue;
    kinds++;
    found.push(hits[0]);
  }
  const event = names.find((n) => {
    const folded = matchForm(n);
    return folded !== "" && GUEST_EVENT_NAMES.some((w) => folded.includes(w));
  });
  if (event !== undefined) {
    kinds++;
    found.push(event.replace(/\s+/g, " ").trim());
  }
  if (kinds < 2) return null;
  return notDataOf("guests", "sheet.why.guests", { evidence: shown(found) });
}

/** A value written in words (a letter or a Han character), not digits, codes or masks alone. */
function wordy(text: string): boolean {
  return /[A-Za-z\u3400-\u9fff]/.test(text);
}

/**
 * Rows that name no client, only the staff who handled them: a bank's loan or credit extract keyed
 * by masked card numbers, with the marketing and checking officers' names, staff numbers and
 * branches on every row. Every column of people's names comes back on many rows (a few staff over
 * a long table) beside a column of the organisation's units (支行, 信贷科, Sales) that repeats too,
 * and no column of words differs from row to row as the clients' names would; no header names a
 * subject. Importing it would make a client of each officer.
 */
function staffOnRows(shape: SheetShape): NotData | null {
  const rows = Math.max(0, ...shape.profiles.map((p) => p.filled));
  if (rows < 20) return null;
  const columns = shape.headers.map((header, i) => ({ header, p: shape.profiles[i] }));
  // A header naming the client's name or number keeps the sheet; a bare 机构 / Organisation over
  // the few units that repeat down the rows is the staff's unit, not a client.
  if (
    columns.some(({ header, p }) => {
      const reading = readHeader(header);
      if (reading.role !== "subject" && reading.role !== "insured") return false;
      return reading.base !== null || p === undefined || p.distinctRatio > 0.3;
    })
  )
    return null;
  const people = columns.filter(({ p }) => p && p.filled >= 10 && p.personName >= 0.6);
  if (people.length === 0 || people.some(({ p }) => p.distinctRatio > 0.3)) return null;
  const units = columns.find(
    ({ p }) => p && p.filled >= 10 && p.department >= 0.6 && p.distinctRatio <= 0.3
  );
  if (!units) return null;
  // A column of words that mostly differ could name the rows' clients: then this is not it.
  const named = columns.some(({ p }) => {
    if (!p || p.filled < 5 || p.distinctRatio <= 0.3) return false;
    const texts = [...p.values.keys()];
    return texts.filter(wordy).length >= texts.length * 0.8;
  });
  if (named) return null;
  // Each column by its most frequent value: the officer on most rows.
  const sample = (c: { header: string; p: ColumnProfile }) =>
    [...c.p.values].sort((a, b) => b[1] - a[1])[0]?.[0] ?? c.header;
  return notDataOf("unnamed", "sheet.why.staff-on-rows", {
    names: shown([...new Set(people.filter(({ p }) => p.distinct >= 3).map(sample))]),
    units: shown([sample(units)]),
  });
}

let captionPrefixes: string[] | null = null;
/** The pivot prefixes in the folded form values are compared in (加總- → 加总). */
const CAPTION_PREFIXES = (): string[] =>
  (captionPrefixes ??= [...new Set(PIVOT_PREFIXES.map(matchForm).filter((p) => p.length >= 2))]);

/** Below this many captions a Values column is not told from a chance word. */
const MIN_CAPTIONS = 4;

/**
 * A pivot laid out as an outline names its data fields down a Values column, row after row ("Sum
 * of Qty" / "Sum of Amount", 求和项:数量, 加總 - 業績金額): a column whose filled cells are nearly
 * all such captions, two or more different ones, is a pivot's, whatever the row labels beside it
 * name (clients, products, reps). Returns the first caption, or null.
 */
export function dataFieldCaptions(columnValues: readonly (readonly SourceCell[])[]): string | null {
  for (const values of columnValues) {
    const texts = values.map((v) => cellText(v).trim()).filter((t) => t !== "");
    if (texts.length < MIN_CAPTIONS) continue;
    const captions = texts.filter((t) => {
      const folded = matchForm(t);
      return CAPTION_PREFIXES().some((p) => folded.startsWith(p) && folded.length > p.length);
    });
    if (captions.length >= texts.length * 0.9 && new Set(captions).size >= 2) return captions[0];
  }
  return null;
}

const folded = (text: string): string =>
  foldScript(text.normalize("NFKC").trim().toLowerCase()).replace(/[\s*＊?？:：()（）]+/g, "");
const REQUIREMENT_HEADERS = new Set(TEMPLATE_HINT_WORDS.requirementHeader.map(folded));
const YES_NO = new Set(TEMPLATE_HINT_WORDS.yesNo.map(folded));

/**
 * An instructions sheet (填写说明, Instructions, a template's field guide): one row per field,
 * a column saying whether each must be filled — 必填 / 选填, Required / Optional down the rows, or
 * yes / no under a 是否必填 / Required header — beside the field's name and what to write. Its rows
 * describe the fields of the data, they are none of it, whatever words they hold and whichever
 * language. Returns the requirement column's header (or its first value when it has none).
 */
function requirementColumn(shape: SheetShape): string | null {
  const columns = shape.columnValues;
  if (!columns) return null;
  // A list that says how to reach people or who they are is about them (a "Required" flag or not).
  if (
    shape.profiles.some(
      (p) => p.filled >= 3 && (p.phone >= 0.5 || p.email >= 0.5 || p.idNumber >= 0.5)
    )
  )
    return null;
  for (let i = 0; i < columns.length; i++) {
    const texts = columns[i].map((v) => cellText(v).trim()).filter((t) => t !== "");
    if (texts.length < 3) continue;
    const header = shape.headers[i] ?? "";
    const hints = texts.filter((t) => isHintCell(t)).length;
    const answers = REQUIREMENT_HEADERS.has(folded(header))
      ? texts.filter((t) => YES_NO.has(folded(t))).length
      : 0;
    if (hints < texts.length * 0.6 && answers < texts.length * 0.8) continue;
    // Beside it, the fields: one distinct name a row.
    const named = columns.some((values, j) => {
      if (j === i) return false;
      const names = values.map((v) => cellText(v).trim()).filter((t) => t !== "");
      return names.length >= texts.length * 0.8 && new Set(names).size >= names.length * 0.9;
    });
    if (named) return header.trim() !== "" ? header : texts[0];
  }
  return null;
}

/**
 * The table is read as a list of parties (clients, contacts or nothing yet), or only weakly as
 * other records, and is no log of events: evidence about who the rows are may overrule it.
 */
function partyReading(shape: SheetShape): boolean {
  if (shape.eventLog === true) return false;
  const party =
    shape.registerSheet === null ||
    shape.registerSheet === "Clients" ||
    shape.registerSheet === "Contacts";
  return party || shape.registerConfidence < 0.6;
}

/**
 * A list whose name, title or naming header says its rows are someone other than clients
 * (row-roles.ts). Only a reading as a list of parties is overruled: a log of visits or complaints
 * naming a supplier or a student is still that log.
 */
function othersListed(shape: SheetShape): NotData | null {
  if (!partyReading(shape)) return null;
  const reading = rowRoleOf({
    sheetName: shape.sheetName,
    title: shape.title ?? "",
    headers: shape.headers,
    profiles: shape.profiles,
  });
  return reading
    ? notDataOf("people", "sheet.why.row-role", {
        role: `role.${reading.role}`,
        evidence: shown(reading.evidence),
      })
    : null;
}

/**
 * A header with no rows under it that describes things (品名/規格, 單價, 數量; ISBN, 入库日期) and
 * names no party (no client's name or number, no insured): a blank form of items — a request for
 * quotation, an order slip — that would feed no register sheet when filled. Its item headers, or
 * null.
 */
export function blankItemForm(headers: readonly string[]): string[] | null {
  const used = headers.filter((h) => h.trim() !== "");
  const items = [
    ...new Set([...wordHits(used, PRODUCT_WORDS), ...used.filter((h) => isItemHeader(h))]),
  ];
  if (items.length < 2) return null;
  const party = used.some((h) => {
    const reading = readHeader(h);
    return (
      reading.role === "insured" ||
      (reading.role === "subject" && (reading.base === "name" || reading.base === "id"))
    );
  });
  return party ? null : items;
}

/** What kind of not-register sheet this is, or null when it may well be register data. */
export function notRegisterData(shape: SheetShape): NotData | null {
  // A header with no row under it (a log not yet written to, a template) holds nothing to import,
  // whatever its headers sound like.
  if (shape.profiles.length > 0 && shape.profiles.every((p) => p.filled === 0))
    return notDataOf("empty", "sheet.why.header-only");
  if (shape.figuresBelow === true)
    return notDataOf("summary", "sheet.why.metrics", { labels: shown(shape.firstColumn) });
  const instructions = requirementColumn(shape);
  if (instructions !== null)
    return notDataOf("instructions", "sheet.why.instructions", { header: instructions });
  const headers = shape.headers.filter((h) => h.trim() !== "");
  const subjects = hasSubjectColumn(shape);
  const parties = distinctParties(shape);
  // "Grand Total" down the first column is also what Excel's Subtotal command writes under a
  // list of clients; only in a cross-tab (row labels beside nothing but figures) and without a
  // column of distinct names is it a pivot's row labels.
  const labelsOnly = !subjects && !parties && crossTab(shape);
  const folded = [...headers, ...(labelsOnly ? shape.firstColumn : [])].map(matchForm);
  const pivot = folded.find(
    (h) => PIVOT_MARKERS.includes(h) || PIVOT_PREFIXES.some((p) => h.startsWith(p))
  );
  if (pivot !== undefined) return notDataOf("pivot", "sheet.why.pivot", { label: pivot });
  const caption = dataFieldCaptions(shape.columnValues ?? []);
  if (caption !== null) return notDataOf("pivot", "sheet.why.pivot", { label: caption });
  // Trades (a quantity times a price making the amount, the money going both ways) are no
  // holdings and no clients, whatever the register's words their headers share.
  const trades = shape.columnValues ? tradeLines(shape.columnValues) : null;
  if (trades) {
    const header = (i: number) => shape.headers[i]?.trim() || columnLetter(i + 1);
    return notDataOf("transactions", "sheet.why.trades", {
      first: header(trades.factors[0]),
      second: header(trades.factors[1]),
      amount: header(trades.amount),
      rows: trades.rows,
    });
  }

  // An account book's headings (Accrued Payroll, 管理费用, Lunch, Bus Fare) down the column a
  // person would read names from, many kinds of them and no one named or reached beside: a chart
  // of accounts or a cash book, whatever "Account" or "Description" over it suggests.
  const ledger = shape.eventLog ? null : ledgerHeadingsOf(shape.headers, shape.profiles);
  if (ledger)
    return notDataOf("lookup", "sheet.why.ledger-headings", {
      header: ledger.header,
      examples: shown(ledger.examples),
    });

  const rows = Math.max(0, ...shape.profiles.map((p) => p.rows));
  const numbers = numericShare(shape.profiles);
  const strongRegister = shape.registerConfidence >= 0.6 || shape.eventLog === true;

  if (DASHBOARD_NAMES.test(shape.sheetName) && !subjects && !parties)
    return notDataOf("dashboard", "sheet.why.dashboard", { name: shape.sheetName });

  const guests = guestList(shape, headers);
  if (guests) return guests;

  // A segment or cluster column beside a column naming distinct clients is the clients' segment:
  // one header word is not enough against the rows' own evidence.
  const cluster = wordHits(headers, CLUSTER_WORDS);
  if (cluster.length > 0 && numbers >= 0.5 && rows <= 100 && !subjects && !parties)
    return notDataOf("cluster", "sheet.why.cluster", { headers: shown(cluster) });

  const products = wordHits(headers, PRODUCT_WORDS);
  // Order lines: items and their prices beside a buyer named again and again (a shop's order
  // book, counter sales). A client list names each client once; a buyer's name and phone on some
  // lines make no list of clients. Price bands per client (a ladder) are said as bands below.
  const buyer =
    products.length >= 2 &&
    !subjects &&
    !clientNumbered(shape) &&
    !(strongRegister && shape.registerSheet !== "Clients") &&
    chainedBands(shape) === null
      ? repeatedBuyer(shape)
      : null;
  if (buyer && !recordsAboutProducts(shape, products))
    return notDataOf("transactions", "sheet.why.order-lines", {
      headers: shown(products),
      header: buyer.header,
      rows: buyer.rows,
      buyers: buyer.buyers,
    });

  // Besides the product words, columns of stock (ISBN, 入库日期, 實際盤點) or of values only things
  // have (counts in 本 or 套, a picture's file name) describe the rows as things.
  const items = [
    ...new Set([
      ...products,
      ...itemColumns(shape.headers, shape.profiles).map(
        (i) => shape.headers[i]?.trim() || columnLetter(i + 1)
      ),
    ]),
  ];
  if (
    items.length >= 2 &&
    !namesClients(shape) &&
    !parties &&
    !(strongRegister && items.length < 3) &&
    !recordsAboutProducts(shape, products)
  )
    return notDataOf("catalogue", "sheet.why.catalogue", { headers: shown(items) });

  const projection = projectionTable(shape, subjects, parties);
  if (projection)
    return notDataOf("matrix", "sheet.why.projection", {
      headers: shown(projection.headers),
      from: projection.from,
      to: projection.to,
    });

  const points = pointsColumn(shape);
  if (points !== null) return notDataOf("lookup", "sheet.why.points", { header: points });

  const bands = chainedBands(shape);
  if (bands) return notDataOf("lookup", "sheet.why.bands", { low: bands[0], high: bands[1] });

  // Columns of a claim's own (its number, day, amount, status: ClaimID, ClaimAmount, 理赔金额)
  // make each row a claim against a policy, not a deal's value and stage or a policy held; a
  // claims log kept as complaints says so and stays one.
  const claims = claimHeaders(headers);
  if (claims.length >= 2 && !parties && !(strongRegister && shape.registerSheet === "Complaints"))
    return notDataOf("transactions", "sheet.why.claims", { headers: shown(claims) });

  const transactions = wordHits(headers, TRANSACTION_WORDS);
  // Counts of transactions (交易笔数, Transaction Count) beside a column headed as the client's
  // name with a different client on each row sum up each client's dealings: a row per client,
  // not one per transaction.
  const tallied =
    transactions.some((h) => headerHasWord(h, TRANSACTION_TALLY_WORDS)) && clientOnEachRow(shape);
  if (
    transactions.length >= 2 &&
    !tallied &&
    !onePolicyPerRow(shape) &&
    !(strongRegister && shape.registerSheet !== "Clients") &&
    !parties
  ) {
    const dated = shape.profiles.some((p) => p.date >= 0.6);
    if (dated || products.length > 0)
      return notDataOf("transactions", "sheet.why.transactions", { headers: shown(transactions) });
  }

  const keyed = subjects || parties || shape.eventLog ? null : transactionKeyed(shape);
  if (keyed && !(strongRegister && shape.registerSheet !== "Clients"))
    return notDataOf("transactions", "sheet.why.transactions", { headers: shown(keyed) });

  // A column of data types speaks for the whole list, whatever its field names sound like
  // (Customer Name, 客户名称 read as a subject's header).
  const dataTypes = dataTypeColumn(shape);
  if (dataTypes !== null) return notDataOf("lookup", "sheet.why.field-list", { header: dataTypes });
  // Field names (ride_0, cust_id) beside what each means: a field dictionary, however few rows.
  const fieldNames = fieldNameColumn(shape);
  if (fieldNames !== null)
    return notDataOf("lookup", "sheet.why.field-names", { header: fieldNames });

  // Settings: each row a key and its value (member_id_prefix = ANG), however its words sound.
  const [firstKey, secondKey] = headers.map(matchForm);
  if (
    firstKey !== undefined &&
    SETTING_KEY.test(firstKey) &&
    secondKey !== undefined &&
    SETTING_VALUE.test(secondKey) &&
    !subjects
  )
    return notDataOf("lookup", "sheet.why.settings", { headers: shown(headers.slice(0, 2)) });

  // Rows of distinct people (a name beside an e-mail or phone that hardly repeats) are a list of
  // people, whatever number, date and employer they carry.
  const repeated = parties || shape.eventLog ? null : repeatingClientKey(shape);
  if (repeated !== null)
    return notDataOf("transactions", "sheet.why.client-repeats", {
      header: repeated.key,
      date: repeated.date,
      amount: repeated.amount,
    });

  const logins = loginAccounts(shape, headers);
  if (logins) return logins;

  const outline = shape.eventLog ? -1 : outlineColumn(shape.columnValues ?? []);
  if (outline >= 0)
    return notDataOf("checklist", "sheet.why.outline", {
      header: shape.headers[outline]?.trim() || columnLetter(outline + 1),
    });

  const handled = shape.eventLog ? null : staffOnRows(shape);
  if (handled) return handled;

  const staffList = shape.eventLog ? null : staffEvidence(shape, headers);
  if (staffList) return staffList;

  const team =
    shape.eventLog ||
    !(
      shape.registerSheet === null ||
      shape.registerSheet === "Clients" ||
      shape.registerSheet === "Contacts"
    )
      ? null
      : foundersListed(shape);
  if (team)
    return notDataOf("people", "sheet.why.founders", {
      header: team.header,
      roles: shown(team.roles),
    });

  // What the workbook says the rows are comes before what their values look like.
  const role = othersListed(shape);
  if (role) return role;

  // A list reaching no one (no phone, e-mail or address) kept for an exam, a penalty, check-ins
  // or a pay run, or giving first names only beside dates: people, but nobody's clients.
  const unreached = partyReading(shape)
    ? unreachedPeople({
        sheetName: shape.sheetName,
        title: shape.title ?? "",
        headers: shape.headers,
        profiles: shape.profiles,
        columnValues: shape.columnValues,
      })
    : null;
  if (unreached) return notDataOf("people", unreached.code, unreached.params);

  const units = shape.eventLog ? null : ownUnitsOf(shape.headers, shape.profiles);
  if (units)
    return notDataOf("lookup", "sheet.why.own-units", {
      header: units.header,
      evidence: shown(units.evidence),
    });

  const periods = headers.filter((h) => PERIOD_HEADER.test(h.trim()));
  if (
    periods.length >= 3 &&
    numbers >= 0.6 &&
    !identifiesPeople(shape, subjects) &&
    !describesSubjects(shape, subjects)
  )
    return notDataOf("matrix", "sheet.why.periods", { headers: shown(periods) });

  // Customers × products (or groups) as 0/1 flags: an analysis grid, one client per row but no
  // register fields, which a name-less id column would otherwise carry into the register.
  const flags = shape.profiles.filter(isFlagColumn);
  const usedColumns = shape.profiles.filter((p) => p.filled > 0).length;
  if (flags.length >= 5 && flags.length * 2 >= usedColumns && !subjects)
    return notDataOf("matrix", "sheet.why.flags", { count: flags.length });

  // A checklist: each row a job (a sailing, an order) and most columns a step of it ticked off,
  // OK or ╳. The ticks say what was done, nothing about a client, whatever party the row names.
  const checks = shape.profiles.filter(isCheckColumn);
  if (checks.length >= 5 && checks.length * 2 >= usedColumns && !subjects && !parties)
    return notDataOf("checklist", "sheet.why.checklist", {
      count: checks.length,
      marks: shown([...new Set(checks.flatMap((p) => [...p.values.keys()]))]),
    });

  // A progress sheet: most of its columns a numbered series of tasks or assignments (Task 1.1,
  // Task 1.2, 作业1, 作业2) marked or scored on each row. The rows are people working through a
  // course or a programme (trainees, students), whoever they are, not clients.
  const progress = progressSeries(shape.headers, shape.profiles);
  if (progress.length >= MIN_SERIES && progress.length * 2 >= usedColumns)
    return notDataOf("people", "sheet.why.progress", {
      count: progress.length,
      headers: shown(progress),
    });

  // A scorecard: measures down its first column, their values, targets and statuses beside.
  const firstHeader = shape.headers.find((h) => h.trim() !== "");
  if (firstHeader !== undefined && METRIC_HEADER.test(matchForm(firstHeader)) && !subjects)
    return notDataOf("summary", "sheet.why.metrics", { labels: shown(shape.firstColumn) });

  const named = [shape.sheetName, shape.title ?? ""].find((n) => SUMMARY_NAMES.test(n));
  const aggregates = wordHits(headers, AGGREGATE_WORDS);
  if (named !== undefined && numbers >= 0.5 && rows <= 500 && (!subjects || aggregates.length >= 2))
    return notDataOf("summary", "sheet.why.summary-name", { name: named });
  // Totals per client (Total Assets, 负债合计) beside who each client is are a client list's
  // figures; a summary's rows are groups, with no way to reach anyone. Counts of each named
  // party's transactions (交易笔数 beside 客户名称) are such figures too.
  if (
    aggregates.length >= 3 &&
    numbers >= 0.5 &&
    rows <= 500 &&
    !parties &&
    !tallied &&
    !identifiesPeople(shape, subjects)
  )
    return notDataOf("summary", "sheet.why.aggregates", { headers: shown(aggregates) });

  const perPlace = placeStatistics(shape);
  if (perPlace)
    return notDataOf("summary", "sheet.why.place-figures", {
      places: shown(perPlace.places),
      figures: shown(perPlace.figures),
    });

  // The drop-down lists' own evidence names the columns, so it is the reason given when both hold.
  const lists = dropdownLists(shape);
  if (lists) return notDataOf("lookup", "sheet.why.dropdown-lists", { headers: shown(lists) });

  if (lookupByName(shape))
    return notDataOf("lookup", "sheet.why.lookup-name", { name: shape.sheetName });

  if (!strongRegister && isPlaceTable(shape))
    return notDataOf("lookup", "sheet.why.place-table", { name: shape.sheetName.trim() });

  const used = shape.profiles.filter((p) => p.filled > 0);
  if (
    used.length <= 2 &&
    (shape.registerConfidence < 0.4 || shape.besideOthers === true) &&
    !subjects &&
    used.every((p) => p.phone < 0.3 && p.email < 0.3 && p.date < 0.3)
  )
    return notDataOf("lookup", "sheet.why.lookup");

  return null;
}
