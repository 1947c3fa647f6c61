"""
Shape of blueschen/angrycat-app "AngryCatERP/WebContent/member_sample.xlsx" (at commit 8aca5a4): the
member import sheet of a Taiwanese bead-jewellery shop's ERP (Excel 2007), here filled in by the shop
with its members as the ERP's own importer expects (the repository's importer reads the shop's
"一般會員資料.xlsx" in this layout). Sheet1: 16 columns whose headers carry the fill rules (真實姓名(必填),
性別(男或女), 出生年月日(MM/dd/yyyy), 聯絡電話(手機)與室內電話擇一必填, 國碼(兩碼大寫英文字母)); every cell is
text ('@') but the two date columns: 序號 as text, 轉VIP起始日 (a date on VIP members), Ohmliy VIP ('VIP'
or empty, a drop-down), the day the birthday 20 % discount was used, the Facebook name (nicknames,
English, emoji-free), the real name, sex, ID number, birthday typed as M/D/YYYY text, e-mail, mobile,
landline, postcode as text (3 or 5 digits, leading zeros), address (often only a city or district),
remarks and a country code (TW mostly; HK, CN, MY, JP members with their own phone forms). Sheet2
holds the drop-down options, Sheet3 is empty. 240 members; one member typed twice (same ID, phone and
birthday; the second row's serial continues). Values invented.
"""
import datetime

from openpyxl.worksheet.datavalidation import DataValidation

from fake import CITIES_TW, GIVEN_TW, ROADS_TW, SURNAMES_TW, Fake, save, workbook

f = Fake("members-zh-tw-beadshop")
N = 240

NICK_ZH = ["小喵", "阿寶", "米米", "糖糖", "小熊", "嘟嘟", "阿狗", "妞妞", "小丸子", "布丁", "可可", "豆豆"]
NICK_EN = ["Amy", "Cindy", "Vivian", "Joanne", "Peggy", "Irene", "Winnie", "Tina", "Sandy", "Grace", "Iris", "Ruby"]
POSTCODES = {"臺北市": ["100", "104", "106", "110"], "新北市": ["220", "235", "231", "22011", "23557"],
             "臺中市": ["407", "406", "408", "40764"], "高雄市": ["802", "806", "813"], "臺南市": ["701", "704"]}
REMARKS = ["", "", "", "", "", "", "", "", "", "生日當月已送禮", "FB社團抽獎", "介紹人：", "手環尺寸15.5", "不要寄DM", "常買潘朵拉款",
           "門市會員轉入", "電話常不通，留言FB"]


def tw_id(male):
    letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO"
    letter = f.pick("AAFFFHEKBL")
    body = ("1" if male else "2") + f"{f.r.randrange(10000000):08d}"
    code = letters.index(letter) + 10
    weights = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1]
    total = sum(int(d) * w for d, w in zip(f"{code}{body[:8]}", weights))
    return f"{letter}{body[:8]}{(10 - total % 10) % 10}"


def person():
    return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))


wb = workbook()
ws = wb.active
ws.title = "Sheet1"
opts = wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")

HEADERS = ["序號", "轉VIP起始日", "Ohmliy VIP(VIP或保持空白)", "生日使用8折優惠", "Facebook 姓名（中文/英文)", "真實姓名(必填)",
           "性別(男或女)", "身份證字號", "出生年月日(MM/dd/yyyy)", "電子信箱", "聯絡電話(手機)與室內電話擇一必填",
           "聯絡電話(室內)與手機電話擇一必填", "郵遞區號", "地址", "備註", "國碼(兩碼大寫英文字母)"]
ws.append(HEADERS)

