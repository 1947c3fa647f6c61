"""
Shape of payasparab/hpgstreamlitcrm "call_log.csv": a Delaware workforce-development team's
outreach calls to local employers, dumped from its small CRM with pandas (to_csv with the index).

- 56 columns: an unnamed index column (0, 1, 2 …), ID (the call's record number, with gaps),
  call_at "2024-01-18 09:27:14" in no order, caller_name (the team member's e-mail), company,
  street_address, city, zip_code, an empty website, NAICS 2- and 4-digit sector texts, industry_tag,
  phone_number_called (any US spelling, "x" extensions, 001- prefixes), an empty number_called,
  notes_general (long notes on some calls), call_disposition (Voicemail, Connected - Interested,
  Left Message With Receptionist …), call_duration_in_minutes on a few, the contact reached (name,
  title, number, e-mail), call-back fields with ISO "Z" times, survey answers (employee count,
  hiring, trades and partner programmes as Python / JSON lists), five open-position blocks, a
  follow-up flag and the county.
- One row per call: 1,935 calls; about a hundred employers were called twice (same company,
  address and phone; the contact may differ).
Values invented.
"""
import csv
import datetime
import json
import os

from fake import FILES, Fake

f = Fake("calls-en-us-workforceoutreach")

HEAD = ["", "ID", "call_at", "caller_name", "company", "street_address", "city", "zip_code", "website",
        "naics_code_2_digit", "naics_code_4_digit", "industry_tag", "phone_number_called", "number_called",
        "notes_general", "call_disposition", "call_duration_in_minutes", "contact_called", "contact_title",
        "contact_number", "contact_email", "call_back_later", "call_back_date_time", "is_call_back_completed",
        "company_employee_count", "company_revenue", "are_you_hiring", "trades_company_has", "aware_of_programs",
        "state_business_resources_previously_worked_with", "outside_organizations_previously_worked_with",
        "state_business_resources_suggested_but_not_connected", "outside_organizations_suggested_but_not_connected",
        "connect_with_state_business_resources", "connect_with_outside_organizations",
        "most_challenging_hiring_reasons", "most_difficult_jobs_to_fill",
        "what_benefits_are_effective_in_attracting_talent"] + \
       [f"position_{n}_{k}" for n in range(1, 6) for k in ("title", "number_of_open_positions", "hourly_pay_rate")] + \
       ["send_follow_up_email", "sent_follow_up_email_at", "business_county"]
LAST = ["Sims", "Ortega", "Ray", "Smith", "Ortiz", "Hernandez", "Harris", "Skinner", "Mcintosh", "Roberts", "Gordon",
        "Henry", "Russell", "Armstrong", "Miller", "Walsh", "Keller", "Pruitt", "Dalton", "Forbes", "Gaines",
        "Hobbs", "Ingram", "Jarvis", "Lowery", "Mayer", "Nolan", "Osborne", "Pace", "Quinn", "Rowland", "Stokes",
        "Tate", "Underwood", "Vaughn", "Wiley", "Yates", "Zamora", "Barton", "Coleman", "Doyle", "Ellison"]
FIRST = ["Kyle", "Clarence", "Natasha", "Jonathan", "John", "Brandon", "Vanessa", "Megan", "Sonya", "Shelley",
         "Derek", "Tasha", "Marcus", "Erin", "Holly", "Curtis", "Leah", "Rodney", "Paige", "Wesley", "Tamara",
         "Grant", "Monica", "Devin", "Alicia", "Trevor", "Renee", "Jared", "Kendra", "Felix"]
STREET = ["Santiago Drives", "Kristi Gateway", "Roy Plains", "Lee Valleys", "Blake Ridge", "Gutierrez Cliff",
          "Solomon Tunnel", "Harbor Lane", "Pine Crossing", "Miller Route", "Mill Stream", "Cedar Point", "Fox Run",
          "Dunn Mews", "Park Station", "Oak Extension", "Lake Circles", "Rivera Ville"]
CITIES = ["Davisborough", "New Michelleside", "New Daniel", "Smithberg", "New Jordanside", "Robertsonshire",
          "Maxwelltown", "Port Kelly", "Lake Amanda", "East Marcus", "Williamsfort", "North Tina", "Jonesview",
          "South Erica", "West Kevin", "Grantstad"]
