"""
Shape of shivam1111/vapelife "crm.lead.csv": an e-liquid wholesaler's leads exported from Odoo 8's
CRM in its import-compatible CSV (every field quoted, CRLF between records, LF inside the notes).

- 33 technical headers in Odoo's order: id / active / contact_name / company_id/id / country_id/id /
  create_uid/id / partner_name / date_field / email_from / how_met / mobile / description /
  payment_mode/id / phone / lead_type / account_type / type / title/id / probability / user_id/id /
  ref / street / street2 / name / source_id/id / priority / message_bounce / medium_id/id / city /
  date_deadline / planned_revenue / fax / partner_id/id. Many-to-one fields as external ids
  ("__export__.crm_lead_522", "base.us", "__export__.res_users_5").
- 471 leads met at trade shows (Champs, ASD, TPC, BIG): partner_name is the shop or distributor,
  contact_name the person (a first name, "Nina or Mike", empty on some); name the lead's title
  built from the show, date and shop ("Champs_LV_2/16-Gregorio ", "ASD, LV, 2015, Smoke and
  Decor"); description the rep's multi-line notes; how_met, lead_type (Hot / Warm Lead),
  account_type and date_field filled on a minority; priority Normal … Very Very High; probability
  and planned_revenue 0.0 and type "Lead" everywhere; phones in any spelling, with a leading space,
  two numbers in one cell, an extension.
- Shops met at two shows appear twice, with their name in another case or with a trailing space;
  one lead exported twice identically; a smoke-shop chain has three leads, one per store; four
  leads have no partner_name, only the contact's name.
Values invented.
"""
import csv
import os

from fake import FILES, Fake

f = Fake("leads-en-us-odoovape")

HEAD = ["id", "active", "contact_name", "company_id/id", "country_id/id", "create_uid/id", "partner_name", "date_field",
        "email_from", "how_met", "mobile", "description", "payment_mode/id", "phone", "lead_type", "account_type",
        "type", "title/id", "probability", "user_id/id", "ref", "street", "street2", "name", "source_id/id",
        "priority", "message_bounce", "medium_id/id", "city", "date_deadline", "planned_revenue", "fax",
        "partner_id/id"]
SHOP_A = ["Cloud", "Smoke", "Vapor", "Puff", "Haze", "Ember", "Blaze", "Mist", "Ohm", "Coil", "Drip", "Nimbus", "Zen",
          "Lucky", "Royal", "Urban", "Desert", "Coastal", "Mountain", "Metro", "Vegas", "Sunset", "Liberty", "Golden",
          "Purple", "Green Leaf", "Red Rock", "Blue Moon", "Silver", "Diamond", "Hookah", "Glass", "Kings", "Tiki"]
SHOP_B = ["Vapes", "Vape Shop", "Smoke Shop", "Vapor Lounge", "Tobacco", "Glass & Gifts", "Distributors",
          "Wholesale", "Imports", "Hookah Lounge", "Smoke & Vape", "Novelties", "Mart", "Supply", "E-Cig",
          "Vape Bar", "Trading", "Smokes", "Headshop", "Gas & Go"]
FIRST = ["Gregorio", "Samad", "Brad", "Jack", "Tariq", "Rex", "John", "Clyde", "Nina", "Rajiv", "Rick", "Oli", "Lauren",
         "Frank", "Stephanie", "Michael", "Alfredo", "Donny", "Larry", "Joseph", "Mike", "Danny", "Austin", "Priya",
         "Hector", "Omar", "Sal", "Tony", "Kim", "Dee", "Raj", "Ahmed", "Luis", "Maria", "Kevin", "Pete", "Sandy",
         "Ravi", "Jamal", "Carmen", "Eddie", "Yusuf", "Vince", "Gina", "Marco", "Bilal", "Trent", "Dave"]
LAST = ["Beck", "Weeks", "Hawes", "Moore", "Berk", "Chauhan", "Villa", "Castro", "Nguyen", "Patel", "Ortiz", "Kline",
        "Hassan", "Romero", "Fields", "Dunn", "Shah", "Baker", "Lowe", "Grant"]
