"""
Shape of VincentJiun/Auto_Quote "data/customers.xlsx" (at commit c98a750): the customer master of a
small Taiwanese repair shop's quotation app (PyQt + openpyxl), edited in Excel: one sheet "Sheet",
header 公司名稱 / 統編 / 公司地址 / 聯絡人 / 聯絡電話 in row 1, every cell text (the eight-digit business
number and the phone stored as text), no title, no styles, narrow widths set by hand, a printer
settings part. The quotation app appends one row per customer company; the contact is the person
at the company (a name, now and then a surname + title such as 陳經理), the phone a landline with
its area code or a mobile, written with or without dashes. Values invented.
"""
from fake import Fake, ROADS_TW, save, workbook

f = Fake("companies-zh-tw-quote")

STEMS = ["宏達", "建勝", "永豐", "聯發", "大同", "鼎新", "昇陽", "合興", "金源", "泰和", "東陽", "佳能", "新光", "瑞昌", "福茂",
         "嘉益", "冠德", "榮成", "德昌", "信義"]
KINDS = ["機械股份有限公司", "企業有限公司", "工業股份有限公司", "科技有限公司", "實業社", "五金行", "精密工業有限公司", "營造有限公司"]
CITIES = [("臺北市", "02", ["內湖區", "南港區", "中山區"]), ("新北市", "02", ["三重區", "新莊區", "五股區", "土城區"]),
          ("桃園市", "03", ["龜山區", "蘆竹區", "中壢區"]), ("臺中市", "04", ["西屯區", "大雅區", "烏日區"]),
          ("臺南市", "06", ["永康區", "安南區"]), ("高雄市", "07", ["前鎮區", "仁武區", "岡山區"])]
TITLES = ["經理", "小姐", "先生", "課長", "廠長"]


def business_number():
    return f._unique(lambda: f"{f.r.randrange(0, 10 ** 8):08d}")


wb = workbook()
ws = wb.active
ws.title = "Sheet"
ws.append(["公司名稱", "統編", "公司地址", "聯絡人", "聯絡電話"])
rows = []
for stem in f.r.sample(STEMS, 18):
    city, area, districts = f.pick(CITIES)
    name = stem + f.pick(KINDS)
    address = f"{city}{f.pick(districts)}{f.pick(ROADS_TW)}{f.r.randrange(1, 400)}號"
    if f.chance(0.3):
        address = address.replace("號", f"號{f.r.randrange(2, 12)}樓")
    person = f.name_tw()
    contact = person if f.chance(0.7) else person[0] + f.pick(TITLES)
    if f.chance(0.55):
        digits = f"{f.r.randrange(2000, 9999)}{f.r.randrange(1000, 9999)}"
        phone = f.pick([f"{area}-{digits[:4]}-{digits[4:]}", f"{area}{digits}", f"({area}){digits[:4]}-{digits[4:]}"])
        if area != "02" and f.chance(0.5):
            phone = phone.replace(digits, digits[1:])  # seven-digit numbers outside Taipei
    else:
        phone = f.mobile_tw(dashed=f.chance(0.4))
    number = business_number() if f.chance(0.9) else ""
    rows.append([name, number, address, contact, phone])
for row in rows:
    ws.append(row)
for col, width in {"A": 10.28515625, "B": 8.7109375, "C": 10.28515625, "D": 8.140625, "E": 14.140625}.items():
    ws.column_dimensions[col].width = width
save(wb, "companies-zh-tw-quote.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for row in rows:
            print(row)
