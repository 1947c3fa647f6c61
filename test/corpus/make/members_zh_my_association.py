"""
Shape of limcherhang/gars "GARS會員資料表.xlsx" (at commit cf28155): a Malaysian medical society's
membership workbook, the responses of its Google Forms application form downloaded and then edited
in Excel. Sheet one, named after the form and cut at 31 characters ("入会申请表 Application Form for
Memb"), holds one row per applicant under the form's questions as headers: bilingual (简体 or 繁體
with English, one in Malay too), three of them long consent texts with line breaks. The timestamp
column (text such as "2022/09/21 9:38:31 下午 GMT+8") is hidden (width 0), as is one answer column.
Columns: payment confirmed (是 / 未收到證明 / 還沒填表單, in bold), Chinese name (简体 or 繁體), English
name in capitals (some typed as =UPPER("…") formulas, some with a trailing space, a fraction number
format on most), gender, IC or passport number (text with dashes, or a 12-digit number, or a
passport number), birth date, occupation, home address (Malaysian, one in Singapore), mobile (text
in many spellings: 012-…, +6012-…, +60 016-…, 60 012-…, +600…, two numbers in one cell, a Taiwanese
and a Singapore number; some stored as numbers that lost their leading 0), e-mail (some with a
trailing space), Facebook name, member type with its fee (Life Member RM1000 / Original Member
RM100/year), two recommenders (another member's name in another script, with titles such as 教授,
院長, 副会长, or romanised), consent, willingness to join activities and rescues abroad, days away
(text, numbers, and two answers Excel turned into dates), education and work history (a few long
biographies over many lines). The last six rows were typed in by hand: no timestamp, no consent
answers, one of them only a name and a phone. Sheet two is the list of e-receipts to send, under a
merged title: a serial number and the same members' Chinese and English names, e-mail and member
type (the English names copied with their formulas). Values invented (the original holds the
members' real names, IC numbers, phones, addresses and biographies).
Written by openpyxl, then saved by LibreOffice, which computes the =UPPER formulas as Excel cached them.
"""
import datetime

from fake import Fake, save, workbook
from openpyxl.styles import Alignment, Font

f = Fake("members-zh-my-association")

SURNAMES = [("張", "张", "TEOH"), ("陳", "陈", "TAN"), ("李", "李", "LEE"), ("黃", "黄", "NG"), ("蔡", "蔡", "CHUA"),
            ("王", "王", "ONG"), ("林", "林", "LIM"), ("鄭", "郑", "TEH"), ("梁", "梁", "NEOH"), ("劉", "刘", "LAU"),
            ("蕭", "萧", "SIEW"), ("戴", "戴", "TAY"), ("何", "何", "HOR"), ("孫", "孙", "SUN"), ("吳", "吴", "GOH"),
            ("譚", "谭", "THAM"), ("彭", "彭", "PEY"), ("邱", "邱", "KHOO"), ("葉", "叶", "YAP"), ("鍾", "钟", "CHONG")]
GIVEN = [("文", "BOON"), ("開", "KHAI"), ("志", "CHEE"), ("強", "KIONG"), ("嘉", "KAH"), ("慶", "HING"), ("俊", "CHOON"),
         ("偉", "WAI"), ("錦", "KUM"), ("燕", "YIN"), ("淑", "SEOK"), ("儀", "GAIK"), ("家", "CHIAH"), ("玄", "SHEAN"),
         ("進", "CHIN"), ("毅", "YIT"), ("碧", "PIK"), ("敏", "MUNN"), ("威", "WEE"), ("鳳", "FONG"), ("雯", "WAN"),
         ("君", "KUAN"), ("華", "HUA"), ("騰", "TENG"), ("子", "CHOO"), ("安", "AUN"), ("德", "TECK"), ("喜", "HEE")]
SIMPLIFY = str.maketrans("開強慶偉錦儀進鳳華騰", "开强庆伟锦仪进凤华腾")
WESTERN = ["JAMES", "ANGELINE", "KATRINA", "WILLIAM", "KAREN", "JAZZ", "VICTOR", "KELVIN", "FRANKIE", "TESS"]
STREETS = ["Jalan Mawar 3", "Lorong Cempaka 7", "Jalan Seri Indah 2/4", "Lorong Melati 11", "Jalan Kenanga 5",
           "Jalan Teratai 9", "Lorong Dahlia 2", "Jalan Bunga Raya 14", "Jalan Permai 6/2", "Lorong Kasturi 8"]
