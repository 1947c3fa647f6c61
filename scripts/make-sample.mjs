#!/usr/bin/env node
// Generates assets/samples/messy-clients.xlsx: a realistic, messy client workbook in mixed
// Chinese and English, the input of `npm run demo`. Run: node scripts/make-sample.mjs
import ExcelJS from "exceljs";
import { mkdirSync } from "fs";
import { dirname, join } from "path";
import { fileURLToPath } from "url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const target = join(root, "assets", "samples", "messy-clients.xlsx");
const day = (y, m, d) => new Date(Date.UTC(y, m - 1, d));
const NA = { error: "#N/A" };

function sheet(wb, name, rows, merges = [], widths = []) {
  const ws = wb.addWorksheet(name);
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value !== null && value !== undefined) ws.getCell(r + 1, c + 1).value = value;
    }),
  );
  merges.forEach((m) => ws.mergeCells(m));
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  return ws;
}

function clients(wb) {
  // Birthdays typed five ways: a real date, an Excel serial, 年月日, y/m/d with slashes, English.
  const rows = [
    ["2024年度 大客户信息清单（华东分行）"],
    ["制表：客户经理 王磊      更新日期：2024-05-31"],
    [],
    ["序号", "客户名称", "客户类型", "联系人", "联系电话", "电子邮箱", "生日", "年通信消费（万元）", "风险偏好", "企业性质", "客户经理", "备注", "客户来源"],
    [1, "林志明", "个人", null, "13800138000", "lin.zm@example.com", day(1985, 5, 15), 12.5, "保守型", null, "王磊", "VIP，偏好电话联系", "网点"],
    [2, "华东精密机械有限公司", "企业", "李强", "021-62345678", "liqiang@hd-jm.cn", null, "1,100万", null, "民营", "王磊", "年底续约", "展会"],
    [null, null, null, "王芳", "13900001111", "wangfang@hd-jm.cn", null, null, null, null, null, null, null],
    [3, "陈静", "个人", null, "13700000000", "chenjing@@example", 31182, "86", "积极", null, "赵敏", "=1+1", "转介绍"],
    [4, "上海远航物流股份有限公司", "企业", "周涛", "021-55550000", "zhoutao@yh-logistics.com", null, "500萬", null, "股份制", "赵敏", "-重点维护", "老客户"],
    [5, "刘洋", "个人", null, "13500000000", null, "1990年6月5日", { formula: "4*2", result: 8 }, "稳健", null, "赵敏", "@周末可约", null],
    [6, "孙丽", "个人", null, "+86 136 0000 1234", "sunli@example.com", "1978/11/03", NA, "稳健型", null, "王磊", null, "网点"],
    ["小计", null, null, null, null, null, null, { formula: "SUM(H5:H11)", result: 1620.5 }],
    ["以下为新客户"],
    [7, "杭州云帆科技有限公司", "企业", "吴昊", "0571-88886666", "wuhao@yunfan.tech", null, "2,350", null, "外资", "王磊", null, "官网"],
    [null, null, null, "郑洁", "13300002222", "zhengjie@yunfan.tech", null, null, null, null, null, null, null],
    [8, "林志明", "个人", null, "138-0013-8000", null, "15 May 1985", 12.5, null, null, "王磊", "老客户，已合并", null],
    [9, "何静怡", "个人", null, "13200003333", "he.jy@example.com", "05/06/1992", "3.6", "保守", null, "赵敏", null, "转介绍"],
    [10, NA, "个人", null, "13100004444", null, null, "1.2", null, null, "赵敏", "姓名待补", null],
    [11, "国网某供电公司", "企业", "钱峰", "010-66660000", null, null, "1,100.9亿", null, "国企", "王磊", "战略客户", null],
    ["合计", null, null, null, null, null, null, { formula: "SUM(H5:H19)", result: 4000 }],
  ];
  const ws = sheet(wb, "客户信息清单", rows, ["A1:M1", "A2:M2", "B6:B7", "C6:C7", "H6:H7", "A13:M13", "B14:B15", "C14:C15", "H14:H15"], [6, 26, 9, 9, 16, 26, 14, 18, 10, 10, 10, 22, 10]);
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("G5").numFmt = "yyyy-mm-dd";
}

