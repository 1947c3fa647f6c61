"""
Shape of IanChen611/Accounting-Management-System "客代簡稱.xlsx" (at commit 72aba1c): a Taiwanese
kitchen-cabinet trader's customer list exported from its accounting system and kept in Excel (繁體):
sheet "Sheet2" first with the data, an empty "Sheet1" after it. Header 客戶供應商代號 / 客戶供應商簡稱 /
郵遞區號 / 發票地址 in row 1, every cell text (no styles, widths 17/17/10/51). One row per customer
account in code order: three-digit codes with gaps, a branch of a customer as "003-1" / "112-2" (the
branch sometimes at the very address of its parent), a walk-in account "A00 散客" and a "C01" at the end.
Short names are company nicknames (two or three characters, some with a second name in brackets or
after a slash) or a person's full name; about one in ten has neither postcode nor address (empty
strings in the original; openpyxl leaves them blank here). Postcodes have three digits or five (3+2); addresses mix half- and full-width
digits, old county names, brackets, a few lack the district. Values invented.
"""
from fake import Fake, save, workbook

f = Fake("clients-zh-tw-erpcodes")

# city, district, 3-digit postcode
PLACES = [("台北市", "士林區", "111"), ("台北市", "大安區", "106"), ("台北市", "內湖區", "114"), ("台北市", "中山區", "104"),
          ("台北市", "松山區", "105"), ("新北市", "林口區", "244"), ("新北市", "五股區", "248"), ("新北市", "新莊區", "242"),
          ("新北市", "泰山區", "243"), ("新北市", "八里區", "249"), ("新北市", "淡水區", "251"), ("新北市", "三重區", "241"),
          ("桃園市", "中壢區", "320"), ("桃園市", "龜山區", "333"), ("桃園市", "八德區", "334"), ("桃園市", "桃園區", "330"),
          ("新竹縣", "竹北市", "302"), ("台中市", "西屯區", "407"), ("台中市", "南屯區", "408"), ("台中市", "大雅區", "428"),
          ("台中市", "北屯區", "406"), ("宜蘭縣", "羅東鎮", "265"), ("宜蘭縣", "五結鄉", "268"), ("台南市", "永康區", "710"),
          ("高雄市", "三民區", "807"), ("彰化縣", "彰化市", "500"), ("苗栗縣", "竹南鎮", "350"), ("雲林縣", "虎尾鎮", "632")]
ROADS = ["文心路", "中清路", "民義路", "中正路", "延平北路", "忠孝東路", "中華路", "復興路", "環中路", "大科路", "龍米路",
         "粉寮路", "陳厝坑路", "光明六路", "富榮街", "民權東路", "建國北路", "南京東路", "信義路", "長春路"]
CHARS = list("亞瀅彰煌傑瑋荃仟捷懋永宜德美岡東韻京葉明金合國歐天雅海根尚玖鼎諾聯鑫克佢家積亦湧禾連麗硯豪翃赫維匠智主澄想登富"
             "古博慶豐緗立川歐睿雙迪榛億祥筑薪思基禹奧互晶都高樺義樂呈和貴睦三韋東厚益聖誠碇元辰碩森惠公進邑悅章晨杰約固")
SUFFIX = ["", "", "", "", "", "設計", "五金", "室內裝修", "營造", "衛廚", "名廚"]
FW = str.maketrans("0123456789", "０１２３４５６７８９")


def short_name():
    def make():
        stem = "".join(f.pick(CHARS) for _ in range(f.r.choice([2, 2, 2, 3])))
        return stem + f.pick(SUFFIX)
    return f._unique(make)


def address(place=None):
    city, district, post = place or f.pick(PLACES)
    road = f.pick(ROADS)
    section = f.pick(["", "", f"{f.r.randrange(1, 4)}段", f.pick(["一段", "二段", "三段"])])
    lane = f.pick(["", "", "", f"{f.r.randrange(2, 500)}巷"])
    number = f.pick([f"{f.r.randrange(1, 400)}號", f"{f.r.randrange(1, 400)}-{f.r.randrange(1, 9)}號",
                     f"{f.r.randrange(1, 400)}之{f.r.randrange(1, 9)}號"])
    floor = f.pick(["", "", "", f"{f.r.randrange(1, 10)}樓", "1樓", f"{f.r.randrange(2, 9)}樓之{f.r.randrange(1, 6)}"])
    text = f"{city}{district}{road}{section}{lane}{number}{floor}"
    roll = f.r.random()
    if roll < 0.45:
        text = text.translate(FW)
    elif roll < 0.5:
        text = text.replace(district, "")  # district left out, postcode 3+2 then
        post = post + f"{f.r.randrange(0, 99):02d}"
    elif roll < 0.55:
        text = text + f.pick(["(２樓)", "（1樓）", "（倉庫）"])
    if roll >= 0.45 and roll < 0.5:
        return post, text
    if f.chance(0.08):
        post = post + f"{f.r.randrange(0, 99):02d}"
    return post, text


rows = []
code = 0
while len(rows) < 139:
    code += f.pick([1, 1, 1, 1, 2, 2, 3])
    base = f"{code:03d}"
    if f.chance(0.12):
        name = f.name_tw()
        if f.chance(0.2):
            name = f"{name}({short_name()})"
    else:
        name = short_name()
        if f.chance(0.06):
            name = f"{name}({short_name()[:2]})" if f.chance(0.5) else f"{name}/{short_name()[:2]}"
    if f.chance(0.1):
        post, addr = "", ""
    else:
        post, addr = address()
    rows.append([base, name, post, addr])
    if f.chance(0.05):
        for i in range(1, f.pick([2, 2, 3])):
            branch = short_name()[:2] + f.pick(["台中", "新竹", "中和", "營造", ""])
            same = f.chance(0.5) and addr
            p2, a2 = (post, addr) if same else address()
            rows.append([f"{base}-{i}", branch, p2, a2])
rows.append([f"{code + 1:03d}", "MASO " + f.name_tw(), "", ""])
rows.append(["A00", "散客", "", ""])
rows.append(["C01", short_name(), *address()])

wb = workbook()
ws = wb.active
ws.title = "Sheet2"
ws.append(["客戶供應商代號", "客戶供應商簡稱", "郵遞區號", "發票地址"])
for row in rows:
    ws.append(row)
for col, width in {"A": 17, "B": 17, "C": 10, "D": 51}.items():
    ws.column_dimensions[col].width = width
wb.create_sheet("Sheet1")
save(wb, "clients-zh-tw-erpcodes.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        print(len(rows))
        for row in rows:
            print(row)
