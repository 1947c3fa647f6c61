"""
Shape of cauecbb/Simple-Data-Cleaning-for-Website-Leads-Sheet "leads.xlsx": a web designer's
lead sheet of Toronto HVAC contractors scraped from Google Maps with a browser scraper whose
interface was set to Brazilian Portuguese, saved as the scraper's Excel export before cleaning.

- One sheet "gmaps", header on row 1, no styling: uuid, listing_url, created_at, query, name,
  fulladdr, local_name, local_fulladdr, phone_number, international_phone_number,
  phone_numbers, latitude, longitude, primary_category, categories, features, reviews, rating,
  url, domain, thumbnail, addr1, addr2, addr3, addr4, district, timezone, reviews_url, claimed,
  fid, cid (A:AE).
- 40 businesses for the query "hvac toronto", created_at the scrape time (mm-dd-yy format,
  two batches a few seconds apart); Google place ids; listing_url and cid missing on a few;
  five service-area businesses without any address (fulladdr, addr1, addr2, district empty,
  no website on those); local_name/local_fulladdr/addr3/addr4 always empty; phone in three
  forms on every row; categories in Portuguese mixed with English ("Prestador de serviços de
  climatização,Gas engineer"), features a long comma list in Portuguese on 30 rows; reviews 0
  to a few thousand, rating as 0 or a decimal; claimed "yes"/"no".
- A last row holding only the scraper's note "… exports only 40 records on a free plan." in A.
Values invented.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("leads-en-ca-hvacscrape")

WORDS = ["Northwind", "Maple", "Lakeshore", "Polar", "Summit", "Beacon", "Arctic", "Cozy", "Reliant", "Keystone",
         "Metro", "Harbour", "Bluewater", "Trillium", "Cedarview", "True North", "Ironwood", "Frontline", "Evergreen",
         "Comfort Zone", "Clearflow", "Allseason", "Prime", "Vortex", "Kingsway", "Danforth", "Bayview", "Junction",
         "Riverdale", "Parkdale", "Leaside", "Etobicoke", "Scarborough", "Willowdale", "Humber", "Don Valley"]
TAILS = ["Heating & Cooling", "HVAC", "Heating and Air Conditioning", "Mechanical", "Climate Control", "Air Inc.",
         "Home Comfort", "HVAC Services", "Furnace & AC", "Heating Ltd.", "Air Conditioning Repair"]
STREETS = ["King St W", "Queen St E", "Dundas St W", "Bloor St W", "Eglinton Ave E", "Sheppard Ave W", "Lawrence Ave E",
           "Jameson Ave", "Weston Rd", "Dufferin St", "Kipling Ave", "Finch Ave W", "Steeles Ave E", "Prince Andrew Pl",
           "Caledonia Rd", "Milvan Dr", "Bermondsey Rd", "Martin Grove Rd", "Midland Ave", "Don Mills Rd"]
DISTRICTS = ["Old Toronto", "North York", "Etobicoke", "Scarborough", "East York", "York"]
PRIMARY = ["Prestador de serviços de climatização", "Empreiteiro de climatização", "Fornecedor de ar-condicionado",
           "Serviço de reparação de ar condicionado", "Serviço de reparação de aquecedores", "Empreiteiro de aquecimento"]
EXTRA = ["Gas engineer", "Fornecedor de ar-condicionado", "Serviço de instalação de fornos", "Empreiteiro mecânico",
         "Loja de fornalhas", "Encanador", "Serviço de reparação de aparelhos", "Fornecedor de aquecimento"]
FEATURES = ["Estimativas on-line", "Serviços no local", "Agendamento on-line",
            "Assento com acessibilidade para pessoas em cadeira de rodas",
            "Banheiro com acessibilidade para pessoas em cadeira de rodas",
            "Entrada com acessibilidade para pessoas em cadeira de rodas",
            "Estacionamento com acessibilidade para pessoas em cadeira de rodas", "Empresa de propriedade de imigrantes",
            "Compromisso com a diversidade LGBTQ+", "Cartões de crédito", "Cartões de débito", "Pagamentos por NFC em dispositivos móveis"]
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"


def place_id():
    return "ChIJ" + "".join(f.pick(ALNUM) for _ in range(23))


def postal():
    L = "ABCEGHJKLMNPRSTVXY"
    return f"M{f.r.randrange(1, 10)}{f.pick(L)} {f.r.randrange(1, 10)}{f.pick(L)}{f.r.randrange(1, 10)}"


wb = workbook()
ws = wb.active
ws.title = "gmaps"
ws.append(["uuid", "listing_url", "created_at", "query", "name", "fulladdr", "local_name", "local_fulladdr", "phone_number",
           "international_phone_number", "phone_numbers", "latitude", "longitude", "primary_category", "categories",
           "features", "reviews", "rating", "url", "domain", "thumbnail", "addr1", "addr2", "addr3", "addr4", "district",
           "timezone", "reviews_url", "claimed", "fid", "cid"])
no_address = set(f.r.sample(range(40), 5))
no_listing = set(f.r.sample(range(40), 2))
names = set()
for i in range(40):
    name = f._unique(lambda: f"{f.pick(WORDS)} {f.pick(TAILS)}")
    if i in (7, 23):
        name = f.pick(["HVAC service in Toronto", "Toronto Furnace Repair 24/7"]) if i == 7 else "AirTech Pros"
    area = f.pick(["289", "289", "226", "249"])
    n = f"{f.r.randrange(100):02d}"
    local = f._unique(lambda: f"({area}) 555-01{f.r.randrange(100):02d}")
    digits = local.replace("(", "").replace(")", "").replace(" ", "").replace("-", "")
    pid = place_id()
    cid = str(f.r.randrange(-9 * 10 ** 18, 9 * 10 ** 18))
    created = datetime.datetime(2025, 1, 22, 14, 34, 25, 683000) if i < 28 else datetime.datetime(2025, 1, 22, 14, 34, 20, 200000)
    lat, lon = round(43.64 + f.r.uniform(-0.05, 0.27), 7), round(-79.38 + f.r.uniform(-0.18, 0.12), 7)
    site = domain = addr1 = addr2 = full = district = None
    if i not in no_address:
        addr1 = f"{f.r.randrange(10, 4000)}{f.pick(['', '', ' A', ' #' + str(f.r.randrange(100, 900)), ' unit ' + str(f.r.randrange(1, 30)) + 'B'])} {f.pick(STREETS)}"
        addr2 = f"Toronto, ON {postal()}"
        full = f"{addr1}, {addr2}"
        district = f.pick(DISTRICTS)
        domain = "".join(ch for ch in name.lower() if ch.isalnum())[:18] + f.pick([".ca", ".com", ".ca"])
        site = f.pick(["http://", "https://", "https://www."]) + domain + "/"
        if f.chance(0.15):
            site = site + "?utm_source=google&utm_medium=organic&utm_campaign=gbp"
    reviews = 0 if f.chance(0.3) else int(f.r.lognormvariate(4.5, 1.3))
    rating = 0 if reviews == 0 else round(f.r.uniform(3.6, 5.0), 1)
    if rating == 5.0:
        rating = 5
    cats = [f.pick(PRIMARY)] + f.r.sample(EXTRA, f.r.randrange(0, 4))
    feats = ",".join(f.r.sample(FEATURES, f.r.randrange(2, 8))) if f.chance(0.75) else None
    ws.append([pid, None if i in no_listing else f"https://www.google.com/maps?cid={cid}", created, "hvac toronto", name,
               full, None, None, local, f"+1 {area}-555-01{local[-2:]}", f"+1{digits}", lat, lon, cats[0], ",".join(cats),
               feats, reviews, rating, site, domain,
               None if i in no_listing else f"https://lh5.googleusercontent.com/p/AF1Qip{''.join(f.pick(ALNUM) for _ in range(38))}",
               addr1, addr2, None, None, district, "America/Toronto",
               None if i == 11 else f"https://search.google.com/local/reviews?placeid={pid}&q=hvac+toronto&authuser=0&hl=pt&gl=BR",
               f.pick(["yes"] * 6 + ["no"]), f"0x{f.r.randrange(16 ** 15):015x}:0x{f.r.randrange(16 ** 16):016x}",
               None if i in no_listing else cid])
    ws.cell(ws.max_row, 3).number_format = "mm-dd-yy"
ws.append(["Presto Map Scraper exports only 40 records on a free plan."])

save(wb, "leads-en-ca-hvacscrape.xlsx")
