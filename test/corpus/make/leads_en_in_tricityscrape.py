"""
Shape of Celestiatech/resturnat "Leads.xlsx": a web agency's prospect list of local businesses in
Chandigarh, Mohali, Panchkula and Zirakpur, scraped from Google Maps by a lead tool and audited
for website problems, to be called or messaged with an offer.

- Sheet "fresh_1000_master" (first tab): no values at all, only formatted cells (the sheet's
  dimension reads D20:L288) — an earlier paste that was cleared.
- Sheet "fresh_1000_master (1)": header on row 1 in plain lower-case snake_case, 21 columns:
  source / keyword / niche / city / name / address / phone / whatsapp_number / has_whatsapp /
  website / rating / reviews / category / email / linkedin / twitter / facebook / instagram /
  contact_page / issues / lead_score; 289 rows in 20 keyword groups ("pet shops in Panchkula",
  "salons in Mohali", "restaurants in Zirakpur company" …, 1 to 20 rows each), source always
  "Google Maps".
- address and phone start with a Google Maps icon glyph (U+E0C8, U+E0B0) and a line break before
  the text; phones as shown on Maps ("098150 85777", landlines "0172 440 1234"), one "+91…"
  spelling and one bare number stored as a number; 16 rows (the hotels) without niche, phone or
  category.
- city is the scraper's misparse: the address's second part ("Ground Floor", "Sector 14",
  "opp. …"), a number on 11 rows, a date on one.
- whatsapp_number: a number (float) on 141 rows, often not a phone at all; has_whatsapp True/False.
- rating a float; reviews a float, text like "4.4(7" on two rows; category = niche.
- email / social links / contact_page on some rows; issues: website audit notes joined with "; ";
  lead_score a small float.
- Two names occur twice, each time two different branches (other address and phone).
Values invented (phones in the 90000 range or 0172 555 0xxx, e-mail at example domains).
"""
import datetime

from fake import Fake, save, workbook

f = Fake("leads-en-in-tricityscrape")
ICON_PIN, ICON_PHONE = "\ue0c8\n", "\ue0b0\n"

GROUPS = [("pet shops in Panchkula", 20), ("pet shops in Panchkula company", 1), ("salons in Mohali", 19),
          ("restaurants in Zirakpur company", 20), ("clinics in Chandigarh", 20), ("gyms in Mohali", 20),
          ("gyms in Mohali company", 3), ("cafes in Panchkula", 20), ("dentists in Chandigarh company", 18),
          ("real estate agents in Mohali", 20), ("real estate agents in Mohali company", 1),
          ("coaching centers in Panchkula", 20), ("coaching centers in Panchkula company", 2),
          ("pharmacies in Mohali", 20), ("mobile shops in Chandigarh", 20), ("electronics stores in Mohali company", 9),
          ("hotels in Chandigarh", 16), ("furniture stores in Panchkula", 20), ("furniture stores in Panchkula company", 2),
          ("book stores in Chandigarh", 18)]
