/**
 * A client list's column of the insurance a client already holds (已购险种 "重疾、医疗", 已買險種
 * "壽險/醫療", "Policies held"), as opposed to what they might buy (拟购险种, 意向险种): the first
 * says the client's policies, the second is a sales intention, never a policy. Written folded
 * (简体, lower case, no spaces or punctuation); headers are folded before they are looked up.
 */
import type { WordTable } from "./words";

/**
 * Header words: `held` names the insurance types or products a client holds; `intended` makes
 * such a header a wish or a plan rather than what is held (拟购险种, "Interested in").
 */
export const HELD_PRODUCT_HEADERS = {
  held: [
    "已购险种",
    "已购买险种",
    "已买险种",
    "已购保险",
    "已购产品",
    "已购买产品",
    "已投保险种",
    "已投保产品",
    "已有保险",
    "已有保单",
    "已有险种",
    "已配置险种",
    "已配置保险",
    "已配保险",
    "持有险种",
    "持有保单",
    "持有保险",
    "现有保单",
    "现有保险",
    "现有险种",
    "已保险种",
    "policiesheld",
    "policyheld",
    "productsheld",
    "insuranceheld",
    "coverageheld",
    "coverheld",
    "existingpolicies",
    "existingcover",
    "existingcoverage",
    "existinginsurance",
    "currentpolicies",
    "currentcoverage",
    "currentinsurance",
  ],
  intended: [
    "拟购",
    "拟投",
    "拟配",
    "意向",
    "计划",
    "需求",
    "推荐",
    "建议",
    "待购",
    "准备",
    "想买",
    "目标",
    "缺口",
    "未购",
    "未配",
    "interest",
    "intend",
    "plan",
    "propos",
    "need",
    "recommend",
    "gap",
    "wish",
    "target",
  ],
} as const satisfies WordTable;
