"""
Shape of emma62042/TCPIP- member.xlsx (commit 687aefa042e5c3759e397ac10e4e46847ef733db): a
Taiwanese university course's seating list exported from the FormosaSoft learning platform. The
only sheet is named after the course with the platform's HTML left in and cut at 31 characters
("課程 網際網路通訊協定<br>Internet Protoco"). Column A is empty; B1:F1 merges the title "… 座位表"
(18 pt bold) with an empty merged G1:H1 beside it; row 2 names two computer rooms, AT338 merged
over B2:C2 and AT337 over E2:F2; row 3 repeats 帳號, 姓名 under each room on a pale-blue fill;
then twenty students per room side by side — a ten-digit student number as text and a name —
with an empty column D between the two lists. A class seating plan: nothing a key-account manager
would import. Student numbers and names invented.
"""
from openpyxl.styles import Alignment, Font, PatternFill

from fake import Fake, workbook, save

f = Fake("seating-zh-tw-coursetwinrooms")
wb = workbook()
wb.properties.creator = "FormosaSoft"
ws = wb.active
ws.title = "課程 網際網路通訊協定<br>Internet Protoco"
ws["B1"] = "網際網路通訊協定 TCP/IP 座位表"
ws["B1"].font = Font(size=18, bold=True)
ws["B1"].alignment = Alignment(horizontal="center")
ws["B2"] = "AT338"
ws["E2"] = "AT337"
blue = PatternFill("solid", fgColor="FFDEEBF6")
for ref, text in {"B3": "帳號", "C3": "姓名", "E3": "帳號", "F3": "姓名"}.items():
    ws[ref] = text
    ws[ref].fill = blue
    ws[ref].font = Font(bold=True)
for rng in ["G1:H1", "B2:C2", "B1:F1", "E2:F2"]:
    ws.merge_cells(rng)


def student_numbers(n):
    out = set()
    while len(out) < n:
        prefix = f.pick(["4104056", "7106056", "7107056", "7107056", "7107056", "7107064", "8106056", "8107056"])
        out.add(prefix + f"{f.r.randrange(1, 200):03d}")
    return sorted(out)


for col_id, col_name in (("B", "C"), ("E", "F")):
    for i, sid in enumerate(student_numbers(20)):
        ws[f"{col_id}{4 + i}"] = sid
        ws[f"{col_name}{4 + i}"] = f.name_tw()
for col, w in {"A": 6.85546875, "B": 27.0, "C": 31.5703125, "D": 9.140625, "E": 30.7109375, "G": 8.85546875,
               "H": 12.5703125, "I": 11.42578125}.items():
    ws.column_dimensions[col].width = w
save(wb, "seating-zh-tw-coursetwinrooms.xlsx")
