"""
Shape of 1044007286/h5-excelimport "会员导入模板.xlsx" (at commit f004ca30): an industry
association's import template for its member companies, saved by WPS 表格 (here re-saved by
LibreOffice). One sheet, Sheet1; header in row 1 with no title, 28 columns: 会员证书编号 (empty on
both rows), 单位名称, 企业网址 (a hyperlink), 邮编 (a number), 通讯地址 (province to room),
营业执照注册号 (the 18-character credit code), 职工人数, 注册资金万元 (capital in 万元, the unit only
in the header), 营业额元, 总资产元, 法人代表, 生产经营范围, then two blocks of seven columns for two
people at the member company — the 参会代表 (the delegate to the association's meetings: name,
office phone, mobile stored as a number, QQ, job title, fax, e-mail as a mailto link) and the
委派联络员 (the appointed liaison, the same seven) — and 申请职务 (the association post applied for:
会长 / 副会长 / 理事 / 会员) and 状态 (已入会 / 已退会). Comments on six header cells give the
address and phone formats and explain 申请职务. Two sample companies: the second is the first
copied with an "s" typed after the name and 已退会; under them, in A4:C5 merged, a red note
"这是两个例子,上传时把不必要的内容清空,不填默认为空". Values invented.
"""
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font

from fake import Fake, save, workbook

f = Fake("memberfirms-zh-cn-association")

HEADER = ["会员证书编号", "单位名称", "企业网址", "邮编", "通讯地址", "营业执照注册号", "职工人数", "注册资金万元", "营业额元",
          "总资产元", "法人代表", "生产经营范围", "参会代表", "参会代表办公室电话", "参会代表手机", "参会代表QQ", "参会代表职务",
          "参会代表传真", "参会代表邮箱", "委派联络员姓名", "委派联络员办公室电话", "委派联络员手机", "委派联络员QQ", "委派联络员职务",
          "委派联络员传真", "委派联络员邮箱", "申请职务", "状态"]

COMPANY = "徐州云启网络科技有限公司"
ADDRESS = "江苏省徐州市云龙区和平路188号汇金大厦1206单元"
DELEGATE, LIAISON, LEGAL = "韩志远", "彭晓梅", "曹建国"
OFFICE, FAX = "0516-55501083", "0516-55500081"
MOBILE_D, MOBILE_L = int(f.mobile_cn()), int(f.mobile_cn())


def row(name, status):
    return [None, name, "www.example.com", 221000, ADDRESS, "91320303MA55501X6K", 80, 500, 6000000, 12000000, LEGAL,
            "软件开发与信息技术服务", DELEGATE, OFFICE, MOBILE_D, 2355501, "总经理", FAX, "hanzy@example.com",
            LIAISON, OFFICE, MOBILE_L, 3455502, "办公室主任", FAX, "pengxm@example.net", "理事", status]


wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(HEADER)
ws.append(row(COMPANY, "已入会"))
ws.append(row(COMPANY + "s", "已退会"))
ws["A4"] = "这是两个例子,上传时把不必要的内容清空,不填默认为空"
ws.merge_cells("A4:C5")
ws["A4"].font = Font(color="FFFF0000")
ws["A4"].alignment = Alignment(wrap_text=True)
ws.row_dimensions[2].height = 15
ws.row_dimensions[3].height = 15
for r in (2, 3):
    ws.cell(r, 3).hyperlink = "http://www.example.com/"
    ws.cell(r, 19).hyperlink = "mailto:" + ws.cell(r, 19).value
    ws.cell(r, 26).hyperlink = "mailto:" + ws.cell(r, 26).value
    ws.cell(r, 6).alignment = Alignment(horizontal="justify")
for ref, text in {"E1": "格式：\n 省 市 区 详细地址", "N1": "格式： \n 四位区号 - 电话号码", "R1": "格式：\n四位区号 - 电话 \n",
                  "U1": "格式：\n四位区号 - 电话号码", "Y1": "格式：\n四位区号 - 电话号码",
                  "AA1": "解释：\n例如会长、副会长、理事、会员等 \n"}.items():
    ws[ref].comment = Comment(text, "corpus")
widths = [12.875, 28.625, 21.5, 7.375, 50.875, 16.625, 8.875, 12.625, 9.375, 9.375, 8.875, 19.125, 8.875, 19.125,
          12.875, 11, 12.875, 13.75, 13.75, 13.125, 18.5, 13.125, 11.375, 13.125, 13.75, 16, 7.875]
for i, w in enumerate(widths, start=1):
    ws.column_dimensions[ws.cell(1, i).column_letter].width = w
save(wb, "memberfirms-zh-cn-association.xlsx", libreoffice="xlsx")
