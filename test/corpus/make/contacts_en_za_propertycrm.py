"""
Shape of johan7610/hfc-dash "Contacts.xlsx": a South Coast (KwaZulu-Natal) estate agency's contact
export from its property CRM, written by the CRM's server (no application properties), one sheet
"Contacts" of 6,754 rows; here 2,000.

- Header on row 1, grey fill: Category / Name / Surname / Email / Cell / Phone / Type / *ID Number /
  BirthDay / Tags / Source / Address / Wish Lists / Matches / SMS / Emails / WhatsApp / Opt-In /
  Agents / Loaded / Modified / Last Contacted / Additional Info. Text columns formatted "@".
- Sorted by Name. Category Person or Entity (companies, CCs, trusts, a body corporate, one
  property typed as a name). Name holds a first name, initials ("A J"), a title ("MR", "DR") with the
  rest of the name in Surname, a first name only (no surname), or for entities the whole name.
- Cell: ten-digit text mobiles, some +27…, a few foreign numbers, two numbers joined with ", ",
  some empty. Phone (landline) almost always empty.
- Type: empty on most rows, else Lead / Seller / Owner / Tenant / Buyer / Other or several joined
  ("Seller, Owner"). Tags mixes gender, language and roles (Female, "English, Male", Owner).
- *ID Number: thirteen-digit South African ID numbers as text (some with a digit missing or one too
  many), BirthDay a date on nearly the same rows (the empty BirthDay cells carry a quoted '"d MMM yyyy"'
  format).
- Source: Telephonic Canvassing, Property24, Telephonically, Home Owner, Own Website, Referral,
  "Property 24", lower-case "buyer" / "seller" …; Address a street address, partial or in capitals.
- Wish Lists / Matches / SMS / Emails / WhatsApp are counters; Opt-In Checked / Unchecked; Agents
  the agent (or two joined with " and "); Loaded / Modified / Last Contacted date-times with
  milliseconds; Additional Info the portal's enquiry text (with the enquirer's e-mail and +27 mobile)
  or the canvasser's note.
- The same person captured twice by two agents (same name, same cell), and family members sharing
  one cell under different names.
Values invented.
"""
import datetime

from openpyxl.styles import PatternFill

from fake import FIRST_EN, LAST_EN, Fake, save, workbook

f = Fake("contacts-en-za-propertycrm")

FIRST = FIRST_EN + ["Annalise", "Hennie", "Karien", "Marjorie", "Nozuko", "Purushotham", "Sandra", "Vasudeva",
                    "Thandeka", "Sipho", "Zanele", "Pieter", "Elsabe", "Riaan", "Johan", "Lerato", "Ayanda",
                    "Desmond", "Priya", "Kavitha", "Francois", "Marietjie", "Bongani", "Nomvula", "Charl", "Wilma",
                    "Deon", "Sunette", "Rajesh", "Yusuf", "Fatima", "Lindiwe", "Gerhard", "Anika", "Themba"]
LAST = LAST_EN + ["Du Preez", "Naidoo", "Pillay", "Botha", "Van der Merwe", "Mhlanga", "Khumalo", "Nel",
                  "Ferreira", "Govender", "Reddy", "Dlamini", "Coetzee", "Pretorius", "Ndlovu", "Van Wyk",
                  "De Swardt", "Maharaj", "Louw", "Joubert", "Zulu", "Moodley", "Ngcobo", "Steyn", "Appleton",
                  "Ballgobin", "Calgaro", "Lobel", "Reinders", "Meaker", "Olivier", "Akhalwaya", "Telford", "Greeff",
                  "Hattingh", "Jansen", "Kruger", "Liebenberg", "Mostert", "Oosthuizen", "Potgieter", "Rautenbach",
                  "Swanepoel", "Theron", "Uys", "Vermaak", "Wessels", "Xaba", "Yende", "Zondi", "Bezuidenhout",
                  "Cele", "Dube", "Erasmus", "Fourie", "Gumede", "Hlongwane", "Isaacs", "Jacobs", "Kemp", "Lombard",
                  "Mkhize", "Nkosi", "Ogle", "Padayachee", "Rossouw", "Singh", "Sithole", "Terblanche", "Vorster",
                  "Whitehead", "Chetty", "Gounden", "Hendricks", "Mahlangu", "Nair", "Pienaar", "Rademeyer"]
