/**
 * Words Simplified Chinese writes two ways where Taiwan and Hong Kong write them with a character
 * the converter keeps apart: 紀錄 (Taiwan's usual "record", converted to 纪录) and 記錄 (记录) are the
 * same record. Folding meets them on the second spelling, on both sides of every comparison, so a
 * vocabulary word written once (拜访记录, 跟进记录) names the header however it is written (拜訪紀錄,
 * 跟進紀錄). Written folded (Simplified): applied after the character fold. 帳 converts to 帐, the
 * older form of 账 (帳號 → 帐号): an account number is 账号 however it was written. Taiwan writes a
 * nickname 暱稱 (converted to 暱称), Simplified Chinese 昵称.
 */
export const FOLD_VARIANTS: readonly (readonly [string, string])[] = [
  ["纪录", "记录"],
  ["帐", "账"],
  ["暱称", "昵称"],
];
