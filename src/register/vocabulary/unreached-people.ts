import type { WordTable } from "./words";

/**
 * Header words of what a list of people is kept for when it is not business: an exam taken (考生,
 * 报考, examinee), a penalty imposed (处罚, 罚款, penalty), a place checked in and out of (签到,
 * check in), pay run for employees (工资, salary, superannuation). A list whose rows reach no one
 * (no phone, e-mail or address) and whose headers say one of these is an exam office's candidates,
 * an authority's penalised firms, a venue's visitors or a payroll's employees, not anyone's
 * clients. Written once, in Simplified or in English lower case (several words with single
 * spaces); matching folds 繁 to 简 and reads a header's words with any punctuation as a space
 * ("Check-In" holds "check in"). An English word matches only whole, a Chinese one anywhere.
 */
export const UNREACHED_PURSUIT_WORDS = {
  exam: ["考生", "报考", "准考证", "应试", "examinee", "examinees", "exam", "examination"],
  penalty: ["处罚", "罚款", "罚没", "penalty", "penalties", "violation", "violations"],
  attendance: [
    "check in",
    "check out",
    "checkin",
    "checkout",
    "clock in",
    "clock out",
    "time in",
    "time out",
    "签到",
    "签退",
    "入场时间",
    "离场时间",
    "打卡",
  ],
  pay: [
    "salary",
    "super",
    "superannuation",
    "payslip",
    "pay period",
    "gross pay",
    "net pay",
    "工资",
    "薪资",
    "薪酬",
    "实发",
    "应发",
    "个税",
  ],
} as const satisfies WordTable;

/**
 * Headers of a column that reaches a person or a firm: a phone, an e-mail, a postal address, a
 * messenger. Filled with anything but placeholders (none, n/a, 无), the list reaches its people,
 * whatever the values look like. Matched as `UNREACHED_PURSUIT_WORDS` are.
 */
export const REACH_HEADER_WORDS = {
  reach: [
    "phone",
    "telephone",
    "tel",
    "mobile",
    "cell",
    "fax",
    "email",
    "e mail",
    "mail",
    "address",
    "wechat",
    "whatsapp",
    "line id",
    "电话",
    "手机",
    "传真",
    "邮箱",
    "邮件",
    "地址",
    "住址",
    "微信",
    "联系方式",
    "联系电话",
  ],
} as const satisfies WordTable;

/**
 * Headers saying a column holds the family name of a person whose given name stands in another
 * column (Last Name, Surname, NOM, 姓). Filled, the list names its people in full; matched whole.
 */
export const FAMILY_NAME_HEADERS = {
  family: [
    "last name",
    "lastname",
    "surname",
    "family name",
    "nom",
    "nom de famille",
    "apellido",
    "apellidos",
    "sobrenome",
    "姓",
    "姓氏",
  ],
} as const satisfies WordTable;

/**
 * Headers of a postcode (Postcode, ZIP, CODE POSTAL, 邮编): beside first names and birth years it
 * says where a person lives roughly, no way to reach anyone. Matched as `REACH_HEADER_WORDS` are.
 */
export const POSTAL_CODE_HEADERS = {
  postal: [
    "postcode",
    "post code",
    "postal code",
    "zip",
    "zip code",
    "code postal",
    "plz",
    "邮编",
    "邮政编码",
  ],
} as const satisfies WordTable;
