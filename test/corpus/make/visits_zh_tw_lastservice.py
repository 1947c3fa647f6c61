"""
Shape of ArnoldLEI/MAINTAIN "活頁簿1.xlsx" (at commit 39bbf26): a maintenance contractor's one-sheet
list, made in Excel (zh-TW), of the post-office units it serviced last, grouped by district: 行政區 /
單位 / 上次保養. One row per unit; the units of a district mostly share one date (a round of visits),
written as a real date under mm-dd-yy, yyyy/mm/dd or the Taiwanese era format e/mm/dd (shown as
114/04/15) depending on the block; one unit under two contracts takes two rows with its name merged
over them. Values invented (unit names are made of common place words).
"""
import datetime

from fake import Fake, save, workbook

f = Fake("visits-zh-tw-lastservice")

BLOCKS = [
    ("基隆市", "基隆", ["八斗子", "三沙灣", "大武崙", "中山", "六堵", "安樂路", "東信路", "信義", "復興路", "新民", "碇內"],
     [datetime.datetime(2025, 4, 18)] * 10 + [datetime.datetime(2025, 4, 23)], "mm-dd-yy"),
    ("萬華區", "臺北", ["漢中街", "西園", "東園", "莒光", "莒光", "老松", "萬大路", "華江橋", "青年"],
     [datetime.datetime(2025, 4, d) for d in (15, 30, 15, 15, 15, 30, 30, 30, 30)], "yyyy/mm/dd"),
    ("新店區", "新店", ["十四份", "大坪林", "中央", "中正", "中華路", "五城", "五峰", "公崙", "水尾", "永安", "屈尺", "玫瑰城", "青潭",
                     "倉庫", "頂城", "復興", "碧潭", "龜山", "檳榔路", "雙城", "寶橋"],
     [datetime.datetime(2025, 3, 14)] * 21, "mm-dd-yy"),
    ("汐止區", "汐止", ["樟樹灣", "翠柏", "建成路", "社后", "龍安", "厚德", "南昌"],
     [datetime.datetime(2025, 2, 5), datetime.datetime(2024, 12, 26)] + [datetime.datetime(2025, 2, 5)] * 5, "yyyy/mm/dd"),
    ("內湖區", "內湖", ["", "文德", "西湖", "東湖", "碧湖", "週美", "金龍", "大湖", "江南", "北勢湖", "舊宗", "康寧", "三總"],
     [datetime.datetime(2025, 4, 15)] * 13, "e/mm/dd"),
]
SWAP = {"八斗子": "外木山", "中山": "仁愛", "東信路": "東明路", "漢中街": "貴陽街", "西園": "東園街", "十四份": "二十張", "玫瑰城": "花園城",
        "翠柏": "翠峰", "厚德": "秀峰", "碧湖": "麗湖", "金龍": "金湖", "三總": "成功"}

wb = workbook()
ws = wb.active
ws.title = "工作表1"
ws.append(["行政區", "單位", "上次保養"])
r = 2
for district, prefix, places, dates, fmt in BLOCKS:
    # shift each block's round by a few days so the dates are not the original ones
    delta = datetime.timedelta(days=f.r.randrange(-6, 7))
    prev = None
    for place, when in zip(places, dates):
        place = SWAP.get(place, place)
        ws.cell(r, 1, district)
        if place == prev:  # the same unit under a second contract: name merged over both rows
            ws.merge_cells(start_row=r - 1, start_column=2, end_row=r, end_column=2)
        else:
            ws.cell(r, 2, prefix + place)
        ws.cell(r, 3, when + delta).number_format = fmt
        prev = place
        r += 1
ws.column_dimensions["B"].width = 16
ws.column_dimensions["C"].width = 12
save(wb, "visits-zh-tw-lastservice.xlsx")
