"""
Shape of tntlinking-opensource/openhis-peis
"medical-demosite-vue/public/static/stencil/clientModel_kh.xlsx": the corporate-client import
template of a health-check centre's system (Excel 2007), as its sales staff fill it in.

- "Sheet1": one header row, each name carrying its rule: 客户单位名称(必填), 客户单位联系人(必填),
  所属行业(非必填), 单位机构代码(非必填), 客户单位地址(非必填), 客户电话(必填); the phone column is
  text-formatted with a 1-20 character length rule. One row per employer that sends its staff for
  check-ups: companies, schools, hospitals, bank branches, government offices. The contact is a
  name, a surname with a title (王科长, 人事部李女士) or a department; 行业 often empty; the code is
  a 9-character organisation code (with or without its dash), an 18-character credit code or
  empty; phones are landlines with the 0759 area code, mobiles, or both joined by '/'; one company
  typed twice by two sales staff (its name with and without the city, another contact).
- "Sheet2", "Sheet3": empty.
Values invented.
"""
import string

from openpyxl.styles import Font
from openpyxl.worksheet.datavalidation import DataValidation

from fake import Fake, save, workbook

f = Fake("clients-zh-cn-checkupcenter")

DISTRICTS = ["赤坎区", "霞山区", "麻章区", "坡头区"]
ROADS = ["人民大道", "海滨大道", "解放路", "中山路", "椹川大道", "建设路", "民主路", "体育北路", "海田路"]
KINDS = [("{x}科技有限公司", "信息技术"), ("{x}建材有限公司", "制造业"), ("{x}水产有限公司", "农业"), ("{x}物流有限公司", "交通运输"),
         ("{x}置业有限公司", "房地产"), ("{x}电器有限公司", "制造业"), ("{x}饲料有限公司", "制造业"), ("{x}酒店管理有限公司", "住宿餐饮")]
WORDS = ["恒信", "粤海", "南方", "华港", "金湾", "鸿达", "宝盈", "嘉禾", "湾城", "海宏", "新华", "天成", "联创", "瑞丰", "港城", "东兴"]
PUBLIC = [("湛江市{d}第{n}中学", "教育"), ("湛江市{d}实验小学", "教育"), ("{d}人民医院", "医疗卫生"), ("湛江市{d}税务局", "政府机关"),
          ("中国建设银行湛江{d}支行", "金融"), ("湛江农村商业银行{d}支行", "金融"), ("湛江市{d}街道办事处", "政府机关"),
          ("湛江市第{n}幼儿园", "教育")]
TITLES = ["科长", "主任", "经理", "女士", "先生", "老师", "主管"]
CODE_CHARS = string.digits + string.ascii_uppercase


def org_code():
    k = f.r.random()
    if k < 0.3:
        return None
    if k < 0.55:
        body = "".join(f.pick(string.digits) for _ in range(8))
        return f"{body}-{f.pick(CODE_CHARS)}" if f.chance(0.7) else body + f.pick(CODE_CHARS)
    return "9144080" + "".join(f.pick(CODE_CHARS) for _ in range(11))


def phone():
    k = f.r.random()
    land = f"0759-{f.pick('2368')}{f.r.randrange(100000, 999999)}"
    if k < 0.45:
        return land
    if k < 0.85:
        return f.mobile_cn()
    if k < 0.95:
        return f"{land}/{f.mobile_cn()}"
    return None


def contact():
    name = f.name_cn()
    k = f.r.random()
    if k < 0.5:
        return name
    if k < 0.8:
        return name[0] + f.pick(TITLES)
    if k < 0.92:
        return f.pick(["人事部", "行政部", "办公室", "工会"]) + name[0] + f.pick(["女士", "先生", "主任"])
    return f.pick(["人事部", "办公室", "工会"])


rows = []
used = set()
while len(rows) < 84:
    d = f.pick(DISTRICTS)
    if f.chance(0.3):
        tpl, industry = f.pick(PUBLIC)
        name = tpl.format(d=d.rstrip("区"), n=f.pick("一二三四五六七八九十"))
    else:
        tpl, industry = f.pick(KINDS)
        name = ("湛江市" if f.chance(0.6) else "广东") + tpl.format(x=f.pick(WORDS))
    if name in used:
        continue
    used.add(name)
    address = f"湛江市{d}{f.pick(ROADS)}{f.r.randrange(1, 300)}号" if f.chance(0.75) else None
    rows.append([name, contact(), industry if f.chance(0.45) else None, org_code(), address, phone()])

# The same company typed again by another sales rep: without the city, another contact.
names = {r[0] for r in rows}
twin = next(r for r in rows[20:] if r[0].startswith("湛江市") and "有限公司" in r[0] and r[3] and r[4]
            and r[0].replace("湛江市", "广东", 1) not in names)
again = [twin[0].replace("湛江市", "", 1), contact(), twin[2], twin[3], twin[4], f.mobile_cn()]
rows.insert(61, again)

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["客户单位名称(必填)", "客户单位联系人(必填)", "所属行业(非必填)", "单位机构代码(非必填)", "客户单位地址(非必填)", "客户电话(必填)"])
for c in ws[1]:
    c.font = Font(name="宋体", size=11)
for r in rows:
    ws.append(r)
    ws.cell(ws.max_row, 6).number_format = "@"
ws["F1"].number_format = "@"
dv = DataValidation(type="textLength", operator="between", formula1="1", formula2="20", allow_blank=True)
dv.add("F1:F1048576")
ws.add_data_validation(dv)
for col, w in zip("ABCDEF", [18.25, 21.125, 16.25, 19.875, 20.75, 20.875]):
    ws.column_dimensions[col].width = w
wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")

if __name__ == "__main__":
    save(wb, "clients-zh-cn-checkupcenter.xlsx")
    print("rows", len(rows), "twin", twin[0], "/", again[0])
