"""
Shape of the customer import template of a small reconciliation system for a garment-trade firm,
as in lenzhenl888-png/zhenlin-reconciliation-os "public/templates/客户资料导入模板.xlsx" (commit
524d8b5a4a31f99204b5054ff4b54b4cc9f732ec; written by openpyxl): sheet '客户资料导入' with a title
'…客户资料导入模板' merged A1:X1, an instruction line merged A2:X2 ('请从第 4 行开始填写…'), the header on
row 3 with required marks in the headings (客户ID（可选，用于更新） / 客户简称（必填） / 客户全称（必填） / 客户类型 /
客户状态 / 联系人 / 手机号 / 电话 / 微信 / 邮箱 / 开票抬头 / 纳税人识别号 / 开票地址 / 开票电话 / 开户银行 /
银行账号 / 默认账期 / 默认对账日 / 默认付款日 / 币种 / 是否需要发票后付款 / 收货地址 / 寄票地址 / 备注), the
template's example row on row 4 (张三, 13800000000, a tax number with X placeholders, note
'示例行可删除后再导入'), text formats on ID, phone, tax and bank columns and drop-down lists on
客户类型 / 客户状态 / 是否需要发票后付款 down to row 104; a second sheet '填表说明' explains the fields.
The real file is the empty template with its example row; this one is the template as the firm fills
it: the example row left in place and twelve customers below it. Values invented.
"""
from openpyxl.styles import Alignment, Font
from openpyxl.worksheet.datavalidation import DataValidation

from fake import Fake, save, workbook

f = Fake("clients-zh-cn-garmentreconcile")

HEAD = ["客户ID（可选，用于更新）", "客户简称（必填）", "客户全称（必填）", "客户类型", "客户状态", "联系人", "手机号", "电话", "微信", "邮箱",
        "开票抬头", "纳税人识别号", "开票地址", "开票电话", "开户银行", "银行账号", "默认账期", "默认对账日", "默认付款日", "币种",
        "是否需要发票后付款", "收货地址", "寄票地址", "备注"]
SAMPLE = [None, "示例服饰", "示例服饰有限公司", "服装厂", "正常", "张三", "13800000000", "0571-88888888", "zhangsan-wechat",
          "customer@example.com", "示例服饰有限公司", "91330000XXXXXXXXXX", "浙江省杭州市某某路 1 号", "0571-88888888",
          "中国工商银行杭州分行", "6222000000000000000", "月结", "每月25日", "次月10日", "人民币", "否", "浙江省杭州市收货地址",
          "浙江省杭州市寄票地址", "示例行可删除后再导入"]
FIRMS = [("锦绣", "服饰有限公司", "服装厂"), ("衣恋坊", "服装厂", "服装厂"), ("禾木", "品牌管理有限公司", "品牌客户"),
         ("南岸", "贸易有限公司", "贸易客户"), ("织梦", "针织有限公司", "服装厂"), ("青禾", "服饰有限公司", "品牌客户"),
         ("恒泰", "纺织品贸易有限公司", "贸易客户"), ("云裳", "服装有限公司", "服装厂"), ("木子", "童装厂", "服装厂"),
         ("东篱", "服饰商行", "其他"), ("星河", "服饰有限公司", "品牌客户"), ("汇丰源", "制衣厂", "服装厂")]
CITIES = [("浙江省杭州市", "0571"), ("浙江省湖州市织里镇", "0572"), ("广东省广州市海珠区", "020"), ("江苏省常熟市", "0512"),
          ("福建省石狮市", "0595"), ("上海市", "021")]
BANKS = ["中国工商银行", "中国农业银行", "中国建设银行", "招商银行", "浙江农商银行"]

wb = workbook()
ws = wb.active
ws.title = "客户资料导入"
ws["A1"] = "臻林客户资料导入模板"
ws["A1"].font = Font(size=14, bold=True)
ws["A1"].alignment = Alignment(horizontal="center")
ws["A2"] = "请从第 4 行开始填写客户资料；客户简称、客户全称必填。重复客户会自动更新，不会重复添加。"
ws.merge_cells("A1:X1")
ws.merge_cells("A2:X2")
for c, h in enumerate(HEAD, 1):
    ws.cell(3, c, h).font = Font(bold=True)
