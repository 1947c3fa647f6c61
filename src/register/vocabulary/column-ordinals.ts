import type { WordTable } from "./words";

/**
 * Words that say which of several columns of one field a column is: the first (Primary Phone,
 * 首选电话) or a later one (2nd Phone, Other Email, Alternate Address, 备用电话, 其他电话).
 * "First" is no such word: a First Name is the given name; nor are "main", "principal" and 主要
 * (a Principal or 主要负责人 is the client's principal, a Main Contact the client's own person —
 * not the first of several columns). Written once, in Simplified or in English lower case;
 * matching folds 繁 to 简. A number after the field's word (Phone1, 联系电话二) says the same
 * without a word.
 */
export const COLUMN_ORDINAL_WORDS = {
  first: ["primary", "第一", "首选"],
  later: [
    "second",
    "secondary",
    "third",
    "other",
    "alternate",
    "alternative",
    "alt",
    "additional",
    "another",
    "backup",
    "extra",
    "其他",
    "其它",
    "备用",
    "第二",
    "第三",
    "另一",
  ],
} as const satisfies WordTable;