TOWNS = [("14000", "Bukit Mertajam", "Penang"), ("31650", "Ipoh", "Perak"), ("93300", "Kuching", "Sarawak"),
         ("10250", "Georgetown", "Penang"), ("83000", "Batu Pahat", "Johor"), ("56100", "Cheras", "Kuala Lumpur"),
         ("68000", "Ampang", "Selangor"), ("96000", "Sibu", "Sarawak"), ("14200", "Sungai Bakap", "Penang"),
         ("47600", "Subang Jaya", "Selangor")]
JOBS = ["中医师", "中醫師", "中医师", "醫生", "中西醫師", "Doctor", "学生", "學生", "Therapist", "医师/中医师",
        "肝膽腸胃專科醫師", "執行董事&顧問", "北马中医药学院 第四年学生", "Chief Technology Officer", "中医师", "医师"]
LIFE = "永久会员 Life Member - RM1000"
ORDINARY = "普通会员 Original Member - RM100/year"


def person(i):
    trad_s, simp_s, roman_s = f.pick(SURNAMES)
    given = f.r.sample(GIVEN, 2)
    trad = trad_s + "".join(g[0] for g in given)
    simp = simp_s + "".join(g[0] for g in given).translate(SIMPLIFY)
    chinese = f._unique(lambda: trad if f.chance(0.45) else simp)
    roman = f"{roman_s} {given[0][1]} {given[1][1]}"
    if f.chance(0.15):
        roman = f"{f.pick(WESTERN)} {roman}"
    return chinese, trad, roman


def ic_number(born, kind):
    tail = f"{f.r.randrange(1, 15):02d}-{f.r.randrange(1000, 9999)}"
    text = born.strftime("%y%m%d")
    if kind == "dashed":
        return f"{text}-{tail}" + (" " if f.chance(0.3) else "")
    if kind == "number":
        return int(text + tail.replace("-", ""))
    return int(f"3{f.r.randrange(10000000, 99999999)}")  # a foreign passport number, kept as a number


def mobile(i):
    """Malaysian mobiles in the shapes the form received; invented in the 01x-000 block."""
    pre = f.pick(["12", "16", "17", "19", "11"])
    rest = f"000{f.r.randrange(1000, 9999)}"
    shapes = [
        lambda: int(pre + rest),                             # a number: the leading 0 is gone
        lambda: f"0{pre}-{rest} ",
        lambda: f"+60{pre}-{rest}",
        lambda: f"+60 0{pre}-{rest[:3]}-{rest[3:]}",
        lambda: f"60 0{pre}-{rest[:3]}-{rest[3:]}",
        lambda: f"+60{pre}{rest}",
        lambda: f"+600{pre}{rest}",
        lambda: int("60" + pre + rest),
    ]
    return f.pick(shapes)()


def timestamp(moment):
    half = "上午" if moment.hour < 12 else "下午"
    hour = moment.hour % 12 or 12
    return f"{moment:%Y/%m/%d} {hour}:{moment:%M:%S} {half} GMT+8"


