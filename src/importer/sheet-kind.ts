/**
 * Sheets that are not register data although their headers share words with it: product
 * catalogues, transaction logs, pivot and summary tables, dashboards, cluster tables, matrices and
 * lookup lists. Importing them makes thousands of false clients and policies, so they are named
 * and left out (a caller's "Sheet!*=…" still forces them in).
 */
import { matchForm } from "./header-match";
import type { ColumnProfile } from "./profile";
import { readHeader } from "./subject";
import type { SheetKey } from "../register/types";
import { renderMessage, type MessageCode } from "../register/messages";

export type NotDataKind =
  | "pivot"
  | "dashboard"
  | "catalogue"
  | "transactions"
  | "cluster"
  | "matrix"
  | "summary"
  | "lookup";

export interface NotData {
  kind: NotDataKind;
  /** Why, in English words, for the issue and the mapping preview. */
  reason: string;
  /** The same reason as a catalogue code and its parameters (src/register/messages). */
  code: MessageCode;
  params: Record<string, string | number>;
}

function notData(
  kind: NotDataKind,
  code: MessageCode,
  params: Record<string, string | number> = {}
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
];
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

/** A column naming many distinct people or companies: a list of subjects, which register data has. */
function hasSubjectColumn(shape: SheetShape): boolean {
  return shape.headers.some((header, i) => {
    const p = shape.profiles[i];
    if (!p || p.filled < 2) return false;
    const reading = readHeader(header);
    const names =
      reading.base === "name" && (reading.role === "subject" || reading.role === "none")
        ? true
        : reading.role === "insured";
    return names && p.text >= 0.6 && p.distinctRatio >= 0.8;
  });
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

function quote(items: readonly string[]): string {
  return items
    .slice(0, 3)
    .map((h) => `"${h}"`)
    .join(", ");
}

function isFlagColumn(p: ColumnProfile): boolean {
  if (p.sampled < 2 || p.integer < 1) return false;
  return [...p.values.keys()].every((v) => v === "0" || v === "1");
}

/** What kind of not-register sheet this is, or null when it may well be register data. */
export function notRegisterData(shape: SheetShape): NotData | null {
  const headers = shape.headers.filter((h) => h.trim() !== "");
  const folded = [...headers, ...shape.firstColumn].map(matchForm);
  const pivot = folded.find(
    (h) => PIVOT_MARKERS.includes(h) || PIVOT_PREFIXES.some((p) => h.startsWith(p))
  );
  if (pivot !== undefined) return notData("pivot", "sheet.why.pivot", { label: pivot });

  const rows = Math.max(0, ...shape.profiles.map((p) => p.rows));
  const numbers = numericShare(shape.profiles);
  const strongRegister = shape.registerConfidence >= 0.6;
  const subjects = hasSubjectColumn(shape);

  if (DASHBOARD_NAMES.test(shape.sheetName) && !subjects)
    return notData("dashboard", "sheet.why.dashboard", { name: shape.sheetName });

  const cluster = wordHits(headers, CLUSTER_WORDS);
  if (cluster.length > 0 && numbers >= 0.5 && rows <= 100)
    return notData("cluster", "sheet.why.cluster", { headers: quote(cluster) });

  const products = wordHits(headers, PRODUCT_WORDS);
  if (products.length >= 2 && !subjects && !(strongRegister && products.length < 3))
    return notData("catalogue", "sheet.why.catalogue", { headers: quote(products) });

  const transactions = wordHits(headers, TRANSACTION_WORDS);
  if (transactions.length >= 2 && !(strongRegister && shape.registerSheet !== "Clients")) {
    const dated = shape.profiles.some((p) => p.date >= 0.6);
    if (dated || products.length > 0)
      return notData("transactions", "sheet.why.transactions", { headers: quote(transactions) });
  }

  // Colleagues' names with their departments and positions: a staff directory, not clients,
  // unless a column names the clients (公司名称 beside 职位 is a client's contact person).
  const staff = wordHits(headers, STAFF_WORDS);
  if (
    staff.length >= 2 &&
    wordHits(headers, CLIENT_WORDS).length === 0 &&
    !headers.some((h) => {
      const reading = readHeader(h);
      return reading.role === "subject" && reading.base !== null;
    })
  )
    return notData("lookup", "sheet.why.staff", { headers: quote(staff) });

  const periods = headers.filter((h) => PERIOD_HEADER.test(h.trim()));
  if (periods.length >= 3 && numbers >= 0.6)
    return notData("matrix", "sheet.why.periods", { headers: quote(periods) });

  // Customers × products (or groups) as 0/1 flags: an analysis grid, one client per row but no
  // register fields, which a name-less id column would otherwise carry into the register.
  const flags = shape.profiles.filter(isFlagColumn);
  const usedColumns = shape.profiles.filter((p) => p.filled > 0).length;
  if (flags.length >= 5 && flags.length * 2 >= usedColumns && !subjects)
    return notData("matrix", "sheet.why.flags", { count: flags.length });

  const named = [shape.sheetName, shape.title ?? ""].find((n) => SUMMARY_NAMES.test(n));
  const aggregates = wordHits(headers, AGGREGATE_WORDS);
  if (named !== undefined && numbers >= 0.5 && rows <= 500 && (!subjects || aggregates.length >= 2))
    return notData("summary", "sheet.why.summary-name", { name: named });
  if (aggregates.length >= 3 && numbers >= 0.5 && rows <= 500)
    return notData("summary", "sheet.why.aggregates", { headers: quote(aggregates) });

  const used = shape.profiles.filter((p) => p.filled > 0);
  if (
    used.length <= 2 &&
    (shape.registerConfidence < 0.4 || shape.besideOthers === true) &&
    !subjects &&
    used.every((p) => p.phone < 0.3 && p.email < 0.3 && p.date < 0.3)
  )
    return notData("lookup", "sheet.why.lookup");

  return null;
}
