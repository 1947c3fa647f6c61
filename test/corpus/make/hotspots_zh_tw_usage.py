"""
Shape of uunmask2000/tribe "PHPExcel/Examples/Fire_down/A/愛部落-愛台灣2017-02.xlsx": the monthly usage report
of a free Wi-Fi programme for Taiwan's indigenous villages, written by a PHP site with PHPExcel (creator
"Unknown Creator", title "Untitled Spreadsheet", no styling, no column widths). One sheet Worksheet:
年/月 ("2017-02" as text) / 期別 (the programme phase, 2 or 3) / 縣市 / 地區 (township) / 部落 (the village,
sometimes with a bracketed old name or 【一村】/【副區】 after it) / 總使用人次 / 總使用人數 /
總使用時間(分) / 總流量(MB) / 總上行流量(MB) / 總下行流量(MB); 83 hotspots sorted by traffic, then a
合計 row with the sums. Village names invented from syllables; counties and townships are real
places; figures invented.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("hotspots-zh-tw-usage")

PLACES = [("臺東縣", ["長濱鄉", "成功鎮", "東河鄉", "卑南鄉", "太麻里鄉", "金峰鄉", "達仁鄉", "海端鄉", "延平鄉"], 23),
          ("屏東縣", ["春日鄉", "三地門鄉", "瑪家鄉", "泰武鄉", "來義鄉", "獅子鄉", "牡丹鄉"], 15),
          ("花蓮縣", ["秀林鄉", "萬榮鄉", "卓溪鄉", "豐濱鄉", "光復鄉"], 12),
          ("南投縣", ["仁愛鄉", "信義鄉"], 9), ("高雄市", ["那瑪夏區", "桃源區", "茂林區"], 5),
          ("臺中市", ["和平區"], 4), ("嘉義縣", ["阿里山鄉"], 4), ("苗栗縣", ["泰安鄉", "南庄鄉"], 3),
          ("新北市", ["烏來區"], 2), ("新竹縣", ["五峰鄉", "尖石鄉"], 2), ("宜蘭縣", ["大同鄉", "南澳鄉"], 2),
          ("桃園市", ["復興區"], 1)]
SYLL = list("拉卡瑪達巴沙里古布魯娜莫伊烏阿塔嘎洛奇那比雅") + ["哈尼", "斯", "庫", "蘭", "浪", "岸", "灣"]


def village():
    def make():
        name = "".join(f.pick(SYLL) for _ in range(f.pick([2, 2, 3])))
        extra = f.pick([""] * 30 + ["【一村】", "【二村】", "【副區】", f"({f.pick(SYLL)}{f.pick(SYLL)})"])
        return name + "部落" + extra
    return f._unique(make)


rows = []
for county, towns, n in PLACES:
    for _ in range(n):
        people = f.r.randrange(60, 260)
        visits = people * f.r.randrange(15, 110)
        minutes = visits * f.r.randrange(8, 60)
        total = f.r.randrange(120000, 1300000)
        up = int(total * f.r.uniform(0.03, 0.1))
        rows.append(["2017-02", f.pick([2, 2, 3]), county, f.pick(towns), village(), visits, people, minutes, total,
                     up, total - up])
rows.sort(key=lambda r: -r[8])

wb = workbook()
wb.properties.creator = "Unknown Creator"
wb.properties.lastModifiedBy = "Unknown Creator"
wb.properties.title = "Untitled Spreadsheet"
wb.properties.created = datetime.datetime(2017, 3, 3, 0, 0, 2)
wb.properties.modified = datetime.datetime(2017, 3, 3, 0, 0, 2)
ws = wb.active
ws.title = "Worksheet"
ws.append(["年/月", "期別", "縣市", "地區", "部落", "總使用人次", "總使用人數", "總使用時間(分)", "總流量(MB)",
           "總上行流量(MB)", "總下行流量(MB)"])
for r in rows:
    ws.append(r)
ws.append(["合計", None, None, None, None] + [sum(r[i] for r in rows) for i in range(5, 11)])

save(wb, "hotspots-zh-tw-usage.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for r in ws.iter_rows(min_row=1, max_row=6, values_only=True):
            print(r)
        print(ws.max_row, [c.value for c in ws[ws.max_row]])
