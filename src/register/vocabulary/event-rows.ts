import { COMPLAINT_MENTION_WORDS } from "./headers/complaints";

/**
 * Words in a table's headers saying each row is an event of one register sheet's kind: a call or
 * visit made (call_at, caller, disposition, 拜访日期, 回访结果), a quote or deal worked on
 * (报价, 成单, "Quote Sent"). Written once, 简体 and lower case (headers are folded before they
 * are compared); English words match as whole words.
 */
export const EVENT_ROW_WORDS = {
  Visits: [
    "call",
    "calls",
    "called",
    "caller",
    "call back",
    "callback",
    "call-back",
    "disposition",
    "visit",
    "visits",
    "visited",
    "visit date",
    "met",
    "met with",
    "meeting date",
    "meeting notes",
    "follow up",
    "follow-up",
    "followup",
    "next step",
    "next steps",
    "拜访",
    "走访",
    "回访",
    "电访",
    "来访",
    "致电",
    "来电",
    "去电",
    "外呼",
    "通话",
    "面谈",
    "洽谈",
    "接洽",
    "面访",
    "亲访",
    "约访",
    "沟通",
    "跟进",
    "下一步",
  ],
  Pipeline: [
    "quote",
    "quoted",
    "quotation",
    "proposal",
    "opportunity",
    "deal",
    "deal stage",
    "stage",
    "win probability",
    "lost reason",
    "报价",
    "询价",
    "商机",
    "成单",
    "赢单",
    "丢单",
    "输单",
    "投标",
    "中标",
    "销售阶段",
  ],
  Complaints: ["complaint", "complaints", ...COMPLAINT_MENTION_WORDS],
} as const;

/**
 * Words of a header naming the next step after an event (call_back_date_time, 下次跟进): a day
 * it names is one to come, not the event's own.
 */
export const NEXT_STEP_WORDS: readonly string[] = [
  "call back",
  "callback",
  "call-back",
  "call_back",
  "follow up",
  "follow_up",
  "follow-up",
  "followup",
  "next step",
  "next steps",
  "下一步",
  "下次",
  "待跟进",
];

/**
 * Words of the headers timing each row as an event of its own: when it began and when it ended
 * (Start DateTime / End DateTime, 开始时间 / 结束时间). A day a row's party began or ended something
 * of its own (a contract, a membership) has no time of day; those of an event do.
 */
export const EVENT_SPAN_WORDS = {
  start: ["start", "starts", "started", "begin", "begins", "开始", "起始", "始于"],
  end: ["end", "ends", "ended", "finish", "finished", "结束", "终止", "止于"],
} as const;
