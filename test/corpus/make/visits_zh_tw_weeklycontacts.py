"""
Shape of one393143/crm "record/EIT Sales Report Chauncey 20260622.xlsx" (commit
7dfa706e41c4735fd933673bd0af1be86f8b69b8): a Taiwanese power-semiconductor distributor's weekly
sales report workbook (繁體), the same team as accounts-zh-tw-powermodules but a different book.
Seven sheets, only the last visible:

- "任務進度追蹤" (hidden): a rep's name / week / date on top, then per key customer one row a week
  (客戶名稱 on the first row only, 報告週次 WK30 …, 任務目標, 本周行動, 行動方式 面訪/電訪, 達成情況說明,
  遇到困難, 下週預計行動, 會議建議), 'WK41 請假', loose notes under it.
- "國外客戶交貨" (hidden): export order lines (PO, rep, customer, part, unit price, quantity,
  exchange rate, amount as value or formula, due date, month, remarks) under an autofilter.
- "採購單下單整理" (hidden, empty), "工作表2" and "工作表1" (hidden): the rep's own weekly plan.
- "接洽紀錄" (hidden) and "接洽紀錄." (visible): two reps' contact logs, one block per week: a
  'WK32' / 'W44' row, the header 聯絡時間 / 接洽類型 / 客戶名稱 / 聯絡人 / 接洽方式 / 接洽情況 /
  接洽紀錄 / 主管評價 repeated in every block, the week's calls and visits (real dates, not always
  in order; 接洽類型 新項目討論 / 陌生開發 / 關係維護 / 訂單協議; the customer by short name; the
  person as 'RD 張正堂經理', '採購 鍾小姐', '總機', an apostrophe left in "陳仕恩'R"; 電訪 / 面訪;
  有效接觸 / 無效 / 約訪; the note; the manager's verdict on some weeks), a blank row, then two
  '數據統計' blocks counting effective calls and visits against targets with merged cells and
  formulas (=C18, =D18+D20+D22, =E18/12, '約訪=1/3次有效電訪'). Some week labels repeat or skip.
Values invented: every customer, person, note, order and amount.
"""
import datetime

from openpyxl.styles import Alignment, Font

from fake import Fake, save, workbook

f = Fake("visits-zh-tw-weeklycontacts")
R = f.r
SUR = list("陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高簡朱鍾游詹施沈彭胡余盧潘顏梁趙柯翁魏孫戴")
GIV = list("志明家豪俊傑建宏冠宇怡君淑芬美玲雅婷佳穎宗翰承恩柏翰詠晴欣妤宜蓁品妍子涵士豪文雄秀英麗華")
A1 = list("鴻瑞聯宏晟達昇泰鼎群凱富峰崴勁鈦祥益新亞冠華豐佳銓旭竣致光立騰煒永東運奇源晃定山杰友正偉創建")
CUSTOMERS = []
while len(CUSTOMERS) < 160:
    n = "".join(R.sample(A1, 2)) + R.choice(["", "", "", "科技", "電機", "超音波", "機械"])
    if n not in CUSTOMERS:
        CUSTOMERS.append(n)
CORE = CUSTOMERS[:25]      # customers called week after week


def person_label():
    s = R.choice(SUR)
    g = "".join(R.sample(GIV, 2))
    return R.choice([f"RD {s}{g}", f"採購 {s}小姐", f"{s}經理", f"RD {s}{g}經理", "總機", f"{s}老闆", f"{s}{g}", f"{s}先生",
                     f"採購 {s}小姐、{R.choice(SUR)}課長", f"{s}{g}小姐", f"營運經理 {s}{g}", f"{s}副總", "Jason RD", "Cena"])


TYPES = ["新項目討論"] * 46 + ["陌生開發"] * 16 + ["關係維護"] * 16 + ["訂單協議"] * 20 + [None]
PARTS = ["MMG100S120B6UC", "EK110M01-160B", "DCR720E18", "MS12N100FC", "HF115F", "AX350", "MMK60", "MMD110A"]
NOTES_OK = ["討論{m}訂單，下月初一次下{q}pcs + 夾具。", "追蹤{m} 二次側狀況，目前仍在評估，下週再確認。", "{m}測試數據討論，針對溫升再補一份報告。",
            "電池模組輸出端Busbar設計討論，預計周三左右會提供圖面以利報價。", "目前需要完整規格書讓他申請樣品，已請原廠準備。", "自我介紹、提供規格書，留聯絡方式。"]