NAICS = [("54: Professional, Scientific, and Technical Services", ["5411: Legal Services", "5412: Accounting Services", "5413: Architectural, Engineering, and Related Services"], "Professional Services"),
         ("23: Construction", ["2382: Building Equipment Contractors", "2381: Foundation, Structure, and Building Exterior Contractors", "2361: Residential Building Construction"], "Construction & Trades"),
         ("31-33: Manufacturing", ["3251: Basic Chemical Manufacturing", "3323: Architectural and Structural Metals Manufacturing", "3118: Bakeries and Tortilla Manufacturing"], "Logistics & Manufacturing"),
         ("62: Health Care and Social Assistance", ["6216: Home Health Care Services", "6231: Nursing Care Facilities", "6211: Offices of Physicians"], "Healthcare"),
         ("48-49: Transportation and Warehousing", ["4885: Freight Transportation Arrangement", "4931: Warehousing and Storage"], "Logistics & Manufacturing"),
         ("11: Agriculture, Forestry, Fishing, and Hunting", ["1111: Oilseed and Grain Farming"], "Agriculture"),
         ("52: Finance and Insurance", ["5223: Activities Related to Credit Intermediation", "5242: Agencies, Brokerages, and Other Insurance Related Activities"], "Financial Services"),
         ("72: Accommodation and Food Services", ["7225: Restaurants and Other Eating Places"], "Hospitality"),
         ("44-45: Retail Trade", ["4451: Grocery Stores"], "Retail")]
DISPOSITIONS = ["Voicemail"] * 652 + ["Connected - Interested"] * 305 + ["Left Message With Receptionist"] * 264 + \
               ["Sent Email/LinkedIn Message"] * 212 + ["Dead End Number"] * 150 + ["Connected - Not Interested"] * 140 + \
               ["Wrong Number"] * 90 + ["No Answer"] * 80 + ["Call Back Requested"] * 42
TITLES = ["Hiring Manager", "Head of HR", "Owner", "Office Manager", "Operations Manager", "HR Generalist", "President",
          "Plant Manager", "Recruiter"]
NOTES = ["Company and all hiring processes (except interviews) go through HQ in MD, so he wasn't sure about much of the "
         "behind the scenes. They offer paid on the job training. People not showing up for interviews is a very "
         "common issue.", "Office manager took the call, owner is out until next week. Call back Tuesday.",
         "Interested in the apprenticeship programme, wants the flyer by e-mail.",
         "Not hiring right now, seasonal hiring starts in spring.", "Asked to be removed from the list.",
         "Hiring two welders and a forklift driver, pay 22-25/hr. Send partner contacts.",
         "Spoke with HR, they already work with the state job centre."]
ORGS = ["Partner Organization 1", "Partner Organization 2", "Partner Organization 3", "Partner Organization 4",
        "Affiliate Program 1", "Affiliate Program 2", "Affiliate Program 3"]
POSITIONS = ["CNA (Certified Nursing Assistant)", "General Contractor", "Welder", "Mechanic", "LPN (Licensed Practical Nurse)",
             "RN (Registered Nurse)", "Electrician", "Plumber", "Forklift Operator", "Line Cook", "Warehouse Associate"]


def us_phone():
    area = f.r.randrange(201, 990)
    n = f"01{f.r.randrange(100):02d}"
    ext = f"x{f.r.randrange(10, 99999)}" if f.chance(0.45) else ""
    return f.pick([f"{area}.555.{n}", f"({area})555-{n}", f"001-{area}-555-{n}", f"+1-{area}-555-{n}",
                   f"{area}-555-{n}", f"{area}555{n}"]) + ext


def company_name():
    k = f.r.random()
    if k < 0.45:
        return f._unique(lambda: f"{f.pick(LAST)}-{f.pick(LAST)}")
    if k < 0.8:
        return f._unique(lambda: f"{f.pick(LAST)}, {f.pick(LAST)} and {f.pick(LAST)}")
    if k < 0.815:
        return f._unique(lambda: f"{f.pick(LAST)} and Sons")
    return f._unique(lambda: f"{f.pick(LAST)} {f.pick(LAST)} {f.pick(['LLC', 'Inc', 'Group', 'PLC', 'Ltd'])}")


def person():
    return f"{f.pick(FIRST)} {f.pick(LAST)}"


def org_list():
    return str(f.r.sample(ORGS, f.r.randrange(1, 7))) if f.chance(0.2) else ""


employers = []
for _ in range(1835):
    sector = f.pick(NAICS)
    employers.append({
        "company": company_name(),
        "street_address": f"{f.r.randrange(1, 99999)} {f.pick(STREET)}{f.pick(['', '', ' Apt. ' + str(f.r.randrange(100, 999)), ' Suite ' + str(f.r.randrange(100, 999))])}",
        "city": f.pick(CITIES), "zip_code": str(f.r.randrange(19700, 19999)),
        "naics_code_2_digit": sector[0] if f.chance(0.99) else "",
        "naics_code_4_digit": f.pick(sector[1]) if f.chance(0.84) else "",
        "industry_tag": sector[2] if f.chance(0.99) else "",
        "phone_number_called": us_phone(),
        "business_county": f.r.choices(["New Castle", "Sussex", "Kent"], [940, 839, 156])[0]})
