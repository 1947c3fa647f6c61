"""
Shape of anmtal/TenantAudit-AI "Leads.xlsx" (at commit a3a50f5): a New York start-up's cold-outreach
list of law firms for its lease-audit product, kept in Excel (three sheets, in the order Sheet1,
Sheet3, Sheet2).
- "Sheet1": Law Firm / Website / City - Country / Email / Status / Notes, one row per firm (57):
  the firm's name (LLP, PC, '&', '·' between partners' names, a comma list), its website, 'US-NY',
  two to five e-mail addresses stacked in one wrapped cell (a leading no-break space or a space
  on some lines, one address broken before its '@', a contact-form link instead of an address,
  a dozen empty), 'Not Contacted' on nearly every row, notes on who the addresses belong to
  ('1st one is COO, 2nd one is associate', 'search on Linkedin'); the search phrase that found the
  firms typed in column G of the first row, without a header; the last firms with fewer cells.
- "Sheet3": Firm / Category / Website / City - Country / Name / Email / Status / Notes, one row
  per person (33) at ten other firms: 'Law', 'NY - US', the lawyer's name (middle initials), one
  address each, 'Not Contacted', notes starting with the person's title ('Partner, No more in NY,
  Multi city'); then a firm typed on its own, and 'Not Contacted' dragged down 21 empty rows.
- "Sheet2": one long note in A5 on which kinds of buyers to target first.
Values invented: websites and addresses under .test domains.
"""
from openpyxl.styles import Alignment

from fake import Fake, save, workbook

f = Fake("leads-en-us-lawfirmoutreach")

NAMES = ["Abernethy", "Baskin", "Calloway", "Deverell", "Ellsworth", "Fennimore", "Galbraith", "Halloran", "Iverson",
         "Jablonski", "Kessler", "Lindqvist", "Mancuso", "Nightingale", "Oberlin", "Pemberton", "Quillen", "Rosenthal",
         "Sterling", "Tolliver", "Underhill", "Vasquez", "Whitcombe", "Yardley", "Zabriskie", "Ashcroft", "Brennan",
         "Castellano", "Delacorte", "Eastman", "Forsythe", "Goldfarb", "Hirschfeld", "Kaplow", "Lombardi", "Marchetti",
         "Novak", "Olsen", "Pruett", "Reinholt", "Saperstein", "Tannenbaum", "Weisfeld", "Albrecht", "Birnbaum"]
FIRST = ["Michael", "Jennifer", "David", "Laura", "Robert", "Karen", "Daniel", "Alyssa", "Jonathan", "Rachel", "Steven",
         "Melissa", "Andrew", "Deborah", "Peter", "Allison", "Gregory", "Naomi", "Howard", "Elaine", "Marc", "Sharon"]
FORMS = [" LLP", " LLP", " PC", " P.C.", " PLLC", " LLC", ""]
NOTES1 = ["Need to submit form or look on Linkedin", "Many Attorneys, 1st one is COO, 2nd one is associate",
          "Many Attorneys but no email, search on Linkedin", "Lot of more emails. 1st one is head, 2nd one is associate",
          "2 partners, 1 associate", "Good firm", "Only 3 attorneys", "Real estate group - check again",
          "Partner, Associate, Paralegal", "3 attorneys, both are partners", "Small firm", "Found on Super Lawyers",
          "Office manager address first", "1st is partner, 2nd is of counsel"]
TITLES = ["Partner", "Associate", "Of Counsel", "Senior Associate", "Managing Partner", "Counsel"]

used = set()


def firm():
    while True:
        a, b, c = f.pick(NAMES), f.pick(NAMES), f.pick(NAMES)
        kind = f.r.random()
        if kind < 0.35:
            n = f"{a} & {b}{f.pick(FORMS)}"
        elif kind < 0.45:
            n = f"{a} · {b} · {c}, LLP"
        elif kind < 0.55:
            n = f"{a}, {b} & {c}"
        elif kind < 0.65:
            n = f"{a} {b} {f.pick(['Law Group', 'Partners', 'Legal'])}"
        elif kind < 0.72:
            n = a
        else:
            n = f"{a} {b}{f.pick(FORMS)}"
        if n not in used and len({a, b, c}) == 3:
            used.add(n)
            return n


def domain(name):
    words = [w for w in name.replace("·", " ").replace(",", " ").replace("&", " ").split() if w[0].isupper()]
    return "".join(w.lower() for w in words[:2]).replace(".", "") + ".test"


