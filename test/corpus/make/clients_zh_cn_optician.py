"""
Shape of xuender/go-rich "doc/客户档案.xlsx" (at commit 1bc83de7): an optician's customer archive
kept in WPS Office (社区版), one sheet 用户档案, Helvetica 10 throughout. A two-row header: 姓名 merged
down A1:A2, R merged over B1:D1 and L over E1:G1 with 球镜 / 柱镜 / 轴位 under each eye in row 2,
then 瞳距, 镜架, 镜片, 金额, 联系电话 merged down their two rows and 备注 in M1 alone. 1008 customers
below, one row each: the name in bold, sphere / cylinder as signed decimals, axis in a "0" format,
cylinder and axis blank for most eyes, pupil distance a whole number, the frame (brand + model +
colour, or a brand alone) and the lens as text; 金额 a number on some rows, the same kind of number
stored as text on others, "8折" (a discount, not an amount) on others; 联系电话 "xxxxxx" on a seventh
of the rows and blank on the rest (no real number anywhere); 备注 keyboard noise (fdfdfdf) on a
seventh; no gridlines, the name column and both header rows frozen (B3), the view left scrolled
down to row 970. A person imports every row as a client by name; the prescription, frame, lens
and price are the shop's sales record (notes at most) and the placeholder is no phone. Values
invented (the source repeated names; here they are unique).
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("clients-zh-cn-optician")

FRAMES = ["明眸{n}灰色", "都市丽影{n}银色", "晨曦{n}金", "简约风{n}银", "青春派板材H{n}", "安雅{n}黑色", "时尚达人{n}枪色",
          "大众", "普通款", "学生款{n}蓝色"]
LENSES = ["清逸非球", "轻骑士", "绿膜1.56", "防蓝光", "悦视非球", "加膜树脂", "变色片"]
ROWS = 1008

wb = workbook()
ws = wb.active
ws.title = "用户档案"
H = Font(name="Helvetica", size=10, bold=True)
N = Font(name="Helvetica", size=10)


def put(r, c, v, font=N, fmt=None):
    cell = ws.cell(r, c, v)
    cell.font = font
    if fmt:
        cell.number_format = fmt
    return cell


for c, h in {1: "姓名", 2: "R", 5: "L", 8: "瞳距", 9: "镜架", 10: "镜片", 11: "金额", 12: "联系电话", 13: "备注"}.items():
    put(1, c, h, H, "@")
for c, h in {2: "球镜", 3: "柱镜", 4: "轴位", 5: "球镜", 6: "柱镜", 7: "轴位"}.items():
    put(2, c, h, H, "@")
for rng in ["B1:D1", "E1:G1", "A1:A2", "H1:H2", "I1:I2", "J1:J2", "K1:K2", "L1:L2"]:
    ws.merge_cells(rng)


def sphere(base=None):
    if base is None:
        v = f.pick([-0.25 * f.r.randrange(1, 33)] * 5 + [0.25 * f.r.randrange(1, 13)])
    else:
        v = base + 0.25 * f.r.randrange(-4, 5)
    return int(v) if v == int(v) else v


def cyl():
    if not f.chance(0.35):
        return None, None
    v = f.pick([-0.5, -0.75, -1, -1.25, -0.25, 0.5, 1, 2])
    return v, f.r.randrange(1, 181)


for i in range(ROWS):
    r = i + 3
    put(r, 1, f.name_cn(), H, "@")
    rs = sphere()
    ls = sphere(rs if rs < 0 else abs(rs))
    put(r, 2, rs)
    c, a = cyl()
    if c is not None:
        put(r, 3, c)
        put(r, 4, a, fmt="0")
    put(r, 5, ls)
    c, a = cyl()
    if c is not None:
        put(r, 6, c)
        put(r, 7, a, fmt="0")
    put(r, 8, f.r.randrange(56, 71))
    put(r, 9, f.pick(FRAMES).format(n=f.r.randrange(100, 9999)), fmt="@")
    put(r, 10, f.pick(LENSES), fmt="@")
    kind = i % 7
    price = f.pick([98, 110, 120, 130, 150, 168, 200, 260, 298, 380, 460, 580])
    if kind == 0:
        put(r, 11, f.pick(["8折", "8折", "9折"]), fmt="@")
        put(r, 12, "xxxxxx", fmt="@")
    elif kind in (1, 5, 6):
        put(r, 11, str(price), fmt="@")
    else:
        put(r, 11, price)
    if kind == 2:
        put(r, 13, "fdfdfdf", fmt="0")

for col, w in {"A": 16.29, "B": 7.7, "C": 7.24, "D": 7.4, "E": 8.85, "F": 6.35, "G": 7.83, "H": 7.0, "I": 25.61,
               "J": 16.13, "K": 5.5, "L": 23.0, "M": 12.05}.items():
    ws.column_dimensions[col].width = w
ws.row_dimensions[1].height = 22.35
ws.row_dimensions[2].height = 22.75
for r in range(3, ROWS + 3):
    ws.row_dimensions[r].height = 23.0
ws.freeze_panes = "B3"
ws.sheet_view.pane.topLeftCell = "B970"
ws.sheet_view.showGridLines = False
save(wb, "clients-zh-cn-optician.xlsx")
