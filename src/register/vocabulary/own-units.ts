import type { WordTable } from "./words";

/**
 * Words of a list of the keeper's own units — its shops, branches and outlets — and of what only
 * the owner of such units writes about them: how each is run (直营, 加盟, franchised), when it
 * opened, its floor area, whether it is open or closed. Written once, in Simplified or in English
 * (lower case); matching folds 繁 to 简. Latin words stand alone, Han words are found anywhere.
 */
export const OWN_UNIT_LIST_WORDS = {
  /** In the header of the column naming the rows: each row is a shop, branch or outlet. */
  unit: [
    "店铺",
    "门店",
    "店名",
    "分店",
    "专卖店",
    "门市",
    "网点",
    "分公司",
    "营业厅",
    "shop",
    "store",
    "outlet",
    "branch",
  ],
  /** Values of a column saying how each unit is run: by the owner itself or by a partner. */
  operation: [
    "直营",
    "加盟",
    "联营",
    "自营",
    "合营",
    "托管",
    "company owned",
    "company operated",
    "franchise",
    "franchised",
    "franchisee",
  ],
  /** In the header of a date column: the day the unit opened. */
  opened: ["开业", "开店", "开张", "开幕", "opened", "opening", "open date"],
  /** Values of a column saying whether the unit still trades. */
  status: ["已开", "营业中", "在营", "关店", "闭店", "撤店", "停业", "已关", "trading", "closed"],
  /** In the header of a column of figures: the unit's floor area. */
  area: [
    "面积",
    "平米",
    "平方",
    "floor area",
    "sq ft",
    "sqft",
    "sqm",
    "square feet",
    "square metres",
    "square meters",
  ],
} as const satisfies WordTable;
