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
