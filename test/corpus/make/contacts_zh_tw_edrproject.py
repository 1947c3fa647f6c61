"""
Shape of AriesyuGTH/hidoc-edr "壽險公會EDR專案通訊錄_20221105.xlsx" (at commit
b3497aa9cc177aae65efc9e59c879e0dc7b7d3c3): the contact sheet of a Taiwanese life-insurance
association's EDR (endpoint detection) project, kept by the association's side with the members of
the three vendor companies that build and run it.

- One sheet 工作表1, header on row 1 with no styling: 公司名稱 / 姓名 / 信箱 / 職稱 / 職責分工 / 聯絡電話 /
  行動電話 / Line 名稱; eight people on rows 2-9, thin borders round A1:H9, nothing below.
- Three companies (a telecom's enterprise branch, a security consultancy, a fintech software
  house), the company name repeated on each of its people, three, three and two people.
- 信箱 the work e-mail; 職稱 the job title (高級工程師, 專案經理, PM); 職責分工 the person's part in the
  project (EDR 專案經理, 平台組負責人(主機/虛擬機), 網路組負責人1, EDR專案溝通協調 twice, EDR 資安諮詢窗口,
  EDR 建置與軟體維護作業), with or without a space after 'EDR'; one person with an English name only.
- 聯絡電話 every person's office line as text: '02-' then eight digits, or a company number with an
  extension '#8047'; the fintech's two people share one number. 行動電話 on four people only.
- Line 名稱 the messaging display name: an English nickname, the Chinese name, 'Lanti-蓮蒂' style
  mixes, the English and Chinese name together, and one decorated display name in odd Unicode
  letters with a leading space.
- The name, e-mail, title, role and office phone cells of the first rows carry the text format '@',
  the later rows General, as typed into an older template; the role cell of row 2 wraps.
Values invented: company names, people, e-mail addresses, phone numbers and Line names.
"""
from openpyxl.styles import Alignment, Border, Side

from fake import Fake, save, workbook

f = Fake("contacts-zh-tw-edrproject")

HEADER = ["公司名稱", "姓名", "信箱", "職稱", "職責分工", "聯絡電話", "行動電話", "Line 名稱"]
WIDTHS = {"A": 23.0, "B": 9.25, "C": 41.875, "D": 14.625, "E": 33.875, "F": 24.0, "G": 16.875, "H": 25.875}


def office(prefix):
    return f"{prefix}{f.r.randrange(10000):04d}"


ROWS = [
    # company, name, mail, title, role, office, mobile?, line
    ("遠聯電信企業分公司", "蔡承翰", "tsai_ch@example.com", "高級工程師", "EDR 專案經理", office("02-2355"), True, "Henry Tsai"),
    ("遠聯電信企業分公司", "許家瑋", "jiawei88@example.com", "高級工程師", "平台組負責人(主機/虛擬機)", office("02-2355"), False, "Jerry"),
    ("遠聯電信企業分公司", "鄭宜蓁", "yichen@example.com", "高級工程師", "網路組負責人1", office("02-2355"), False, "Yichen"),
    ("昱安資安國際", "洪淑芬", "sufen@example.net", "專案經理", "EDR專案溝通協調", "02-2781-6620#8031", False, "Sufen-淑芬"),
    ("昱安資安國際", "呂冠宇", "kuanyu.lu@example.net", "專案經理", "EDR專案溝通協調", "02-2781-6620#8012", True, "Kuanyu Lu 呂冠宇"),
    ("昱安資安國際", "葉建宏", "jh0417@example.net", "高級工程師", "EDR 資安諮詢窗口", "02-2781-6620#6055", False, " Ϊμαʀκ"),
    ("鼎鑫金融科技", "游柏翰", "bohan@example.org", "PM", "EDR專案溝通協調", "02-2918-4473", True, "游柏翰"),
    ("鼎鑫金融科技", "Kevin", "kevin@example.org", "高級工程師", "EDR 建置與軟體維護作業", "02-2918-4473", True, "Kevin"),
]

wb = workbook()
ws = wb.active
ws.title = "工作表1"
for col, width in WIDTHS.items():
    ws.column_dimensions[col].width = width
for j, h in enumerate(HEADER, start=1):
    ws.cell(1, j, h)
for i, (company, name, mail, title, role, phone, has_mobile, line) in enumerate(ROWS, start=2):
    ws.cell(i, 1, company)
    ws.cell(i, 2, name).number_format = "@"
    ws.cell(i, 3, mail).number_format = "@"
    text_rest = i <= 4          # the template's text format reaches D:F only on the first rows
    for j, value in ((4, title), (5, role), (6, phone)):
        c = ws.cell(i, j, value)
        if text_rest:
            c.number_format = "@"
    if has_mobile:
        ws.cell(i, 7, f.mobile_tw())
    ws.cell(i, 8, line)
ws["E2"].alignment = Alignment(wrap_text=True)
thin = Side(style="thin")
for row in ws.iter_rows(min_row=1, max_row=9, min_col=1, max_col=8):
    for c in row:
        c.border = Border(left=thin, right=thin, top=thin, bottom=thin)

save(wb, "contacts-zh-tw-edrproject.xlsx")
