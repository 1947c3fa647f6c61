"""
Shape of shriyapaudyal/AutomationExcel "agents.xlsx" (commit
76d5bdac5d5d180105f5965e00febf9c0dbff4d8): the data sheet of a Nepali software firm's Selenium
test suite for a property portal's "add agent" and login forms (saved by Excel, no header row).

- Sheet "agents" A1:P13: thirteen test cases, one per row, no header: the page name "Agents
  Listing" in column A on every row, then agent id, user name, e-mail, password, password again,
  display name, full name, a year, street address, phone, fax, Facebook / Twitter / LinkedIn /
  web-site URLs. Every row is the same fictitious agent changed in one respect: a repeated id,
  the same user, the same e-mail, the same full name, a different password, a different address,
  special characters in the id / name / e-mail / password / display name / year (the test case
  names "same id", "diff pw", "special email" … stand in the name columns). Widths set on D, G, M-P.
- Sheet "agentlogin" A1:C6: user name, password and the page expected after logging in
  ("Dashboard"), with script-injection strings as user or password.
Values invented (the e-mail domain, phone, fax, address, ids, user names).
"""
from fake import workbook, save

wb = workbook()
ws = wb.active
ws.title = "agents"
MAIL = "example.com"
ADDR, PHONE, FAX = "14 willow street", 5550142, 5550197
SOCIAL = ["http://www.fb.com", "http://www.twitter.com", "http://www.linkedin.com", "http://www.website.com"]
cases = [
    (41263, "realvalue", f"realvalue@{MAIL}", "tiger", "tiger", "realvalue", "real value", 2012),
    (41263, "sameid", f"sameid@{MAIL}", "tiger", "tiger", "same id", "same id", 2012),
    (41064, "realvalue", f"sameuser@{MAIL}", "tiger", "tiger", "same user", "same user", 2012),
    (41065, "sameemail", f"realvalue@{MAIL}", "tiger", "tiger", "same email", "same email", 2012),
    (41056, "sameFN", f"samefn@{MAIL}", "tiger", "tiger", "real value", "same full name", 2012),
    (41057, "dffpw ", f"diffpW@{MAIL}", "tiger", "liger", "diff pw", "diff pw", 2012),
    (41058, "diffadd", f"diffadd@{MAIL}", "tigre", "tiger", "diff add", "diff add", 63418),
    ("#%<>?=/", "specialid", f"spcialid@{MAIL}", "tiger", "tiger", "specialid ", "special id", 2012),
    (41059, "#%^<?/", f"specialna@{MAIL}", "tiger", "tiger", "specialname ", "special name", 2012),
    (41060, "specialemail", "#%<>>./", "tiger", "tiger", "specialemail ", "special email", 2012),
    (41061, "special pw", f"specialpw@{MAIL}", "#$%^<>", "#$%^<>/", "special pw", "special pw", 2012),
    (41062, "special fn", f"specialfn@{MAIL}", "tiger", "tiger", "#$%<>.", "special fn", 2012),
    (41063, "special add", f"specialadd@{MAIL}", "tiger", "tiger", "special add", "special add", "#%<>?:"),
]
for case in cases:
    ws.append(["Agents Listing", *case, ADDR, PHONE, FAX, *SOCIAL])
for col, w in (("D", 41.0), ("G", 14.7), ("M", 18.7), ("N", 23.1), ("O", 24.3), ("P", 24.1)):
    ws.column_dimensions[col].width = w
login = wb.create_sheet("agentlogin")
for row in (("mira", "tiger", "Dashboard"), ("sita0", "liger", "Dashboard"), ("mira", "liger", "Dashboard"),
            ("sita0", "<script>alert(0)</script>", "Dashboard"), ("<script>alert(0)</script>", "tiger", "Dashboard"),
            ("sita0", "tiger", "Dashboard")):
    login.append(row)
save(wb, "agents-en-np-logintestdata.xlsx")
