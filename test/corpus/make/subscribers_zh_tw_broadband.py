"""
Shape of pillar62/EEP2015 "JQWebClient/Files/20171211085652.xls" (at commit 2c1d170): a Taiwanese
building-broadband reseller's list of completed installations for its telecom partner
(遠傳大寬頻報竣客戶一覽表), written by its web application as Excel 2003 XML (SpreadsheetML) under the
name .xls: every line break written as CR plus a literal '&#10;', a title row merged over 49 columns,
the header on row 2, every value a string, empty values written as a line break and ten spaces, a
last row of 49 empty cells. One row per installation: batch number, application and completion dates
as MM/DD/YYYY, application type, account number (FBB_…), partner and salesman codes, customer class
(1 a person, 51 a company), company name / owner / owner's ID / an application code under 公司統編,
plan code, subscriber name (characters outside Big5 as literal '&#27767;' text), contact's ID type
and number, title, contact name, landline '(02)2…' with '#ext', birthday, mobile (two numbers joined
by ' / ', a note after the number, a digit missing, the leading zero lost), six empty proxy columns,
billing, household-registration and installation addresses each as postcode / city / district /
street, building name, IP range, a processing date, a second ID (NHI card number, driving licence …).
Five people hold two accounts. 420 of the source's 547 rows; values invented.
"""
import datetime
import os
import re

from fake import FILES, GIVEN_TW, SURNAMES_TW, Fake

f = Fake("subscribers-zh-tw-broadband")
N = 420
NL = "\r&#10;"
BLANK = NL + "          "

HEAD = ["流水號", "申請日期", "竣工日期", "申請種類", "異動代碼", "電話號碼", "對帳號碼", "協力商代碼", "業務員代碼", "客戶類別", "公司名稱",
        "公司負責人", "負責人身份證字號", "公司統編", "服務方案", "優惠代碼", "用戶名稱", "聯絡人證照類別", "聯絡人證照號碼", "聯絡人稱謂",
        "聯絡人名稱", "聯絡人聯絡電話", "聯絡人出生日期", "聯絡人行動電話", "代理人證照類別", "代理人證照號碼", "代理人稱謂", "代理人名稱",
        "代理人聯絡電話", "代理人出生日期", "帳寄郵遞區號", "帳寄縣市", "帳寄鄉鎮市區", "帳寄地址", "戶籍郵遞區號", "戶籍縣市", "戶籍鄉鎮市區",
        "戶籍地址", "裝機郵遞區號", "裝機縣市", "裝機鄉鎮市區", "裝機地址", "社區名稱", "IP ADDRESS FROM", "IP ADDRESS END", "NCIC預處理日期",
        "第二證照類別", "第二證照號碼", "申請書編號"]

BUILDINGS = [("翠峰東城", "110", "台北市", "信義區", "松仁路"), ("海景山莊", "221", "新北市", "汐止區", "大同路二段"),
             ("青禾社區", "235", "新北市", "中和區", "景平路"), ("宏景大鎮", "220", "新北市", "板橋區", "文化路二段"),
             ("雲峰鎮", "116", "台北市", "文山區", "木柵路三段"), ("EZ時尚館", "110", "台北市", "信義區", "忠孝東路五段"),
             ("萬和國宅", "116", "台北市", "文山區", "景福街"), ("羅馬三圓", "231", "新北市", "新店區", "北新路三段"),
             ("碧海灣", "202", "基隆市", "中正區", "觀海街"), ("冠德天下", "220", "新北市", "板橋區", "四川路二段"),
             ("長虹新世紀", "235", "新北市", "中和區", "中山路三段"), ("大樹下", "231", "新北市", "新店區", "中興路三段")]
OTHER_PLACES = [("105", "台北市", "松山區", "八德路四段"), ("241", "新北市", "三重區", "重新路三段"), ("330", "桃園縣", "桃園市", "中正路"),
                ("403", "台中市", "西區", "五權路"), ("500", "彰化縣", "彰化市", "中山路二段"), ("203", "基隆市", "中山區", "中和路"),
                ("244", "新北市", "林口區", "林口街"), ("105", "台北市", "松山區", "南京東路五段")]
COMPANY_WORDS = ["華德", "導航", "馳騰", "恆曄", "龍辰", "特俐安", "昭和", "藍色", "永豐利", "納喜"]
COMPANY_TAILS = ["顧問股份有限公司", "國際有限公司", "科技有限公司", "實業有限公司", "設計工作室", "投資有限公司"]
SECOND_IDS = ["健保卡"] * 78 + ["駕照"] * 12 + ["居留證", "護照", "學生證"] + [None] * 4


