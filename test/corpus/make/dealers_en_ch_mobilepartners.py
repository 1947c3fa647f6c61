"""
Shape of gamahachaa/better_together "dealers.xlsx" (at commit 930d9d2): a Swiss mobile operator's
dealer master (points of sale and sales channels), exported from its dealer database and worked
on in Excel to feed a feedback app. Four sheets, English/German headers and values:

- "csv" (A1:C1124): code / email / name, the app's upload copy of "with_mails" in the same order:
  the dealer code, the e-mail of the dealer's regional manager (a value, not a formula) and the
  dealer name with spaces turned into dots and hyphens dropped ('PostShop.Lausanne.2.StFrançois').
  Frozen at A1112 (a stray freeze).
- "with_mails" (A1:AI1124, frozen below the header): the 1123 active dealers of the partner
  channels (Post, Mobilezone, Salt Point Partners, SPP Premium, B2B partners, Lidl, resellers,
  Valora, Coop) plus the operator's own direct-sales, B2B key-account and B2B care codes (named
  after the employee: 'AM - <name> - <code>', 'LAS - <name> - <code>', 'Direct Sales Internal'),
  sorted by id. 35 columns: id, code, email (=VLOOKUP(V2,mails!A:B,2,0): the manager's e-mail,
  cached), name, chain_id, company_id, contact_person, email (both empty), created_at,
  modified_at (m/d/yy h:mm), area (z1-z6, east/central/west), language (de/fr/it/en),
  SAP_dealer_group (= code), is_active (1), start_date (mm-dd-yy), end_date (mostly empty,
  12/31/2048 or 12/31/2051 on some), street, house_number (numbers, '32c', '50-52', ' ', '-', and
  a few Excel turned into dates or a time), postal_code, city, country_id (CH, LI or empty),
  manager, account_manager, region_sales_representative (names, mostly the same person twice),
  group_id, contact_phone and co_address (empty), three waive_* 0/1 flags, region_id,
  chain_code, chain_name, region (on own channels), code_check (=B2=M2, TRUE).
  Several branches share a name (a reseller's ten outlets, 'Poste CH SA' five times).
- "mails" (A1:B47, no header): manager name -> e-mail; one name twice with a trailing line
  break, one misspelt twice; most managers fall back on one colleague's address.
- "original" (A1:AH3827, autofilter A1:AG3827): the full export with_mails was cut from (34
  columns, no email formula or code_check): 3826 dealers of every channel, active and inactive
  (is_active 0 with an end date), the operator's own stores ('SST <city> <street>'), the
  residential care and telesales teams, the big retail chains (Interdiscount, Fust, Migros, Media
  Markt), test SIM codes; a stray '$' in AH3775 of the otherwise empty 34th column.
Values invented (names, addresses, codes, people, dates); e-mails on example.com.
"""
import datetime
import os

from fake import Fake, CachedFormulas, workbook

f = Fake("dealers-en-ch-mobilepartners")

# chain_name: (chain_code, chain_id, rows in original, active, in with_mails, group_id share)
CHAINS = [
    ("Schweizerische Post", 240, 10, 1733, 558, 557),
    ("SPP - Salt Point Partner", 250, 11, 416, 106, 105),
    ("Customer Care & Telesales Residential", 150, 23, 309, 306, 0),
    ("Interdiscount", 210, 7, 222, 0, 0),
    ("SPP Premium", 280, 14, 220, 136, 135),
    ("MobileZone", 200, 6, 177, 137, 137),
    ("Salt Stores", 110, 21, 133, 121, 0),
    ("Fust", 230, 9, 121, 0, 0),
    ("Migros-Genossenschafts-Bund", 330, 35, 109, 0, 0),
    ("Customer Care B2B", 160, 24, 95, 53, 19),
    ("B2B DSF KAM & SME", 170, 25, 65, 35, 34),
    ("B2B Partner for SME", 290, 15, 58, 39, 39),
    ("Direct Sales", 180, 38, 42, 37, 37),
    ("B2B Partner for Large", 390, 42, 33, 21, 21),
    ("Lidl", 350, 41, 30, 30, 29),
    ("Media Markt", 220, 8, 29, 0, 0),
    ("SPP - Digitec", 270, 13, 13, 0, 0),
    ("Business Resellers", 310, 27, 8, 8, 8),
    ("SPP - Apple", 260, 12, 5, 1, 0),
    ("Online", 120, 22, 2, 2, 0),
    ("OCH -- Test SIM", "OCH", 30, 2, 1, 0),
    ("CoopMobile", 300, 18, 1, 1, 1),
    ("GTM", "GTM", 32, 1, 1, 0),
    ("EPP", "EPP", 36, 1, 0, 0),
    ("Valora", 340, 37, 1, 1, 1),
]
OWN = {"Customer Care & Telesales Residential", "Salt Stores", "Customer Care B2B", "B2B DSF KAM & SME",
       "Direct Sales", "Online", "OCH -- Test SIM", "GTM", "EPP"}

