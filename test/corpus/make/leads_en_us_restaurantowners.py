"""
Shape of Tommyxu0906/Mystery-Shopping-System "data/leads.xlsx": a bought list of US restaurant
owners (an Apollo-style people export joined with Google Maps data), kept as the leads of a
mystery-shopping service, one sheet.

- Sheet "Restaurant Owners - 4_2_2026 (2" (the export's file name cut at 31 characters), header on
  row 1, no formats: first_name / last_name / organization_website_url / (an empty column without
  a header) / email / organization_street_address / organization_raw_address / organization_state /
  organization_city / organization_country / organization_postal_code / Google Reviews Count /
  Location Phone / Google Maps Url. Column widths set on E, F, G, K, N and a stray one on BQ.
- 2355 people, one a row; no restaurant name anywhere, only its web site; 221 web sites carry two
  to four people (partners, managers of the same group); three owner names twice at different
  restaurants (namesakes: other site, e-mail, phone); one row without a last name.
- email on about 62 % of the rows; street address missing on 149; raw address in two styles
  ("155 W Main Street, Georgetown, KY 40324, US" / all lower case "…, south dakota, united states,
  57104"); postal code a number on about half the rows, empty on the rest; country always
  "United States"; Google Reviews Count a float; Location Phone "+1" and ten digits as text, empty
  on 40 rows; a Google Maps place URL on every row.
Values invented (US numbers in the 555-01xx block, area codes 2xx so that "+1…" never reads as a mainland mobile).
"""
from fake import Fake, save, workbook

f = Fake("leads-en-us-restaurantowners")
FIRST = ["Kyle", "Joseph", "John", "Jim", "Zach", "Ross", "Sanjay", "Chris", "Maria", "Angela", "Tony", "Greg", "Dana",
         "Hutson", "Peter", "Laura", "Marco", "Nick", "Steve", "Brian", "Kevin", "Rachel", "Erin", "Sam", "Paul", "Luis",
         "Elena", "Rob", "Matt", "Tom", "Dave", "Lisa", "Karen", "Mike", "Andrew", "Ben", "Heather", "Jason", "Amy", "Victor",
         "Omar", "Nadia", "Grant", "Tessa", "Wade", "Carmen", "Felix", "Irene", "Derek", "Gina", "Hector", "Joy", "Lance", "Megan",
         "Noel", "Olga", "Pierce", "Rosa", "Simon", "Tina", "Ulises", "Vera", "Wes", "Yusuf", "Zoe", "Bruno", "Cliff", "Dolores"]
LAST = ["Svilar", "Galvin", "Pepper", "Hartman", "Franklin", "Patel", "Edwards", "Nakamura", "Rossi", "Delgado", "Brennan",
        "Kowalski", "Whitfield", "Castellano", "Osei", "Lindgren", "Moreau", "Fitzgerald", "Huang", "Barrett", "Quinlan",
        "Stavros", "Okafor", "Mendez", "Albrecht", "Sorensen", "McAllister", "Petrakis", "Yamamoto", "Caruso", "Haddad",
        "Novak", "Bianchi", "Gallagher", "Tran", "Schultz", "Varga", "Duarte", "Keller", "Romano", "Bishop", "Vance",
        "Abernathy", "Cole", "Dubois", "Ferris", "Gunderson", "Ibarra", "Jovanovic", "Kaplan", "Lombardi", "Mercer"]
WORDS = ["oak", "ember", "salt", "harbor", "main", "union", "copper", "maple", "river", "olive", "brick", "lantern",
         "smoke", "pepper", "saffron", "anchor", "prairie", "summit", "garden", "mill"]
KINDS = ["grill", "tavern", "kitchen", "bistro", "taqueria", "pizza", "bbq", "diner", "cafe", "eats", "chicken", "burgers"]
STATES = [("Virginia", "VA", ["South Hill", "Richmond", "Charlottesville"]), ("Kentucky", "KY", ["Georgetown", "Taylor Mill"]),
          ("Massachusetts", "MA", ["Boston", "Worcester"]), ("Florida", "FL", ["Winter Park", "Sunrise", "Naples"]),
          ("North Carolina", "NC", ["Asheville", "Raleigh"]), ("Alabama", "AL", ["Montgomery"]), ("Colorado", "CO", ["Johnstown", "Denver"]),
          ("Ohio", "OH", ["Perrysburg", "Columbus"]), ("South Dakota", "SD", ["Sioux Falls"]), ("Michigan", "MI", ["Detroit", "Holland"]),
          ("Texas", "TX", ["Austin", "Plano", "Houston"]), ("California", "CA", ["Alhambra", "Fresno"]), ("Illinois", "IL", ["Naperville"]),
          ("Pennsylvania", "PA", ["Harrisburg"]), ("Georgia", "GA", ["Savannah", "Atlanta"]), ("Tennessee", "TN", ["Nashville"])]
