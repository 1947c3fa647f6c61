import type { WordTable } from "../words";

/** Header words for the Visits sheet, one list per field key (besides the field's key and labels). */
export const VISITS_HEADERS = {
  visitOn: [
    "visit on",
    "date",
    "visited on",
    "日期",
    "走访日期",
    "拜访时间",
    "contact date",
    "联系日期",
    "日期时间",
  ],
  method: [
    "channel",
    "type",
    "拜访方式",
    "维护方式",
    "形式",
    "联系方式类型",
    "拜访形式",
    "contact method",
  ],
  place: ["location", "venue", "拜访地点"],
  attendees: ["participants", "who", "参与人员", "拜访对象"],
  purpose: ["objective", "拜访目的"],
  keyPoints: ["discussion", "summary", "主要内容", "沟通内容", "洽谈内容"],
  clientViews: ["feedback", "client feedback", "客户反馈", "客戶回饋", "客户看法"],
  nextSteps: ["next step", "follow-up", "follow up", "后续安排", "跟进事项"],
  nextVisitOn: ["next visit on", "next visit date", "下次拜访日期", "下次走访"],
  expense: ["expenses", "cost", "花费", "招待费"],
  reportFiled: ["report", "visit report", "拜访报告", "是否提交报告"],
} as const satisfies WordTable;