CITIES = [(8001, "Zürich", "de"), (3011, "Bern", "de"), (4051, "Basel", "de"), (6004, "Luzern", "de"),
          (9000, "St. Gallen", "de"), (8400, "Winterthur", "de"), (5000, "Aarau", "de"), (7000, "Chur", "de"),
          (2502, "Biel/Bienne", "de"), (4600, "Olten", "de"), (8500, "Frauenfeld", "de"), (6300, "Zug", "de"),
          (3600, "Thun", "de"), (8302, "Kloten", "de"), (5400, "Baden", "de"), (8640, "Rapperswil", "de"),
          (1003, "Lausanne", "fr"), (1201, "Genève", "fr"), (1700, "Fribourg", "fr"), (2000, "Neuchâtel", "fr"),
          (1950, "Sion", "fr"), (1630, "Bulle", "fr"), (1400, "Yverdon-les-Bains", "fr"), (1820, "Montreux", "fr"),
          (2800, "Delémont", "fr"), (6900, "Lugano", "it"), (6500, "Bellinzona", "it"), (6600, "Locarno", "it"),
          (6850, "Mendrisio", "it"), (9490, "Vaduz", "de")]
QUARTERS = {"Zürich": ["Oerlikon", "Altstetten", "Wiedikon", "Enge"], "Bern": ["Breitenrain", "Bümpliz", "Wankdorf"],
            "Lausanne": ["St-Laurent", "Ouchy", "Gare"], "Genève": ["Plainpalais", "Les Pâquis", "Carouge"],
            "Basel": ["Kleinbasel", "Gundeli"], "Lugano": ["Centro", "Cassarate"]}
STREETS = {"de": ["Bahnhofstrasse", "Hauptstrasse", "Marktgasse", "Seestrasse", "Dorfstrasse", "Poststrasse",
                  "Kirchweg", "Industriestrasse", "Rosenweg", "Zentrumsplatz"],
           "fr": ["Rue de la Gare", "Avenue de la Poste", "Place du Marché", "Rue du Lac", "Chemin des Vignes",
                  "Rue Centrale", "Avenue du Léman"],
           "it": ["Via Cantonale", "Viale Stazione", "Piazza Grande", "Via Nassa", "Via San Gottardo"]}
COMPANY = ["Alpentel", "Bergmann Kommunikation", "Calanda Mobile", "Dufour Télécom", "Edelweiss Handy",
           "Felsberg Elektro", "Gotthard Phone", "Hohler Radio TV", "Inntal Multimedia", "Jura Connect",
           "Kaspar Elektro", "Lemania Mobile", "Matterhorn Telecom", "Nydegg Natel", "Oberland Handyshop",
           "Pilatus Kommunikation", "Rigi Media", "Säntis Elektro", "Ticino Cellulari", "Uetli TV",
           "Valais Télécom", "Weissenstein Radio", "Zollinger Elektro", "Aare Mobile", "Birs Telecom",
           "Chasseral Com", "Doubs Electronique", "Emmen Handy Center", "Furka Elektro", "Glarner Telecom",
           "Hallwil Radio", "Ilanz Elektro", "Kander Mobile", "Limmat Phone", "Moleson Télécom",
           "Napf Multimedia", "Orbe Services", "Pizol Kommunikation", "Reuss Elektro", "Sarine Mobile"]