function insurance(wb) {
  const rows = [
    ["客戶保險涵蓋範圍表"],
    ["客戶姓名", "保單號碼", "保險公司", "險種", "保額(萬)", "年繳保費", "生效日期", "年期", "重大疾病", "保單狀態", "備註"],
    ["林志明", "TW-2019-0001", "國泰人壽", "終身壽險", 500, "NT$12,000", "民國108年3月1日", "20年", "是", "有效", null],
    [null, "TW-2020-0042", "富邦人壽", "醫療險", 50, "3,600", "109/07/15", 10, "否", "有效", "附加住院日額"],
    ["陈静", "TW-2018-0310", "南山人壽", "重疾險", 100, "8,800", "107/01/20", 20, "✓", "有效", null],
    ["何静怡", "TW-2015-0777", "新光人壽", "意外險", 30, "1,200", "104/12/31", 1, "✗", "失效", "未續保"],
    ["孫麗", "TW-2021-0100", "國泰人壽", "年金險", 200, NA, "110/05/01", 15, "無", "有效", null],
    ["王小明", "TW-2022-0500", "富邦人壽", "壽險", 300, "9,000", "111/09/09", 20, "是", "有效", "客戶名單中無此人"],
  ];
  sheet(wb, "保險涵蓋", rows, ["A1:K1", "A3:A4"], [12, 16, 12, 10, 10, 12, 18, 8, 10, 10, 18]);
}

function assets(wb) {
  const rows = [
    ["Asset review — Q1 2024"],
    ["Client", "Holding", null, "Institution", "Amount", null, "Maturity", "As of"],
    [null, "Asset Class", "Held At", null, "Market Value", "Currency", null, null],
    ["林志明", "Fund", "with us", "Our bank", "1.2M", "CNY", null, "2024-03-31"],
    ["林志明", "Mortgage", "ours", "Our bank", "(850,000)", "CNY", "2039-06-30", "2024-03-31"],
    ["林志明", "Stocks", "other bank", "CMB", "3.5k", "CNY", null, "2024-03-31"],
    ["陈静", "Deposit", "ours", "Our bank", "¥260,000", "CNY", "2025-01-15", "31 March 2024"],
    ["陈静", "Wealth product", "elsewhere", "ICBC", "RMB 500,000", "CNY", "2024-12-31", "2024-03-31"],
    ["华东精密机械有限公司", "Deposit", "ours", "Our bank", "12,500,000", "CNY", null, "2024-03-31"],
    ["Total", null, null, null, { formula: "SUM(E4:E9)", result: 13613500 }, null, null, null],
  ];
  sheet(wb, "Asset Review", rows, ["A1:H1", "A2:A3", "B2:C2", "D2:D3", "E2:F2", "G2:G3", "H2:H3"], [24, 16, 12, 12, 14, 10, 12, 14]);
}

function complaints(wb) {
  const rows = [
    ["投诉单号", "客户名称", "投诉日期", "投诉渠道", "问题类型", "严重程度", "投诉内容", "处理状态", "办结日期", "是否回访", "期望评分", "实际评分"],
    ["TS-001", "林志明", "2024-01-08", "电话", "服务态度", "一般", "柜台等候时间过长", "已解决", "2024-01-12", "是", 8, 7],
    ["TS-002", "华东精密机械有限公司", "2024/02/20", "邮件", "账务", "严重", "对账单金额与合同不符", "处理中", null, "否", 9, 5],
    ["TS-003", "杭州云帆科技有限公司", "2024年3月5日", "上门", "产品", "紧急", "网银批量代发失败，影响工资发放", "已关闭", "2024-03-06", "是", 9, 8],
    ["TS-004", "李雷", "2024-04-01", "电话", "其他", "低", "咨询转账限额", "待处理", null, "否", null, null],
  ];
  sheet(wb, "客户投诉", rows, [], [10, 24, 12, 10, 10, 10, 32, 10, 12, 10, 10, 10]);
}

function visits(wb) {
  const rows = [
    ["Visit log 2024"],
    ["Visit date", "Client", "Method", "Attendees", "Purpose", "Key points", "Client feedback", "Next steps", "Next visit", "Expense", "Report filed"],
    [day(2024, 1, 15), "华东精密机械有限公司", "Visit", "李强, 王芳", "Annual review", "Renewal of cash management", "Wants lower fees", "Send fee proposal", "2024-02-15", "¥350", "Y"],
    ["2024-02-03", "林志明", "Phone", null, "Birthday follow-up", "Fund performance", null, "Book meeting", null, null, "N"],
    ["2024-03-12", "杭州云帆科技有限公司", "Site visit", "吴昊", "Payroll incident", "Apologised; root cause found", "Satisfied with the fix", "Call back in a week", "2024-03-19", "1,200", "yes"],
    ["12/03/2024", "陈静", "Business event", null, "Client salon", null, null, null, null, "80", "✔"],
  ];
  sheet(wb, "Visits", rows, ["A1:K1"], [12, 24, 12, 14, 18, 28, 22, 20, 12, 10, 12]);
}

const wb = new ExcelJS.Workbook();
wb.creator = "Client Register sample";
wb.created = day(2024, 5, 31);
wb.modified = day(2024, 5, 31);
clients(wb);
insurance(wb);
assets(wb);
complaints(wb);
visits(wb);
mkdirSync(dirname(target), { recursive: true });
await wb.xlsx.writeFile(target);
console.log(`Wrote ${target}`);