ENTITY_WORDS = ["Adaptor", "Bayview", "Coastline", "Driftwood", "Emerald", "Fairwind", "Harbour", "Ilanga",
                "Kingfisher", "Lagoon", "Marina", "Oceanic", "Palm", "Seagull", "Umzimkulu", "Waterberg"]
ENTITY_TAILS = ["CC", "Pty Ltd", "(PTY) LTD", "Family Trust", "Investments", "Properties Pty Ltd",
                "Proprietary Limited", "Body Corporate", "Trust-Trustees", "INC CC", "Holdings"]
TOWNS = ["Shelly Beach", "Margate", "Ramsgate", "Uvongo", "Hibberdene", "Port Edward", "Munster", "Umtentweni",
         "Manaba Beach", "Southbroom", "Pumula", "Port Shepstone"]
STREETS = ["Marine Drive", "Lena Road", "Catalina Drive", "Lincoln Avenue", "Duke Road", "Ashmead Drive",
           "Stafford Avenue", "Abingdon Road", "Sallmon Drive", "Seaview Road", "Beach Road", "Outlook Road"]
COMPLEXES = ["Surf Bay Sands", "Villa Sering", "Grace Manor", "Arista", "The Tydes", "Sentosa", "Lyndhurst",
             "Ilala Cabanas", "Pumula Flats", "Sea Breeze", "Casa Mia"]
AGENTS = ["Kym Pollard", "Falan du Bois", "Maggie Venter", "Retha Kelly", "Shawn du Bois", "Gerda Baard",
          "Nthabiseng Sutherland", "Jenny Reichel", "Angelique Venter", "Barbara Jackson", "Johan Reichel",
          "Dru de Bruyn", "Caitlyn Banha", "Lize Olivier", "Sean Mathews"]
AGENT_W = [800, 773, 671, 494, 485, 465, 464, 457, 406, 339, 262, 223, 120, 80, 40]
SOURCES = ["Telephonic Canvassing", None, "Property24", "Telephonically", "Home Owner", "Own Website", "Referral",
           "Property 24", "Buyers List", "Private Property", "Old Client", "buyer", "Tenant", "Phone In", "seller",
           "WhatsApp", "Networking", "Call Off Board", "Friend / Family", "Walk-In Client", "tele"]
SOURCE_W = [2865, 1075, 1040, 393, 335, 114, 112, 87, 82, 74, 67, 62, 55, 41, 40, 26, 19, 18, 17, 16, 10]
TYPES = [None, "Lead", "Seller", "Owner", "Tenant", "Buyer", "Other", "Seller, Owner", "Buyer, Lead",
         "Buyer, Seller", "Lead, Buyer", "Owner, Seller", "Prospective Seller", "Attorney", "Agent"]
TYPE_W = [4220, 1193, 568, 404, 80, 73, 71, 34, 23, 13, 10, 8, 4, 4, 3]
TAGS = [None, "Female", "Male", "Other", "Owner", "Tenant", "Lead", "English, Male", "Female, English",
        "Afrikaans, Female", "owner", "Phone-In", "Afrikaans, Age 30+, Female"]
TAG_W = [5797, 349, 321, 71, 68, 67, 36, 10, 5, 2, 2, 2, 1]
CANVASS_NOTES = ["Not selling", "Sold", "Send SMS - No Answer", "No answer - send business card",
                 "Not available, will try again later", "Number does exist", "Send WhatsApp to schedule a phone call",
                 "Client in a meeting - Did send my business card", "No response", "Will consider selling next year",
                 "Renting out, not selling", "Wants a valuation first"]
PREFIXES = ["82", "83", "72", "73", "84", "60", "71", "79", "76", "81"]


def cell_number():
    return f"0{f.pick(PREFIXES)}555{f.r.randrange(10000):04d}"


def id_number(born, male):
    seq = f.r.randrange(5000, 9999) if male else f.r.randrange(0, 4999)
    return f"{born:%y%m%d}{seq:04d}08{f.r.randrange(10)}"


