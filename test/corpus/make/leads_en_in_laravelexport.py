"""
Shape of Avsneha/lead-management "leads.xlsx" (commit 74311f30e128d6827bbd8d03b3f2bb71eec4c0ef):
the lead list exported by a Kerala developer's Laravel lead-management app (PhpSpreadsheet:
sheet "Worksheet", document creator "Unknown Creator", title "Untitled Spreadsheet", no styles,
no column widths).

- A1:E21, header Name, Email, Phone, Status, Date Added; 20 leads in two batches of ten, each
  batch stamped with the one time it was entered ("2025-11-02 10:19:35" as text).
- First batch: full names, e-mails firstname.lastname@ the sample domain, ten-digit mobiles as
  numbers. Second batch: a name, a name with an initial ("Ananya P", "Riya TK") or a first name
  alone, e-mails firstname@ a free-mail domain, mobiles numbered in a run (…210, …211, … …219),
  the first of them the same number as the first lead of batch one.
- Status New / In Progress / Closed in turn.
Values invented (names, e-mail domains example.com / example.org, 90000… mobiles).
"""
from fake import workbook, save

wb = workbook()
wb.properties.creator = "Unknown Creator"
wb.properties.title = "Untitled Spreadsheet"
ws = wb.active
ws.title = "Worksheet"
ws.append(["Name", "Email", "Phone", "Status", "Date Added"])
STATUS = ["New", "In Progress", "Closed"]
first = [("Lakshmi Iyer", 9000012345), ("Rohan Bhatia", 9000066554), ("Pooja Kulkarni", 9000098765),
         ("Sanjay Rao", 9000045454), ("Nisha Joshi", 9000023456), ("Vinod Menon", 9000087654),
         ("Gita Bose", 9000011122), ("Suresh Kurup", 9000056789), ("Latha Naidu", 9000034567),
         ("Arun Chauhan", 9000090909)]
for k, (name, phone) in enumerate(first):
    local = name.lower().replace(" ", ".")
    ws.append([name, f"{local}@example.com", phone, ["New", "In Progress", "Closed", "New"][k % 4] if k > 2 else STATUS[k],
               "2025-11-02 10:19:35"])
second = ["Adarsh Pillai", "Lekha", "Nikhil", "Divya S", "Gokul R", "Anjali Varma", "Sreejith Unni",
          "Maya PK", "Keerthana Warrier", "Rajeev Thampi"]
for k, name in enumerate(second):
    local = name.split()[0].lower()
    # the run …345, …346, …: the first equals batch one's first mobile
    ws.append([name, f"{local}@example.org", 9000012345 + k, STATUS[k % 3], "2025-11-02 11:26:15"])
save(wb, "leads-en-in-laravelexport.xlsx")
