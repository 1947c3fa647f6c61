"""
Shape of TimHu950112/cgsh-anniversary customer.xlsx: the seating plan of a Taipei senior high
school's anniversary banquet, exported from a web grid by wijmo.xlsx (plain cells, "#,##0" on the
number columns, the used range padded to 1000 rows), kept by the check-in app under the name
"customer". Sheets 工作表1, 工作表2, 工作表3, the last two empty.

- "工作表1": header on row 1, not bold: 流水號 / 姓名 / 畢業年 / 素食 / 桌次 / 桌名 / 桌長 / 備註.
  One row per seat, ten seats a table (twelve at the head table and the honour-guard table),
  tables in order 1…30: 畢業年 a ROC graduation year (73, 83, 103) or 校長 / 高一 / 高二 or empty;
  素食 "素食" on a few rows; 桌名 a class ("83-324", "73年323班"), a club, an English nickname, a
  plain number (301, a number cell), or a group ("理監事1", "師長桌2", "個人3", "<name>包桌1");
  桌長 the table host's name on the alumni tables, once a note instead ("注意這些人有沒有在其他桌
  裡面"); 備註 empty. Seats not yet named keep their number, table and table name only (about a
  tenth of the rows, mostly on the last tables). 304 seats in the original; 195 here.
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("seating-zh-tw-alumnibanquet")
TABLES = [
    ("83-324", 83, True), ("73小成功", 73, True), (301, 73, True), ("0字頭315班", 83, True), ("78畢323班", 78, True),
    ("325-83 畢-0字頭", 83, True), ("73年323班", 73, True), ("316+管樂社", 86, True), ("1982~@CK High", 71, True),
    (None, 74, True), ("成功校友高球隊", 53, True), ("主桌", "校長", False), ("儀隊", "高二", False),
    ("台北市府首長桌", None, True), ("理監事1", None, False), ("師長桌1", None, False), ("下屆召集人", 103, "note"),
    ("個人1", None, False), ("個人2", None, False), ("王大川包桌1", None, False),
]
wb = workbook()
ws = wb.active
ws.title = "工作表1"
ws.append(["流水號", "姓名", "畢業年", "素食", "桌次", "桌名", "桌長", "備註"])
seat = 0
for t, (tname, year, host) in enumerate(TABLES, start=1):
    size = 12 if tname in ("主桌", "儀隊") else 10 if t < 18 else 7
    names = [f.name_tw() for _ in range(size)]
    head = names[0] if host is True else "注意這些人有沒有在其他桌裡面" if host == "note" else None
    for k in range(size):
        seat += 1
        empty = (t >= 15 and k >= size - 3) or t == len(TABLES)
        if tname == "主桌":
            y = "校長" if k == 0 else None
        elif tname == "儀隊":
            y = "高二" if k % 2 else "高一"
        elif year is None:
            y = None
        else:
            y = year if f.chance(0.85) else f.pick([69, 74, 103, None])
        row = [seat, None if empty else names[k], None if empty else y, "素食" if not empty and f.chance(0.03) else None,
               t, tname, None if empty and host != "note" else head, None]
        ws.append(row)
for r in range(2, ws.max_row + 1):
    for c in (1, 3, 5, 6):
        ws.cell(r, c).number_format = "#,##0"
ws.column_dimensions["B"].width = 19.7
ws.cell(1000, 10).number_format = "#,##0"  # the exporter's padded range: an empty styled cell at J1000
wb.create_sheet("工作表2")
wb.create_sheet("工作表3")

if __name__ == "__main__":
    save(wb, "seating-zh-tw-alumnibanquet.xlsx")
    print(seat, "seats")
