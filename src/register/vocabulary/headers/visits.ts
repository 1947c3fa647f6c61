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
    "activity date",
    "meeting date",
    "call date",
    // A CRM follow-up log: 跟进时间 is when the contact took place, 下次跟进 when the next one is due.
    "跟进时间",
    "跟进日期",
    // A conversation or call-back log: when the client was talked to.
    "沟通时间",
    "沟通日期",
    "联系时间",
    "回访时间",
    "回访日期",
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
  attendees: [
    "participants",
    "who",
    "参与人员",
    "拜访对象",
    "同行人员",
    "陪同人员",
    "陪同人",
    "拜访人",
  ],
  purpose: ["objective", "拜访目的"],
  keyPoints: [
    "discussion",
    "summary",
    // A lone "Notes" column is the notes field's, read as what was discussed when nothing else
    // says it (map-columns: notesAreKeyPoints).
    "meeting notes",
    "visit notes",
    "call notes",
    "主要内容",
    "沟通内容",
    "洽谈内容",
    "内容",
    "拜访内容",
    "走访内容",
    "跟进内容",
    "跟进记录",
    "沟通记录",
    "讨论重点",
    "讨论内容",
    "会谈重点",
    "discussion points",
    // What was talked over at the contact: 沟通要点, 談話重點 (folded to 简); 洽谈要点 is the label.
    "沟通要点",
    "谈话重点",
    "拜访要点",
    "会谈要点",
    "讨论要点",
  ],
  clientViews: ["feedback", "client feedback", "客户反馈", "客戶回饋", "客户看法"],
  nextSteps: [
    "next step",
    "follow-up",
    "follow up",
    "后续安排",
    "跟进事项",
    "后续行动",
    "下一步行动",
    "下步计划",
    "下一步计划",
    "下步工作",
    "后续跟进",
    "下次行动",
    "next action",
    "action items",
  ],
  nextVisitOn: [
    "next visit on",
    "next visit date",
    "下次拜访日期",
    "下次走访",
    "下次跟进",
    "下次跟进日期",
    "下次跟进时间",
    "下次联系",
    "下次联系日期",
    "下次拜访时间",
    "下次走访日期",
    "next follow-up",
    "next follow up date",
    // 下次追蹤日 (Taiwan) and 下次拜访日: the day the next contact is due.
    "下次追踪日",
    "下次追踪日期",
    "下次追踪",
    "下次拜访日",
    "下次回访日期",
    // "Follow-up by" over dates: the day by which the next contact is due.
    "follow-up by",
    "follow up by",
    "follow-up date",
    "follow up date",
  ],
  expense: ["expenses", "cost", "花费", "招待费", "交通费", "拜访费用"],
  reportFiled: ["report", "visit report", "拜访报告", "是否提交报告"],
} as const satisfies WordTable;

/**
 * Words that mark a column as the plan or as what actually happened, in a header or in the group
 * above its sub-headers (计划 日期 | 实际 日期, "Planned Date" | "Actual Date"). Written folded
 * (简体, lower case, no spaces).
 */
export const PLAN_ACTUAL_WORDS = {
  plan: ["计划", "计画", "预计", "预定", "拟定", "planned", "plan", "scheduled", "target"],
  actual: ["实际", "实施", "执行", "完成", "actual", "actually", "done", "completed"],
} as const satisfies WordTable;