CITIES = [("Las Vegas", "base.us", "702"), ("Chula Vista", "base.us", "619"), ("Decatur", "base.us", "404"),
          ("Chattanooga", "base.us", "423"), ("Scranton", "base.us", "570"), ("Phoenix", "base.us", "602"),
          ("Tacoma", "base.us", "253"), ("Seattle ", "base.us", "206"), ("Denver", "base.us", "303"),
          ("Grove City", "base.us", "614"), ("Packwood", "base.us", "360"), ("Memphis", "base.us", "901"),
          ("Houston", "base.us", "713"), ("Miami", "base.us", "305"), ("Atlanta", "base.us", "404"),
          ("Los Angeles", "base.us", "323"), ("Atlantic City", "base.us", "609"), ("Dallas", "base.us", "214"),
          ("Orlando", "base.us", "407"), ("Reno", "base.us", "775"), ("Toronto", "base.ca", "416"),
          ("Monterrey", "base.mx", "81"), ("San Juan", "base.pr", "787"), ("", "", "")]
SHOWS = [("Champs_LV_2/16", "Champs", "2015-03-01"), ("ASD, LV, 2015", "ASD in Las Vegas", "2015-07-28"),
         ("TPC - Jan, 2015", "TPC", "2015-01-28"), ("BIG - Denver, CO - April, 2015", "BIG in Denver", "2015-04-14"),
         ("Champs-AC-5/15", "Champs AC", "2015-05-19"), ("ASD - LV, NV - March 2015", "ASD", "2015-02-03"),
         ("SSE", "", ""), ("Seattle Sales Trip 8/15", "", "")]
NOTES = ["Interested in gallons.", "Send email and catalogue.", "Called no answer left message",
         "Wants samples of 30ml line", "Distributor. Super busy for rest of the month. Wants a call first week of March.",
         "Interested in private label. Good relationship w our rep", "1 shop. Buys from another brand now.",
         "Apt set & email sent", "4.27 @ moq of 50\n2.87 @ moq of 500 (rock bottom)", "Sells and manufactures.",
         "Needs education on e liquid, send beginner type email.", "Loved the juice bar presentation."]
USERS = ["base.user_root", "__export__.res_users_10", "__export__.res_users_12", "__export__.res_users_5",
         "__export__.res_users_6"]
PRIORITIES = ["Normal"] * 164 + ["Very High"] * 115 + ["Very Very High"] * 100 + ["High"] * 81 + ["Low"] * 11
TITLES = ["__export__.res_partner_title_9"] * 10 + [f"__export__.res_partner_title_{n}" for n in range(10, 22)]


def phone(area):
    if not area:
        return ""
    if area == "81":
        return f"(81)5550{f.r.randrange(1000):04d}"
    n = f"555-01{f.r.randrange(100):02d}"
    k = f.r.random()
    if k < 0.62:
        return f"{area}-{n}"
    if k < 0.72:
        return f"{area} {n.replace('-', ' ')}"
    if k < 0.8:
        return f"{area}{n.replace('-', '')}"
    if k < 0.84:
        return f"({area}) {n}"
    if k < 0.9:
        return f" {area}-{n}"
    if k < 0.94:
        return f"{area}-{n} / {area}-555-01{f.r.randrange(100):02d}"
    if k < 0.97:
        return f"{area} {n.replace('-', ' ')} ext {f.r.randrange(100, 300)}"
    return f" {area} {n.replace('-', ' ')}"


def shop_name():
    return f._unique(lambda: f"{f.pick(SHOP_A)} {f.pick(SHOP_B)}")


