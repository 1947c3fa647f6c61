"""
Shape of pillar62/EEP2015 "JQWebClient/Files/20180612132448.xls" (at commit d79a3e7): a Taiwanese
building-broadband reseller's user list for one building (用戶維護), exported by its web application
as Excel 2003 XML (SpreadsheetML) under the name .xls: every line break a CR plus a literal '&#10;',
a title merged over 19 columns, the header on row 2, empty values written as a line break and spaces,
the complaint count as a number, a last row of empty cells. Columns: 社區序號 (holding the building's
name), 客戶名 (a plan tag such as '(Sparq)', '(公關機)' for the committee's free line, or a household
member's name in brackets after some names), city, district, installation address (postcode and city
in front on most, not all), mobile (two joined by ' / ', a surname and title after it, a stray
"黃'r"), plan, fee (an industry such as 電力供應業 typed there on a quarter of the rows), IP, application
/ completion / reported / billing-start / last-renewal / expiry / cancellation / void dates as
yyyy/mm/dd text, PR-line flag Y/N, complaint count. People hold several lines: another flat, a
re-subscription after cancelling, a second plan under the tagged name, a voided duplicate. Values
invented.
"""
import datetime
import os
import random

from fake import FILES, GIVEN_TW, SURNAMES_TW, Fake

f = Fake("customers-zh-tw-buildingusers")
NL = "\r&#10;"
BLANK = NL + "          "
BUILDING, CITY, DISTRICT, ZIP, STREET = "望海山莊", "基隆市", "中正區", "202", "望海街"
EXPORTED = datetime.date(2018, 6, 12)
HEAD = ["社區序號", "客戶名", "縣市", "鄉鎮市", "裝機地址", "連絡手機", "方案別", "資費", "IP", "用戶申請日", "完工日", "報竣日", "開始計費日",
        "最近續約計費日", "到期日", "公關戶", "退租日", "作廢日", "客訴次數"]
FEES_AVS = ["高資費"] * 30 + ["低資費"] * 10 + ["元訊So-net專案40M"] * 6 + ["元訊So-net專案60M"] * 3 + ["電力供應業"] * 22 + \
           ["運輸工具製造修配業"] * 7 + [""] + ["組長"]


def person():
    return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))


def flat():
    return f"{STREET}{f.r.randrange(10, 220)}號{f.pick(['B1', *[str(k) for k in range(1, 16)]])}樓"


def ymd(d):
    return d.strftime("%Y/%m/%d") if d else None


def line(name, mobile, where, sparq=False, start=None, cancelled=None, voided=False, pr=False):
    applied = start or f.date(datetime.date(2013, 4, 1), datetime.date(2018, 5, 31))
    applied = min(applied, datetime.date(2018, 5, 31))
    done = applied + datetime.timedelta(days=f.r.randrange(0, 5))
    billing = done + datetime.timedelta(days=f.r.randrange(0, 900)) if f.chance(0.85) else None
    renewal = billing + datetime.timedelta(days=365 * f.r.randrange(1, 3)) if billing and f.chance(0.45) else None
    expiry = (renewal or billing) + datetime.timedelta(days=364 * f.r.randrange(1, 3)) if billing else None
    if cancelled is None:
        cancelled = expiry + datetime.timedelta(days=f.r.randrange(5, 60)) if expiry and f.chance(0.4) else None
    if cancelled and cancelled > EXPORTED:
        cancelled = None
    plan, fee = (("遠傳大寬頻社區型", f.pick(["20M"] * 7 + ["40M", "70M"])) if sparq else ("AVS-City", f.pick(FEES_AVS)))
    address = (f"{ZIP}{CITY}{DISTRICT}{where}" if f.chance(0.76) else f"{CITY}{DISTRICT}{where}")
    return [BUILDING, name, CITY, DISTRICT, address, mobile, plan, fee, f"192.168.168.{f.r.randrange(2, 254)}", ymd(applied),
            ymd(done) if f.chance(0.9) else None, ymd(done + datetime.timedelta(days=f.r.randrange(2, 15))) if f.chance(0.78) else None,
            ymd(billing), ymd(renewal), ymd(expiry), "Y" if pr else "N", ymd(cancelled),
            ymd(datetime.date(2018, 4, f.r.randrange(1, 10))) if voided else None, f.r.randrange(0, 6)]


