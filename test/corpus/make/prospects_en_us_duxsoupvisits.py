"""
Shape of harehimself/duxsoup-etl "visits.csv": a B2B seller's Dux-Soup export of the LinkedIn
profiles its prospecting robot visited, opened and re-saved in Excel before being loaded by a
small ETL (hence Excel's m/d/yyyy h:mm times, "Mmm-yy" month texts and a "#NAME?" where a
description began with "-"). UTF-8 without BOM, LF, every row 507 fields.

- Header: duxsoupId, salesNavId, VisitTime, Profile, SalesProfile, RecruiterProfile, Picture,
  Degree, First Name, Middle Name, Last Name, Connections, Summary, From, Title, Company,
  CompanyProfile, CompanyWebsite, Email, Phone, IM, Twitter, Location, Industry, My Tags,
  PersonalWebsite, My Notes, then Skill-0 … Skill-99, Position-0 … Position-49 each as
  -Company/-Title/-Description/-From/-To/-Location, School-0 … School-15 each as
  -Name/-Degree/-Field/-From/-To.
- One row per visited person (about 1,100 in the source, 400 here, no name twice), sales and technology
  managers in the US and Brazil. duxsoupId "id.<number>", Sales Navigator and Recruiter links,
  picture URL; Degree 1-3; Middle Name a single space on most rows, once holding the surname
  with "Jr" in Last Name; long Summary with emoji and bullets; Email, Phone, IM, Twitter
  filled on a minority and a single space when missing (phones in several national forms);
  Location "City, State, Country" or "… Metropolitan Area"; My Tags "hare-auto-visit" or a
  pipe list with emoji; dozens of skills; a career of up to 15 positions with long
  descriptions, From/To as "May-25", a year or "Present"; up to four schools.
Values invented.
"""
import csv
import datetime
import os

from fake import FILES, Fake, FIRST_EN, LAST_EN

f = Fake("prospects-en-us-duxsoupvisits")

BASE = ["duxsoupId", "salesNavId", "VisitTime", "Profile", "SalesProfile", "RecruiterProfile", "Picture", "Degree",
        "First Name", "Middle Name", "Last Name", "Connections", "Summary", "From", "Title", "Company", "CompanyProfile",
        "CompanyWebsite", "Email", "Phone", "IM", "Twitter", "Location", "Industry", "My Tags", "PersonalWebsite", "My Notes"]
HEADER = BASE + [f"Skill-{i}" for i in range(100)]
HEADER += [f"Position-{i}-{k}" for i in range(50) for k in ("Company", "Title", "Description", "From", "To", "Location")]
HEADER += [f"School-{i}-{k}" for i in range(16) for k in ("Name", "Degree", "Field", "From", "To")]
assert len(HEADER) == 507

FIRSTS = FIRST_EN + ["Luiz", "Tom", "Terrance", "Dallas", "Priya", "Rafael", "Camila", "Marcus", "Dana", "Heather",
                     "Greg", "Monica", "Andre", "Beatriz", "Kevin", "Tamara", "Jon", "Renata", "Scott", "Alicia"]
LASTS = LAST_EN + ["Vianello", "Scarpelli", "Prewitt", "Tillery", "Oyelaran", "Castellanos", "Rocha", "Whitfield",
                   "Brennan", "Kaczmarek", "Delacroix", "Nakamura", "Fonseca", "Albright", "Mendonça", "Sorensen"]
COMPANIES = ["Northbeam Systems", "Quarrylane Software", "Bluefin Analytics", "Stratacore", "Hollowtree Networks",
             "Vantapoint Cloud", "Ridgeway Data", "Copperleaf Labs", "Meridian Telecom", "Tidewater IT Services",
             "Brightpath Consulting", "Solstice Security", "Ironbark Digital", "Clearwire Partners", "Lumen Ridge",
             "Kestrel AI", "Orbital Commerce", "Greyhaven Group", "Pinecrest Solutions", "Stealth"]