FORMS = {"de": ["AG", "GmbH", "GmbH", "AG"], "fr": ["SA", "Sàrl", "SA"], "it": ["SA", "Sagl"]}
FIRST = ["Adrian", "Beat", "Corinne", "Daniel", "Elena", "Fabio", "Gabriel", "Hanna", "Ivo", "Jasmin",
         "Kilian", "Laura", "Marco", "Nadine", "Oliver", "Patrizia", "Reto", "Sandra", "Tobias", "Ursina",
         "Valentin", "Yannick", "Zora", "Luca", "Mirco", "Noemi", "Sven", "Tamara"]
LAST = ["Ammann", "Brunner", "Caviezel", "Dubois", "Egli", "Frei", "Gerber", "Huber", "Imhof", "Jaquet",
        "Keller", "Lüthi", "Meier", "Nussbaum", "Odermatt", "Pfister", "Rochat", "Schmid", "Tanner",
        "Vuilleumier", "Wyss", "Zbinden", "Bernasconi", "Favre", "Gisler", "Rossier"]

used_people = set()


def employee():
    while True:
        n = f.pick(FIRST) + " " + f.pick(LAST)
        if n not in used_people:
            used_people.add(n)
            return n


MANAGERS = [employee() for _ in range(27)]
FALLBACK = MANAGERS[-1]
OWN_MAIL = set(MANAGERS[:12])          # managers with an address of their own; the rest fall back
OWN_MAIL.add(FALLBACK)
ACCOUNT = [employee() for _ in range(59)]


def mail_of(person):
    if person not in OWN_MAIL:
        person = FALLBACK
    first, last = person.split(" ")
    if person == FALLBACK:
        return (first + "." + last + "2@example.com").lower()
    return first + "." + last + "@example.com"


SEEN = set()


def chain_names(chain, n):
    """Dealer names for one chain, in id order."""
    out = []
    for i in range(n):
        pc, city, lang = f.pick(CITIES)
        q = f.pick(QUARTERS.get(city, [""]))
        if chain == "Schweizerische Post":
            name = f.pick(["PostShop " + city + " " + str(f.r.randrange(1, 30)) + (" " + q if q else ""),
                           "PostShop " + city, "Filiale " + city + (" " + q if q else ""),
                           "Post " + city + " " + f.pick(STREETS[lang]).split(" ")[-1]])
        elif chain in ("SPP - Salt Point Partner", "SPP Premium", "B2B Partner for SME"):
            name = f.pick(COMPANY) + " " + f.pick(FORMS[lang]) + (" " + city if f.chance(0.3) else "")
        elif chain == "MobileZone":
            name = "Mobilezone " + ("SA " if lang != "de" else "AG ") + city + (" " + f.pick(STREETS[lang]) if f.chance(0.4) else "")
        elif chain == "Salt Stores":
            name = "SST " + city + " " + f.pick(STREETS[lang])
        elif chain == "Customer Care & Telesales Residential":
            name = f.pick(["CC Residential Team ", "Telesales Residential ", "Retention Desk "]) + str(f.r.randrange(1, 60))
        elif chain == "Interdiscount":
            name = "Interdiscount " + city + (" " + q if q else "")
        elif chain == "Fust":
            name = "Fust " + city
        elif chain == "Migros-Genossenschafts-Bund":
            name = "melectronics " + city + (" " + q if q else "")
        elif chain == "Customer Care B2B":
            name = f.pick(["LAS - " + employee() + " - {code}", "LAS – " + employee() + " – {code}",
                           "Lead Gen - " + employee() + " - {code}", "AMES " + str(f.r.randrange(1, 30)),
                           "AMES Nord-Central " + str(f.r.randrange(1, 4))])
        elif chain == "B2B DSF KAM & SME":
            name = f.pick(["AM - ", "BLS - "]) + employee() + f.pick([" - {code}", " CBO - {code}", " - {code}"])
        elif chain == "Direct Sales":
            name = f.pick(["Direct Sales Internal", "Direct Sales Internal", "Direct Sales External"])
        elif chain == "B2B Partner for Large":
            name = f.pick(COMPANY) + " " + f.pick(FORMS[lang]) + (" " + city if f.chance(0.5) else "") + " *390*"
        elif chain == "Lidl":
            name = ["Lidl Schweiz DL AG"][0] if i == 0 else f.pick(["Lidl Telesales (TPL" + f.pick(["DE", "FR", "IT"]) + ")",
                                                                  "Telesales LIDL (" + f.pick(["WH", "GA", "TPTH", "KS"]) + ")",
                                                                  "Lidl " + city])
        elif chain == "Media Markt":
            name = "Media Markt " + city
        elif chain == "SPP - Digitec":
            name = "Digitec " + city
        elif chain == "Business Resellers":
            name = f.pick(COMPANY) + " " + f.pick(["AG", "SA", "Services SA", "Telecom AG"])
        elif chain == "SPP - Apple":
            name = "Apple Reseller " + city
        elif chain == "Online":
            name = ["Salt Online Shop", "Salt Online Business"][i]
        elif chain == "OCH -- Test SIM":
            name = "OCH Test SIM " + str(i + 1)
        elif chain == "CoopMobile":
            name = "Customer Care OMD - Coop"
        elif chain == "Valora":
            name = "Valora Schweiz AG"
        else:
            name = chain
        while name in SEEN and chain != "Direct Sales":
            name = name.replace(" {code}", "") + " " + str(f.r.randrange(2, 99)) if "{code}" not in name else name + " "
        SEEN.add(name)
        out.append((name, pc, city, lang))
    return out


