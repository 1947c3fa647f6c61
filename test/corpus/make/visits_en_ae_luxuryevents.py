"""
Shape of yr14cl/Monitoring "data/actions.xlsx": a luxury fashion house's clienteling extract — one
row per client invited to a store action (collection events, social gatherings, exclusive
offers, holiday celebrations, business treatments), kept in Excel (last saved by an analyst) for
a study of how events drive purchases. Clients are known only by id (mostly in the Emirates).

- One sheet "Sheet1", header on row 1 in snake_case: action_id / action_type_label /
  action_subcategory_label / action_start_date / action_year / action_end_date /
  action_collection_year / action_collection / action_universe / action_category_label /
  action_channel / action_label / client_id / client_is_present / client_is_invited.
- 10000 rows in no order (scaled here to 1500): the action's attributes repeat on every invitee's
  row (one action has 27 % of the rows), dates as datetimes shown "yyyy-mm-dd hh:mm:ss" (midnight),
  year columns as numbers, channel "In store" / "Outside venue" or empty (13 %), label "Social
  Gathering", "Exclusive Offer", "Holiday Celebration", "Trunk Show Event", …, collection "N/A"
  once, "Lauch" misspelt in type and subcategory once; client_id "c" + 8 digits, most clients
  once, some on up to 13 rows; client_is_present 1/0 (54 % present), client_is_invited always 1.
- Column widths set by hand (A 16.8 … O 16.9).
Values invented.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("visits-en-ae-luxuryevents")

KINDS = [("Collection", "Collection", "Retail", "Social Gathering", 0.36), ("Collection", "Collection", "Retail", "Exclusive Offer", 0.25),
         ("Social Celebrity Action", "Collection", "Retail", "Holiday Celebration", 0.24),
         ("Social Celebrity Action", "Collection", "Retail", "Lunar New Year Celebration", 0.06),
         ("Collection", "Collection", "Retail", "Trunk Show Event", 0.046), ("Social Celebrity Action", "Collection", "Retail", "Miscellaneous Social Gathering", 0.015),
         ("Collection", "Collection", "Retail", "Outdoor Event", 0.013), ("Business Treatment", "Special Client", "Client", "Business Engagement", 0.01),
         ("Collection", "Collection", "Retail", "Exclusive Client Days", 0.002), ("Collection", "Collection", "Retail", "Exclusive Preview", 0.002)]
COLLECTIONS = ["Riviera Collection", "Fall Collection", "Summer Collection", "Mariner Collection", "Winter Collection",
               "Heritage Collection", "Mid-Season Jewelry and Timepieces", "Spring Collection", "Spring-Summer Collection",
               "Atelier Collection", "Timepieces Collection", "Fall-Winter Collection"]
UNIVERSES = [("Women's Fashion", 0.94), ("Men's Fashion", 0.03), ("Timepieces and Jewelry", 0.025), ("Infant and Toddler", 0.005)]


def weighted(pairs):
    x, acc = f.r.random(), 0
    for item in pairs:
        acc += item[-1]
        if x < acc:
            return item
    return pairs[0]


actions = []
sizes = [405, 222, 139, 91, 86, 29] + [f.r.choice([1, 1, 1, 2, 2, 3, 4, 6, 9, 14]) for _ in range(120)]
for n in sizes:
    t, sub, cat, label, _ = weighted(KINDS)
    start = datetime.datetime(2020, 1, 1) + datetime.timedelta(days=f.r.randrange(0, 850))
    end = start + datetime.timedelta(days=f.r.choice([0, 0, 1, 2, 4, 13]))
    coll = "Retail Action" if t == "Social Celebrity Action" else ("Formal Retail Action" if t == "Business Treatment" else f.pick(COLLECTIONS))
    uni = weighted(UNIVERSES)[0]
    channel = None if f.chance(0.13) else ("Outside venue" if f.chance(0.04) else "In store")
    actions.append([f"a{f.r.randrange(100000, 999999)}", t, sub, start, start.year, end, start.year, coll, uni, cat, channel, label, n])
actions[-1][1] = actions[-1][2] = "Lauch"
actions[-2][7] = "N/A"

clients = [f"c{f.r.randrange(10**7, 10**8):08d}" for _ in range(6000)]
rows = []
for a in actions:
    for _ in range(a[-1]):
        cid = f.pick(clients[:150]) if f.chance(0.12) else f.pick(clients)
        rows.append(a[:12] + [cid, 1 if f.chance(0.54) else 0, 1])
rows = rows[:1500]
while len(rows) < 1500:
    a = actions[f.r.randrange(6, len(actions))]
    rows.append(a[:12] + [f.pick(clients), 1 if f.chance(0.54) else 0, 1])
f.r.shuffle(rows)

wb = workbook()
wb.properties.creator = None
wb.properties.lastModifiedBy = "Analyst"
ws = wb.active
ws.title = "Sheet1"
ws.append(["action_id", "action_type_label", "action_subcategory_label", "action_start_date", "action_year", "action_end_date",
           "action_collection_year", "action_collection", "action_universe", "action_category_label", "action_channel",
           "action_label", "client_id", "client_is_present", "client_is_invited"])
for r in rows:
    ws.append(r)
for i in range(2, len(rows) + 2):
    ws.cell(i, 4).number_format = "yyyy\\-mm\\-dd\\ hh:mm:ss"
    ws.cell(i, 6).number_format = "yyyy\\-mm\\-dd\\ hh:mm:ss"
for col, w in zip("ABCDEFGHIJKLMNO", [16.82, 24.09, 24.45, 20.45, 12.73, 19.63, 22.0, 17.36, 16.36, 21.45, 15.73, 27.63, 12.82, 17.45, 16.91]):
    ws.column_dimensions[col].width = w
save(wb, "visits-en-ae-luxuryevents.xlsx")
