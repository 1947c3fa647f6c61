/**
 * A held-out-style book (invented people, invented ID numbers with valid checksums): a mainland
 * bank wealth manager's (理财经理) client book as such books are kept — a title and a unit line
 * over the header, C1–C5 risk grades written every way, 万/万元 amounts, dates in five spellings
 * and an Excel serial, a section line, a 合计 row, a side note, one client entered twice under two
 * serials (the ID's check letter written once upper, once lower case), two different 张伟; a
 * policy sheet with insurer statuses and 7天 / 1年 / 终身 / 保至70岁 terms, an asset sheet with
 * 行内/行外 and a mortgage, and a complaint ledger with 已办结 / 处理中 / 待处理.
 *
 * Header and value spellings follow public Chinese bank schemas and client lists (客户编号,
 * 证件号码, 联系电话, 居住地址, 风险承受能力 C1–C5 …; see test/corpus/SOURCES.md for the corpus
 * sources); every name, number and address here is made up.
 */
import type { SourceSheet } from "../../../src/importer/types";
import type { ExpectedRecord } from "../book-score";

const sheet = (name: string, rows: unknown[][]): SourceSheet =>
  ({ name, rows, merges: [] }) as unknown as SourceSheet;

// prettier-ignore
export const BOOK: SourceSheet[] = [
  sheet("客户信息", [
    ["2024年二季度 个人及对公客户名单（理财经理：赵磊）"],
    ["统计截至：2024年6月30日"],
    ["序号", "客户姓名", "客户类型", "性别", "证件号码", "手机号码", "出生日期", "联系地址", "风险评级", "年收入", "金融资产(万元)", "开户日期", "客户经理", "备注", null, "注：风险评级C1-C5对应保守型至激进型"],
    [1, "王建华", "个人", "男", "11010519850312059X", "138 1122 3344", "1985.3.12", "北京市朝阳区建国路88号院3号楼", "C3稳健型", "60万", 520, "2015-06-18", "赵磊", ""],
    [2, "李秀英", "个人", "女", "320102196811034520", "139-0511-2233", "1968/11/3", "江苏省南京市玄武区中山路18号", "保守型(C1)", "25万元", 120, "2009.10.1", "赵磊", "退休教师，偏好存款"],
    [3, "刘洋", "个人", "男", "440304199002142614", "+86 136 0755 8899", "19900214", "广东省深圳市福田区深南大道6008号", "进取型", "150万", 980, "2018/3/9", "赵磊", ""],
    [4, "陈静", "个人", "女", "", "18612345678", "1979年8月5日", "上海市浦东新区世纪大道100号", "C4", "80万", 300, 43466, "赵磊", "=重点客户 季度回访"],
    [5, "张伟", "个人", "男", "310104198001010033", "13500001111", 29221, "上海市徐汇区漕溪北路1号", "平衡型", "40万", 150, "2020-11-20", "赵磊", ""],
    [6, "上海恒通贸易有限公司", "对公", "", "91310104MA1FR0000X", "021-6234 5678", "", "上海市静安区南京西路1266号", "", "", 2600, "2016-04-01", "赵磊", "法人代表：周海"],
    [7, "张伟", "个人", "男", "330106199207081233", "13700002222", "1992-7-8", "浙江省杭州市西湖区文三路90号", "谨慎型", "18万", 35, "2022-02-15", "赵磊", "与5号同名，非同一人"],
    ["——2024年新开户——"],
    [8, "周敏", "个人", "女", "510107198507014628", "159 2834 5566", "85-07-01", "四川省成都市武侯区人民南路四段1号", "C5激进型", "200万", 1500, "2024-01-08", "赵磊", ""],
    [9, "王建华", "个人", "男", "11010519850312059x", "13811223344", "1985-03-12", "北京市朝阳区建国路88号院3号楼", "稳健型", "", 520, "2024-03-01", "赵磊", "重复录入？"],
    ["合计", "", "", "", "", "", "", "", "", "", 6725, "", "", ""],
  ]),
  sheet("保单明细", [
    ["客户保单登记表"],
    ["序号", "投保人", "被保险人", "保险公司", "保单号", "险种", "产品名称", "生效日期", "保障期限", "缴费年期", "基本保额", "年缴保费(元)", "保单状态"],
    [1, "李秀英", "李秀英", "中国人寿", "2019-110-0001", "重疾险", "康宁安心重大疾病保险", "2019.6.1", "终身", "20年", "30万", "8,600", "有效"],
    [2, "刘洋", "刘洋", "平安人寿", "P2021000456", "百万医疗险", "安心百万医疗", "2023/1/1", "1年", "1年", "600万", 1280, "生效中"],
    [3, "陈静", "陈静", "太平洋保险", "CPIC-77889", "意外险", "出行意外保障", "2024-05-01", "7天", "趸交", "100万元", 35, "已满期"],
    [4, "王建华", "王建华", "泰康人寿", "TK-2018-5566", "年金险", "", "2018-03-15", "保至70岁", "10年", "50万", "50,000", "有效"],
    [5, "周敏", "周敏", "人保财险", "PICC-2023-0917", "家财险", "", "2023-09-17", "1年", "1年", "80万", 460, "已退保"],
    [6, "李秀英", "李秀英", "新华保险", "NCI-2010-3321", "定期寿险", "", "2010-12-01", "20年", "20年", "20万", 980, "失效"],
  ]),
  sheet("资产配置", [
    ["客户资产配置明细（单位：元）"],
    ["客户姓名", "资产类别", "产品名称", "行内/行外", "持有机构", "持仓金额", "到期日", "数据日期"],
    ["王建华", "理财产品", "稳利90天", "行内", "本行", "200万", "2024-09-28", "2024-06-30"],
    ["王建华", "基金", "沪深300指数", "行内", "本行", "85.5万", "", "2024-06-30"],
    ["李秀英", "定期存款", "三年期整存整取", "行内", "本行", 1000000, "2026-10-01", "2024/6/30"],
    ["刘洋", "股票", "", "行外", "某证券公司", "320万", "", "2024.6.30"],
    ["刘洋", "房贷", "", "行外", "某股份制银行", "150万", "2043-05-20", "2024.6.30"],
    ["陈静", "国债", "储蓄国债(电子式)", "行内", "本行", "50万", "2027-03-10", "2024-06-30"],
    ["周敏", "大额存单", "", "行外", "某城商行", "300万", "2026-01-08", "2024-06-30"],
    ["小计", "", "", "", "", 12055000, "", ""],
  ]),
  sheet("投诉登记", [
    ["2024年客户投诉登记台账"],
    ["投诉编号", "客户姓名", "受理日期", "投诉渠道", "投诉类型", "投诉内容", "处理人", "处理状态", "办结日期", "客户满意度"],
    ["TS2024001", "李秀英", "2024.3.5", "客服热线", "服务态度", "柜员办理业务时态度冷淡", "孙丽", "已办结", "2024.3.8", "满意"],
    ["TS2024002", "刘洋", "2024/4/18", "网点现场", "产品销售", "理财产品收益未达预期，认为销售时风险提示不足", "孙丽", "处理中", "", ""],
    ["TS2024003", "王建华", "2024-06-02", "12378热线", "收费问题", "信用卡年费重复扣收", "赵磊", "已解决", "2024-06-10", "基本满意"],
    ["TS2024004", "周敏", "2024-06-25", "手机银行", "系统故障", "转账失败但已扣款", "", "待处理", "", ""],
  ]),
];

