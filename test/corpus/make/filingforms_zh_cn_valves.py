"""
Shape of deepsoft-haolifa/fmis "business-doc/2016年客户及信息备案表.xlsx" (at commit bd8fda4e): a
valve maker's sales filing workbook kept as a blank form, Excel. Three sheets, each with a title
merged across the table in row 1 ("                   公司 客户备案表", leading spaces where the
company name goes), a thin row 2, the header in row 3 (some headers broken over two lines), frozen
below it, and the serial numbers 1–20 typed down column A with nothing else filled in:
- 客户备案表 (customers): 序号, 初次登记日期, 初次订货日期, 商务公司代码, 业务负责人, 客户所属区域, 客户代号,
  客户级别, 客户名称, 主要负责人, 职务, 联系电话, 联系传真, 邮箱, 办公地址, 客户来源, 新/老客户, 品牌, 备注;
  under the twenty blank lines six numbered notes in column A and a small merged table of the
  customer grades (A类 … D类 against order value and collection rate);
- 信息备案 (leads not yet ordering): 序号, 信息来源日期, 商务公司代码, 客户所属区域, 信息备案号, 客户名称,
  信息负责人, 品牌, 联系人, 职务, 联系电话, 联系传真, 邮箱, 办公地址, 信息来源, 备注; two notes below;
- 项目备案表 (projects): 序号, 备案日期, 商务公司代码, 客户所属区域, 项目备案号, 业务负责人, 客户名称,
  项目名称, 联系人, 职务, 联系电话, 邮箱, 品牌, 客户/信息, 涉及产品, 备注.
Nothing is invented: the form holds no values.
"""
from openpyxl.styles import Alignment, Border, Font, Side

from fake import save, workbook

thin = Side(style="thin")
box = Border(left=thin, right=thin, top=thin, bottom=thin)


def form(ws, title, header, widths):
    last = ws.cell(3, len(header)).column_letter
    ws["A1"] = title
    ws["A1"].font = Font(size=16)
    ws["A1"].alignment = Alignment(horizontal="center", vertical="center")
    ws.merge_cells(f"A1:{last}1")
    ws.row_dimensions[1].height = 28.5
    ws.row_dimensions[2].height = 3.75
    for c, h in enumerate(header, start=1):
        cell = ws.cell(3, c, h)
        cell.font = Font(size=10)
        cell.border = box
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for r in range(4, 24):
        ws.row_dimensions[r].height = 24
        ws.cell(r, 1, r - 3).alignment = Alignment(horizontal="center", vertical="center")
        for c in range(1, len(header) + 1):
            ws.cell(r, c).border = box
            ws.cell(r, c).font = Font(size=10)
    ws.row_dimensions[3].height = 24
    for col, width in widths.items():
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A4"


wb = workbook()
ws = wb.active
ws.title = "客户备案表"
form(ws, "                   公司 客户备案表",
     ["序号", "初次登\n记日期", "初次订货日期", "商务公司代码", "业务\n负责人", "客户所属区域", "客户\n代号", "客户级别", "客户名称", "主要负责人", "职务",
      "联系电话", "联系传真", "邮箱", "办公地址", "客户来源", "新/老客户", "品牌", "备注"],
     {"A": 4.875, "B": 6.375, "C": 7.75, "D": 7.625, "E": 8.0, "F": 5.625, "H": 4.875, "I": 18.875, "J": 9.0, "N": 11.625,
      "O": 18.125, "P": 7.375, "Q": 6.25, "S": 14.375})
notes = ["注：1、超过6个月未订货的客户按信息处理；", "    2、初次订货日期填至月份；", "    3、所属区域填至省份即可；",
         "    4、客户级别：分为A类；B类；C类；D类及潜在客户，主要考核年度两项指标，分别为订货额，签订回款率；详见下表",
         "       可在D 类客户里面评出潜在客户：潜在客户主要指具有可发潜力的客户",
         "    5、新老客户界定：老客户为连续订货时间超过24个月的客户，连续订货时间未超过24个月的客户为新客户",
         "    6、品牌分：好利、大宇、班芙、贴牌、其它；"]
for i, note in enumerate(notes):
    ws.cell(24 + i, 1, note)
ws["C31"] = "客户分级标准"
ws.merge_cells("C31:H31")
ws["D32"], ws["F32"] = "签单额", "签单回款率"
for r, (grade, amount, rate) in enumerate([("A类", "X ≥50万元", "≥75%"), ("B类", "X ≥20", "≥85%"), ("C类", "X ≥10", "≥90%"),
                                            ("D类", "10万元以下", "≥95%")], start=33):
    ws.cell(r, 3, grade)
    ws.cell(r, 4, amount)
    ws.cell(r, 6, rate)
for r in range(32, 37):
    ws.merge_cells(f"D{r}:E{r}")
    ws.merge_cells(f"F{r}:H{r}")
    for c in range(3, 9):
        ws.cell(r, c).border = box
        ws.cell(r, c).alignment = Alignment(horizontal="center")

ws = wb.create_sheet("信息备案")
form(ws, "                公司 信息备案表",
     ["序号", "信息来源日期", "商务公司代码", "客户所属区域", "信息备案号", "客户名称", "信息负责人", "品牌", "联系人", "职务", "联系电话", "联系传真",
      "邮箱", "办公地址", "信息来源", "备注"],
     {"A": 4.875, "B": 7.75, "C": 7.25, "E": 6.875, "F": 25.375, "G": 9.0, "N": 16.125, "O": 11.25, "P": 10.5})
ws["A24"] = "注：1、信息为未订货客户或超过12个月未订货的客户；"
ws["A25"] = "    2、所属区域填至省份即可"

ws = wb.create_sheet("项目备案表")
form(ws, "                公司 项目备案表",
     ["序号", "备案日期", "商务公司代码", "客户所属区域", "项目备案号", "业务负责人", "客户名称", "项目名称", "联系人", "职务", "联系电话", "邮箱", "品牌",
      "客户/信息", "涉及产品", "备注"],
     {"A": 4.875, "B": 7.75, "D": 8.25, "E": 7.25, "F": 9.0, "G": 26.5, "H": 25.0, "I": 9.0, "N": 6.25, "O": 15.0, "P": 9.0})
save(wb, "filingforms-zh-cn-valves.xlsx")