def person():
    return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))


def id_number(sex):
    letters = "ABCDEFGHJKLMNPQRSTUVXYWZIO"

    def make():
        letter = f.pick("AAAAFFFFHHEJNRX")
        body = f"{sex}{f.r.randrange(10000000):07d}"
        code = letters.index(letter) + 10
        total = code // 10 + (code % 10) * 9 + sum(int(d) * w for d, w in zip(body, [8, 7, 6, 5, 4, 3, 2, 1]))
        return f"{letter}{body}{(10 - total % 10 + 1 + f.r.randrange(9)) % 10}"
    return f._unique(make)


def mdy(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def street(road):
    lane = f"{f.r.randrange(2, 200)}巷" if f.chance(0.25) else ""
    floor = f.pick([f"{f.r.randrange(2, 35)}樓", f"{f.r.randrange(2, 35)}樓之{f.r.randrange(1, 12)}", f"{f.r.randrange(1, 20)}樓"])
    return f"{road}{lane}{f.r.randrange(1, 400)}號{floor}"


def mobile_cell():
    m = f.mobile_tw(dashed=False)
    roll = f.r.random()
    if roll < 0.93:
        return m
    if roll < 0.95:
        return f"{m} / {f.mobile_tw(dashed=False)}"
    if roll < 0.96:
        return f"{m} / {f.mobile_tw(dashed=False)}{f.pick(SURNAMES_TW)}'r"
    if roll < 0.97:
        return f"{m} {f.pick(SURNAMES_TW)}先生"
    if roll < 0.985:
        return m[1:]
    return m[:9]


def rare_name():
    code = f.pick([27767, 29486, 23791, 37613, 35072, 33669, 28913, 32137])
    name = person()
    return f.pick([name[:2] + f"&#{code};", name[0] + f"&#{code};" + name[2]])


rows = []
account = 1100002006
start = datetime.date(2014, 12, 1)
for i in range(N):
    account += f.pick([1, 1, 1, 2, 3])
    applied = f.date(start, datetime.date(2016, 6, 30))
    completed = applied + datetime.timedelta(days=f.r.randrange(3, 110))
    building = f.pick(BUILDINGS)
    bname, bzip, bcity, bdist, broad = building
    install = [bzip, bcity, bdist, street(broad)]
    company = f.chance(0.02)
    row = {h: None for h in HEAD}
    row.update({"流水號": "20171211", "申請日期": mdy(applied), "竣工日期": mdy(completed), "申請種類": "A",
                "對帳號碼": f"FBB_{account}", "協力商代碼": "C51A030000", "業務員代碼": "73885",
                "服務方案": f.pick(["1054", "1054", "1052", "1053"]), "社區名稱": bname, "NCIC預處理日期": "12/11/2017"})
    ip = f"192.168.168.{f.r.randrange(2, 254)}"
    row["IP ADDRESS FROM"] = row["IP ADDRESS END"] = ip
    if company:
        name = f._unique(lambda: f.pick(COMPANY_WORDS) + f.pick(COMPANY_TAILS))
        owner = person() if f.chance(0.7) else None
        contact = f.pick([owner, person(), None]) if owner else None
        row.update({"客戶類別": "51", "公司名稱": name, "公司負責人": owner, "負責人身份證字號": id_number(f.pick("12")) if owner else None,
                    "公司統編": f"S{applied.strftime('%y%m%d')}{f.r.randrange(1, 10):03d}", "用戶名稱": name,
                    "聯絡人證照類別": "公司統編", "聯絡人證照號碼": f"{f.r.randrange(10000000, 99999999)}",
                    "聯絡人稱謂": f.pick(["先生", "女士"]) if owner else None, "聯絡人名稱": contact,
                    "聯絡人聯絡電話": f"(02){f.r.randrange(22000000, 29999999)}" if contact else None})
        row.update({"帳寄郵遞區號": bzip, "帳寄縣市": bcity, "帳寄鄉鎮市區": bdist, "帳寄地址": install[3]})
    else:
        sex = f.pick("12")
        name = rare_name() if f.chance(0.02) else person()
        kind = f.r.random()
        id_type, id_no = ("身份證字號", id_number(sex)) if kind < 0.96 else (
            ("護照號碼", f"{f.pick('XN')}{f.r.randrange(1000000, 99999999)}") if kind < 0.98 else
            ("居留證號碼", f"{f.pick(['AC', 'FC', 'HD'])}{f.r.randrange(1000000, 99999999)}"))
        birthday = f.date(datetime.date(1940, 1, 1), datetime.date(1996, 12, 31))
        phone = None
        roll = f.r.random()
        if roll < 0.38:
            phone = f"(02){f.r.randrange(22000000, 29999999)}" + (f"#{f.r.randrange(100, 9999)}" if f.chance(0.02) else "")
        elif roll < 0.40:
            phone = f"{f.r.randrange(22000000, 29999999)}"
        row.update({"客戶類別": "1", "用戶名稱": name, "聯絡人證照類別": id_type, "聯絡人證照號碼": id_no,
                    "聯絡人稱謂": "先生" if sex == "1" else "女士", "聯絡人名稱": name if f.chance(0.99) else None,
                    "聯絡人聯絡電話": phone, "聯絡人出生日期": mdy(birthday) if f.chance(0.98) else None,
                    "聯絡人行動電話": mobile_cell() if f.chance(0.97) else None})
        if f.chance(0.06):
            other = f.pick(OTHER_PLACES)
            bill = [other[0], other[1], other[2], street(other[3])]
        else:
            bill = install
        row.update(dict(zip(["帳寄郵遞區號", "帳寄縣市", "帳寄鄉鎮市區", "帳寄地址"], bill)))
        second = f.pick(SECOND_IDS)
        if second == "健保卡":
            row.update({"第二證照類別": second, "第二證照號碼": f"0000{f.r.randrange(10000000, 99999999)}"})
        elif second == "駕照":
            row.update({"第二證照類別": second, "第二證照號碼": id_no})
        elif second:
            row.update({"第二證照類別": second, "第二證照號碼": f"{f.pick(['AC', 'N'])}{f.r.randrange(10000000, 99999999)}"})
    if f.chance(0.4) and not company:
        other = f.pick(OTHER_PLACES)
        home = [other[0], other[1], other[2], street(other[3])]
    else:
        home = install
    row.update(dict(zip(["戶籍郵遞區號", "戶籍縣市", "戶籍鄉鎮市區", "戶籍地址"], home)))
    row.update(dict(zip(["裝機郵遞區號", "裝機縣市", "裝機鄉鎮市區", "裝機地址"], install)))
    rows.append(row)

# Five people with a second account a few months later, in another flat of the same building.
for k, first in enumerate([rows[i] for i in (12, 57, 140, 233, 301)]):
    second = dict(first)
    account += 2
    applied = datetime.datetime.strptime(first["申請日期"], "%m/%d/%Y").date() + datetime.timedelta(days=60 + 20 * k)
    second.update({"對帳號碼": f"FBB_{account}", "申請日期": mdy(applied), "竣工日期": mdy(applied + datetime.timedelta(days=9)),
                   "裝機地址": street(re.match(r"^(.*?(?:段|路|街))", first["裝機地址"]).group(1))})
    rows.append(second)
rows.sort(key=lambda r: r["對帳號碼"])


def cell(value):
    if value is None:
        text = BLANK
    else:
        text = str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'        <Cell>{NL}          <Data ss:Type="String">{text}</Data>{NL}        </Cell>'


out = ['<?xml version="1.0"?>',
       '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office" '
       'xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">',
       '  <Styles>', '    <Style ss:ID="title">', '      <Alignment ss:Horizontal="Center" />', '    </Style>',
       '    <Style ss:ID="multiline">', '      <Alignment ss:Vertical="Center" ss:WrapText="1" />', '    </Style>', '  </Styles>',
       '  <Worksheet ss:Name="RT3120" xmlns="urn:schemas-microsoft-com:office:spreadsheet">', '    <Table>',
       '      <Row>', f'        <Cell ss:MergeAcross="48" ss:StyleID="title">{NL}          <Data ss:Type="String">遠傳大寬頻報竣客戶一覽表</Data>{NL}        </Cell>',
       '      </Row>', '      <Row>']
out += [cell(h) for h in HEAD]
out.append('      </Row>')
for r in rows:
    out.append('      <Row>')
    out += [cell(r[h]) for h in HEAD]
    out.append('      </Row>')
out.append('      <Row>')
out += ['        <Cell />'] * len(HEAD)
out += ['      </Row>', '    </Table>', '  </Worksheet>', '</Workbook>']

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "subscribers-zh-tw-broadband.xls"), "w", encoding="utf-8", newline="") as fh:
    fh.write(NL.join(out))

if __name__ == "__main__":
    import json
    import sys
    if len(sys.argv) > 1:
        json.dump(rows, open(sys.argv[1], "w"), ensure_ascii=False)
