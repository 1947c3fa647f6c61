"""
Shape of ankit-120/google-maps-leads-scraper leads.xlsx: a Google Maps scrape of local businesses
(dental clinics in one city) saved by pandas — one sheet "Sheet1", header Name, Rating, Reviews,
Phone, Website, Address; names with taglines ("X Dental Clinic - Best Dental Clinic in …"),
ratings as text ("4.8"), an empty Reviews column, Indian landlines and mobiles with a space
("090000 12345"), website links with tracking parameters or a social page, long addresses ending
in the PIN code, some rows with no phone or website, and the same business scraped twice. Values
invented.
"""
from fake import Fake, workbook, save

f = Fake("leads-en-in-maps")
AREAS = ["Velachery", "Adyar", "Taramani", "Guindy", "Madipakkam", "Thiruvanmiyur"]
ROADS = ["Velachery Main Rd", "Bypass Rd", "7th Main Rd", "Taramani Link Rd", "Gandhi St", "LB Rd"]
STEMS = ["Smile Arc", "Pearl", "Bright Tooth", "Enamel", "Molar Care", "Sunrise", "Lotus", "Crown",
         "Apex", "Grace", "Kavya", "Sri Balaji", "Dentique", "Ivory", "Orbit", "Nila", "Vasan",
         "Toothsome", "Harmony", "Zenith", "Evergreen", "Maple", "Aura", "Kiran", "Dentcraft",
         "Radiant", "Comfort", "Silverline", "Trident", "Pristine"]
KINDS = ["Dental Clinic", "Dental Care", "Dentistry", "Dental Centre", "Multispeciality Dental Clinic"]


def phone():
    n = f.mobile_in()
    return f"0{n[:5]} {n[5:]}"


rows = []
for i, stem in enumerate(STEMS):
    area = f.pick(AREAS)
    name = f"{stem} {f.pick(KINDS)}"
    if i % 7 == 1:
        name += f", {area} - Best Dental Clinic in Chennai - Root Canals, Aligners, Implants"
    elif i % 5 == 2:
        name += f" - {area}, Chennai"
    slug = stem.lower().replace(" ", "")
    website = None if i % 4 == 3 else (
        f"https://www.instagram.example.com/{slug}_dental/" if i % 9 == 4
        else f"https://{slug}.example.com/?utm_source=gmb&utm_medium=website+button")
    address = (f"No.{f.r.randrange(1, 90)}, {f.pick(['1st floor, ', 'Ground Floor, ', ''])}"
               f"{f.pick(ROADS)}, {area}, Chennai, Tamil Nadu 6000{f.r.randrange(10, 99)}")
    rows.append([name, f"{f.r.randrange(38, 51) / 10:.1f}", None, None if i % 6 == 5 else phone(),
                 website, address])
# The scraper paged over the same results twice for a few of them.
rows += [list(rows[0]), list(rows[3]), list(rows[8]), list(rows[15])]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Name", "Rating", "Reviews", "Phone", "Website", "Address"])
for row in rows:
    ws.append(row)
save(wb, "leads-en-in-maps.xlsx")