TITLES = ["Principal Solutions Architect", "Founder", "Head of AI Workforce – US Energy Sector", "Strategic Channel Manager",
          "Enterprise Account Executive", "VP of Sales", "Director of Business Development", "Chief Revenue Officer",
          "Sr. Sales Engineer", "Regional Sales Director, Americas-East", "Head of Partnerships", "Account Director",
          "Customer Success Manager", "Managing Director, Global Financial Services | Modern Work"]
INDUSTRIES = ["Information Technology & Services", "Software Development", "Telecommunications",
              "Business Consulting and Services", "IT Services and IT Consulting", "Computer and Network Security",
              "Financial Services", "Staffing and Recruiting"]
LOCATIONS = ["São Paulo, São Paulo, Brazil", "Austin, Texas, United States", "Greater Boston",
             "New York City Metropolitan Area", "San Francisco Bay Area", "Raleigh, North Carolina, United States",
             "Chicago, Illinois, United States", "Rio de Janeiro, Rio de Janeiro, Brazil", "Denver, Colorado, United States",
             "Dallas-Fort Worth Metroplex", "Atlanta, Georgia, United States", "Seattle, Washington, United States"]
SKILLS = ["Solutions Architecture", "Program Management", "Mentoring", "Artificial Intelligence (AI)", "Sales Presentations",
          "Public Speaking", "Pre-sales", "Customer Relations", "SaaS", "Start-ups", "Strategic Planning", "Business Strategy",
          "Key Account Management", "Solution Selling", "Account Management", "Consultative Selling", "Lead Generation",
          "Cold Calling", "New Business Development", "Contract Negotiation", "CRM", "Salesforce.com", "Unified Communications",
          "VoIP", "Cloud Computing", "Channel Partners", "Business-to-Business (B2B)", "Leadership", "Team Management",
          "Customer Experience", "Data Center", "Networking", "Telecommunications", "Professional Services", "Negotiation"]
SCHOOLS = [("Appalachian State University", "BSBM", "Computer Information Systems"), ("Bryant University", "MBA", "Financial Management"),
           ("University of California, Los Angeles (UCLA)", "Bachelor of Science", "Business Administration"),
           ("Universidade de São Paulo", "Bacharelado", "Engenharia Elétrica"), ("Simmons College", "BA", "Economics, International Relations"),
           ("Massachusetts Institute of Technology", "Professional Certificate", "Data Science and Big Data Analytics")]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"


def token(n):
    return "".join(f.pick(ALNUM) for _ in range(n))


def month(year_lo, year_hi):
    return f"{f.pick(MONTHS)}-{f.r.randrange(year_lo, year_hi) % 100:02d}"


def phone(loc):
    n = f"{f.r.randrange(100):02d}"
    if "Brazil" in loc:
        return f"+55 (11) 95550-01{n}"
    return f.pick([f"{f.r.randrange(201, 989)}-555-01{n}", f"{f.r.randrange(201, 989)}.555.01{n}",
                   f"({f.r.randrange(201, 989)}) 555-01{n}", f"+1 {f.r.randrange(201, 989)} 555 01{n}"])


def description(company, title):
    parts = [f"As {title} at {company}, I lead a team that helps enterprise customers modernize how they sell and serve.",
             "💡 Key Achievements: Grew net new revenue 20%+ year over year; built the partner channel from zero.",
             "• Owned a $40M book of business across 60 accounts • Recognized in President's Club twice",
             "Responsible for sales into large carrier accounts and managed service providers."]
    return " ".join(f.r.sample(parts, f.r.randrange(1, 4)))