NICHES = {
    "pet": ["Pet store", "Pet store", "Pet supply store", "Pet groomer", "Dog breeder", "Veterinarian"],
    "salon": ["Beauty Parlour", "Beauty Parlour", "Hairdresser", "Health and beauty shop"],
    "restaurant": ["Restaurant", "North Indian restaurant", "Chinese restaurant", "Brewpub", "Family restaurant", "Cafe"],
    "clinic": ["Medical clinic", "Skin care clinic", "Dermatologist", "Doctor", "Hospital", "ENT Specialist", "Pediatrician"],
    "gym": ["Gym", "Gym", "Fitness center"],
    "cafe": ["Cafe", "Cafe", "Coffee shop", "Patisserie", "Fast food restaurant"],
    "dentist": ["Dental clinic", "Dental clinic", "Dentist", "Cosmetic dentist", "Orthodontist"],
    "real": ["Real estate consultant", "Industrial real estate agency", "Real estate agent"],
    "coaching": ["Coaching Center", "Coaching Center", "Educational institution", "Tutoring service", "English language school"],
    "pharmac": ["Pharmacy", "Pharmacy", "Drug store"],
    "mobile": ["Cell phone store", "Cell phone store", "Mobile phone repair shop"],
    "electronics": ["Electronics store", "Electronics Company", "Electronics wholesaler"],
    "hotels": [None],
    "furniture": ["Furniture store", "Furniture Manufacturer", "Furniture maker", "Office furniture store", "Carpenter"],
    "book": ["Book store", "Book store", "Stationery store", "Medical Book Store"],
}
NOUNS = {
    "pet": ["Pet Mall", "Pet Store", "Pets World", "Pet Shoppee", "Kennel", "Pet Corner"],
    "salon": ["Salon", "Unisex Salon", "Beauty Lounge", "Makeover Studio", "Hair Studio"],
    "restaurant": ["Dhaba", "Kitchen", "Restaurant", "Bistro", "Rasoi", "Grill House"],
    "clinic": ["Clinic", "Health Clinic", "Skin Clinic", "Child Care Clinic", "Hospital"],
    "gym": ["Fitness", "Gym", "Fitness Studio", "Power Gym", "Health Club"],
    "cafe": ["Cafe", "Coffee House", "Bakers", "Brew Cafe", "Tea Point"],
    "dentist": ["Dental Clinic", "Dental Care", "Smile Studio", "Dental & Implant Centre"],
    "real": ["Properties", "Realty", "Estates", "Property Consultants", "Real Estate"],
    "coaching": ["Academy", "Classes", "Institute", "Coaching Centre", "Tutorials"],
    "pharmac": ["Medicos", "Pharmacy", "Chemists", "Medical Store", "Drug House"],
    "mobile": ["Mobile Point", "Telecom", "Mobile Hub", "Phone Care", "Communication"],
    "electronics": ["Electronics", "Digital", "Electricals", "Appliances"],
    "hotels": ["Hotel", "Residency", "Inn", "Stay", "Regency"],
    "furniture": ["Furniture", "Furnishers", "Interiors", "Woodcraft", "Furniture House"],
    "book": ["Book Depot", "Book Store", "Stationers", "Books & Gifts", "Book Centre"],
}
WORDS = ["Royal", "Shiva", "Sai", "Green Leaf", "Urban", "Sunrise", "Tricity", "Golden", "Happy", "Star", "Shree Ram",
         "Blue Bird", "New Age", "Classic", "Prime", "Krishna", "City", "Lotus", "Silver Oak", "Metro", "Om", "Fresh",
         "Apex", "Guru Kirpa", "Maple", "Elite", "Bright", "Noble", "Pearl", "Zen"]
PLACES = {"Panchkula": ["Sector 5", "Sector 9", "Sector 11", "Sector 14", "Sector 20", "Mansa Devi Complex", "Swastik Vihar"],
          "Mohali": ["Phase 5", "Phase 7", "Sector 70", "Sector 79", "Industrial Area Phase 2", "Phase 11"],
          "Chandigarh": ["Sector 17", "Sector 22C", "Sector 35", "Industrial Area Phase 1", "Manimajra", "Sector 8"],
          "Zirakpur": ["VIP Road", "Patiala Road", "Dhakoli", "Baltana", "Lohgarh"]}
PINS = {"Panchkula": ("Haryana", 134109), "Mohali": ("Punjab", 160055), "Chandigarh": (None, 160017), "Zirakpur": ("Punjab", 140603)}
ISSUES = ["Missing meta description; No contact page link found; No clear call-to-action (CTA)", "No SSL (site not secure)",
          "Missing meta description", "No clear call-to-action (CTA)", "Website unreachable (DNS lookup failed)",
          "No contact page link found; No clear call-to-action (CTA)", "Website unreachable (HTTP 400)",
          "Website unreachable (HTTP 404)", "Website unreachable (HTTP 403)", "No SSL (site not secure); Missing meta description"]
SCORES = [2.0] * 10 + [5.0] * 4 + [11.0] * 3 + [12.0] * 3 + [8.0] * 3 + [9.0, 9.0, 0.0, 10.0, 13.0, 7.0, 6.0, 3.0]

HEADER = ["source", "keyword", "niche", "city", "name", "address", "phone", "whatsapp_number", "has_whatsapp",
          "website", "rating", "reviews", "category", "email", "linkedin", "twitter", "facebook", "instagram",
          "contact_page", "issues", "lead_score"]