def address():
    k = f.r.random()
    if k < 0.45:
        return (f"{f.r.randrange(1, 60)} {f.pick(COMPLEXES)}, {f.r.randrange(1, 200)} {f.pick(STREETS)}, "
                f"{f.pick(TOWNS)}, Margate, KwaZulu Natal, {f.pick(['4265', '4275', '4240'])}")
    if k < 0.75:
        return f"{f.r.randrange(1, 300)} {f.pick(STREETS)}, {f.pick(TOWNS)}, KwaZulu Natal"
    if k < 0.9:
        return f"{f.r.randrange(1, 60)} {f.pick(COMPLEXES)}"
    return f"{f.r.randrange(1, 2000)} {f.pick(STREETS).upper()} {f.pick(TOWNS).upper()}"


def stamp(start, end):
    d = f.date(start, end)
    return datetime.datetime(d.year, d.month, d.day, f.r.randrange(6, 22), f.r.randrange(60), f.r.randrange(60),
                             f.r.randrange(1000) * 1000)


contacts = []
used_cells = set()
used_names = set()
N = 2000
while len(contacts) < N - 24:
    entity = f.chance(0.016)
    male = f.chance(0.5)
    if entity:
        name = f"{f.pick(ENTITY_WORDS)} {f.pick(ENTITY_TAILS)}"
        if f.chance(0.2):
            name = name.upper() if f.chance(0.5) else name.lower()
        surname = None
        if name.lower() in used_names:
            continue
        used_names.add(name.lower())
    else:
        k = f.r.random()
        first, last = f.pick(FIRST), f.pick(LAST)
        if k < 0.06:
            name, surname = f.pick("ABCDEFGHJKLMNPRST") + f.pick(["", " " + f.pick("ABCDEJMP")]), last
        elif k < 0.075:
            name, surname = f.pick(["MR", "MRS", "DR", "MS"]), f.pick([f"{first} {last}", last, first])
        elif k < 0.195:
            name, surname = first, None
        elif k < 0.2:
            name, surname = first.upper(), last.upper()
        else:
            name, surname = (first + " " + f.pick(FIRST) if f.chance(0.08) else first), last
        if (name, surname) in used_names and not f.chance(0.04):
            continue
        used_names.add((name, surname))
    source = f.r.choices(SOURCES, SOURCE_W)[0]
    portal = source in ("Property24", "Property 24", "Private Property", "Own Website")
    cell = None if f.chance(0.017) else cell_number()
    while cell in used_cells:
        cell = cell_number()
    used_cells.add(cell)
    shown = cell
    if cell and f.chance(0.013):
        shown = "+27" + cell[1:]
    elif cell and f.chance(0.004):
        shown = f"+44{f.r.randrange(7000, 7999)}555{f.r.randrange(1000):03d}"
    elif cell and f.chance(0.004):
        shown = f"{cell}, {cell_number()}"
    local = (name.split()[0] + (surname or "").replace(" ", "")).lower().replace(".", "")
    email = f.email(f"{local}{f.r.randrange(1, 99)}") if (portal or f.chance(0.2)) and not entity else None
    born = f.date(datetime.date(1940, 1, 1), datetime.date(2001, 12, 31))
    has_id = not entity and not portal and f.chance(0.62)
    idno = id_number(born, male) if has_id else None
    if idno and f.chance(0.01):
        idno = idno[:-1] if f.chance(0.5) else idno + str(f.r.randrange(10))
    bday = born if has_id or (not entity and f.chance(0.02)) else None
    loaded = stamp(datetime.date(2024, 9, 1), datetime.date(2026, 2, 28))
    modified = loaded + datetime.timedelta(days=f.r.choice([0, 0, 1, 5, 30, 90]), seconds=f.r.randrange(3600))
    contacted = None
    if portal or f.chance(0.3):
        contacted = modified + datetime.timedelta(days=f.r.randrange(0, 60), seconds=f.r.randrange(86400))
    agent = f.r.choices(AGENTS, AGENT_W)[0]
    if f.chance(0.02):
        agent = f"{agent} and {f.pick([a for a in AGENTS if a != agent])}"
    full = name if surname is None else f"{name} {surname}"
    if portal:
        ref = f.r.randrange(105000000, 117000000)
        m = f"+27{cell[1:]}" if cell else ""
        info = f.pick([f"I'm interested in this property, please contact me. {ref}. ",
                       f"A WhatsApp enquiry for this property has been sent. {ref}. ",
                       f"Please send me more information about this web reference P24-{ref} in {f.pick(TOWNS)}. {ref}. "])
        info += f"Lead enquiry from {full} (e:{email or ''}; m:{m}) via {'Private Property' if source == 'Private Property' else 'Property24'}"
        if f.chance(0.1):
            info += "\n\n" + f.pick(CANVASS_NOTES)
        ctype = f.pick(["Lead", "Lead", "Lead", "Buyer, Lead", None])
    else:
        info = f.pick(CANVASS_NOTES) if f.chance(0.28) else None
        ctype = f.r.choices(TYPES, TYPE_W)[0]
        if ctype == "Lead":
            ctype = "Seller"
    contacts.append({
        "cat": "Entity" if entity else "Person", "name": name, "surname": surname, "email": email, "cell": shown,
        "phone": f"03{f.r.randrange(1, 9)}555{f.r.randrange(10000):04d}" if f.chance(0.004) else None,
        "type": ctype, "id": idno, "bday": bday, "tags": f.r.choices(TAGS, TAG_W)[0], "source": source,
        "address": address() if (not portal and f.chance(0.75)) else None,
        "wish": f.r.choices([0, 1, 2], [5852, 694, 208])[0], "matches": f.r.choices([0, 1, 2, 3, 5], [6041, 101, 72, 61, 106])[0],
        "sms": f.r.choices([0, 1, 2], [6503, 246, 5])[0], "emails": f.r.choices([0, 1, 2, 3], [6513, 193, 34, 7])[0],
        "wa": f.r.choices([0, 1, 2, 3, 4], [5636, 567, 202, 140, 122])[0],
        "optin": "Checked" if f.chance(0.75) else "Unchecked", "agent": agent, "loaded": loaded, "modified": modified,
        "contacted": contacted, "info": info,
    })

