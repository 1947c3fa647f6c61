"""
Shape of Tar2sh12/Project_To_Get_RealTime_Leads_From_Facebook "leads.xlsx" (commit
8055f1254fcd4607a845bec2a4b3776c0e3779e5): the workbook an Egyptian developer's script appends
Facebook lead-form submissions to, made in Arabic Excel (one sheet "ورقة1", right-to-left view,
widths on A-C), filled only by his own test submissions.

- A1:C1 name / email / phone; eight rows, all text: keyboard-mash names ("kkk kkk",
  "llllllllll dwdwe", "sdcd sfddfs"), two plausible names, and the developer himself twice
  ("Soliman", "Mohamed") with the same mobile; phones eleven digits as text (runs of 1s and 2s,
  digits typed at random, an Egyptian 011 mobile), e-mails at a free-mail domain, one address
  used twice.
- A stray "mail.com" typed one letter per cell across P3:W3.
Values invented (e-mail domain example.com, the mobile, the names).
"""
from fake import workbook, save

wb = workbook()
ws = wb.active
ws.title = "ورقة1"
ws.sheet_view.rightToLeft = True
rows = [("name", "email", "phone"),
        ("jjj jjj", "jjj@example.com", "31412434344"),
        ("new new", "ahmed@example.com", "31421453544"),
        ("pppppppppp fefeg", "qwe@example.com", "11111111111"),
        ("tamer fathy", "tamer@example.com", "22222222222"),
        ("fdfd gfhhgd", "ahmed@example.com", "23323444443"),
        ("sayed hamdy", "sayed@example.com", "23423443223"),
        ("Abdelaziz", "AAAAA@example.com", "01000000418"),
        ("Ahmed", "ahmed.abdelaziz@example.com", "01000000418")]
for r in rows:
    ws.append(r)
for k, ch in enumerate("mail.com"):
    ws.cell(3, 16 + k, ch)
for col, w in (("A", 26.0), ("B", 26.7), ("C", 29.0)):
    ws.column_dimensions[col].width = w
save(wb, "leads-en-eg-fbleadhook.xlsx")
