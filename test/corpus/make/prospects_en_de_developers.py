"""
Shape of giftahmed/AI-Cold-Outreach "Leads.xlsx" (at commit 65180da): a cold-outreach lead list of
German residential property developers, scraped from a new-build listings portal and machine-
translated to English, then repaired by Excel (sheet "Recovered_Sheet1"). One Excel table
(TableStyleLight2) over A1:F28: Website (the listing's URL) / Project Name / Location / Contact
Person / Company Name / Email. One row per listed project, so the lead is the company in column E,
not the first column; the contact is written with "Ms." / "Mr.", or as "your sales team", a team
name, a company name or two people joined by " / "; one company is a person trading under his own
name, with no website. Locations are the project's site ("Haller Str. 48/2, Weinsberg, Heilbronn
(district)", a town and district only, zero-width spaces inside one); translated project names.
Only the first row has an e-mail (the sender's own test address in the original). The fourteen
listings were pasted twice: rows 16-28 repeat rows 3-15 word for word. Values invented.
"""
from openpyxl.worksheet.table import Table, TableStyleInfo

from fake import Fake, save, workbook

f = Fake("prospects-en-de-developers")

PORTAL = "https://www.neubau-portal.test/neubau"
# (company, slug, project, project slug, location, contact)
LEADS = [
    ("KORNELIUS IMMOBILIEN", "kornelius-immobilien", "THE SEVEN", "the-seven",
     "city \u200b\u200bcenter/Jungbusch, Mannheim", "Ms. Anna Brightwell"),
    ("Bergmann Creativbau GmbH", "bergmann-creativbau-gmbh", "condominiums in Weinsberg", "eigentumswohnungen-in-weinsberg",
     "Heller Str. 52/1, Weinsberg, Heilbronn (district)", "Ms. Susanne Carrow"),
    ("Instein Real Estate Development GmbH, Baden-Württemberg branch", "instein-real-estate-development-gmbh-niederlassung-bw",
     "Neckar.Suites", "neckar-suites", "Yalova Straße 14, Rottenburg am Neckar, Tübingen (district)", "your sales team"),
    ("Schoffeld Immobilien GmbH", "schoffeld-immobilien-gmbh", "City Connect 52", "city-connect-52",
     "Laupheim, Biberach (district)", "Mr. Simon Dunmore"),
    ("Schürmann & Feldner Immobilien GmbH & Co. KG - New building", "schuermann-feldner-gmbh-co-kg",
     "View model apartment now!", "jetzt-musterwohnung-besichtigen", "Wolfartsweier, Karlsruhe",
     "Neubau Schürmann & Feldner Immobilien GmbH & Co.KG"),
    ("CENTURY 12 Weltner Immobilien", "century-12-weltner-immobilien", "Living at the Electoral Riding Hall",
     "wohnen-am-kurfuerstlichen-reithof", "Schwetzingen, Rhein-Neckar district", "Jeanette Ellery-Weltner"),
    ("Stockert Wohnbau AG", "stockert-wohnbau-ag", "the block - modern living in Freiburg",
     "the-block-modern-living-in-freiburg", "Eugen-Martin-Straße 21a, Brühl freight station, Freiburg im Breisgau",
     "Silke Fairbank / Thomas Greyson"),
    ("HKPE Hofgarten Projektentwicklung GmbH", "hkpe-hofgarten-projektentwicklung-gmbh", "SOFIA – Ostfildern city gate",
     "sofia-stadttor-ostfildern", "Danziger Straße 17, Ostfildern, Esslingen (district)", "Mr. Thomas Holloway"),
    ("GBW Unternehmensgruppe GmbH", "gbw-vermarktung-gmbh", "E-FRANKLIN - SKY LOFT", "e-franklin-sky-loft",
     "George Washington St. 241-243 l, Käfertal, Mannheim", "sales team GBW Vermarktung GmbH"),
    ("KUBUS Modern Living GmbH", "kubus-modern-living-gmbh", "ROSENGARTEN - LIVING IN THE GREEN",
     "rosengarten-wohnen-im-gruenen", "Pfullingen, Reutlingen (district)", "Mr. Andreas Ivers"),
    ("Q Immobilien Beratung GmbH", "q-immobilien-beratung-gmbh", "Gemsenhang", "gemsenhang",
     "Gemsenhangstraße 12, East, Ludwigsburg", "Q Immobilien GmbH"),
    ("Dr. Rahl & Söhne GmbH", "dr-rahl-hochbau-gmbh", "New construction project – Living with a panorama",
     "neubauvorhaben-wohnen-mit-panorama", "Gönninger Str. 107, Pfullingen, Reutlingen (district)", "Ms. Anja Jessop"),
    ("Bietigheimer Wohnhaus GmbH", "bietigheimer-wohnhaus-gmbh", "free space", "freiraum-2",
     "Lange Straße 33/1, Remseck am Neckar, Ludwigsburg (district)", "your sales team"),
    ("Nico Kettering", None, "Behind the Lindens", None, "Oppenweiler Straße 7, Backnang, Rems-Murr district",
     "Mr. Nico Kettering"),
]

rows = []
for i, (company, slug, project, pslug, location, contact) in enumerate(LEADS):
    url = f"{PORTAL}/{slug}/{pslug}/{f.r.randrange(105000, 136000)}.html" if slug else ""
    rows.append([url, project, location, contact, company, "anna.brightwell@example.com" if i == 0 else None])

wb = workbook()
ws = wb.active
ws.title = "Recovered_Sheet1"
ws.append(["Website", "Project Name", "Location", "Contact Person", "Company Name", "Email"])
for row in rows + [r[:5] + [None] for r in rows[1:]]:
    ws.append(row)
table = Table(displayName="Table1", ref=f"A1:F{ws.max_row}")
table.tableStyleInfo = TableStyleInfo(name="TableStyleLight2", showFirstColumn=False, showLastColumn=False,
                                      showRowStripes=True, showColumnStripes=False)
ws.add_table(table)
for col, w in zip("ABCDEF", [124.5, 38.5, 57.5, 47.25, 58.375, 30]):
    ws.column_dimensions[col].width = w
ws.sheet_view.topLeftCell = "D1"

save(wb, "prospects-en-de-developers.xlsx")
