"""
Shape of juglans/finereport "员工信息登记表" (员工信息.xls): one employee's registration form, an
Excel 97-2003 workbook of a report-tool demo, one sheet "sheet1" (here "Sheet1") starting at column B.

- Title 员工信息登记表 merged over B1:H1; 编号： and 填写日期： (a date-time) in row 3; then a form of
  label/value pairs, three pairs a row ("姓名：" / value, "性别：" / value, "出生年月：" / value ...),
  labels ending in a full-width colon (one in " 民族;" with a leading space and a semicolon); the
  ID number, school, address and e-mail values merged over three cells; a photo box merged over
  H5:H9; 教育经历： and 工作经历： each over a block of free text merged over B:H. One person, and
  the same form repeated for nobody else.
Values invented. Written by openpyxl, saved as .xls by LibreOffice.
"""
import datetime

from openpyxl.styles import Alignment, Border, Font, Side

from fake import Fake, save, workbook

f = Fake("staff-zh-cn-regform")

wb = workbook()
ws = wb.active
ws.title = "Sheet1"  # LibreOffice renames a lower-case "sheet1" (it clashes with its own Sheet1)
thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)

born = f.date(datetime.date(1975, 1, 1), datetime.date(1986, 12, 28))
graduated = datetime.date(born.year + 23, 7, 1)
joined = datetime.date(graduated.year, 8, 1)
name = f.name_cn()
pid = f"4304{f.r.randrange(10, 99)}{born:%Y%m%d}{f.r.randrange(1000):03d}{f.pick('0123456789X')}"

ws["B1"] = "员工信息登记表"
ws["B1"].font = Font(size=18, bold=True)
ws["B1"].alignment = Alignment(horizontal="center")
ws.merge_cells("B1:H1")
ws["B3"], ws["C3"], ws["G3"] = "编号：", "001", "填写日期："
ws["H3"] = datetime.datetime(2009, 12, 23, 10, 13, 21)
ws["H3"].number_format = "yyyy-mm-dd hh:mm:ss"

FORM = [
    (5, [("姓名：", name), ("性别：", "Male"), ("出生年月：", born)]),
    (6, [(" 民族;", "汉"), ("政治面貌：", "群众"), ("籍贯：", f.pick(["北京", "湖南", "江苏"]))]),
    (7, [("身高（cm）：", f.r.randrange(158, 185)), ("体重（kg）：", f.r.randrange(48, 80)), ("健康状况：", "良好")]),
    (8, [("身份证号码：", pid), None, ("学历：", "本科")]),
    (9, [("毕业学校：", f.pick(["北京理工学院", "湘南大学", "江南工学院"])), None, ("专业：", "计算机")]),
    (10, [("联系地址：", f.address_cn(("北京市", "北京市", ["海淀区", "朝阳区"]))), None, ("邮编：", "100086")]),
    (11, [("Email：", f.email("staff" + f"{f.r.randrange(10, 99)}")), None, ("电话：", f"0106{f.r.randrange(1000000, 9999999)}")]),
    (12, [("外语语种：", "英语"), ("外语水平：", "六级"), ("计算机水平：", "全国三级")]),
    (13, [("毕业时间：", graduated), ("到职时间：", joined), ("职称：", "二级")]),
]
for row, pairs in FORM:
    for k, pair in enumerate(pairs):
        if pair is None:
            continue
        label, value = pair
        lc, vc = "BDF"[k], "CEG"[k]
        ws[f"{lc}{row}"] = label
        ws[f"{vc}{row}"] = value
        if isinstance(value, datetime.date):
            ws[f"{vc}{row}"].number_format = "yyyy-mm-dd"
        if label == "身份证号码：":
            ws[f"{vc}{row}"].number_format = "@"
for row in (8, 9, 10, 11):
    ws.merge_cells(f"C{row}:E{row}")
for row in (10, 11, 12, 13):
    ws.merge_cells(f"G{row}:H{row}")
ws.merge_cells("H5:H9")
ws["B14"] = "教育经历："
ws["B15"] = f"{graduated.year - 4}年9月-{graduated.year}年7月 {ws['C9'].value} 计算机"
ws.merge_cells("B15:H18")
ws["B19"] = "工作经历："
ws["B20"] = f"{joined.year}年8月-至今 {f.pick(['某科技公司', '某软件公司'])}"
ws.merge_cells("B20:H24")
for row in ws.iter_rows(min_row=3, max_row=24, min_col=2, max_col=8):
    for c in row:
        c.border = box
for col, width in {"B": 13, "C": 12, "D": 12, "E": 10, "F": 12, "G": 12, "H": 14}.items():
    ws.column_dimensions[col].width = width
save(wb, "staff-zh-cn-regform.xls", libreoffice="xls")
