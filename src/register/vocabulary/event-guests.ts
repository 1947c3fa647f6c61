/**
 * Words of a guest list: the people invited to an event (a wedding, a banquet, a birthday), kept
 * with their group, their table and how many come, and sometimes the gift they brought. Written
 * once, in either script (headers are folded before they are compared).
 */
export const GUEST_LIST_WORDS = {
  /** Headers naming the people as guests or attendees. */
  guests: [
    "客人",
    "宾客",
    "嘉宾",
    "来宾",
    "贵宾姓名",
    "参会人",
    "与会人",
    "guest",
    "guests",
    "guestname",
    "attendee",
    "attendees",
    "invitee",
  ],
  /** Where they sit. */
  seats: [
    "桌号",
    "桌次",
    "席次",
    "座位",
    "座号",
    "席位",
    "tableno",
    "tablenumber",
    "seat",
    "seating",
    "seatno",
  ],
  /** Whether and how many come. */
  attendance: [
    "邀请人数",
    "确认人数",
    "出席人数",
    "到场人数",
    "是否出席",
    "是否到场",
    "携伴",
    "rsvp",
    "attending",
    "plusone",
    "partysize",
    "headcount",
  ],
  /** The gift money they gave. */
  gifts: ["礼金", "红包", "随礼", "份子钱", "贺礼", "gift", "giftamount"],
} as const;

/** Sheet names and titles that name an event of a family or a party, not a business. */
export const GUEST_EVENT_NAMES = [
  "婚礼",
  "婚宴",
  "喜宴",
  "喜酒",
  "请柬",
  "喜帖",
  "寿宴",
  "满月",
  "生日宴",
  "wedding",
  "banquet",
  "guestlist",
  "rsvp",
] as const;