HEADER = [
    "時間戳記",
    "我申请成为全球针灸紧急救援传统与辅助医学会的会员并愿意遵守学会章程，我郑重声明我所提供的各项资料属实。\n"
    "Saya memohon untuk menjadi ahli PERSATUAN PERUBATAN TRADISIONAL DAN KOMPLEMENTARI PENYELAMAT AKUPUNKTUR GLOBAL "
    "dan bersanggup untuk mematuhi undang-undang kecil persatuan. Saya mengaku bahawa maklumat yang saya berikan "
    "adalah benar.\nI hereby apply for admission to be a member of GLOBAL ACUPUNCTURE RESCUE TRADITIONAL AND "
    "COMPLEMENTARY MEDICAL SOCIETY and subscribe to the objects of this association. I agree to be bound by the "
    "rules and by-law of its constitution.",
    "以下文件为学会背景资讯，可自行点击下载。\nThe following documents are the background information of the GARS, "
    "which can be downloaded by yourself.",
    "以下文件为学会的活动日常，可自行点击下载。\nThe following documents are the regular activities of the GARS, "
    "which can be downloaded by yourself.",
    "是否完成繳費",
    "中文姓名 Chinese Name",
    "英文姓名 English Name",
    "性别 Gender",
    "身份证号码 IC No. / 护照号码 Passport No.",
    "出生日期  Date of Birth (日月年 ddmmyy)",
    "职业 Occupation",
    "住宅地址 Home Address (通訊地址 Correspondence Address) ",
    "手机电话号码 Telephone No.",
    "电子邮件 Email",
    "Facebook 名字 (FB Name)",
    "会员类型 Member Type",
    "推荐人1名字 Name of Recommender 1",
    "推荐人2名字 Name of Recommender 2",
    "您是否瞭解并同意以上的条规？\nDo you understand and agree to the above terms and conditions?",
    "有意愿参加学会的（包含会议、救援、义诊、课程等）多类型活动。Willingness to participate in activities of the GARS "
    "(including meetings, rescues, charity clinics, courses etc.).",
    "可以到国外救援-出国",
    "可以在外(国内)住宿____天",
    "可以在外(国外)住宿____天",
    "请填写教育经历",
    "请填写工作经历",
]
EDUCATION = ["中西醫博士", "博士学位", "马来西亚华中医学院", "北京中醫藥大學學士", "中醫 學士", "黑龙江中医药大学学士学位",
             "印度MBBS", "國立大學博士&碩士", "在读河南中医药大学硕士研究生", "推拿",
             "1. Bachelor in Medicine of Traditional Chinese Medicine 2016-2022\n\n2. Bachelor of Science, Physical Therapy 1995-1999"]
WORK = ["中醫診所院長", "行医28年", "政府醫院，私人診所", "喜樂中醫診所2年", "中医师", "宝康中医中医师", "推拿",
        "Has been working in factory as quality manager, now has retired and focus in study", "中西医脑神经内科与整脊 至今17年"]

rows = []
start = datetime.datetime(2022, 9, 21, 21, 38, 31)
founder = vice = None
for i in range(31):
    chinese, trad, roman = person(i)
    born = f.date(datetime.date(1958, 1, 1), datetime.date(1995, 12, 31))
    male = f.chance(0.6)
    town = f.pick(TOWNS)
    street = f.pick(STREETS)
    address = f.pick([
        f"No:{f.r.randrange(1, 99)},{street}.{town[0]}.{town[1]} ",
        f"{f.r.randrange(1, 200)} {street.lower()} {town[0]} {town[1].lower()} {town[2].lower()} ",
        f"NO.{f.r.randrange(1, 99)}, GROUND FLOOR, {street.upper()},{town[0]} {town[1].upper()}, {town[2].upper()}.",
        f"{f.r.randrange(10, 40)}B-{f.r.randrange(1, 30)}-{f.r.randrange(1, 9)}A Setia Residences,  {street}, {town[0]} {town[1]},{town[2]},  Malaysia",
        f"{f.r.randrange(1, 99)}, {street}, Taman {f.pick(['Puteri', 'Kekwa', 'Permai', 'Ria'])}, {town[0]}, {town[1]}, {town[2]}.",
    ])
    local = roman.split()[-1].lower() + roman.split()[0].lower()[:4] + str(f.r.randrange(10, 99))
    email = f.email(local) + (" " if f.chance(0.2) else "")
    row = {
        "time": timestamp(start + datetime.timedelta(hours=i * 19 + f.r.randrange(0, 5), minutes=f.r.randrange(60),
                                                     seconds=f.r.randrange(60))),
        "paid": "是",
        "chinese": chinese,
        "trad": trad,
        "roman": roman + (" " if f.chance(0.35) else ""),
        "gender": "男 Male" if male else "女 Female",
        "ic": ic_number(born, f.pick(["dashed", "number", "number"]) if i != 6 else "passport"),
        "born": datetime.datetime(born.year, born.month, born.day),
        "job": f.pick(JOBS),
        "address": address,
        "mobile": mobile(i),
        "email": email,
        "fb": f.pick([None, None, roman.title().split()[-1] + " " + roman.title().split()[0], local]),
        "type": LIFE if f.chance(0.4) else ORDINARY,
        "rec1": None, "rec2": None,
        "t": f.pick(["是 Yes"] * 6 + ["依照工作時間配合適時盡可能參與", "配合工作時間參與"]),
        "u": f.pick(["是 Yes"] * 3 + ["否 No"]),
        "v": f.pick(["30天", "1天", 3, 14, 15, 0, 2, "不限。在有充足的时间准备前提下", "沒有限制", "》7 天", "自由自在", "in Malaysia 3days"]),
        "w": f.pick(["30天", "3天", 5, 14, 10, 0, 2, "-", "不限。在有充足的时间准备前提下", "沒有限制"]),
        "edu": f.pick(EDUCATION) if f.chance(0.85) else None,
        "work": f.pick(WORK) if f.chance(0.85) else None,
    }
    if i == 0:
        founder = row
    if i == 1:
        vice = row
    rows.append(row)

