"""
Shape of a Taiwanese statistics-course homework's merged list of senior high and vocational schools given
mobile-learning grants over four school years, written by pandas to Excel, as cpeggy/LAT keeps it
("Hw1/DATAA.xlsx", commit df919e9ba073428588fcdd7d614957df840051ce).

- One sheet, Sheet1, A1:E101: pandas' index in column A with no header (A1 empty), then 學習階段 / 學校名稱 /
  縣市 / 地區 in B1:E1.
- 100 rows, one school per row: 學習階段 '高中' or '高職', the school's full name (the same school again in a
  later year under a longer name with its city prefix, e.g. '私立X高級中學' then '臺中市私立X高級中學'), the
  city without 市/縣 ('台北', '新北' …), the region ('北部', '中部', '南部', '東部').
- The index has gaps (rows dropped before saving: 10, 17, 22, 36, 39 …); one row has no city or region;
  one school name ends with a space, one region is '中部 ' with a trailing space.
Values invented: school names (made-up place names), which rows are dropped.
A list of grant-receiving schools for a homework chart: no client, a person imports nothing.
"""
from fake import Fake, workbook, save

f = Fake("schools-zh-tw-grantlist")
CITIES = [("基隆", "北部", "基隆市"), ("台北", "北部", "臺北市"), ("新北", "北部", "新北市"), ("桃園", "北部", "桃園市"),
          ("新竹", "北部", "新竹市"), ("苗栗", "中部", "苗栗縣"), ("台中", "中部", "臺中市"), ("彰化", "中部", "彰化縣"),
          ("南投", "中部", "南投縣"), ("嘉義", "中部", "嘉義市"), ("台南", "南部", "臺南市"), ("高雄", "南部", "高雄市"),
          ("屏東", "南部", "屏東縣"), ("宜蘭", "北部", "宜蘭縣"), ("花蓮", "東部", "花蓮縣")]
PLACES = list("青嵐松岡翠谷明湖安平文峰瑞豐德興光華啟賢育英崇實立仁")
KINDS_HS = ["高級中學", "女子高級中學", "高級中等學校"]
KINDS_VS = ["高級商業職業學校", "高級工業職業學校", "高級家事商業職業學校", "高級農工職業學校", "高級工商職業學校"]

schools = []
for i in range(62):
    city, region, full = f.pick(CITIES)
    vocational = f.chance(0.17)
    place = f._unique(lambda: "".join(f.r.sample(PLACES, 2)))
    owner = f.pick(["國立", "私立", "私立", f"{full}立"])
    kind = f.pick(KINDS_VS if vocational else KINDS_HS)
    schools.append(["高職" if vocational else "高中", owner, place + kind, city, region, full])

rows = []
# first years: short names; later years: the same schools again, private ones with the city prefix
for s in schools[:48]:
    rows.append([s[0], s[1] + s[2], s[3], s[4]])
for s in schools[20:62] + schools[5:15]:
    name = (s[5] + s[1] + s[2]) if s[1] == "私立" else s[1] + s[2]
    rows.append([s[0], name, s[3], s[4]])
rows = rows[:100]
rows[46] = [rows[46][0], rows[46][1], None, None]
rows[64][1] = rows[64][1] + " "
rows[69][3] = rows[69][3].strip() + " " if rows[69][3] else "中部 "
if rows[69][3].strip() != "中部":
    rows[69][2], rows[69][3] = "嘉義", "中部 "

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for c, h in enumerate(["學習階段", "學校名稱", "縣市", "地區"], start=2):
    ws.cell(1, c, h)
idx = 0
dropped = {10, 17, 22, 36, 39}
for r, row in enumerate(rows, start=2):
    while idx in dropped:
        idx += 1
    ws.cell(r, 1, idx)
    for c, v in enumerate(row, start=2):
        if v is not None:
            ws.cell(r, c, v)
    idx += 1
save(wb, "schools-zh-tw-grantlist.xlsx")
