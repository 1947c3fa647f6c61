"""
Shape of Guo-Alice/pension-dify-system insurance.xlsx: a catalogue of pension and annuity insurance
products exported from a financial data terminal (Choice) for a pension-advice chatbot, written by
libxlsxio (no styles beyond a bold header). The original lists 346 products; this re-make keeps
the shape at 90.

- One sheet "养老保险": header on row 1, bold: 证券代码 / 证券名称 / 适合年龄(BXLC) / 产品特色(BXLC) /
  保险责任(BXLC) / 保费说明(BXLC) / 详细条款(BXLC) / 保险公司全称(BXLC) / 缴费方式(BXLC) /
  销售渠道(BXLC) / 销售范围(BXLC) / 保障期限(BXLC).
- 证券代码 an 8-digit code stored as text; 证券名称 "<insurer short name>:<product name>(分红型)" with
  "(停售)" on discontinued ones; long free texts with line breaks in the middle columns; "--"
  for every missing value (most of 缴费方式, 销售渠道, 销售范围 and a third of 保障期限);
  销售范围 sometimes 全国 or a long comma list of provinces.
- Below the data two empty rows and the footer "数据来源：妙想Choice" in A.
Values invented (insurers, products and texts).
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("products-zh-cn-pensioncatalogue")
INSURERS = [("中和人寿", "中和人寿保险有限公司"), ("华盛人寿", "华盛人寿保险股份有限公司"), ("长安人寿", "长安人寿保险有限公司"),
            ("福瑞人寿", "福瑞人寿保险股份有限公司"), ("光明永泰人寿", "光明永泰人寿保险有限公司"), ("国安人寿", "国安人寿保险股份有限公司"),
            ("海信人寿", "海信人寿保险有限公司"), ("交融康泰", "交融康泰人寿保险有限公司"), ("英华人寿", "英华人寿保险有限公司"),
            ("东方和平人寿", "东方和平人寿保险股份有限公司")]
KINDS = ["团体年金保险(万能型)", "年金保险(分红型)", "养老年金保险(分红型)", "两全保险(分红型)", "养老两全保险(分红型)",
         "个人养老年金保险", "终身年金保险(万能型)"]
STEMS = ["安享", "金鑫", "福来", "长瑞", "康宁", "金色人生", "福运百年", "元利", "嘉和", "鑫福", "永泰", "如意", "瑞丰", "尊享"]
AGES = ["出生满30天至60周岁", "18-55周岁", "出生满60天至64岁", "7天至59岁", "被保险人0周岁（出生满30天）至50周岁（年金领取年龄55周岁）;\n被保险人0周岁（出生满30天）至55周岁（年金领取年龄60周岁）。",
        "本合同接受的最小投保年龄为18周岁，最大投保年龄为男性60周岁，女性50周岁", "--"]
FEATURES = ["老有所养，长寿无忧\n1.养老金最长可领取至百岁。\n2.给付总额有保底，保证给付期为20年。", "年年领取 关爱备至\n年金可以提前领，满足急需人性化。",
            "投保简单灵活  生存返还快捷 \n\n年金给付递增  不领累积生息", "产品特色：\n1、养老、投资双重功能；\n2、账户价值透明，收益稳健。", "--"]
DUTIES = ["生存保险金\n 从本合同生效后的第二个保险单周年日开始，若被保险人生存，按基本保险金额的10%给付生存保险金。",
          "养老保险金\n若被保险人生存至约定的养老保险金领取年龄，本公司按约定方式给付养老保险金。\n身故保险金\n被保险人身故，本公司按已交保险费给付身故保险金。",
          "年金利益给付：被保险人生存至年金领取年龄，可一次性或分期领取个人帐户价值；\n身故或全残利益给付：其受益人一次性领取个人帐户价值。"]
PREMIUMS = ["期缴", "3年、5年、10年、15年、20年，以保险单载明为准。", "投保人及被保险人可以定期或不定期、定额或不定额地交纳保险费。", "--", "--"]
TERMS = ["--", "--", "本合同保险期间自本合同生效日零时开始,保险期间为终身或长期。", "本合同的保险期间为被保险人终身。",
         "保险期间自合同生效日开始，至被保险人年满90周岁后的首个保险单周年日止。", "本合同的保险期间为终身,自本合同生效日零时起算。"]
PROVINCES = "上海,云南,内蒙古,北京,厦门,吉林,四川,天津,宁夏,宁波,安徽,山东,山西,广东,广西,新疆,江苏,江西,河北,河南,浙江,海南,深圳,湖北,湖南,甘肃,福建,贵州,辽宁,重庆,陕西,青海,黑龙江"

wb = workbook()
ws = wb.active
ws.title = "养老保险"
ws.append(["证券代码", "证券名称", "适合年龄(BXLC)", "产品特色(BXLC)", "保险责任(BXLC)", "保费说明(BXLC)", "详细条款(BXLC)",
           "保险公司全称(BXLC)", "缴费方式(BXLC)", "销售渠道(BXLC)", "销售范围(BXLC)", "保障期限(BXLC)"])
for c in ws[1]:
    c.font = Font(bold=True)
code = 76100550
for i in range(90):
    code += f.r.randrange(1, 40)
    short, full = f.pick(INSURERS)
    name = f"{short}:{''.join(f.r.sample(STEMS, 2))}{f.pick(KINDS)}" + ("(停售)" if f.chance(0.12) else "")
    duty = f.pick(DUTIES)
    clause = "保险责任\n" + duty + "\n责任免除\n因下列情形之一导致被保险人身故的，本公司不承担给付保险金的责任……" if f.chance(0.6) else "--"
    pay = f.pick(["--"] * 7 + ["趸交", "分期缴费", "年交"])
    channel = f.pick(["--"] * 8 + ["个人营销", "银保产品", "团体直销"])
    scope = f.pick(["--"] * 13 + ["全国"]) if i != 40 else PROVINCES
    ws.append([str(code), name, f.pick(AGES), f.pick(FEATURES), duty, f.pick(PREMIUMS), clause, full, pay, channel,
               scope, f.pick(TERMS)])
ws.append([])
ws.append([])
ws.append(["数据来源：妙想Choice"])
ws.column_dimensions["B"].width = 13

if __name__ == "__main__":
    save(wb, "products-zh-cn-pensioncatalogue.xlsx")