# Recommenders: mostly the founder and the vice-president, in the other script, with titles.
founder_s = founder["trad"].translate(SIMPLIFY)
vice_s = vice["trad"].translate(SIMPLIFY)
variants_1 = [founder_s, founder["trad"], founder_s + " 教授", founder["trad"] + "院長", founder_s + "博士 ",
              "Prof. Dr. " + founder["roman"].split()[0].title() + " BK", founder_s[0] + founder_s[2] + founder_s[1] + "会长"]
variants_2 = [vice_s, vice["trad"], vice["trad"] + "醫師", vice_s + "副会长"]
for i, row in enumerate(rows[2:], start=2):
    if f.chance(0.75):
        row["rec1"] = f.pick(variants_1 + variants_2)
        if f.chance(0.5):
            row["rec2"] = f.pick(variants_2 if row["rec1"] in variants_1 else variants_1)
rows[14]["rec1"] = "Tan siew cheng"  # a recommender who is not a member, romanised
rows[14]["rec2"] = "Beng jit sweet"
rows[4]["rec1"] = rows[3]["chinese"] + " 医师"

# Answers the form left as dates (Excel read "7-14" typed for days abroad as a date).
rows[3]["v"] = datetime.datetime(2022, 7, 14)
rows[3]["w"] = datetime.datetime(2022, 3, 5)
rows[4]["w"] = datetime.datetime(2022, 3, 5)
# Payment not confirmed for two.
rows[6]["paid"] = "未收到證明"
rows[9]["paid"] = "未收到證明"
# A Taiwanese and a Singapore mobile, two numbers in one cell.
rows[9]["mobile"] = "+886900" + f"{f.r.randrange(100000, 999999)}"
rows[27]["mobile"] = "+659000" + f"{f.r.randrange(1000, 9999)}"
rows[27]["address"] = f"#04-{f.r.randrange(1000, 2999)}, Bedok North Road, Singapore 4601{f.r.randrange(10, 99)}"
rows[10]["mobile"] = f"0160000{f.r.randrange(100, 999)} / 01100{f.r.randrange(10000, 99999)}"
# A long biography in the work-history answer.
bio_person = rows[2]
bio_person["work"] = (f"{bio_person['chinese']} 简介\n{bio_person['roman'].strip()}\n出生于马来西亚 砂朥越古晋市\n\n"
                      f"2010年毕业于马来西亚中华医学院\n中医本科\n\n2018年 毕业于广州中医药大学 境外中医专业。\n\n"
                      f"师承\n♦已故 古晋某医师 弟子 ；\n\n马来西亚抗癌协会 委员\n\n古晋玄武灸中医馆主任医师\n\n"
                      f"{f.r.randrange(10, 99)}, GROUND FLOOR, {f.pick(STREETS).upper()},\n93300 KUCHING.\nSARAWAK.\n\n"
                      f"0110000{f.r.randrange(1000, 9999)}\n")
# The last six were typed in by hand, without the form's own answers; one has only a name and a phone.
for row in rows[25:]:
    row["time"] = None
rows[29].update({k: None for k in ("gender", "ic", "born", "job", "address", "email", "fb", "type", "rec1",
                                    "rec2", "t", "u", "v", "w", "edu", "work")})
rows[29]["paid"] = "還沒填表單"
FORMULA_ROWS = {22, 23, 25, 26, 27, 28, 29}  # English names typed as =UPPER("…") in these rows (0-based)

