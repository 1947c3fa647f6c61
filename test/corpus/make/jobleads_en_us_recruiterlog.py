"""
Shape of vinodP123/My-Documents "Vendor List.xlsx": a US test-automation contractor's log of the
staffing "vendors" (recruiters) who pitched him contract roles, typed on a Mac in Excel 2016,
one sheet. Not client data: a person imports nothing from it.

- "Sheet1": header row date / vendor name & Details / RC / Client / Implementation /
  Role & Location, not bold, no title.
- One block per recruiter e-mail: the date (d-mmm) on the block's first row only, sometimes only
  on the first block of the day; the recruiter's signature pasted down column B one line per row
  ("Regards,", name, title, company, "Direct: …", "Email: …", web site, street, city) or the
  whole signature in one cell with line breaks; the hourly rate in RC ("52$", "45" as text);
  the end client and the implementation partner when the e-mail said so; the role, location and
  duration in F, one line per row or in one cell, padded with non-breaking spaces; one or two
  blank rows between blocks; a block with a date and nothing else.
Values invented.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("jobleads-en-us-recruiterlog")
NB = "\u00a0"
FIRST = ["Anand", "Deepak", "Justin", "Ravi", "David", "Ankur", "Sunny", "Ashish", "Mary", "Swaroop", "Abhijeet",
         "Michael", "Vikram", "Annu", "Ronald", "Carl", "Kumar", "Umang", "Avinash", "Manik", "Chandru", "Suman",
         "Siddharth", "Arun", "Priya", "Rahul", "Kavitha", "Sandeep"]
LAST = ["Kumar", "Sharma", "Robinson", "Mishra", "Anderson", "Goyal", "Singh", "Kamala", "Reddy", "Gulati",
        "Stocum", "Goswami", "Attri", "Chauhan", "Nair", "Iyer", "Patel", "Rao"]
FIRMS = ["Ztek Consulting Inc", "Systems Americana, Inc.", "SoftNiche Inc.", "Internal Data Sources, Inc.",
         "Okara Infocom", "Logic Harbor Limited", "EApps Technologies LLC", "Diverse Links LLC", "Savvy Tek Solutions Inc",
         "Charter Globe | Technology Consulting", "Systel Staffing Inc", "Suntech Consulting", "Primus Soft Corp",
         "Sage Insight Inc.", "Kaizen Tek Inc", "Nutek Information Systems", "Competent Staffing Inc.",
         "RedLeaf Software Inc.", "VSG Business Solutions", "National Systems Consulting L.P", "Net2Talent Inc."]
TITLES = ["Recruitment Consultant", "Tech.Recuiter", "Technical Recruiter", "Sr. Technical Recruiter",
          "IT Consulting Services Specialist", "Senior Resourcing Specialist", "Senior Recruiter",
          "Sales & Sourcing Specialist"]
CLIENTS = ["Foot wear", "DHS", "MROADS", "KPMG", "BNSF", "At&t", "AT&T", "UPS", "Davita", "Kroger", "Kabbage",
           "Syntel", "Wipro", "Tera Data", None, None, None, None]
PARTNERS = ["Infosys", "capgemni", "TCS", "Tech M", "Nutech", "Infosys", None, None, None, None, None]
ROLES = ["Technology Lead | Automated Testing | Test automation framework design", "QA Test Automation",
         "QA Automation Engineer with BigData", "Functional Tester", "Software Tester (with Strong Python)",
         "Test automation engineer", "Automation Engineer", "Senior Software Engineer", "Sr. QA Analyst",
         "Automation Test engineer", "QA Automation engineer (Android or IOS SDK)", "Senior Quality Assurance Analyst",
         "QA Tester", "Selenium tester / .Net / GIT", "Performance Testing", "QA Hadoop Tester", "Test Analyst",
         "Sr. Functional Tester(micro service/Postman)", "Automation QA Lead", "QA Developer / Test Engineer"]
PLACES = ["Hillsboro OR", "Andover, MA", "Brentwood, TN", "Eagan, MN", "St. Paul, MN", "Mountain View, CA",
          "Atlanta, GA", "Fort Worth TX", "El Segundo, CA", "Louisville (KY)", "Charlotte, NC", "Houston, TX",
          "Santa Clara, CA", "Naperville, IL", "Plano, TX", "Stamford, CT"]


def phone():
    return f"{f.r.randrange(201, 989)}-555-01{f.r.randrange(100):02d}"


def slug(firm):
    return "".join(ch for ch in firm.split()[0].lower() if ch.isalnum())


def signature(first, last, firm):
    mail = f.email(f"{first.lower()}" + (f".{last.lower()}" if f.chance(0.4) else ""))
    lines = []
    if f.chance(0.5):
        lines.append(f.pick(["Regards,", "Thanks & Regards", "Thanks&Regards," + NB, "Best Regards,", "Thanks and Regards"]))
    name = f.pick([f"{first} {last}", f"{first}{NB}{NB}{last}", first, f"{first}.{last[0]}"])
    if f.chance(0.2):
        lines.append(f"{name} | {firm}")
    else:
        lines.append(name)
        if f.chance(0.6):
            lines.append(f.pick(TITLES))
        lines.append(firm + f.pick(["", ",", " "]))
    if f.chance(0.3):
        lines.append(f"{f.r.randrange(100, 9999)} {f.pick(['Summer Street, Suite 406', 'Dallas Parkway,', 'Internet Blvd', 'N. Orange Street, Suite#7495', 'Metro Place South'])}")
    lines.append(f.pick(["Direct:" + NB, "Desk:" + NB, "Office:" + NB, "Ph: USA:" + NB, "Contact#:" + NB, "P:" + NB, ""])
                 + phone() + (f" x {f.r.randrange(100, 450)}" if f.chance(0.4) else ""))
    if f.chance(0.25):
        lines.append("Cell:" + NB + phone())
    lines.append(f.pick(["Email:" + NB, "E-mail:" + NB, "Email id:" + NB, "|" + NB + "Email:" + NB, ""]) + mail
                 + (NB + NB if f.chance(0.2) else ""))
    if f.chance(0.4):
        lines.append(f.pick(["Web:" + NB + NB + "www.", "http://www.", "", "URL" + NB * 6 + " :" + NB + "www."])
                     + f"{slug(firm)}.example.net")
    return lines


def role_lines():
    role, place = f.pick(ROLES), f.pick(PLACES)
    kind = f.r.random()
    if kind < 0.35:
        return [f"{role}, {place}"]
    if kind < 0.55:
        return [f"Title: {role}", f"Work location:{NB}{place}", f"Duration: {f.pick(['3 Month CTH', '6 Months', '12 Months', 'Contract'])}"]
    if kind < 0.7:
        pad = NB * 9 + " " + NB * 7
        return [f"Position{pad}:{NB * 15} {role}", f"Location{pad}:{NB * 17}{place}", f"Duration{pad}:{NB * 16} 6 Months"]
    if kind < 0.85:
        return [f"Role : {role}\nLocation : {place}\nDuration : Contract"]
    return [f"{role}{NB}in{NB}{place}{NB}"]


wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["date", "vendor name & Details", "RC", "Client", "Implementation", "Role & Location"])
day = datetime.date(2017, 2, 1)
row = 2
blocks = 0
while row < 160:
    first_of_day = True
    for _ in range(f.r.choice([1, 1, 2, 3])):
        first, last, firm = f.pick(FIRST), f.pick(LAST), f.pick(FIRMS)
        sig = signature(first, last, firm)
        if f.chance(0.12):
            sig = ["\n".join(sig)]                           # the whole signature pasted into one cell
        roles = role_lines()
        rate = f.pick(["52$", "55$", "50$", "45", "52", "53", "50", "47", "46", "43", "60", "55"])
        if first_of_day:
            ws.cell(row, 1, datetime.datetime.combine(day, datetime.time())).number_format = "d-mmm"
            first_of_day = False
        ws.cell(row, 3, rate)
        client, partner = f.pick(CLIENTS), f.pick(PARTNERS)
        if client:
            ws.cell(row, 4, client)
        if partner:
            ws.cell(row, 5, partner)
        for k in range(max(len(sig), len(roles))):
            if k < len(sig):
                ws.cell(row + k, 2, sig[k])
            if k < len(roles):
                ws.cell(row + k, 6, roles[k])
        row += max(len(sig), len(roles)) + f.r.choice([1, 1, 2])
        blocks += 1
    if blocks == 14:
        ws.cell(row, 1, datetime.datetime.combine(day + datetime.timedelta(days=1), datetime.time())).number_format = "d-mmm"
        row += 1
    day += datetime.timedelta(days=f.r.choice([1, 1, 2, 3]))
for col, w in (("A", 10.8), ("B", 32.7), ("C", 8.8), ("D", 9.8), ("E", 12.2), ("F", 96.5), ("G", 10.8)):
    ws.column_dimensions[col].width = w

save(wb, "jobleads-en-us-recruiterlog.xlsx")