// prettier-ignore
export const EXPECTED: ExpectedRecord[] = [
  { sheet: "Clients", key: { idNumber: "11010519850312059X" }, fields: { name: "王建华", kind: "person", phone: "138 1122 3344", birthday: "1985-03-12", address: "北京市朝阳区建国路88号院3号楼", riskProfile: "moderate", annualIncome: 600000, clientSince: "2015-06-18", owner: "赵磊", annualRevenue: null } },
  { sheet: "Clients", key: { name: "李秀英" }, fields: { kind: "person", idNumber: "320102196811034520", phone: "139-0511-2233", birthday: "1968-11-03", riskProfile: "conservative", annualIncome: 250000, clientSince: "2009-10-01" } },
  { sheet: "Clients", key: { name: "刘洋" }, fields: { phone: "+86 136 0755 8899", birthday: "1990-02-14", riskProfile: "aggressive", annualIncome: 1500000, clientSince: "2018-03-09" } },
  { sheet: "Clients", key: { name: "陈静" }, fields: { phone: "18612345678", birthday: "1979-08-05", riskProfile: "aggressive", annualIncome: 800000, clientSince: "2019-01-01", notes: { contains: "=重点客户 季度回访" } } },
  { sheet: "Clients", key: { phone: "13500001111" }, fields: { name: "张伟", idNumber: "310104198001010033", birthday: "1980-01-01", riskProfile: "moderate", annualIncome: 400000, clientSince: "2020-11-20" } },
  { sheet: "Clients", key: { name: "上海恒通贸易有限公司" }, fields: { kind: "enterprise", phone: "021-6234 5678", address: "上海市静安区南京西路1266号", clientSince: "2016-04-01" } },
  { sheet: "Clients", key: { phone: "13700002222" }, fields: { name: "张伟", birthday: "1992-07-08", riskProfile: "conservative", annualIncome: 180000, clientSince: "2022-02-15" } },
  { sheet: "Clients", key: { name: "周敏" }, fields: { phone: "159 2834 5566", birthday: "1985-07-01", riskProfile: "aggressive", annualIncome: 2000000, clientSince: "2024-01-08" } },
  { sheet: "Insurance", key: { policyNo: "2019-110-0001" }, fields: { insurer: "中国人寿", type: "critical-illness", insured: "李秀英", startDate: "2019-06-01", termYears: null, termText: "终身", sumInsured: 300000, annualPremium: 8600, status: "in-force" } },
  { sheet: "Insurance", key: { policyNo: "P2021000456" }, fields: { type: "medical", startDate: "2023-01-01", termYears: 1, sumInsured: 6000000, annualPremium: 1280, status: "in-force" } },
  { sheet: "Insurance", key: { policyNo: "CPIC-77889" }, fields: { type: "accident", startDate: "2024-05-01", termYears: null, termText: "7天", sumInsured: 1000000, status: "matured" } },
  { sheet: "Insurance", key: { policyNo: "TK-2018-5566" }, fields: { type: "annuity", startDate: "2018-03-15", termYears: null, termText: "保至70岁", sumInsured: 500000, annualPremium: 50000, status: "in-force" } },
  { sheet: "Insurance", key: { policyNo: "PICC-2023-0917" }, fields: { type: "property", termYears: 1, sumInsured: 800000, status: "lapsed" } },
  { sheet: "Insurance", key: { policyNo: "NCI-2010-3321" }, fields: { type: "life", termYears: 20, sumInsured: 200000, status: "lapsed" } },
  { sheet: "Assets", key: { marketValue: 2000000 }, fields: { assetClass: "wealth-product", heldAt: "ours", maturityDate: "2024-09-28", asOf: "2024-06-30" } },
  { sheet: "Assets", key: { marketValue: 855000 }, fields: { assetClass: "fund", heldAt: "ours" } },
  { sheet: "Assets", key: { marketValue: 1000000 }, fields: { assetClass: "deposit", heldAt: "ours", maturityDate: "2026-10-01", asOf: "2024-06-30" } },
  { sheet: "Assets", key: { marketValue: 3200000 }, fields: { assetClass: "stock", heldAt: "elsewhere", institution: "某证券公司" } },
  { sheet: "Assets", key: { assetClass: "loan" }, fields: { marketValue: -1500000, heldAt: "elsewhere", maturityDate: "2043-05-20" } },
  { sheet: "Assets", key: { marketValue: 500000 }, fields: { assetClass: "bond", heldAt: "ours" } },
  { sheet: "Assets", key: { marketValue: 3000000 }, fields: { assetClass: "deposit", heldAt: "elsewhere" } },
  { sheet: "Complaints", key: { complaintId: "TS2024001" }, fields: { receivedOn: "2024-03-05", channel: "客服热线", category: "服务态度", owner: "孙丽", status: "closed", resolvedOn: "2024-03-08" } },
  { sheet: "Complaints", key: { complaintId: "TS2024002" }, fields: { receivedOn: "2024-04-18", owner: "孙丽", status: "in-progress", description: "理财产品收益未达预期，认为销售时风险提示不足" } },
  { sheet: "Complaints", key: { complaintId: "TS2024003" }, fields: { receivedOn: "2024-06-02", status: "resolved", resolvedOn: "2024-06-10" } },
  { sheet: "Complaints", key: { complaintId: "TS2024004" }, fields: { receivedOn: "2024-06-25", status: "open" } },
];
