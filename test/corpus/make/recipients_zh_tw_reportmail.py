"""
Shape of Victor-GuanChenHou/Repormail "寄送郵件通訊錄.xlsx": the IT department of a Taiwanese restaurant
group keeps, in Excel, who gets the daily sales-report e-mail of each of its six brands. One sheet
寄送郵件通訊錄 (新細明體 11, no styling): A 寄送對象 holds the recipient's company e-mail address; B:G are
headed by the six brand names and hold "yes" when that person gets the brand's report (empty
otherwise); H 備註 holds ALL (every store of the brand) or the name of the area manager whose stores
the person gets (one cell formatted #,##0); column I has no header and holds "<role>-<name>" (總經理,
營運一處總監-…, 經理-…, 區經理-…) or only IT. 22 recipients from the general manager down to area
managers and two IT mailboxes. Values invented.
"""
import datetime

from openpyxl.styles import Alignment, Font

from fake import Fake, save, workbook

f = Fake("recipients-zh-tw-reportmail")

BRANDS = ["梅子豬排", "京阪餃子", "嵐山勝丼", "段家牛肉麵", "橋屋烏龍", "梅美小食堂"]
SHORT = {"梅子豬排": "梅子", "京阪餃子": "京阪", "嵐山勝丼": "勝丼", "段家牛肉麵": "段家", "橋屋烏龍": "橋屋"}
FIRST = ["bruce", "maple", "olive", "derek", "hazel", "simon", "nina", "oscar", "rita", "vince", "zoe", "ryan",
         "mandy", "felix", "coco", "yuki", "heidi", "jerry", "queenie", "wayne"]
ROMAN = ["chen", "lin", "huang", "chang", "lee", "wang", "wu", "liu", "tsai", "yang", "hsu", "cheng"]
LOCALS = [f"{FIRST[i]}.{ROMAN[(i * 5) % len(ROMAN)]}" if i else FIRST[0] for i in range(20)] + ["report.it", "mis"]


def person():
    return f.name_tw()


# (brand flags, scope, role): scope None means ALL
ROWS = [
    (BRANDS, None, "總經理"),
    (["梅子豬排", "京阪餃子", "梅美小食堂"], None, "營運一處總監"),
    (["嵐山勝丼", "段家牛肉麵", "橋屋烏龍"], None, "營運二處總監"),
    (["梅子豬排", "梅美小食堂"], None, "梅子經理"),
    (["梅子豬排", "梅美小食堂"], None, "梅子副理"),
    (["梅子豬排"], "self", "梅子區經理"),
    (["梅子豬排"], "self", "梅子區經理"),
    (["梅子豬排", "梅美小食堂"], "self", "梅子區經理"),
    (["梅子豬排", "梅美小食堂"], "self", "梅子區經理"),
    (["京阪餃子"], None, "京阪執行經理"),
    (["京阪餃子"], "self", "京阪區經理"),
    (["京阪餃子"], "self", "京阪區經理"),
    (["嵐山勝丼"], None, "勝丼副理"),
    (["嵐山勝丼"], None, "勝丼副理"),
    (["嵐山勝丼"], "self", "勝丼區經理"),
    (["段家牛肉麵"], None, "段家執行經理"),
    (["段家牛肉麵"], None, "段家副理"),
    (["段家牛肉麵"], None, "段家副理"),
    (["橋屋烏龍"], None, "橋屋執行經理"),
    (["橋屋烏龍"], "self", "橋屋區經理"),
    (BRANDS, None, "IT"),
    (BRANDS, None, "IT"),
]

wb = workbook()
wb.properties.creator = "ZB51000_資訊管理部 王志明"
wb.properties.lastModifiedBy = "ZB51000_資訊管理部 王志明"
wb.properties.created = datetime.datetime(2015, 6, 5, 18, 19, 34)
wb.properties.modified = datetime.datetime(2024, 8, 22, 15, 57, 4)
ws = wb.active
ws.title = "寄送郵件通訊錄"
font = Font(name="新細明體", size=11)
center = Alignment(horizontal="center")

ws.append(["寄送對象"] + BRANDS + ["備註"])
for i, (brands, scope, role) in enumerate(ROWS):
    name = None if role == "IT" else person()
    flags = ["yes" if b in brands else None for b in BRANDS]
    note = name if scope == "self" else "ALL"
    label = role if role in ("IT", "總經理") else f"{role}-{name}"
    if i == 15:
        label += " "                                   # a trailing space as typed
    ws.append([f"{LOCALS[i]}@example.com"] + flags + [note, label])
    if i == 1:
        ws.cell(ws.max_row, 8).number_format = "#,##0"

for row in ws.iter_rows(min_row=1, max_row=ws.max_row, max_col=9):
    for c in row:
        c.font = font
        if 2 <= c.column <= 8 and c.value is not None:
            c.alignment = center
ws.column_dimensions["A"].width = 24.8
ws.column_dimensions["B"].width = 11.7
ws.column_dimensions["H"].width = 8.2
ws.column_dimensions["I"].width = 22

save(wb, "recipients-zh-tw-reportmail.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for r in ws.iter_rows(values_only=True):
            print(r)
