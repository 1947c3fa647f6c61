import type { WordTable } from "./words";

/**
 * Header words naming the party a record is about, on sheets of records (loans, deals,
 * applications, complaints): the borrower of a loan, the applicant of an application. Each row's
 * such column is its client. Written once, in Simplified or in English; matching folds 繁 to 简
 * (借款人 covers 借款人, 申請人 folds to 申请人).
 */
export const RECORD_PARTY_WORDS = {
  party: [
    "borrower",
    "applicant",
    "complainant",
    "借款人",
    "借款客户",
    "贷款客户",
    "申请人",
    "投诉人",
    "申诉人",
  ],
} as const satisfies WordTable;

/**
 * Qualifiers that make a party header name a second party of the record, not its subject:
 * "Co-Borrower", "Joint Applicant", 共同借款人, 联名申请人. Written folded, English lower case.
 */
export const SECOND_PARTY_WORDS = {
  second: [
    "co",
    "joint",
    "second",
    "secondary",
    "additional",
    "other",
    "共同",
    "联名",
    "第二",
    "副",
  ],
} as const satisfies WordTable;

/**
 * Qualifiers saying a number is the keeper's own, given by its system to the record: "Internal
 * ID", internal_id_number, "System No", 内部编号, 系統編號. Such a number keys the row (the client's
 * number on a client list), never an identity document's. Written folded, English lower case;
 * matching folds 繁 to 简.
 */
export const OWN_NUMBER_WORDS = {
  own: ["internal", "system", "in house", "inhouse", "内部", "系统", "本系统"],
} as const satisfies WordTable;

/**
 * Header words naming someone in charge without saying on whose side: 负责人 / 負責人, "Person in
 * Charge", PIC. On a client list they name our staff member when one person looks after many
 * clients, and the client's own person in charge (its contact) when nearly every client has
 * another. Written folded, English lower case; matching folds 繁 to 简.
 */
export const IN_CHARGE_WORDS = {
  inCharge: ["负责人", "person in charge", "pic", "in charge", "responsible person"],
} as const satisfies WordTable;

/**
 * Words in the name of an insurer ("010 - Harborline Insurance Company", 平安人寿, 富邦產險): a
 * column of such names on a policy list is the underwriter's, never the client's, whatever its
 * header says ("Company Code"). Written once, in Simplified or in English; matching folds 繁 to 简.
 */
export const INSURER_NAME_WORDS = {
  insurer: [
    "insurance",
    "assurance",
    "underwriters",
    "casualty",
    "indemnity",
    "保险",
    "人寿",
    "产险",
    "财险",
    "寿险",
  ],
} as const satisfies WordTable;