rows = []
start = datetime.datetime(2026, 1, 12, 9, 0)
for i in range(400):
    first, last = f._unique(lambda: (f.pick(FIRSTS), f.pick(LASTS)))
    middle = " "
    if i == 137:
        first, middle, last = "Terrance", "Prewitt", "Jr"
    elif f.chance(0.04):
        middle = f.pick(["A.", "J.", "Maria"])
    slug = f"{first}-{last}".lower().replace("ç", "c") + ("" if f.chance(0.5) else f"-{f.r.randrange(10, 99)}{token(6).lower()}")
    sn = "ACwAA" + token(34)
    visit = start + datetime.timedelta(minutes=f.r.randrange(0, 60 * 24 * 18))
    loc = f.pick(LOCATIONS)
    company, title = f.pick(COMPANIES), f.pick(TITLES)
    has_mail = f.chance(0.35)
    email = f.email(f"{first.lower()}.{last.lower()}".replace("ç", "c")) if has_mail else " "
    ph = phone(loc) if f.chance(0.25) else " "
    im = email if has_mail and f.chance(0.3) else " "
    tw = f"{first}{last}" if f.chance(0.12) else (" " if f.chance(0.8) else "")
    tags = f.pick(["hare-auto-visit"] * 4 + ["🦆-default-enrolled|default|🦆-default-invited"])
    row = [f"id.{f.r.randrange(100000, 99999999)}", sn, f"{visit.month}/{visit.day}/{visit.year} {visit.hour}:{visit.minute:02d}",
           f"https://www.linkedin.com/in/{slug}", f"https://www.linkedin.com/sales/lead/{sn},NAME_SEARCH,{token(4)}",
           f"https://www.linkedin.com/talent/profile/{sn}",
           f"https://media.example.com/dms/image/v2/{token(15)}/profile-displayphoto-shrink_100_100/0/{f.r.randrange(10**12, 10**13)}",
           f.pick([1, 1, 2, 2, 3]), first, middle, last, f.r.randrange(80, 9000),
           f"I help {f.pick(['enterprises', 'banks', 'telecom operators', 'SaaS founders'])} turn strategy into results. "
           f"Over {f.r.randrange(8, 30)} years in {f.pick(['technology and consulting', 'enterprise sales', 'cloud communications'])}. "
           "Let’s connect — powered by people, guided by purpose.",
           f.pick([2025, 2024, 2023, 2021, 2019]), title, company,
           f"https://www.linkedin.com/company/{f.r.randrange(1000, 99999999)}/",
           f.pick([f"http://www.{company.lower().replace(' ', '')}.example.com", " "]), email, ph, im, tw, loc,
           f.pick(INDUSTRIES), tags, " ", ""]
    skills = f.r.sample(SKILLS, f.r.randrange(5, 35))
    row += skills + [""] * (100 - len(skills))
    npos = f.r.randrange(1, 16)
    year = 2025
    for p in range(50):
        if p < npos:
            comp = company if p == 0 else f.pick(COMPANIES[:-1])
            t = title if p == 0 else f.pick(TITLES)
            desc = description(comp, t) if f.chance(0.7) else ""
            if i == 211 and p == 3:
                desc = "#NAME?"
            to = "Present" if p == 0 and f.chance(0.5) else ("" if p == 0 else month(year - 1, year + 1))
            frm = month(year - 3, year) if year > 1995 else str(year - 3)
            row += [comp, t, desc, frm, to, f.pick(["", "", loc, "New York City Metropolitan Area · Hybrid"])]
            year -= f.r.randrange(1, 4)
        else:
            row += [""] * 6
    nsch = f.r.randrange(0, 5)
    for s in range(16):
        if s < nsch:
            name, deg, field = f.pick(SCHOOLS)
            y = f.r.randrange(1985, 2015)
            row += [name, deg, field, y if f.chance(0.8) else "", y + 4 if f.chance(0.8) else ""]
        else:
            row += [""] * 5
    assert len(row) == 507
    rows.append(row)

with open(os.path.join(FILES, "prospects-en-us-duxsoupvisits.csv"), "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, lineterminator="\n")
    w.writerow(HEADER)
    w.writerows(rows)