rows = [SAMPLE]
for k, (short, suffix, kind) in enumerate(FIRMS):
    city, area = f.pick(CITIES)
    contact = f.name_cn()
    full = short + suffix
    landline = f"{area}-{f.r.randrange(56000000, 89999999)}" if f.chance(0.6) else None
    tax = f"91{f.r.randrange(310000, 449999)}{f.r.randrange(10 ** 8, 10 ** 9 - 1)}{f.pick('ABCDEFGHJKLMNPQRTUWXY')}" if f.chance(0.8) else None
    street = f"{city}{f.pick(['新华路', '环城东路', '织里大道', '工业园路', '江南大道'])}{f.r.randrange(1, 400)}号"
    rows.append([f"cust_{f.r.randrange(10 ** 7, 10 ** 8):x}" if k in (2, 7) else None, short, full, kind,
                 "暂停合作" if k == 9 else "正常", contact, f.mobile_cn(), landline,
                 f.pick([None, None, f"wx_{short}{f.r.randrange(10, 99)}"]), f.email(f"fin{k + 1:02d}") if f.chance(0.6) else None,
                 full if tax else None, tax, street if tax else None, landline if tax else None,
                 f"{f.pick(BANKS)}{city[3:5] or city[:2]}支行" if tax else None,
                 f"62{f.r.randrange(10 ** 16, 10 ** 17 - 1)}" if tax else None, f.pick(["月结", "月结60天", "款到发货", "季结"]),
                 f.pick(["每月25日", "每月月底", "每月20日", None]), f.pick(["次月10日", "次月15日", None]), "人民币",
                 f.pick(["否", "否", "是"]), street if f.chance(0.7) else f"{city}{f.pick(['仓库', '物流园'])}{f.r.randrange(1, 50)}号",
                 None if f.chance(0.5) else street, f.pick([None, None, "老客户", "对账需先发邮件", "春节前结清"])])
for r, row in enumerate(rows, 4):
    for c, v in enumerate(row, 1):
        if v is not None:
            ws.cell(r, c, v)
for r in range(4, 105):
    for c in (1, 7, 8, 12, 16):
        ws.cell(r, c).number_format = "@"
for rng, options in (("D4:D104", '"品牌客户,贸易客户,服装厂,其他"'), ("E4:E104", '"正常,暂停合作"'), ("U4:U104", '"是,否"')):
    dv = DataValidation(type="list", formula1=options, allow_blank=False)
    dv.add(rng)
    ws.add_data_validation(dv)
for c, w in enumerate([22, 18, 18, 14, 14, 16, 16, 16, 16, 16, 20, 20, 20, 20, 20, 20, 20, 16, 16, 15, 15, 26, 26, 26], 1):
    ws.column_dimensions[ws.cell(3, c).column_letter].width = w

ws2 = wb.create_sheet("填表说明")
ws2["A1"] = "客户资料导入说明"
ws2.merge_cells("A1:D1")
guide = [("字段", "是否必填", "说明", "示例"),
         ("客户ID（可选，用于更新）", "否", "从系统导出的客户 ID。填写后优先按 ID 更新。", "cust_xxx"),
         ("客户简称", "是", "客户列表和对账页面优先显示的名称。", "示例服饰"),
         ("客户全称", "是", "正式客户名称，用于导出和开票信息参考。", "示例服饰有限公司"),
         ("客户类型", "否", "只能填写：品牌客户 / 贸易客户 / 服装厂 / 其他。留空默认其他。", "服装厂"),
         ("客户状态", "否", "只能填写：正常 / 暂停合作。留空默认正常。", "正常"),
         ("是否需要发票后付款", "否", "填写 是 / 否。留空默认否。", "否"),
         ("重复识别", "-", "系统会按客户ID、纳税人识别号、客户简称+客户全称识别已有客户。匹配到则更新，不会重复新增。", None),
         ("导入方式", "-", "进入系统左侧 客户资料，点击 导入客户资料，选择本模板后确认即可。", None)]
for r, row in enumerate(guide, 3):
    for c, v in enumerate(row, 1):
        if v is not None:
            ws2.cell(r, c, v)
save(wb, "clients-zh-cn-garmentreconcile.xlsx")
if __name__ == "__main__":
    for row in rows:
        print(row)