def lead(shop, contact, city, show, note_seed=None):
    city_name, country, area = city
    has_mobile = f.chance(0.44)
    email_local = "".join(ch for ch in (shop or contact or "lead").lower() if ch.isalnum())[:16]
    email = "" if f.chance(0.2) else f"{email_local}{f.pick(['', '', 'lv', '1'])}@{f.pick(['example.com', 'example.org', 'example.net'])}"
    note = "\n".join(f.r.sample(NOTES, f.pick([1, 1, 2]))) if f.chance(0.99) else ""
    if f.chance(0.3):
        note = f"{f.r.randrange(2, 11)}\n{note}"
    title_tail = shop or contact
    sep = f.pick(["-", "_", ", ", " - "])
    name = f"{show[0]}{sep}{title_tail}" if show[0] else title_tail
    if f.chance(0.05):
        name += " "
    has_show = show[1] and f.chance(0.4)
    return {"contact_name": contact, "country_id/id": country, "partner_name": shop, "email_from": email,
            "date_field": show[2] if has_show else "", "how_met": show[1] if has_show else "",
            "mobile": phone(area) if has_mobile else "", "description": note,
            "phone": phone(area) if f.chance(0.78) else "",
            "lead_type": f.r.choices(["", "Hot Lead", "Warm Lead"], [379, 47, 45])[0],
            "account_type": f.r.choices(["", "Smoke Shop", "Vape Shop", "Convenient Store/ Gas Station"], [462, 3, 3, 3])[0],
            "title/id": f.pick(TITLES) if f.chance(0.36) else "", "user_id/id": f.pick(USERS),
            "street": f"{f.r.randrange(10, 9999)} {f.pick(['Church Street', 'Third Ave.', 'Esna Park Drive', 'Main St', 'Fremont St', 'Highway 95', 'Broadway'])}{f.pick(['', '', ', Ste B', ' #4'])}" if f.chance(0.67) and city_name else "",
            "street2": f.pick(["Suite 300", "PO Box 40374", "Unit 7"]) if f.chance(0.03) else "",
            "name": name, "priority": f.pick(PRIORITIES), "city": city_name,
            "fax": phone(area) if f.chance(0.07) else ""}


def contact():
    k = f.r.random()
    if k < 0.05:
        return ""
    if k < 0.7:
        return f.pick(FIRST)
    if k < 0.95:
        return f"{f.pick(FIRST)} {f.pick(LAST)}"
    return f"{f.pick(FIRST)} or {f.pick(FIRST)}"


leads = []
for _ in range(404):
    leads.append(lead(shop_name(), contact(), f.pick(CITIES), f.pick(SHOWS)))
# Shops met again at a second show (name in another case, a trailing space, another contact).
for k in range(30):
    first = leads[f.r.randrange(0, 404)]
    shop = first["partner_name"]
    variant = [shop, shop, shop.upper(), shop + " ", shop.title().replace("&", "and")][k % 5]
    again = lead(variant, first["contact_name"] if k % 3 else f"{first['contact_name']} {f.pick(LAST)}".strip(),
                 next(c for c in CITIES if c[0] == first["city"]), f.pick(SHOWS))
    again["email_from"] = first["email_from"] if first["email_from"] and k % 4 else again["email_from"]
    leads.append(again)
# One lead exported twice, identically.
leads.append(dict(leads[57]))
# A smoke-shop chain: three stores, three leads.
for city, who in ((CITIES[4], "Clyde"), (CITIES[9], "Nina or Mike"), (CITIES[16], "Rajiv Chauhan")):
    leads.append(lead("Jamaica Junction", who, city, f.pick(SHOWS)))
    leads[-1]["name"] = f"Jamaica Junction ({city[0].strip() or 'NJ'})"
# Leads without a shop name: only the contact.
for who in ("Alfredo Weeks", "Rick", "Sandal Hawes", "Oli"):
    leads.append(lead("", who, f.pick(CITIES), f.pick(SHOWS)))
# Fill the file out to 471 leads with more single shops.
while len(leads) < 471:
    leads.append(lead(shop_name(), contact(), f.pick(CITIES), f.pick(SHOWS)))
f.r.shuffle(leads)

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "leads-en-us-odoovape.csv"), "w", encoding="utf-8", newline="") as out:
    w = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    w.writerow(HEAD)
    number = 522
    for ld in leads:
        number -= f.pick([1, 1, 1, 2, 3])
        row = {"id": f"__export__.crm_lead_{number}", "active": "True", "company_id/id": "base.main_company",
               "create_uid/id": f.pick(USERS[:4] + ["__export__.res_users_10"]), "payment_mode/id": "", "type": "Lead",
               "probability": "0.0", "ref": "", "source_id/id": "", "message_bounce": "0", "medium_id/id": "",
               "date_deadline": "", "planned_revenue": "0.0", "partner_id/id": ""}
        row.update(ld)
        w.writerow([row[h] for h in HEAD])
