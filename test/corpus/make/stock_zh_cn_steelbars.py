"""
Shape of samlink/wx_stock "库存.xlsx" (commit 6012699f4cfe74be0efcd04b4179d00d7b181475): a special-
steel trader's stock list of 17-4 stainless bars and tubes, kept for import into its own stock
web app (saved by LibreOffice 7.6 on a Mac from a Chinese "电子表格 启动模板" template).

- One sheet "工作表1", header on row 1 (grey fill C0C0C0, centred, 宋体 12): 商品id / 物料号 / 规格 /
  状态 / 执行标准 / 生产厂家 / 炉号 / 出售价格 / 入库长度 / 出库次数 / 库存长度 / 理论重量 / 库位 / 区域 / 备注;
  22 stock lines (one per cut piece: material number L… or M…, size '219*14', heat-treatment state,
  standard, the steel mill, heat number, price per kg as an integer, lengths in mm, times issued
  (blank when never), remaining length, theoretical weight in kg as long floats under 0.00_,
  location 'A区-224', warehouse city, one remark).
- 商品id is the same product code on every line; one line has no standard, mill or heat number.
- Two cell comments by "Administrator" on 出库次数 cells name who last took a cut and when
  ('5.5 <company>'): the only party names in the file besides the two mills.
- Formatting runs on below the data: column O styled down to row 134 (the sheet's used range
  reaches IP1048576 in the original), widths on A, D, E, F, L, O, P.
Values invented (material and heat numbers, mills, prices, lengths, buyers in the comments); the
product kind and the table's shape are kept. Saved through LibreOffice, as the original was.
"""
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill

from fake import Fake, save, workbook

f = Fake("stock-zh-cn-steelbars")

MILL_A, MILL_B = "中航上材", "新达铸管"
STD_A, STD_B, STD_C = "ASTM S564/A564M-13", "XTD-JY-036-2020", "XTD-JY-C-036-2020"
ST_A, ST_B = "固溶时效H1100", "固溶时效，28-32HRC"
HEAT_A, HEAT_B, HEAT_C = "0E51337", "19E3082W", "2MBLV31207"

# material no, size, state, standard, mill, heat, price, length in, issued, length left, location, city, remark
LINES = [
    ("L612", "150*10", ST_A, STD_A, MILL_A, HEAT_A, 18, 2100, None, 2100, "A区-224", "天津", None),
    ("L617", "174*12", ST_A, None, None, None, 25, 780, None, 780, "A区-224", "天津", None),
    ("L633", "160*22", ST_A, STD_B, MILL_B, HEAT_B, 31, 1850, 2, 1460, "A区-224", "天津", None),
    ("L641", "160*22", ST_A, STD_B, MILL_B, HEAT_B, 20, 4400, 4, 910, "A区-224", "天津", None),
    ("L642", "160*22", ST_A, STD_B, MILL_B, HEAT_B, 22, 4400, 1, 4210, "A区-224", "天津", None),
    ("L643", "160*22", ST_A, STD_B, MILL_B, HEAT_B, 19, 4400, 1, 3960, "A区-224", "天津", None),
    ("L644", "160*22", ST_A, STD_B, MILL_B, HEAT_B, 26, 4400, 2, 4240, "B区-108", "武汉", None),
    ("L731", "150*10", ST_A, STD_A, MILL_A, HEAT_A, 33, 2100, None, 2100, "B区-109", "武汉", "150圆钢打孔"),
    ("M002201", "219*14", ST_B, STD_C, MILL_B, HEAT_C, 21, 6400, 3, 260, "B区-110", "武汉", None),
    ("M002202", "219*14", ST_B, STD_C, MILL_B, HEAT_C, 23, 6530, 5, 150, "B区-111", "武汉", None),
    ("M002204", "219*14", ST_B, STD_C, MILL_B, HEAT_C, 20, 5910, 2, 720, "B区-112", "武汉", None),
    ("M002205", "219*14", ST_B, STD_C, MILL_B, HEAT_C, 27, 6400, None, 6400, "B区-113", "武汉", None),
    ("M002206", "219*14", ST_B, STD_C, MILL_B, HEAT_C, 34, 6620, None, 6620, "A区-224", "天津", None),
    ("M002207", "219*14", ST_B, STD_C, MILL_B, HEAT_C, 22, 6270, None, 6270, "A区-224", "天津", None),
    ("M002213", "178*15", ST_B, STD_C, MILL_B, HEAT_C, 24, 5930, None, 5930, "A区-224", "天津", None),
    ("M002215", "178*15", ST_B, STD_C, MILL_B, HEAT_C, 21, 5940, None, 5940, "A区-224", "天津", None),
    ("M002216", "178*15", ST_B, STD_C, MILL_B, HEAT_C, 28, 5940, None, 5940, "A区-224", "天津", None),
    ("M002217", "178*15", ST_B, STD_C, MILL_B, HEAT_C, 35, 5940, None, 5940, "A区-224", "天津", None),
    ("M002218", "178*15", ST_B, STD_C, MILL_B, HEAT_C, 23, 5940, None, 5940, "A区-225", "天津", None),
    ("M002219", "178*15", ST_B, STD_C, MILL_B, HEAT_C, 25, 5940, None, 5940, "A区-226", "天津", None),
    ("M002220", "178*15", ST_B, STD_C, MILL_B, HEAT_C, 27, 1190, 1, 1100, "A区-227", "天津", None),
    ("M002222", "178*15", ST_B, STD_C, MILL_B, HEAT_C, 29, 3560, 1, 2380, "A区-228", "天津", None),
]
# kg per metre of a bar or tube of that size (outer diameter * wall), 17-4 density
KG_PER_M = {"150*10": 34.52, "174*12": 47.94, "160*22": 74.87, "219*14": 70.77, "178*15": 60.30}

wb = workbook()
wb.properties.creator = ""
wb.properties.title = "电子表格  启动模板"
ws = wb.active
ws.title = "工作表1"
HEAD = ["商品id", "物料号", "规格", "状态", "执行标准", "生产厂家", "炉号", "出售价格", "入库长度", "出库次数", "库存长度",
        "理论重量", "库位", "区域", "备注"]
grey = PatternFill("solid", fgColor="FFC0C0C0")
for j, h in enumerate(HEAD, 1):
    c = ws.cell(1, j, h)
    c.fill = grey
    c.alignment = Alignment(horizontal="center")
    c.font = Font(name="宋体", size=12)
for i, (mat, size, state, std, mill, heat, price, lin, issued, left, loc, city, remark) in enumerate(LINES):
    r = i + 2
    weight = round(left / 1000 * KG_PER_M[size], 7)
    row = ["4_101", mat, size, state, std, mill, heat, price, lin, issued, left, weight, loc, city, remark]
    for j, v in enumerate(row, 1):
        c = ws.cell(r, j, v)
        c.font = Font(name="宋体", size=12)
for r in range(1, 135):
    for col in (12, 13, 14):
        if r <= 23:
            ws.cell(r, col).number_format = "0.00_ "
    ws.cell(r, 15).number_format = "0.00_ " if r > 23 else "General"
ws["J12"].comment = Comment("Administrator:\n5.5 江苏恒扬镍基材料", "未知作者")
ws["J23"].comment = Comment("Administrator:\n5.25 虹光石油", "未知作者")
for col, w in [("A", 15.49), ("D", 26.31), ("E", 23.85), ("F", 15.49), ("L", 15.49), ("O", 15.49), ("P", 15.49)]:
    ws.column_dimensions[col].width = w
save(wb, "stock-zh-cn-steelbars.xlsx", libreoffice="xlsx")
