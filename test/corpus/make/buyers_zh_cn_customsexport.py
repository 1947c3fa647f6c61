"""
Shape of Skylovingsky/foreignmarketingassist customer_data.xlsx (commit
ec5f9e5d4827c90389ddabd37f8a99b5510ba933): a Chinese industrial-automation exporter's overseas
buyers, downloaded from a customs-data platform (written by Apache POI, then saved by a sales
person) and kept as the sample for the project's "Excel 批量导入" of customers to develop. One
sheet 采购商分析 with headers 采购商, 目的国/地区, 交易次数, 交易金额 and 143 buyers sorted by number of
shipments: company names as the customs record spells them (upper-case Latin with S.A.C., S.R.L.,
PRIVATE LIMITED, CO.,LTD; Vietnamese; a few in Cyrillic, one with its whole Kyiv street address
run into the name), the country in upper-case English (Vietnam, Peru, India, Indonesia, Ukraine,
Mexico, Colombia, Argentina …), shipments as integers and the amount in US dollars, some with
cents. Column A is wide (71), B 32.5; General format throughout. A buyer list the exporter's
sales people import as clients: name, with the country; counts and amounts at most to notes.
All company names and figures invented.
"""
from fake import Fake, workbook, save

f = Fake("buyers-zh-cn-customsexport")
wb = workbook()
ws = wb.active
ws.title = "采购商分析"
ws.append(["采购商", "目的国/地区", "交易次数", "交易金额"])

STEMS = ["TORRENTE", "ANDINA", "PACIFICO", "NOVA", "DELTA", "SOLAR", "CONDOR", "AURORA", "ATLAS", "PRIMA", "VEGA",
         "ORION", "TITAN", "LUMEN", "CIMA", "RIVERA", "MONTES", "SIERRA", "COSTA", "ALTO"]
WORDS = ["INDUSTRIAL", "AUTOMATIZACION", "TECHNO", "CONTROLS", "ELECTRIC", "TOOLS", "ENGINEERING", "SUPPLY", "TRADING",
         "EQUIPOS", "SOLUCIONES", "MACHINERY", "SYSTEMS", "AUTOMATION"]
FORMS = {
    "VIETNAM": ["CONG TY TNHH {a} {b}", "{a} {b} JOINT STOCK COMPANY", "CONG TY CO PHAN {b} {a}"],
    "PERU": ["{b} {a} S.A.C.", "{a} {b} E.I.R.L.", "CORPORACION {a} S.A.C."],
    "INDIA": ["{a} {b} PRIVATE LIMITED", "{a} {b} PVT LTD", "{a} ENTERPRISES"],
    "INDONESIA": ["PT. {a} {b}", "PT {b} {a} INDONESIA"],
    "UKRAINE": ["ТОВ \"{c}\"", "ТОВ {c} 04070 М КИЇВ ВУЛ САДОВА БУД 12 OФІС 3"],
    "MEXICO": ["{a} {b} S.A. DE C.V.", "GRUPO {a} S.A. DE C.V."],
    "COLOMBIA": ["{a} {b} S.A.S.", "{b} {a} LTDA"],
    "ARGENTINA": ["GRUPO {a} S.A", "{a} {b} S.R.L."],
    "CHILE": ["{a} {b} SPA", "COMERCIAL {a} LTDA"],
    "KAZAKHSTAN": ["ТОО \"{c}\"", "ТОВАРИЩЕСТВО С ОГРАНИЧЕННОЙ ОТВЕТСТВЕННОСТЬЮ \"{a} GROUP\""],
    "TURKEY": ["{a} {b} SANAYI VE TICARET LTD STI"],
    "THAILAND": ["{a} {b} CO.,LTD."],
    "PHILIPPINES": ["{a} {b} CORPORATION"],
    "BRAZIL": ["{a} {b} LTDA"],
}
CYR = ["ТЕХНОЛОГІЇ АВТОМАТИКИ", "ПРОМСНАБ", "ЕЛЕКТРОСИСТЕМ", "СТЕРИЛ-ТЕХ", "АГРОМАШ", "ПРИЛАДИ"]
WEIGHTS = [("VIETNAM", 41), ("PERU", 26), ("INDIA", 15), ("INDONESIA", 11), ("UKRAINE", 10), ("MEXICO", 6),
           ("COLOMBIA", 6), ("ARGENTINA", 5), ("CHILE", 5), ("KAZAKHSTAN", 5), ("TURKEY", 4), ("THAILAND", 4),
           ("PHILIPPINES", 3), ("BRAZIL", 2)]
countries = [c for c, n in WEIGHTS for _ in range(n)]
f.r.shuffle(countries)
seen = set()
rows = []
for country in countries:
    for _ in range(100):
        name = f.pick(FORMS[country]).format(a=f.pick(STEMS), b=f.pick(WORDS), c=f.pick(CYR))
        if name not in seen:
            seen.add(name)
            break
    n = max(1, int(f.r.paretovariate(1.6)) if f.chance(0.9) else f.r.randrange(8, 17))
    amount = round(f.r.uniform(60, 40000) * n ** 0.8, f.pick([0, 0, 1, 2]))
    rows.append([name, country, n, int(amount) if amount == int(amount) else amount])
rows.sort(key=lambda r: -r[2])
for r in rows:
    ws.append(r)
ws.column_dimensions["A"].width = 71.0
ws.column_dimensions["B"].width = 32.5
save(wb, "buyers-zh-cn-customsexport.xlsx")
print(rows[:3], rows[-2:], len(rows))