# Build every dealer, then sort by id (ids are given in creation order across chains).
dealers = []
codes = set()


def new_code(lo, hi):
    while True:
        c = f.r.randrange(lo, hi)
        if c not in codes:
            codes.add(c)
            return c


for chain, ccode, cid, total, active, in_wm in CHAINS:
    names = chain_names(chain, total)
    flags = [1] * active + [0] * (total - active)
    f.r.shuffle(flags)
    wm_left = in_wm
    for (name, pc, city, lang), act in zip(names, flags):
        code = new_code(10200, 10500) if chain == "Salt Stores" else new_code(100100, 115400)
        dealers.append({"chain": chain, "ccode": ccode, "cid": cid, "name": name.replace("{code}", str(code)),
                        "code": code, "pc": pc, "city": city, "lang": lang, "active": act, "wm": False})
        if act and wm_left > 0:
            dealers[-1]["wm"] = True
            wm_left -= 1

# A reseller's ten outlets and Post's head office names repeat.
spp = [d for d in dealers if d["chain"] == "SPP Premium" and d["wm"]]
for d in spp[5:15]:
    d["name"] = "Datalink Mobile AG"
post = [d for d in dealers if d["chain"] == "Schweizerische Post" and d["wm"]]
post[0]["name"] = "Post CH AG"
post[300]["name"] = "Post CH AG"
for d in post[40:45]:
    d["name"] = "Poste CH SA"
    d["lang"] = "fr"

f.r.shuffle(dealers)
# The export opens with 40 of the own stores, then Post's head office; the rest in creation order.
stores = [d for d in dealers if d["chain"] == "Salt Stores"]
head = post[0]
rest = [d for d in dealers if d["chain"] != "Salt Stores" and d is not head]
dealers = stores[:40] + [head] + rest[:2000] + stores[40:] + rest[2000:]
for i, d in enumerate(dealers):
    d["id"] = 2625 + i


def dt(y0, y1):
    d = f.date(datetime.date(y0, 1, 1), datetime.date(y1, 12, 31))
    return datetime.datetime(d.year, d.month, d.day, f.r.randrange(6, 23), f.r.randrange(60), f.r.randrange(60))