rows = []
used = set()
for keyword, n in GROUPS:
    kind = next(k for k in NICHES if k in keyword)
    town = next(t for t in PLACES if t in keyword)
    for _ in range(n):
        while True:
            nm = f"{f.pick(WORDS)} {f.pick(NOUNS[kind])}"
            if f.chance(0.25):
                nm += f.pick([f" - {town}", f" | Best {f.pick(NOUNS[kind])} in {town}", f" {town}"])
            if nm not in used:
                used.add(nm)
                break
        niche = f.pick(NICHES[kind])
        area = f.pick(PLACES[town])
        floor = f.pick([None, None, None, "Ground Floor", "First Floor", "near Bus Stand", "opp. HDFC Bank"])
        state, pin = PINS[town]
        parts = [f"{f.pick(['SCO', 'Shop No.', 'Booth No', 'Plot No', 'SCF', 'House No'])} {f.r.randrange(1, 400)}"]
        if floor:
            parts.append(floor)
        parts += [area, town] + ([f"{state} {pin + f.r.randrange(0, 9)}"] if state else [str(pin + f.r.randrange(0, 40))])
        address = ICON_PIN + ", ".join(parts)
        city = parts[1]
        if niche is None or f.chance(0.06):
            phone = ICON_PHONE + (f"0172 555 0{f.r.randrange(100, 999)}" if f.chance(0.5) else
                                  f"0{f.mobile_in()[:5]} {f.mobile_in()[5:]}")
        else:
            m = f.mobile_in()
            phone = ICON_PHONE + f"0{m[:5]} {m[5:]}"
        website = None
        slug = "".join(ch for ch in nm.lower().split(" |")[0].split(" -")[0] if ch.isalnum())
        if f.chance(0.62):
            website = f"https://{slug}.example.com/"
        wa = None
        if f.chance(0.49):
            wa = float(f.pick([f"91{f.mobile_in()}", str(f.r.randrange(10 ** 7, 10 ** 9)),
                               str(f.r.randrange(10 ** 12, 10 ** 14)), f.mobile_in()]))
        rating = round(f.r.uniform(3.0, 5.0), 1)
        reviews = float(f.r.randrange(1, 1800))
        email = f.email(slug[:12]) if website and f.chance(0.5) else None
        social = website is not None and f.chance(0.5)
        row = ["Google Maps", keyword, niche, city, nm, address, phone, wa, wa is not None, website, rating, reviews,
               niche, email,
               f"https://in.linkedin.com/company/{slug}" if social and f.chance(0.35) else None,
               f"https://twitter.com/{slug}" if social and f.chance(0.4) else None,
               f"https://www.facebook.com/{slug}" if social else None,
               f"https://www.instagram.com/{slug}/" if social and f.chance(0.9) else None,
               f"{website}contact" if website and f.chance(0.6) else None,
               f.pick(ISSUES) if website and f.chance(0.75) else None,
               f.pick(SCORES) if website else f.pick([2.0, 2.0, 0.0])]
        if niche is None:
            row[6] = None
        rows.append(row)

# the scraper's misparses and odd spellings, at fixed places
for i, v in zip([1, 62, 64, 97, 128, 156, 185, 192, 233, 244, 248], [75.0, 5867.0, 11.0, 37.0, 1154.0, 1.0, 105.0, 32.0, 1.0, 903.0, 174.0]):
    rows[i][3] = v
rows[89][3] = datetime.datetime(2026, 1, 2)
rows[63][11], rows[66][11] = "4.4(7", "4.8(5"
rows[75][6] = "+91" + f.mobile_in()
rows[76][6] = float(f.mobile_in())
# two names that are two branches each
rows[8][4] = rows[4][4]
rows[30][4] = rows[25][4]

wb = workbook()
ws0 = wb.active
ws0.title = "fresh_1000_master"
for r in range(20, 289):
    for c in range(4, 13):
        ws0.cell(r, c).number_format = "@"
ws = wb.create_sheet("fresh_1000_master (1)")
ws.append(HEADER)
for row in rows:
    ws.append(row)

save(wb, "leads-en-in-tricityscrape.xlsx")
print(len(rows), rows[4][4], rows[25][4])
