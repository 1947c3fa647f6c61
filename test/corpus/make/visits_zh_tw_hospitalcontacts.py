"""
Shape of a Taiwanese cancer-diagnostics company's hospital contact and visit sheet exported from its
Ragic database, as cancerfreebiotech/mycrm "scripts/ragic-import/import.js" reads it (the workbook,
醫院端客戶資料表及拜訪紀錄.xlsx, stays on the sales manager's disk; the script names its sheet
'客戶拜訪整合表', skips the header row and reads ten columns by position): the Ragic record number
of the person ('202410-568': month of entry and a serial) / the person's name / hospital /
department / job title / visit date (a real date) / visit time (a time of day) / place / the
company's visitor / what was discussed. One row per visit; a person visited several times repeats
name, hospital, department and title on each row (the title sometimes changed on a later row); people
entered but not yet visited have a row with no date, time, place, visitor or content. Five people
were entered twice or three times under different record numbers. Header words are not in the
script and are written as a Ragic form would name them. Values invented: people, record numbers,
visitors, dates, places and contents.
"""
import datetime

from openpyxl.styles import Alignment, Font, PatternFill

from fake import GIVEN_TW, SURNAMES_TW, Fake, workbook, save

f = Fake("visits-zh-tw-hospitalcontacts")

HOSPITALS = ["臺大醫院", "臺北榮民總醫院", "林口長庚紀念醫院", "高雄長庚紀念醫院", "馬偕紀念醫院", "新光吳火獅紀念醫院", "國泰綜合醫院",
             "亞東紀念醫院", "中國醫藥大學附設醫院", "臺中榮民總醫院", "成大醫院", "高雄醫學大學附設中和紀念醫院", "仁愛醫院",
             "振興醫院", "三軍總醫院", "彰化基督教醫院", "奇美醫院", "義大醫院", "萬芳醫院", "雙和醫院"]
DEPARTMENTS = [("腫瘤內科", ["主治醫師", "科主任", "住院醫師"]), ("血液腫瘤科", ["主治醫師", "科主任"]), ("檢驗科", ["醫檢師", "組長", "主任"]),
               ("病理部", ["主治醫師", "醫檢師", "主任"]), ("大腸直腸外科", ["主治醫師", "主任"]), ("乳房外科", ["主治醫師"]),
               ("胸腔內科", ["主治醫師", "研究助理"]), ("臨床試驗中心", ["研究護理師", "專案經理", "主任"]), ("癌症中心", ["個管師", "執行長", "秘書"]),
               ("泌尿科", ["主治醫師"]), ("婦產部", ["主治醫師"])]
VISITORS = ["陳柏翰", "林怡君", "王冠廷", "張雅筑"]
PLACES = ["醫師辦公室", "門診", "科部會議室", "檢驗科", "研究室", "線上會議", "院內咖啡廳", "病理部辦公室", "學會會場", "本公司"]
TOPICS = ["介紹循環腫瘤細胞檢測服務與報告時程", "討論臨床試驗合作可能性，醫師希望先看驗證數據", "送檢流程說明，採血管與收件時間確認",
          "回覆上次提出的報告格式問題，醫師同意試用", "研究計畫IRB送審進度追蹤", "學會攤位拜會，索取產品手冊",
          "討論病例分享與共同發表", "報價與自費方案說明，需再與科主任確認", "醫檢師詢問檢體保存條件",
          "新進住院醫師介紹，下次安排科會簡報", "安排院內教育訓練時間", "收件異常說明並致歉"]

people = []
month_counters = {"202410": 100, "202502": 300, "202507": 20}
for k in range(230):
    month = f.pick(["202410"] * 6 + ["202502"] * 3 + ["202507"])
    month_counters[month] += f.r.randrange(1, 4)
    dept, titles = f.pick(DEPARTMENTS)
    people.append({"ids": [f"{month}-{month_counters[month]}"],
                   "name": f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW)),
                   "hospital": f.pick(HOSPITALS), "dept": dept, "title": f.pick(titles), "titles": titles})
# People entered twice (once three times) under other record numbers.
for k, extra in ((3, 1), (17, 2), (41, 1), (88, 1), (150, 1)):
    for _ in range(extra):
        month = f.pick(["202410", "202502"])
        month_counters[month] += 1
        people[k]["ids"].append(f"{month}-{month_counters[month]}")

rows = []
start, end = datetime.date(2024, 10, 1), datetime.date(2026, 3, 20)
for p in people:
    n_visits = f.pick([0, 0, 1, 1, 1, 2, 2, 3, 4, 6]) if len(p["ids"]) == 1 else f.pick([2, 3, 4])
    if n_visits == 0:
        rows.append({"id": p["ids"][0], "p": p, "title": p["title"], "date": None})
        continue
    dates = sorted(f.date(start, end) for _ in range(n_visits))
    title = p["title"]
    for k, d in enumerate(dates):
        if k == len(dates) - 1 and len(dates) > 1 and f.chance(0.15):
            title = f.pick(p["titles"])
        minutes = f.pick([9 * 60, 9 * 60 + 30, 10 * 60, 11 * 60, 13 * 60 + 30, 14 * 60, 15 * 60, 16 * 60 + 30, 17 * 60 + 20])
        rows.append({"id": p["ids"][k % len(p["ids"])], "p": p, "title": title, "date": d,
                     "time": datetime.time(minutes // 60, minutes % 60), "place": f.pick(PLACES) if f.chance(0.85) else None,
                     "visitor": "、".join(f.r.sample(VISITORS, f.pick([1, 1, 1, 2]))), "content": f.pick(TOPICS) if f.chance(0.95) else None})
f.r.shuffle(rows)
rows.sort(key=lambda r: r["id"])

wb = workbook()
ws = wb.active
ws.title = "客戶拜訪整合表"
HEAD = ["客戶編號", "姓名", "醫院", "科別", "職稱", "拜訪日期", "拜訪時間", "拜訪地點", "拜訪人", "拜訪內容"]
grey = PatternFill("solid", fgColor="D9D9D9")
for c, h in enumerate(HEAD, 1):
    cell = ws.cell(1, c, h)
    cell.font = Font(bold=True)
    cell.fill = grey
for r, row in enumerate(rows, 2):
    p = row["p"]
    name = p["name"] + (" " if f.chance(0.02) else "")
    for c, v in enumerate([row["id"], name, p["hospital"], p["dept"], row["title"]], 1):
        ws.cell(r, c, v)
    if row["date"]:
        ws.cell(r, 6, row["date"]).number_format = "yyyy/mm/dd"
        ws.cell(r, 7, row["time"]).number_format = "hh:mm"
        for c, key in ((8, "place"), (9, "visitor"), (10, "content")):
            if row[key]:
                ws.cell(r, c, row[key])
        ws.cell(r, 10).alignment = Alignment(wrap_text=True, vertical="top")
for col, width in zip("ABCDEFGHIJ", [13, 10, 26, 14, 12, 12, 9, 14, 16, 60]):
    ws.column_dimensions[col].width = width
ws.freeze_panes = "C2"

save(wb, "visits-zh-tw-hospitalcontacts.xlsx")
