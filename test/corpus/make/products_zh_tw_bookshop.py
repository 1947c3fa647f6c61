"""
Shape of a Taiwanese class-project bookshop site's product sheet, as Karaliang/Bar keeps it ("商品.xlsx", commit
07f782b7d401c2e9fa58462326728d1800929e15), typed in Excel from online bookshop pages and read by the site.

- Four sheets, one per genre: 恐怖, 愛情, 懸疑, 科幻; the same header on row 1: 書名 / 作者 / 出版社 (with a
  trailing space) / 出版日期 / 價格 / 介紹 / 圖片檔名 / ISBN; six or seven books a sheet.
- Pasted text: titles with a trailing no-break space or a leading line break, authors with leading / trailing
  spaces (translated names with '．' or '‧', two authors joined by ', '), publishers with trailing spaces;
  publication date a real date; price text '260元'; the blurb long with ideographic-space indents and line
  breaks; picture file 'horry01.jpg' / 'love01.jpg' / 'suspense01.jpg' / 'fantasy01.jpg'; ISBN a 13-digit number.
- The first sheet has seven formatted empty rows below the books; column widths set per sheet.
Values invented: titles, authors, publishers, dates, prices, blurbs, ISBNs.
A product catalogue, no clients: a person imports nothing (authors are not clients).
"""
import datetime

from fake import Fake, workbook, save

f = Fake("products-zh-tw-bookshop")
PUBS = ["皇冠", "蓋亞", "遠流", "獨步文化", "圓神", "大田", "高寶", "城邦原創", "時報出版", "奇幻基地", "野人", "春天出版社"]
AUTHORS = ["夜行燈", "林澈", "簡霧", "沈星河", "史蒂芬．蘭姆", "阿嘉莎．霍爾", "蘇晴", "晨曦", "北川遙", "岡田涼介",
           "泰絲‧摩根", "道格拉斯‧葛林", "柯南．史密斯", "雨亭", "莫言心", "瑪莉．卡特"]
GENRES = [
    ("恐怖", "horry", 7, ["樓上的鄰居", "封筆", "裂縫", "請把窗關好", "無眠醫師", "貓咪墓園", "荒山"],
     {"A": 12.9, "B": 13.6, "C": 11.1, "D": 10.7, "E": 6.8, "F": 49.4, "G": 11.1, "H": 15.0}),
    ("愛情", "love", 6, ["想你的日子像風", "紙月亮", "別對我心動（上）", "別對我心動（中）", "別對我心動（下）", "留給你明日的告白"],
     {"A": 20.2, "B": 8.2, "C": 11.1, "D": 10.7, "E": 6.8, "F": 54.3, "G": 10.4, "H": 15.0}),
    ("懸疑", "suspense", 7, ["通天塔之謎", "西方列車謀殺案", "一個也不剩", "誰是真兇", "下課後", "南光", "再死一回"],
     {"A": 17.8, "B": 22.1, "C": 13.6, "D": 10.4, "E": 6.8, "F": 64.1, "G": 14.1, "H": 15.0}),
    ("科幻", "fantasy", 7, ["星際便車手冊", "海龍之宮", "魔法器物博物館", "聖誕小熊", "靈魂手稿", "滅絕試煉", "修書人"],
     {"A": 17.8, "B": 52.6, "C": 15.3, "D": 10.7, "E": 6.8, "F": 66.6, "G": 12.7, "H": 15.0}),
]
BLURB = ["那天晚上，門外又傳來了熟悉的腳步聲。", "她以為一切都結束了，直到那封信出現。", "沒有人知道這座島上發生過什麼事。",
         "如果時間可以倒轉，你會選擇遺忘嗎？", "城市的另一端，有人正在等待天亮。", "所有的線索，都指向同一個名字。"]


def blurb():
    parts = f.r.sample(BLURB, 3)
    lead = f.pick(["\u3000", "\u3000\u3000", "\n\u3000\u3000", ""])
    return lead + "\n\u3000\u3000".join(parts) + "\n\n\u3000\u3000" + "本書為系列作品，" + f.pick(["全新譯本。", "作者親自改寫。", "收錄番外篇。"])


wb = workbook()
first = True
for name, pic, n, titles, widths in GENRES:
    ws = wb.active if first else wb.create_sheet()
    ws.title = name
    for col, w in widths.items():
        ws.column_dimensions[col].width = w
    ws.append(["書名", "作者", "出版社 ", "出版日期", "價格", "介紹", "圖片檔名", "ISBN"])
    for k in range(n):
        title = titles[k]
        if k == 0 and name == "恐怖":
            title += "\xa0"
        if k == n - 1 and name == "愛情":
            title = "\n" + title
        author = f.pick(AUTHORS)
        if name == "科幻" and k == 2:
            author = "皮耶爾．巴卡, 雅各．奧利"
        author = f.pick(["", " "]) + author + f.pick(["", " ", "  "])
        pub = f.pick(PUBS) + f.pick(["", " ", "  "])
        d = datetime.datetime.combine(f.date(datetime.date(2005, 1, 1), datetime.date(2023, 6, 30)), datetime.time())
        isbn = int("978" + f.pick(["957", "986", "626"]) + f"{f.r.randrange(10**7):07d}")
        ws.append([title, author, pub, d, f"{f.r.randrange(22, 60) * 10 + f.pick([0, 4, 5, 7, 9])}元", blurb(),
                   f"{pic}{k + 1:02d}.jpg", isbn])
        ws.cell(k + 2, 4).number_format = "yyyy/m/d"
    if first:
        for r in range(n + 2, n + 9):
            ws.cell(r, 1).number_format = "@"
    first = False
save(wb, "products-zh-tw-bookshop.xlsx")
