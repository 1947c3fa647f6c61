"""
Shape of domijan311/IssueTracker-powerapps- "tickets.xlsx" (commit
584ea8b5de4c2fcf1dc67f80e988fd11807bb266): the data table behind a Power Apps internal issue tracker built by an
employee of an IT company, kept in an Excel table "Tickets" on OneDrive.

- One sheet "Sheet1", table Tickets over A1:J9: ID / Title / Description / Priority / Category /
  Status / Date / AssignedTo / LogBy / __PowerAppsId__ (the connector's hidden row key).
- Eight test tickets 1111-1118 raised by the builder herself: titles like "Ticket1", "Hello",
  "Please help"; priority and category as codes 1-3; "Pending" everywhere; the date 5 Jan 2024
  once and then the same 22:00 date-time; AssignedTo empty; LogBy the same work e-mail; an
  11-character Power Apps id.
Internal IT requests, no client. Values invented.
"""
import datetime
import random

from openpyxl.worksheet.table import Table, TableStyleInfo

from fake import save, workbook

r = random.Random("tickets-en-global-powerappsissues")
ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
TICKETS = [("Ticket1", "Issue with login", 2, 2), ("Issue with adding new user", "Issue with adding a new usr", 1, 1),
           ("I need help", "I need your help", 2, 2), ("Hey team", "I need help", 2, 1), ("Hello", "I can't open the app", 2, 2),
           ("I have a problem", "The gallery doesn't load", 3, 3), ("Access to tool", "Please", 1, 1),
           ("Please help", "Can you help me?", 3, 3)]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["ID", "Title", "Description", "Priority", "Category", "Status", "Date", "AssignedTo", "LogBy", "__PowerAppsId__"])
for i, (title, desc, prio, cat) in enumerate(TICKETS):
    when = datetime.datetime(2024, 1, 5) if i == 0 else datetime.datetime(2025, 5, 4, 22, 0)
    ws.append([1111 + i, title, desc, prio, cat, "Pending", when, None, "d.kowalska@example.com",
               "".join(r.choice(ALPHA) for _ in range(11))])
    ws.cell(ws.max_row, 7).number_format = "mm-dd-yy" if i == 0 else "m/d/yy h:mm"
    ws.cell(ws.max_row, 1).number_format = "0"
ws["A1"].number_format = "0"
t = Table(displayName="Tickets", ref="A1:J9")
t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(t)
for col, w in zip("ABCDEFGHIJ", [7.22, 25.78, 27.11, 11.55, 10.22, 9.11, 13.33, 12.22, 14.78, 13.22]):
    ws.column_dimensions[col].width = w

save(wb, "tickets-en-global-powerappsissues.xlsx")
