"""
Shape of MrBigGreen/CRM SourseCode/App/up/Files/客户导入模板.xlsx, a staffing firm's CRM client
import template saved by Excel (简体): one sheet, fifteen text-formatted columns (客户名称, 行业类别,
企业性质, 客户级别, 联系人, 职位, 固定电话, 手机号码, 邮箱, 所在省份, 所在城市, 详细地址, 官网, 客户来源,
公司简介), one filled-in sample company (its landline stored as a number in a text column, the
province / city / address cells formatted "0") and under it a row of red hints — 必填 under each
required column, "电话和手机号码选填一样" under the two phone columns. Values invented.
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("clients-zh-cn-hintrow")
header = ["客户名称", "行业类别", "企业性质", "客户级别", "联系人", "职位", "固定电话", "手机号码", "邮箱", "所在省份", "所在城市", "详细地址", "官网",
          "客户来源", "公司简介"]
contact = f.name_cn()
sample = ["飞鸿国际货运代理有限公司", "通信/网络设备", "民营", "低级", contact, "专员", 65550123, f.mobile_cn(), f.email("feihong"),
          "江苏省", "苏州市", "苏州"]
hints = ["必填"] * 6 + ["电话和手机号码选填一样"] * 2 + ["必填"] * 3

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for j, h in enumerate(header):
    ws.cell(1, j + 1, h).number_format = "@"
for j, v in enumerate(sample):
    ws.cell(2, j + 1, v).number_format = "0" if j >= 9 else "@"
red = Font(color="FFFF0000")
for j, v in enumerate(hints):
    cell = ws.cell(3, j + 1, v)
    cell.number_format = "@"
    cell.font = red
for col, w in {"A": 26.6, "B": 9.0, "G": 24.5, "H": 22.9, "I": 9.0, "L": 11.1, "M": 9.0}.items():
    ws.column_dimensions[col].width = w
save(wb, "clients-zh-cn-hintrow.xlsx")

if __name__ == "__main__":
    print(sample)