MIGRATION = datetime.datetime(2014, 2, 27, 14, 34, 55)
for d in dealers:
    lang = d["lang"]
    d["created"] = MIGRATION if d["id"] < 4800 else dt(2014, 2021)
    d["modified"] = dt(2019, 2022)
    d["area"] = f.pick(["z1", "z2", "z3", "z4", "z5", "z5", "z4", "z6"]) if d["chain"] not in OWN else f.pick(["east", "central", "west", None])
    if f.chance(0.05):
        d["area"] = None
    d["language"] = "en" if f.chance(0.004) else lang
    start = f.date(datetime.date(1999, 4, 1), datetime.date(2022, 6, 30))
    d["start"] = datetime.datetime(start.year, start.month, start.day)
    if d["active"]:
        d["end"] = f.pick([None] * 24 + [datetime.datetime(2048, 12, 31)] * 3 + [datetime.datetime(2051, 12, 31)])
    else:
        e = f.date(max(start, datetime.date(2014, 1, 1)), datetime.date(2022, 8, 31))
        d["end"] = datetime.datetime(e.year, e.month, e.day)
    st = f.pick(STREETS[lang])
    hn = f.pick([f.r.randrange(1, 120)] * 8 + [None] * 5 + [str(f.r.randrange(2, 90)) + f.pick(["a", "b", "c", "A", " A"]),
                                                          " ", "-", str(f.r.randrange(10, 70)) + "-" + str(f.r.randrange(71, 90))])
    if hn is None and f.chance(0.4):
        st = st + " " + str(f.r.randrange(1, 150))
    d["street"], d["hn"] = st, hn
    d["country"] = ("LI" if d["city"] == "Vaduz" else "CH") if f.chance(0.65) else None
    d["manager"] = f.pick(MANAGERS)
    d["am"] = d["manager"] if f.chance(0.8) else f.pick(ACCOUNT)
    d["rsr"] = d["am"] if f.chance(0.97) else f.pick(ACCOUNT)
    if f.chance(0.01):
        d["manager"] = None
    if f.chance(0.01):
        d["am"] = None
    d["group"] = (9 if d["chain"] in OWN else 10) if f.chance(0.7) else None
    d["waive"] = (1 if f.chance(0.3) else 0, 1 if f.chance(0.05) else 0, 1 if f.chance(0.05) else 0)
    if d["chain"] in ("Salt Stores", "Customer Care & Telesales Residential", "Customer Care B2B", "B2B DSF KAM & SME") and f.chance(0.9):
        d["region_id"] = f.r.randrange(1, 9)
        d["region"] = ["Zuerich", "Luzern", "Lausanne", "Bern", "Basel", "St. Gallen", "Genf", "Tessin"][d["region_id"] - 1]
    else:
        d["region_id"] = d["region"] = None

# Excel turned a few house numbers into dates or a time.
odd = [d for d in dealers if isinstance(d["hn"], int)]
for d, v in zip(odd[3:700:140], [datetime.datetime(2022, 3, 1), datetime.datetime(2022, 10, 8),
                                 datetime.time(4, 0), datetime.datetime(2022, 5, 3), datetime.datetime(2022, 1, 12)]):
    d["hn"] = v
post_wm = [d for d in dealers if d["wm"]]

HEAD = ["id", "code", "name", "chain_id", "company_id", "contact_person", "email", "created_at", "modified_at", "area",
        "language", "SAP_dealer_group", "is_active", "start_date", "end_date", "street", "house_number", "postal_code",
        "city", "country_id", "manager", "account_manager", "region_sales_representative", "group_id", "contact_phone",
        "co_address", "waive_early_retention_fee", "waive_main_sim_card_fee", "waive_ms_sim_card_fee", "region_id",
        "chain_code", "chain_name", "region"]


def record(d):
    return [d["id"], d["code"], d["name"], d["cid"], None, None, None, d["created"], d["modified"], d["area"],
            d["language"], d["code"], d["active"], d["start"], d["end"], d["street"], d["hn"], d["pc"], d["city"],
            d["country"], d["manager"], d["am"], d["rsr"], d["group"], None, None, *d["waive"], d["region_id"],
            d["ccode"], d["chain"], d["region"]]