rows = []
for i in range(N):
    country = "TW" if f.chance(0.9) else f.pick(["HK", "HK", "CN", "MY", "JP"])
    male = f.chance(0.12)
    name = person()
    vip = f.chance(0.3)
    vip_since = f.date(datetime.date(2013, 1, 1), datetime.date(2015, 9, 30)) if vip else None
    born = f.date(datetime.date(1962, 1, 1), datetime.date(1998, 12, 31))
    discount = f.date(datetime.date(2014, 1, 1), datetime.date(2015, 10, 20)) if f.chance(0.2) else None
    nick = f.pick(NICK_ZH + NICK_EN) if f.chance(0.7) else name
    if f.chance(0.2):
        nick = f.pick(NICK_EN) + " " + name[0] if f.chance(0.5) else f.pick(NICK_EN).lower() + str(f.r.randrange(1, 99))
    local = f.pick(["bead", "ohm", "cat", "joy", "lin", "chen", "ruby", "iris"]) + str(f.r.randrange(1, 9999))
    email = f.email(local) if f.chance(0.75) else ""
    if country == "TW":
        mobile = f.mobile_tw(dashed=False) if f.chance(0.92) else ""
        city, districts = f.pick(CITIES_TW)
        district = f.pick(districts)
        landline = "" if mobile and f.chance(0.85) else f"{f.pick(['02', '04', '07', '06'])}-{f.r.randrange(2000, 2999)}{f.r.randrange(1000, 9999)}"
        postcode = f.pick(POSTCODES.get(city, ["100"]))
        shape = f.r.random()
        if shape < 0.55:
            address = f"{city}{district}{f.pick(ROADS_TW)}{f.r.randrange(1, 300)}號" + (f"{f.r.randrange(2, 15)}樓" if f.chance(0.5) else "")
        elif shape < 0.75:
            address = city
        elif shape < 0.9:
            address = district
        else:
            address = ""
        if not address:
            postcode = ""
        idno = tw_id(male) if f.chance(0.93) else ""
    else:
        mobile = {"HK": lambda: f"{f.pick('569')}{f.r.randrange(1000000, 9999999)}", "CN": f.mobile_cn,
                  "MY": lambda: f"01{f.r.randrange(2, 9)}-{f.r.randrange(1000000, 9999999)}",
                  "JP": lambda: f"090-{f.r.randrange(1000, 9999)}-{f.r.randrange(1000, 9999)}"}[country]()
        landline, postcode = "", ""
        address = {"HK": "香港九龍", "CN": "上海市", "MY": "Kuala Lumpur", "JP": "東京都"}[country]
        idno = {"HK": f"Y{f.r.randrange(100000, 999999)}({f.r.randrange(10)})", "CN": "", "MY": "", "JP": ""}[country]
    remark = f.pick(REMARKS)
    if remark == "介紹人：":
        remark += person()
    rows.append([str(i + 1), vip_since, "VIP" if vip else None, discount, nick, name, "男" if male else "女", idno,
                 f"{born.month}/{born.day}/{born.year}", email, mobile, landline, postcode, address, remark, country])

# One member typed twice further down: same person, new serial, VIP since filled in the second time.
twin = list(rows[57])
twin[1] = twin[1] or datetime.date(2015, 8, 1)
twin[2] = "VIP"
twin[14] = "重複建檔"
rows.insert(201, twin)
for i, r in enumerate(rows):
    r[0] = str(i + 1)

for r in rows:
    ws.append([None if v == "" else v for v in r])
for row in ws.iter_rows(min_row=2, max_col=16):
    for c in row:
        c.number_format = "mm-dd-yy" if c.column in (2, 4) else "@"
for c in ws[1]:
    c.number_format = "@"

WIDTHS = [5.25, 12.25, 24.25, 16.625, 23.875, 17, 12, 16.625, 22.5, 28.25, 23.25, 23.25, 9.75, 12.875, 44.375, 18.125]
for j, w in enumerate(WIDTHS, 1):
    ws.column_dimensions[ws.cell(1, j).column_letter].width = w

opts.append(["Ohmliy VIP Options", "Gender Options"])
opts.append(["VIP", "男"])
opts.append([None, "女"])
vip_list = DataValidation(type="list", formula1="Sheet2!$A$2", allow_blank=True)
sex_list = DataValidation(type="list", formula1="Sheet2!$B$2:$B$3", allow_blank=True)
ws.add_data_validation(vip_list)
ws.add_data_validation(sex_list)
vip_list.add(f"C2:C{len(rows) + 1}")
sex_list.add(f"G2:G{len(rows) + 1}")

save(wb, "members-zh-tw-beadshop.xlsx")

if __name__ == "__main__":
    import json
    import sys
    if len(sys.argv) > 1:
        json.dump([[str(v) if v is not None else None for v in r] for r in rows], open(sys.argv[1], "w"), ensure_ascii=False)