def mobile_text():
    m = f.mobile_tw(dashed=False)
    roll = f.r.random()
    if roll < 0.04:
        return f"{m} / {f.mobile_tw(dashed=False)}"
    if roll < 0.05:
        return f"{m} {f.pick(SURNAMES_TW)}小姐"
    if roll < 0.06:
        return None
    return m


rows = []
people = []
for _ in range(150):
    people.append({"name": person(), "mobile": mobile_text(), "flat": flat()})
for p in people:
    sparq = f.chance(0.2)
    rows.append(line(p["name"] + ("(Sparq)" if sparq else ""), p["mobile"], p["flat"], sparq=sparq))
# Committee's free lines; names with a household member in brackets.
for p in people[:3]:
    rows.append(line(p["name"] + "(公關機)", p["mobile"], flat(), pr=True))
for p in people[3:5]:
    p["shown"] = p["name"] + f"({f.pick(GIVEN_TW)}{f.pick(GIVEN_TW)})"
    rows[people.index(p)][1] = p["shown"]
# People with several lines: another flat, a re-subscription after cancelling, a second plan under the tag, a voided duplicate.
for p in people[10:14]:
    rows.append(line(p["name"], p["mobile"], flat()))
for p in people[14:18]:
    old = rows[people.index(p)]
    first = datetime.datetime.strptime(old[9], "%Y/%m/%d").date()
    again = min(first + datetime.timedelta(days=400), datetime.date(2018, 5, 20))
    old[16] = ymd(again - datetime.timedelta(days=f.r.randrange(20, 120)))
    rows.append(line(p["name"], p["mobile"], p["flat"], start=again))
for p in people[18:22]:
    rows.append(line(p["name"] + "(Sparq)", p["mobile"], p["flat"], sparq=True))
for p in people[22:25]:
    rows.append(line(p["name"], p["mobile"], p["flat"], voided=True))
for k in (40, 41, 42, 43):
    rows[k][17] = ymd(datetime.date(2016, 8, 1) + datetime.timedelta(days=20 * k))
random.Random("customers-zh-tw-buildingusers-order").shuffle(rows)


def cell(value):
    if value is None or value == "":
        return f'        <Cell>{NL}          <Data ss:Type="String">{BLANK}</Data>{NL}        </Cell>'
    kind = "Number" if isinstance(value, int) else "String"
    text = str(value).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return f'        <Cell>{NL}          <Data ss:Type="{kind}">{text}</Data>{NL}        </Cell>'


out = ['<?xml version="1.0"?>',
       '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:o="urn:schemas-microsoft-com:office:office" '
       'xmlns:x="urn:schemas-microsoft-com:office:excel" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">',
       '  <Styles>', '    <Style ss:ID="title">', '      <Alignment ss:Horizontal="Center" />', '    </Style>',
       '    <Style ss:ID="multiline">', '      <Alignment ss:Vertical="Center" ss:WrapText="1" />', '    </Style>', '  </Styles>',
       '  <Worksheet ss:Name="RTLessorAVSCust0" xmlns="urn:schemas-microsoft-com:office:spreadsheet">', '    <Table>',
       '      <Row>', f'        <Cell ss:MergeAcross="18" ss:StyleID="title">{NL}          <Data ss:Type="String">用戶維護</Data>{NL}        </Cell>',
       '      </Row>', '      <Row>']
out += [cell(h) for h in HEAD] + ['      </Row>']
for r in rows:
    out += ['      <Row>'] + [cell(v) for v in r] + ['      </Row>']
out += ['      <Row>'] + ['        <Cell />'] * len(HEAD) + ['      </Row>', '    </Table>', '  </Worksheet>', '</Workbook>']

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "customers-zh-tw-buildingusers.xls"), "w", encoding="utf-8", newline="") as fh:
    fh.write(NL.join(out))

if __name__ == "__main__":
    import json
    import sys
    if len(sys.argv) > 1:
        json.dump({"rows": rows, "people": people}, open(sys.argv[1], "w"), ensure_ascii=False)
