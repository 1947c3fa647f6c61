"""
Shape of sethusr/client-name "Client Data.xlsx": an Indian staffing firm's target list of tech
companies (copied from an industry body's member directory) made in Excel, with a staff timesheet
left on the second sheet.

- "Sheet1": bold headers Company Name / Location / Website and a stale autofilter over A1:C46.
  One row per company, legal names ("… Private Limited", "Pvt. Ltd.", "LLP", universities, a few
  in odd case), the city, and the website as text in any spelling ("https://www.x.com/", "x.cloud",
  "http://x.in") or as the word "Link" carrying a hyperlink; a handful of rows with no name (only a
  city and a link), a fifth of the companies listed twice (the directory was pasted page by page;
  the second copy sometimes shows the bare URL where the first said "Link"), and the last rows
  with a short company name typed where the website goes.
- "Sheet2": a week's clock-in/clock-out sheet of six staff (dates on row 1, partly as text,
  "Clock In"/"Clock Out" pairs on row 2, a "Total Hours" row under each person, "WO " for a week
  off, "Weekly Total:" at the bottom): not client data.
Values invented.
"""
import datetime

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("prospects-en-in-techfirms")
CITIES = (["Bengaluru"] * 20 + ["Hyderabad"] * 11 + ["Chennai"] * 11 + ["Pune"] * 10 + ["Mumbai"] * 7
          + ["Bhubaneswar"] * 4 + ["Gurugram"] * 4 + ["Noida"] * 4 + ["Kolkata"] * 3 + ["Delhi"] * 2
          + ["Mohali"] * 2 + ["New Delhi"] * 2 + ["Ahmedabad", "Coimbatore", "Ernakulam", "Indore", "Kochi",
                                                  "Jaipur", "Ranchi", "Asansol", "Thiruvananthapuram", "Nagpur"])
W1 = ["Advent", "Aion", "Apex", "Arcus", "Bluecrest", "Brightleaf", "Cloudgarner", "Codevista", "Cognira", "Datanova",
      "Deltaforge", "Everbyte", "Finlogic", "Galaxe", "Helixon", "Infowave", "Innosoft", "Kaleido", "Keystack",
      "Lumina", "Maaway", "Matrixa", "Nexora", "Nimbus", "Orbitz", "Pivotal Edge", "Quantra", "Rivulet", "Sagacity",
      "Sequel", "Skyline", "Softsol", "Stellar", "Synergix", "Tekvana", "Trinetra", "Unisys Edge", "Vantage",
      "Vertex", "Zentrix", "Acuity", "Bitwise", "Corvus", "Dhruva", "Ekam", "Fortuna", "Gyan", "Hexaware Edge"]
W2 = ["Technologies", "Solutions", "Infotech", "Software", "Systems", "Digital", "Consulting", "Labs", "Analytics",
      "IT Services", "Infosystems", "Healthtech", "Global Services", "Tech Labs", "Cloud"]
W3 = (["Private Limited"] * 12 + ["Pvt. Ltd."] * 2 + ["India Private Limited"] * 4 + ["Limited"] * 2
      + ["LLP", "Pvt Ltd", "India Pvt Ltd"])


def website(core):
    dom = core.lower().replace(" ", "")
    return f.pick([f"https://www.{dom}.com/", f"https://{dom}.in/", f"http://www.{dom}.com", f"{dom}.cloud",
                   f"{dom}.tech", f"https://www.{dom}.co.in/", f"www.{dom}.com"])


firms = []
cores = set()
while len(firms) < 330:
    core = f"{f.pick(W1)} {f.pick(W2)}"
    if core in cores:
        continue
    cores.add(core)
    legal = f"{core} {f.pick(W3)}"
    if f.chance(0.02):
        legal = legal.upper()
    elif f.chance(0.02):
        legal = legal[0].lower() + legal[1:]
    firms.append((legal, f.pick(CITIES), core))
firms += [("Jaypee University, Anoopshahr", "Bulandshahr", "Jaypee University"),
          ("Indian Institute of Information Technology, Una", "Una", "IIIT Una")]
firms.sort(key=lambda x: x[0].lower())

rows = []
for legal, city, core in firms:
    url = website(core)
    link = f.chance(0.18)
    rows.append([legal, city, ("Link", url) if link else (url, None)])
# Pasted twice: a fifth of the companies appear again further down, in their own order.
again = f.r.sample(range(len(rows)), 68)
for k, i in enumerate(sorted(again)):
    legal, city, (text, url) = rows[i]
    second = (url, None) if url and f.chance(0.5) else (text, url)
    rows.insert(min(len(rows), i + 40 + f.r.randrange(120)), [legal, city, second])
# Rows whose name was lost, and the last ones with a short name where the website goes.
for _ in range(5):
    rows.insert(f.r.randrange(20, len(rows)), [None, f.pick(CITIES), ("Link", "https://" + f.pick(W1).lower() + ".in/")])
for _ in range(6):
    core = f"{f.pick(W1)} {f.pick(W2)}"
    rows.append([f"{core} Private Limited", f.pick(CITIES), (core, None)])

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Company Name", "Location", "Website"])
for c in ws[1]:
    c.font = Font(bold=True)
for name, city, (text, url) in rows:
    ws.append([name, city, text])
    if url:
        cell = ws.cell(ws.max_row, 3)
        cell.hyperlink = url
        cell.font = Font(underline="single", color="0563C1")
ws.auto_filter.ref = "A1:C46"

ts = wb.create_sheet("Sheet2")
dates = [datetime.datetime(2024, 9, 6), datetime.datetime(2024, 10, 6), datetime.datetime(2024, 11, 6),
         datetime.datetime(2024, 12, 6), "6/13/2024", "6/14/2024", "6/15/2024"]
for k, d in enumerate(dates):
    cell = ts.cell(1, 2 + 2 * k, d)
    if isinstance(d, datetime.datetime):
        cell.number_format = "mm-dd-yy"
    ts.merge_cells(start_row=1, start_column=2 + 2 * k, end_row=1, end_column=3 + 2 * k)
for k in range(7):
    ts.cell(2, 2 + 2 * k, "Clock In")
    ts.cell(2, 3 + 2 * k, "Clock Out")
ts.cell(2, 16, "Total")
r = 3
for person in ["Arif", "Amol", "Faizan", "Harsh", "Irfan", "Sahil"]:
    ts.cell(r, 1, person)
    off = f.r.randrange(0, 3)
    for k in range(4):
        if k < off and person != "Sahil" or (person == "Sahil" and k == 3):
            ts.cell(r, 2 + 2 * k, "WO ")
            ts.cell(r, 3 + 2 * k, "WO ")
            continue
        t_in = datetime.time(f.r.choice([5, 6, 8]), f.r.randrange(60))
        ts.cell(r, 2 + 2 * k, t_in).number_format = "h:mm"
        if k < 3:
            ts.cell(r, 3 + 2 * k, datetime.time(f.r.choice([14, 17]), f.r.randrange(60))).number_format = "h:mm"
            ts.cell(r + 1, 2 + 2 * k, datetime.time(8, f.r.randrange(60))).number_format = "h:mm"
    ts.cell(r + 1, 1, "Total Hours")
    r += 2
ts.cell(r, 14, "Weekly Total:")
ts.merge_cells(start_row=r, start_column=14, end_row=r, end_column=15)
save(wb, "prospects-en-in-techfirms.xlsx")

if __name__ == "__main__":
    named = [n for n, _, _ in rows if n]
    print(len(rows), len(named), len(set(named)))
