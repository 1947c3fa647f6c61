"""
Shape of Woman-Empowerment/Ach "members.xlsx" (commit
d5a80afa3ab48789979e1c0356addc3052e42ac3): the member sheet of an Indian student team's
women-empowerment web platform, typed in Excel (author and last editor the same first name,
widths on A-E), one sheet "Sheet1" A1:E6, the same rows also kept as members.csv.

- Header in capitals NAME, EMAIL, CONTACT, CITY, UNIVERSITY; five members (the team's own
  names) with first-name free-mail addresses, ten-digit numbers typed as numbers (one a
  repeated pair of digits), keyboard-mash text as the city, and the university abbreviation on
  every row.
Values invented.
"""
from fake import Fake, workbook, save

f = Fake("members-en-in-womenplatform")
wb = workbook()
wb.properties.creator = "tanvi"
wb.properties.lastModifiedBy = "tanvi"
ws = wb.active
ws.title = "Sheet1"
ws.append(["NAME", "EMAIL", "CONTACT", "CITY", "UNIVERSITY"])
rows = [("Tanvi Rawat", "tanvi@example.com", int(f.mobile_in()), "sdhfgjkwe"),
        ("Harsh Negi", "harsh@example.com", int(f.mobile_in()), "kjgkjgkjg"),
        ("Ritika Bisht", "ritika@example.com", int(f.mobile_in()), "qwtyruoip"),
        ("Yash Uniyal", "yash@example.com", int(f.mobile_in()), "mnzxbcvasd"),
        ("Aditi Semwal", "aditi@example.com", 9000090000, "lkhjsdfgy")]
for r in rows:
    ws.append(list(r) + ["DITU"])
for col, w in (("A", 20.57), ("B", 29.71), ("C", 34.57), ("D", 38.14), ("E", 28.14)):
    ws.column_dimensions[col].width = w
save(wb, "members-en-in-womenplatform.xlsx")