def mail(first, last, dom):
    return f.pick([f"{first[0].lower()}{last.lower()}@{dom}", f"{first.lower()}.{last.lower()}@{dom}",
                   f"{first.lower()}@{dom}"])


wb = workbook()
s1 = wb.active
s1.title = "Sheet1"
s1.append(["Law Firm", "Website", "City - Country", "Email", "Status", "Notes"])
firms1 = []
for i in range(57):
    name = firm()
    dom = domain(name)
    firms1.append((name, dom))
    n = f.pick([0, 1, 2, 2, 2, 2, 3, 3, 3, 4, 5]) if i not in (2, 22, 39, 54, 55, 56) else 0
    lines = [mail(f.pick(FIRST), f.pick(NAMES), dom) for _ in range(n)]
    if i == 1 and lines:
        lines[0] = "\xa0" + lines[0] + "  "
    if i in (20, 42) and lines:
        lines[0] = " " + lines[0]
    if i == 46 and lines:
        lines[0] = "\n" + lines[0]
    if i == 49 and len(lines) >= 2:
        lines = [l.replace("@", "\n@") for l in lines]
    cell = "\n".join(lines) if lines else None
    if i == 5:
        cell = f"https://www.{dom}/en/contact/form/submit"
    web = f"https://www.{dom}/"
    if i == 37:
        web = f"https://{dom}/\nlinkedin.test/company/{dom[:-5]}"
    status = None if i in (53, 56) else "Not Contacted"
    note = f.pick(NOTES1) if f.chance(0.45) or i in (2, 53) else None
    row = [name, web if i != 53 else None, "US-NY" if i not in (53,) else None, cell, status, note]
    if i == 56:
        row = [name, web, None, None, None, None]
    s1.append(row)
    if cell:
        s1.cell(s1.max_row, 4).alignment = Alignment(wrap_text=True)
s1["G2"] = "tenant lease audit attorney manhattan"
s1.column_dimensions["A"].width = 32
s1.column_dimensions["B"].width = 30
s1.column_dimensions["D"].width = 46.18
s1.column_dimensions["F"].width = 40

s3 = wb.create_sheet("Sheet3")
s3.append(["Firm", "Category", "Website", "City - Country", "Name", "Email", "Status", "Notes"])
people = 0
firms3 = []
for k in range(10):
    name = firm()
    dom = domain(name)
    firms3.append(name)
    where = f.pick(["No more in NY, Multi city", "Many More , Multi City", "Only NY", "NY and NJ"])
    for _ in range(4 if k < 3 else (3 if k < 6 else 3) if people < 30 else 1):
        if people == 33:
            break
        first, last = f.pick(FIRST), f.pick(NAMES)
        shown = f"{first} {f.pick('ABCDEHJLMRS')}. {last}" if f.chance(0.35) else f"{first} {last}"
        s3.append([name, "Law", f"https://www.{dom}/", "NY - US", shown, mail(first, last, dom), "Not Contacted",
                   f"{f.pick(TITLES)}, {where}"])
        people += 1
while people < 33:
    name = firms3[-1]
    first, last = f.pick(FIRST), f.pick(NAMES)
    s3.append([name, "Law", f"https://www.{domain(name)}/", "NY - US", f"{first} {last}", mail(first, last, domain(name)),
               "Not Contacted", f"{f.pick(TITLES)}, Only NY"])
    people += 1
s3.append([firms1[12][0], None, None, None, None, None, "Not Contacted", None])   # the next firm, started
for r in range(s3.max_row + 1, 58):
    if r not in (55, 56):
        s3.cell(r, 7, "Not Contacted")

s2 = wb.create_sheet("Sheet2")
s2["A5"] = ("Tier 1 — Quickest to close (first 100 audits)\nThese buyers see lease problems every week:\n\n"
            "Commercial real estate brokers — tenant reps working on retail, office and industrial leases.\n"
            "Lease administrators at multi-site retailers and restaurant groups.\n\n"
            "Tier 2 — Slower but larger\nReal estate attorneys (see Sheet1 and Sheet3), property managers, CFOs of "
            "mid-size chains.")
s2["A5"].alignment = Alignment(wrap_text=True)

save(wb, "leads-en-us-lawfirmoutreach.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        print(len(firms1), firms3, people)
