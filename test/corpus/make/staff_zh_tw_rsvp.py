"""
Shape of chimei3pc026049-ctrl/chiali "活頁簿1.xlsx" (at commit f392724): a Taiwanese hospital's planning office
collecting its managers' replies for an outing and dinner (繁體, Excel), one sheet 工作表1 with a bold header:
部門名稱 / 人事號 / 姓名 / 職稱 / 手機簡碼 / 活動準時出席調查 / 晚宴調查 / 交通方式(去程) / 交通方式(回程). 211 staff in
department order from the board down (董事會, 經營決策委員會, 院長室, the medical departments, nursing, pharmacy,
offices, the home-care unit): staff numbers as numbers or as text codes (B00007, A908Y1, 9407A1), two missing;
titles with a full-width space inside (組　長, 主　任); a four-digit internal short code for the mobile on half
the rows (text, a few numbers); 尚未回覆 in all four reply columns for half the staff, else 準時出席 / 不克出席,
葷食 / 素食 / 不用餐 and the shuttle or own way there and back. Not client data. Values invented.
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("staff-zh-tw-rsvp")

DEPARTMENTS = [("董事會", 2, ["執行秘書", "董\u3000事"]), ("經營決策委員會", 4, ["講座教授", "執行長"]), ("院長室", 5, ["院長", "副院長"]),
               ("內科部", 22, ["部長", "主治醫師", "主\u3000任"]), ("外科部", 20, ["部長", "主治醫師", "主\u3000任"]),
               ("婦兒部", 9, ["主治醫師", "主\u3000任"]), ("急診醫學部", 8, ["主治醫師", "主\u3000任"]), ("護理部", 38, ["護理長", "督\u3000導", "小組長"]),
               ("藥劑科", 12, ["組\u3000長", "小組長"]), ("檢驗科", 10, ["組\u3000長", "小組長"]), ("放射診斷科", 9, ["組\u3000長", "小組長"]),
               ("檢查室", 6, ["小組長"]), ("企劃組", 7, ["組\u3000長", "小組長", "專\u3000員"]), ("資訊室", 9, ["主\u3000任", "組\u3000長", "小組長"]),
               ("總務室", 12, ["主\u3000任", "組\u3000長", "小組長"]), ("人力資源室", 7, ["主\u3000任", "組\u3000長", "小組長"]),
               ("會計室", 6, ["主\u3000任", "小組長"]), ("社區健康部", 8, ["部長", "組\u3000長"]), ("居家護理所", 6, ["護理長", "小組長"]),
               ("營養科", 5, ["組\u3000長", "小組長"]), ("復健科", 6, ["主治醫師", "小組長"])]


def staff_no():
    r = f.r.random()
    if r < 0.6:
        return f._unique(lambda: f.r.randrange(880000, 990000))
    if r < 0.8:
        return f._unique(lambda: f"{f.pick('AB')}{f.r.randrange(0, 100000):05d}")
    return f._unique(lambda: f"{f.r.randrange(90, 99)}{f.r.randrange(0, 100):02d}{f.pick('AXYZ')}{f.r.randrange(1, 10)}")


def replies():
    r = f.r.random()
    if r < 0.52:
        return ["尚未回覆"] * 4
    if r < 0.6:
        return ["不克出席", "不用餐", "不克出席", "不克出席"]
    meal = f.pick(["葷食"] * 30 + ["不用餐"] * 9 + ["素食"])
    way = f.pick([("自行前往", "自行返家")] * 6 + [("交通車(佳里發車)", "交通車(返回佳里)"), ("交通車(總院發車)", "交通車(返回總院)")])
    return ["準時出席", meal, way[0], way[1]]


wb = workbook()
ws = wb.active
ws.title = "工作表1"
ws.append(["部門名稱", "人事號", "姓名", "職稱", "手機簡碼", "活動準時出席調查", "晚宴調查", "交通方式(去程)", "交通方式(回程)"])
for cell in ws[1]:
    cell.font = Font(bold=True)
n = 0
for dept, count, titles in DEPARTMENTS:
    for k in range(count):
        n += 1
        title = titles[0] if k == 0 else f.pick(titles[1:] or titles)
        short = None
        if f.chance(0.48):
            code = f.r.randrange(5000, 8000)
            short = code if f.chance(0.1) else str(code)
        number = None if n in (57, 140) else staff_no()
        ws.append([dept, number, f.name_tw(), title, short, *replies()])
ws.column_dimensions["A"].width = 24
ws.column_dimensions["D"].width = 14.1
save(wb, "staff-zh-tw-rsvp.xlsx")