NOTES_NO = ["未接", "人不在", "總機未接", "手機、桌機未接", "未接，欲確認時間", "請假", "外出", "會議中", "總機轉接沒接",
            "生意影響大，近期{m}用比較多，目前尚有庫存，預計10月左右才有可能下單。", "聯繫清單RD皆未接，可能需要從採購再打聽起。"]
NOTES_APPT = ["致電約訪，暫約周四，週一再確認。", "約訪", "週三下午碰面。", "約下週二拜訪，帶樣品過去。"]
BASE = Font(name="微軟正黑體", size=11)
BOLD = Font(name="微軟正黑體", size=11, bold=True)


def put(ws, r, c, v, font=BASE, fmt=None, wrap=False):
    if v is None:
        return
    cell = ws.cell(r, c, v)
    cell.font = font
    if fmt:
        cell.number_format = fmt
    if wrap or (isinstance(v, str) and "\n" in v):
        cell.alignment = Alignment(wrap_text=True, vertical="top")


def contact_log(ws, start, weeks, labels, verdict_weeks):
    row = 1
    total = 0
    day = start
    for w in range(weeks):
        put(ws, row, 1, labels[w], BOLD)
        row += 1
        for j, h in enumerate(["聯絡時間", "接洽類型", "客戶名稱", "聯絡人", "接洽方式", "接洽情況", "接洽紀錄", "主管評價"]):
            put(ws, row, 1 + j, h, BOLD)
        row += 1
        n = R.randrange(13, 46)
        counts = {"電訪": {"有效接觸": 0, "約訪": 0, "無效": 0}, "面訪": {"有效接觸": 0, "約訪": 0, "無效": 0}}
        for k in range(n):
            d = day + datetime.timedelta(days=min(4, k * 5 // n) + (R.choice([0, 0, 0, -1]) if k else 0))
            method = "面訪" if R.random() < 0.2 else "電訪"
            status = R.choice(["無效"] * 47 + ["有效接觸"] * 36 + ["約訪"] * 16 + [None])
            cust = R.choice(CORE) if R.random() < 0.45 else R.choice(CUSTOMERS)
            m = R.choice(PARTS)
            if status == "有效接觸":
                text = R.choice(NOTES_OK)
            elif status == "約訪":
                text = R.choice(NOTES_APPT)
            else:
                text = R.choice(NOTES_NO)
            text = text.format(m=m, q=R.choice([100, 150, 200, 500]))
            put(ws, row, 1, datetime.datetime(d.year, d.month, d.day), fmt="yyyy/m/d")
            put(ws, row, 2, R.choice(TYPES))
            put(ws, row, 3, cust)
            put(ws, row, 4, person_label() if R.random() < 0.97 else f"{R.choice(SUR)}仕恩'R")
            put(ws, row, 5, method)
            put(ws, row, 6, status)
            put(ws, row, 7, text if R.random() < 0.97 else None)
            if w in verdict_weeks:
                put(ws, row, 8, status)
            if status:
                counts[method][status] += 1
            row += 1
            total += 1
        row += 1
        s = row
        # effective calls
        put(ws, s, 1, "數據統計"); put(ws, s, 2, "效果"); put(ws, s, 3, "數量"); put(ws, s, 4, "有效電訪"); put(ws, s, 5, "合計")
        put(ws, s, 6, "電訪指標達成率(12次)")
        put(ws, s + 1, 1, "電訪"); put(ws, s + 1, 2, "有效"); put(ws, s + 1, 3, counts["電訪"]["有效接觸"])
        put(ws, s + 1, 4, f"=C{s + 1}"); put(ws, s + 1, 5, f"=D{s + 1}+D{s + 3}+D{s + 5}"); put(ws, s + 1, 6, f"=E{s + 1}/12", fmt="0%")
        put(ws, s + 2, 2, "約訪"); put(ws, s + 2, 3, counts["電訪"]["約訪"]); put(ws, s + 2, 4, "約訪=1/3次有效電訪")
        put(ws, s + 3, 4, f"=C{s + 2}/3")
        put(ws, s + 4, 2, "無效"); put(ws, s + 4, 3, counts["電訪"]["無效"]); put(ws, s + 4, 4, "面訪≧15次=5次有效電訪")
        put(ws, s + 5, 4, 0)
        for rng in (f"A{s + 1}:A{s + 5}", f"E{s + 1}:E{s + 5}", f"F{s + 1}:F{s + 5}", f"B{s + 2}:B{s + 3}", f"C{s + 2}:C{s + 3}",
                    f"B{s + 4}:B{s + 5}", f"C{s + 4}:C{s + 5}"):
            ws.merge_cells(rng)
        # visits
        v = s + 6
        put(ws, v, 1, "數據統計"); put(ws, v, 2, "效果"); put(ws, v, 3, "數量"); put(ws, v, 4, "面訪指標達成率(9次)")
        put(ws, v + 1, 1, "面訪"); put(ws, v + 1, 2, "有效"); put(ws, v + 1, 3, counts["面訪"]["有效接觸"]); put(ws, v + 1, 4, f"=C{v + 1}/9", fmt="0%")
        put(ws, v + 2, 2, "無效"); put(ws, v + 2, 3, counts["面訪"]["無效"])
        for rng in (f"D{v}:F{v}", f"A{v + 1}:A{v + 2}", f"D{v + 1}:F{v + 2}"):
            ws.merge_cells(rng)
        row = v + 5
        day += datetime.timedelta(days=7 if R.random() < 0.85 else 14)
    for col, w in {"A": 12.5, "B": 12.0, "C": 14.0, "D": 22.0, "E": 10.0, "F": 12.0, "G": 80.0, "H": 10.0}.items():
        ws.column_dimensions[col].width = w
    return total


wb = workbook()
# --- 任務進度追蹤 (hidden) ----------------------------------------------------------------------
ws = wb.active
ws.title = "任務進度追蹤"
put(ws, 1, 1, "姓名"); put(ws, 1, 2, "報告週次"); put(ws, 1, 3, "報告日期")
put(ws, 2, 1, "Leo Tsai"); put(ws, 2, 2, "WK06"); put(ws, 2, 3, datetime.datetime(2026, 2, 2), fmt="yyyy/m/d")
for j, h in enumerate(["客戶名稱", "報告週次", "任務目標", "本周行動", "行動方式", "達成情況說明", "遇到困難/協助需求", "下週預計行動", "會議建議"]):
    put(ws, 5, 1 + j, h, BOLD)
r = 6
for wk in range(30, 54):
    put(ws, r, 1, CORE[0] if wk == 30 else None)
    put(ws, r, 2, f"WK{wk}")
    if wk == 41:
        put(ws, r, 4, "請假")
    else:
        put(ws, r, 3, "1. 17060 SiC模塊事情討論\n2. DC Load 報告處理" if wk < 39 else "1. DC Load MOS")
        put(ws, r, 4, f"1. 與{R.choice(SUR)}工見面討論規格。\n2. 與{R.choice(SUR)}{R.choice(GIV)}{R.choice(GIV)}通話。")
        put(ws, r, 5, R.choice(["面訪", "面訪", "電訪", None]))
        put(ws, r, 6, "1. 測試進度應為下個月會有結果，已催促Busbar測試。\n2. 資料時間延誤，下周發。")
        put(ws, r, 7, R.choice(["暫無", None, "需要主管協助一起拜訪"]))
        put(ws, r, 8, "1. 追蹤測試進度\n2. 約研發見面")
    r += 1
put(ws, r + 1, 3, "Busbar"); put(ws, r + 2, 3, str(R.randrange(10000, 99999))); put(ws, r + 3, 3, f"MOS{R.choice(SUR)}建樺")
ws.sheet_state = "hidden"

# --- 國外客戶交貨 (hidden) ----------------------------------------------------------------------
ws = wb.create_sheet("國外客戶交貨")
for j, h in enumerate(["訂購日期", "客戶訂單", "業務人員", "客戶全稱", "產品編號", "單價", "數量", "匯率", "金額", "未出數量", "未出本幣金額",
                       "已出數量", "預交日期", "業績月份", "備註"]):
    put(ws, 1, 1 + j, h, BOLD)
FOREIGN = ["Nordvolt Components", "Sigma Drives Pvt. Ltd", "Apex Servo Drives Pvt. Ltd", "Orion Devices Worldwide Pvt. Ltd."]
for i in range(18):
    rr = 2 + i
    cust = FOREIGN[min(3, i // 5)]
    price, qty, fx = round(R.uniform(4, 80), 2), R.choice([24, 60, 75, 90, 100, 120, 160, 400, 500]), round(R.uniform(31.0, 31.6), 3)
    put(ws, rr, 1, f"2025/12/{R.randrange(1, 28):02d}" if i < 12 else f"2026/01/{R.randrange(1, 28):02d}")
    put(ws, rr, 2, f"PO{R.randrange(80000, 89999)}")
    put(ws, rr, 3, R.choice(["Ethan Hsu", "Rajesh"]))
    put(ws, rr, 4, cust)
    put(ws, rr, 5, R.choice(PARTS))
    put(ws, rr, 6, price); put(ws, rr, 7, qty); put(ws, rr, 8, fx)
    put(ws, rr, 9, f"=F{rr}*G{rr}" if i % 4 == 3 else round(price * qty, 1))
    put(ws, rr, 10, qty)
    put(ws, rr, 11, f"=J{rr}*F{rr}*H{rr}" if i % 4 == 3 else round(price * qty * fx))
    put(ws, rr, 12, 0)
    put(ws, rr, 13, f"2026/03/{R.randrange(1, 28):02d}")
    put(ws, rr, 14, datetime.datetime(2026, 3, 1), fmt="yyyy/m")
    put(ws, rr, 15, R.choice(["2026/4 發貨", "3/9發貨", "downpayment已付", None]))
    put(ws, rr, 16, R.choice(["未收尾款", None]))
ws.auto_filter.ref = "A1:P19"
ws.sheet_state = "hidden"

ws = wb.create_sheet("採購單下單整理")
ws.sheet_state = "hidden"
ws = wb.create_sheet("工作表2")
for j, h in enumerate(["2/9~2/13", None, "2/23~2/26", "3/2~3/6", "3/9~3/13", "3/16~3/20", "3/23~3/27"]):
    put(ws, 3, 2 + j, h)
put(ws, 4, 2, "2月底國外發貨CI、PL貨代確認\n與主管出門見客戶\nA：總表完成第一版可使用。")
put(ws, 4, 3, "年假")
ws.sheet_state = "hidden"
ws = wb.create_sheet("工作表1")
for j, h in enumerate(["項目", "3/2~3/6", "3/9~3/13", "3/16~3/20", "3/23~3/27", "April"]):
    put(ws, 4, 1 + j, h)
for i, (a, b) in enumerate([("供應商報價總表", "公告第一版供查閱"), ("New Naming Rules PCN計畫", None), ("報價專案管理制度建置", None),
                            ("Semiconductor 資料夾重新整理", None), ("Training：新人", "已完成初步Training"), ("網站用規格書統整", "列出規格書清單")]):
    put(ws, 5 + i, 1, a); put(ws, 5 + i, 2, b)
ws.sheet_state = "hidden"

# --- the two contact logs -------------------------------------------------------------------------
ws = wb.create_sheet("接洽紀錄")
labels_a = [f"WK{n}" for n in list(range(32, 41)) + list(range(42, 49))]
hidden_total = contact_log(ws, datetime.date(2025, 8, 4), len(labels_a), labels_a, set())
ws.auto_filter.ref = "A2:H2"
ws.sheet_state = "hidden"
ws = wb.create_sheet("接洽紀錄.")
labels_b = [f"WK{n}" for n in range(32, 44)] + ["W44", "W45", "W46", "W48", "W49", "W50", "W50", "W52", "W53", "W54", "W2", "W4", "W5",
                                                  "W6", "W7", "W9", "W10"]
visible_total = contact_log(ws, datetime.date(2025, 8, 5), len(labels_b), labels_b, {1, 2})
wb.active = wb.sheetnames.index("接洽紀錄.")
wb.properties.creator = "EIT Sales"
save(wb, "visits-zh-tw-weeklycontacts.xlsx")
print(hidden_total, len(labels_a), visible_total, len(labels_b))