calls = [dict(e) for e in employers]
for e in f.r.sample(employers, 100):
    calls.append(dict(e))                             # called a second time
f.r.shuffle(calls)

rows = []
record = 3
for i, c in enumerate(calls):
    record += f.pick([1, 1, 1, 2, 3])
    at = datetime.datetime(2024, 1, 1, 8) + datetime.timedelta(minutes=f.r.randrange(0, 62 * 24 * 60))
    disposition = f.pick(DISPOSITIONS)
    connected = disposition.startswith("Connected")
    contact = person()
    local = contact.lower().replace(" ", f.pick(["", ".", "_"]))
    row = {"": i, "ID": record, "call_at": at.strftime("%Y-%m-%d %H:%M:%S"),
           "caller_name": f.r.choices(["person1@hpgclient.test", "person2@hpgclient.test", "person3@hpgclient.test"], [1165, 514, 256])[0],
           "website": "", "number_called": "",
           "notes_general": f.pick(NOTES) if (connected or f.chance(0.5)) and f.chance(0.69) else "",
           "call_disposition": disposition,
           "call_duration_in_minutes": f"{f.r.randrange(2, 75)}.0" if connected and f.chance(0.5) else "",
           "contact_called": contact, "contact_title": f.pick(TITLES) if f.chance(0.25) else "",
           "contact_number": us_phone(), "contact_email": f"{local}{f.r.randrange(1, 99) if f.chance(0.4) else ''}@{f.pick(['example.com', 'example.org', 'example.net'])}",
           "call_back_later": f.r.choices(["", "Yes", "No"], [1867, 40, 28])[0],
           "call_back_date_time": (at + datetime.timedelta(days=f.r.randrange(1, 20))).strftime("%Y-%m-%dT%H:%M:00Z") if f.chance(0.82) else "",
           "is_call_back_completed": "",
           "company_employee_count": str(f.r.randrange(2, 400)) if connected and f.chance(0.5) else "",
           "company_revenue": "", "are_you_hiring": f.pick(["Yes", "Yes", "No"]) if connected and f.chance(0.55) else "",
           "trades_company_has": json.dumps(f.r.sample(["Plumbing", "Electrical", "HVAC", "Carpentry"], f.pick([1, 1, 2])), separators=(",", ":")) if connected and f.chance(0.1) else "",
           "aware_of_programs": f.pick(["Not familiar", "Yes, have used some programs before", "Somewhat familiar"]) if connected and f.chance(0.4) else "",
           "most_challenging_hiring_reasons": json.dumps(f.r.sample(["Not enough talent", "Competition with other employers", "Other", "Desire for onsite/in office work"], f.pick([1, 1, 2])), separators=(",", ":")) if connected and f.chance(0.25) else "",
           "most_difficult_jobs_to_fill": json.dumps(f.r.sample(["Specialized/technical jobs", "Entry-level jobs"], f.pick([1, 1, 2])), separators=(",", ":")) if connected and f.chance(0.15) else "",
           "what_benefits_are_effective_in_attracting_talent": json.dumps([f.pick(["Compensation", "Health insurance coverage", "Flexible work schedule"])]) if connected and f.chance(0.05) else "",
           "send_follow_up_email": f.r.choices(["", "Yes", "No"], [1700, 219, 16])[0], "sent_follow_up_email_at": ""}
    for key in ("state_business_resources_previously_worked_with", "outside_organizations_previously_worked_with",
                "state_business_resources_suggested_but_not_connected", "outside_organizations_suggested_but_not_connected",
                "connect_with_state_business_resources", "connect_with_outside_organizations"):
        row[key] = org_list()
    for n in range(1, 6):
        open_job = n <= 3 and connected and f.chance(0.2 / n)
        row[f"position_{n}_title"] = f.pick(POSITIONS) if open_job and f.chance(0.7) else ""
        row[f"position_{n}_number_of_open_positions"] = f"{f.pick([1, 1, 2, 3, 5])}.0" if open_job else ""
        row[f"position_{n}_hourly_pay_rate"] = (str(f.r.randrange(15, 50)) if n == 1 else f"{f.r.randrange(15, 50)}.0") if open_job and f.chance(0.6) else ""
    if i == 17:
        row["company_revenue"] = "20,000,000"
    row.update(c)
    rows.append(row)

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "calls-en-us-workforceoutreach.csv"), "w", encoding="utf-8", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(HEAD)
    for r in rows:
        w.writerow([r[h] for h in HEAD])