STREETS = ["Main St", "Boylston St", "Aloma Ave", "Taylor Mill Road", "Phillips Avenue", "Louisiana Ave", "Michigan Avenue",
           "Brier Creek Pkwy", "Dexter Ave", "Emmet St N", "Spruce Street", "Via de Ventura", "Elm St", "Commerce Dr"]

sites = []
for i in range(2093):
    sites.append(f"http://www.{f.pick(WORDS)}{f.pick(WORDS)}{f.pick(KINDS)}{i if i % 7 == 0 else ''}.com")
site_of = list(range(2093))
for k in range(221):
    site_of += [k * 9 % 2093] * (f.r.choice([1, 1, 2, 3]))
site_of = site_of[:2355]
while len(site_of) < 2355:
    site_of.append(f.r.randrange(2093))
f.r.shuffle(site_of)

place = {}
for s in range(2093):
    state, abbr, cities = f.pick(STATES)
    city = f.pick(cities)
    num = f.r.randrange(10, 9900)
    street = f.pick(STREETS)
    z = f.r.randrange(10000, 99999)
    if f.chance(0.3):
        raw = f"{num} {street.lower()}, {city.lower()}, {state.lower()}, united states" + (f", {z}" if f.chance(0.5) else "")
    else:
        raw = f"{num} {street}, {city}, {state if f.chance(0.5) else abbr} {z}, US"
    place[s] = (state, city, f"{num} {street}" if f.chance(0.937) else None, raw, z if f.chance(0.53) else None,
                float(f.r.randrange(12, 4000)), f"+1{f.r.randrange(201, 299)}55501{f.r.randrange(100):02d}" if f.chance(0.983) else None,
                "https://www.google.com/maps/place/?q=place_id:ChIJ" + "".join(f.pick("abcdefghijkLMNOPQRSTuvwxyz0123456789_-") for _ in range(23)))

people, seen = [], set()
for n in range(2355):
    while True:
        fn, ln = f.pick(FIRST), f.pick(LAST)
        if (fn, ln) not in seen:
            break
    seen.add((fn, ln))
    people.append([fn, ln])
# three namesakes at other restaurants, one row without a last name
for a, b in ((400, 1701), (902, 2210), (1333, 77)):
    people[b] = list(people[a])
    assert site_of[a] != site_of[b]
people[1888][1] = None

wb = workbook()
ws = wb.active
ws.title = "Restaurant Owners - 4_2_2026 (2"
ws.append(["first_name", "last_name", "organization_website_url", None, "email", "organization_street_address",
           "organization_raw_address", "organization_state", "organization_city", "organization_country",
           "organization_postal_code", "Google Reviews Count", "Location Phone", "Google Maps Url"])
out = []
for n, (fn, ln) in enumerate(people):
    s = site_of[n]
    state, city, street, raw, z, reviews, phone, maps = place[s]
    dom = sites[s].replace("http://www.", "")
    email = None
    if f.chance(0.624):
        local = f.pick([f"{fn.lower()}", f"{fn[0].lower()}.{(ln or 'x').lower()}", f"{fn.lower()}.{(ln or 'x').lower()}", "info"])
        email = f"{local}@{f.pick(['example.com', 'example.org', 'example.net'])}"
    row = [fn, ln, sites[s], None, email, street, raw, state, city if f.r.random() > 0.004 else None, "United States",
           float(z) if z else None, reviews if f.r.random() > 0.004 else None, phone, maps]
    ws.append(row)
    out.append(row)
for col, w in (("E", 38.0), ("F", 30.25), ("G", 109.38), ("K", 20.0), ("N", 66.75), ("BQ", 15.63)):
    ws.column_dimensions[col].width = w
save(wb, "leads-en-us-restaurantowners.xlsx")
for k in (0, 400, 1701, 1500, 2354):
    print(k, out[k][:3], out[k][4], out[k][6], out[k][12])