def formats(ws, row, offset):
    ws.cell(row, 8 + offset).number_format = "m/d/yy h:mm"
    ws.cell(row, 9 + offset).number_format = "m/d/yy h:mm"
    ws.cell(row, 14 + offset).number_format = "mm-dd-yy"
    hn = ws.cell(row, 17 + offset)
    if isinstance(hn.value, datetime.datetime):
        hn.number_format = "d-mmm"
    elif isinstance(hn.value, datetime.time):
        hn.number_format = "h:mm AM/PM"


class Cached(CachedFormulas):
    @staticmethod
    def _cell(values, m):
        ref, attrs, text = m.group(1), m.group(2), m.group(3)
        if values.get(ref) is True:
            return f'<c r="{ref}"{attrs} t="b"><f>{text}</f><v>1</v></c>'
        return CachedFormulas._cell(values, m)


cf = Cached()
wb = workbook()
ws_csv = wb.active
ws_csv.title = "csv"
ws_wm = wb.create_sheet("with_mails")
ws_mail = wb.create_sheet("mails")
ws_o = wb.create_sheet("original")

# mails: manager -> e-mail, no header; one name again with a line break, one misspelt.
mail_rows = [(m, mail_of(m)) for m in MANAGERS]
mail_rows.insert(8, (MANAGERS[3] + "\n", mail_of(MANAGERS[3])))
first, last = MANAGERS[1].split(" ")
mail_rows.insert(1, (first[:2] + "i" + first[2:] + " " + last, mail_of(MANAGERS[1])))
while len(mail_rows) < 47:
    extra = employee()
    mail_rows.append((extra, mail_of(FALLBACK if f.chance(0.6) else extra)))
for i, (a, b) in enumerate(mail_rows, start=1):
    ws_mail.cell(i, 1, a)
    ws_mail.cell(i, 2, b)

# with_mails
ws_wm.append(["id", "code", "email"] + HEAD[2:] + ["code_check"])
wm = [d for d in dealers if d["wm"]]
wm.sort(key=lambda d: d["id"])
for r, d in enumerate(wm, start=2):
    rec = record(d)
    if d["manager"] is None:
        d["manager"] = MANAGERS[0]
        rec[20] = d["manager"]
    row = rec[:2] + [None] + rec[2:] + [None]
    for c, v in enumerate(row, start=1):
        if v is not None:
            ws_wm.cell(r, c, v)
    cf.formula(ws_wm, f"C{r}", f"=VLOOKUP(V{r},mails!A:B,2,0)", mail_of(d["manager"]))
    cf.formula(ws_wm, f"AI{r}", f"=B{r}=M{r}", True)
    formats(ws_wm, r, 1)
ws_wm.freeze_panes = "A2"
for col, w in {"A": 5.0, "B": 10.71, "C": 27.29, "D": 60.43, "E": 8.43, "F": 11.71, "G": 14.71, "H": 6.0,
               "I": 15.29, "K": 7.14}.items():
    ws_wm.column_dimensions[col].width = w

# csv: the app's copy
ws_csv.append(["code", "email", "name"])
for d in wm:
    ws_csv.append([d["code"], mail_of(d["manager"]), d["name"].replace("-", "").replace("–", "").replace("  ", " ").replace(" ", ".")])
ws_csv.freeze_panes = "A1112"

# original: everything
ws_o.append(HEAD + [None])
for r, d in enumerate(dealers, start=2):
    for c, v in enumerate(record(d), start=1):
        if v is not None:
            ws_o.cell(r, c, v)
    formats(ws_o, r, 0)
ws_o["AH3775"] = "$"
ws_o.auto_filter.ref = f"A1:AG{len(dealers) + 1}"

cf.save(wb, "dealers-en-ch-mobilepartners.xlsx")

if __name__ == "__main__" and os.environ.get("SHOW"):
    print(len(dealers), len(wm))