wb = workbook()
ws = wb.active
ws.title = "入会申请表 Application Form for Memb"
ws.append(HEADER)
ws["E1"].font = Font(bold=True)
for i, row in enumerate(rows):
    r = i + 2
    manual = row["time"] is None
    values = [row["time"], None if manual else "同意 Agree", None if manual else "了解 noted",
              None if manual else "了解 noted", row["paid"], row["chinese"], None, row["gender"], row["ic"],
              row["born"], row["job"], row["address"], row["mobile"], row["email"], row["fb"], row["type"],
              row["rec1"], row["rec2"], "同意 Agree" if row["gender"] else None, row["t"] if row["gender"] else None,
              row["u"] if row["gender"] else None, row["v"] if row["gender"] else None,
              row["w"] if row["gender"] else None, row["edu"], row["work"]]
    for c, v in enumerate(values, start=1):
        if v is not None:
            ws.cell(r, c, v)
    name_cell = ws.cell(r, 7)
    if i in FORMULA_ROWS:
        name_cell.value = f'=UPPER("{row["roman"].strip().title()}")'
    else:
        name_cell.value = row["roman"]
        if i < 22:
            name_cell.number_format = "# ?/?"
    ws.cell(r, 9).number_format = "0"
    if row["born"]:
        ws.cell(r, 10).number_format = "mm-dd-yy" if i == 30 else "yyyy\\-mm\\-dd"
    if i < 22 or i == 29:
        ws.cell(r, 13).number_format = "@"
    for c in (22, 23):
        if isinstance(ws.cell(r, c).value, datetime.datetime):
            ws.cell(r, c).number_format = "m\\-d"
for col, width in {"E": 11.9, "F": 11.1, "G": 24.7, "H": 10.7, "I": 15.3, "J": 12.7, "K": 19.9, "L": 27.3,
                   "M": 23.9, "N": 28.3, "O": 21.7, "P": 34.1, "Q": 12.7, "S": 12.7, "U": 31.9, "V": 27.9,
                   "W": 26.7, "X": 25.1, "Y": 11.0, "Z": 12.7}.items():
    ws.column_dimensions[col].width = width
ws.column_dimensions["A"].hidden = True
ws.column_dimensions["T"].hidden = True
for r in range(1, len(rows) + 2):
    ws.row_dimensions[r].height = 15.75

# The e-receipt list: members whose payment is confirmed, in the order the treasurer typed them.
receipts = [(i, row) for i, row in enumerate(rows) if row["paid"] == "是"]
receipts = receipts[:1] + receipts[2:16] + receipts[1:2] + receipts[16:27]
rs = wb.create_sheet("電子收據名單")
rs.merge_cells("B1:E1")
rs["B1"] = "預計發出電子收據名單"
rs["B1"].alignment = Alignment(horizontal="center", vertical="center")
rs["B1"].font = Font(bold=True, size=14)
for c, text in enumerate(["中文姓名 Chinese Name", "英文姓名 English Name", "电子邮件 Email", "会员类型 Member Type"], start=2):
    rs.cell(2, c, text).font = Font(bold=True)
for n, (i, row) in enumerate(receipts, start=1):
    r = n + 2
    rs.cell(r, 1, n)
    rs.cell(r, 2, row["chinese"])
    rs.cell(r, 3, ws.cell(i + 2, 7).value).number_format = ws.cell(i + 2, 7).number_format
    rs.cell(r, 4, row["email"])
    rs.cell(r, 5, row["type"])
for col, width in {"A": 4.3, "B": 19.3, "C": 23.1, "D": 26.0, "E": 33.3}.items():
    rs.column_dimensions[col].width = width
rs.row_dimensions[1].height = 38.1
rs.row_dimensions[2].height = 21.0
for r in range(3, len(receipts) + 3):
    rs.row_dimensions[r].height = 20.1

save(wb, "members-zh-my-association.xlsx", libreoffice="xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for i, row in enumerate(rows):
            print(i + 2, row["chinese"], repr(row["roman"]), row["mobile"], row["ic"], row["born"], row["paid"],
                  row["rec1"], row["rec2"], row["email"], row["time"])
        print(len(receipts), "receipts")
