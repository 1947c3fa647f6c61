"""
policies-zh-cn-brokertemplate.xls: an insurance sales company's policy import (补录/修改) template
for its agent platform, the shape of upload/policymodify.xls in 18736871304/mhcore: Excel 97-2003,
one sheet Sheet1, only the header row (34 columns: the policy — 保单号, 出单日期, 生效日期, 保险公司,
险种名称, 渠道, 保险金额, 保费, 缴费方式, 缴费年期 + unit, 保障期限 + unit —, then the policyholder's and
the insured's name, mobile, ID type and number, sex, birth date, province, city, county, street
address, and the policyholder's relation to the insured), an autofilter over the header, the ID
and address columns formatted as text. No policy filled in.

LibreOffice writes the .xls.
"""
from fake import save, workbook

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
HEADER = ["保单号", "出单日期", "生效日期", "保险公司", "险种名称", "渠道", "保险金额", "保费", "缴费方式", "缴费年期",
          "缴费年期单位", "保障期限", "保障期限单位", "投保人姓名", "投保人手机号", "投保人证件号码类型", "投保人证件号码",
          "投保人性别", "投保人出生日期", "投保人所在省", "投保人所在市", "投保人所在县", "投保人详细地址", "投保人是被保人的",
          "被保人姓名", "被保人手机号", "被保人证件号码类型", "被保人证件号码", "被保人性别", "被保人出生日期", "被保人所在省",
          "被保人所在市", "被保人所在县", "被保人详细地址"]
TEXT = {"保单号"} | {h for h in HEADER[15:] if not h.endswith("出生日期")} - {"投保人出生日期"}
for j, h in enumerate(HEADER, 1):
    c = ws.cell(1, j, h)
    if h in TEXT and h != "投保人出生日期":
        c.number_format = "@"
ws.auto_filter.ref = "A1:AH1"
for col, w in {"A": 23.4, "B": 15.0, "C": 22.9, "D": 34.4, "E": 51.3, "F": 24.0, "K": 14.0, "M": 14.0, "P": 24.0,
               "Q": 16.0, "X": 24.0, "AA": 24.0, "AB": 16.0}.items():
    ws.column_dimensions[col].width = w

save(wb, "policies-zh-cn-brokertemplate.xls", libreoffice="xls")
