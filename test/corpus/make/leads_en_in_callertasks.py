"""
Shape of jiteshrajoriyaa/task-distribution-system "leads.xlsx" (commit
2cd7f65734f67ce16c2ccb6fecde312b7e8d549a): the call list an Indian MERN task-distribution app
takes in and splits among its calling agents; written by a library (no document properties,
no widths, no styles).

- Sheet1 A1:C11, header FirstName, Phone, Notes; ten leads: a first name only, a ten-digit Indian
  mobile stored as a number (patterned digits), a short follow-up note ("Follow up tomorrow",
  "Needs discount", "Requested demo").
Values invented (names, 90000… mobiles, notes reworded).
"""
from fake import workbook, save

wb = workbook()
wb.properties.creator = None
ws = wb.active
ws.title = "Sheet1"
ws.append(["FirstName", "Phone", "Notes"])
for row in (("Harsh", 9000054321, "Call back on Monday"), ("Farah", 9000045678, "Existing client"),
            ("Mohan", 9000077889, "New lead"), ("Shreya", 9000080808, "Call after 6 pm"),
            ("Nitin", 9000066778, "Send brochure"), ("Pallavi", 9000033445, "Interested in product"),
            ("Yusuf", 9000099887, "Asked for a better price"), ("Rekha", 9000044556, "Waiting for callback"),
            ("Tarun", 9000011223, "Requested demo"), ("Bhavna", 9000012300, "Hot lead")):
    ws.append(row)
save(wb, "leads-en-in-callertasks.xlsx")