# The same person captured twice by another agent (same name and cell), and relatives sharing a cell.
persons = [c for c in contacts if c["cat"] == "Person" and c["cell"] and c["surname"] and "," not in c["cell"]]
twice = f.r.sample(persons, 14)
for c in twice:
    d = dict(c)
    d["agent"] = f.pick([a for a in AGENTS if a != c["agent"]])
    d["loaded"] = stamp(datetime.date(2025, 3, 1), datetime.date(2026, 2, 28))
    d["modified"] = d["loaded"]
    d["contacted"] = None
    d["source"] = f.pick(["Telephonic Canvassing", "Telephonically", c["source"]])
    d["info"] = None
    contacts.append(d)
for c in f.r.sample([p for p in persons if p not in twice], 10):
    d = dict(c)
    d["name"] = f.pick([n for n in FIRST if n != c["name"]])
    d["email"] = None
    d["id"] = d["bday"] = None
    d["tags"] = f.pick(["Female", "Male", None])
    d["info"] = f.pick([f"Wife of {c['name']} {c['surname']}", "Husband is the owner", None])
    contacts.append(d)

contacts.sort(key=lambda c: (c["name"].lower(), (c["surname"] or "").lower()))

wb = workbook()
ws = wb.active
ws.title = "Contacts"
ws.append(["Category", "Name", "Surname", "Email", "Cell", "Phone", "Type", "*ID Number", "BirthDay", "Tags", "Source",
           "Address", "Wish Lists", "Matches", "SMS", "Emails", "WhatsApp", "Opt-In", "Agents", "Loaded", "Modified",
           "Last Contacted", "Additional Info"])
grey = PatternFill("solid", fgColor="FF808080")
for c in ws[1]:
    c.fill = grey
for c in contacts:
    ws.append([c["cat"], c["name"], c["surname"], c["email"], c["cell"], c["phone"], c["type"], c["id"],
               datetime.datetime.combine(c["bday"], datetime.time()) if c["bday"] else None, c["tags"], c["source"],
               c["address"], c["wish"], c["matches"], c["sms"], c["emails"], c["wa"], c["optin"], c["agent"],
               c["loaded"], c["modified"], c["contacted"], c["info"]])
    r = ws.max_row
    for col in (2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 19, 23):
        ws.cell(r, col).number_format = "@"
    ws.cell(r, 9).number_format = "d\\ MMM\\ yyyy" if c["bday"] else '"d MMM yyyy"'
    ws.cell(r, 20).number_format = "d\\ MMM\\ yyyy\\ HH:mm\\ AM/PM"
    ws.cell(r, 21).number_format = "d\\ MMM\\ yyyy"
    ws.cell(r, 22).number_format = "d\\ MMM\\ yyyy"

save(wb, "contacts-en-za-propertycrm.xlsx")
