"""
Shape of mubde/Bokitta-ERP-Cloud "Contacts.xlsx": a modest-fashion brand's reseller master
(distributors, franchisees, dealers in Malaysia, Brunei, Singapore, the Gulf and Africa) kept
in Excel as the lookup table of its small shipping/invoicing ERP.

- Sheet "Contacts": row 1 "Folder" and a Google Drive path in B1; row 2 two stray 8s in C2:D2
  and a leftover "Selangor , MALAYSIA." in G2; header on row 3, no title, no styling:
  Quota / ID / NickName / Company / address 1 / address 2 / City / State / Code / Country /
  Contact Name / Tel / email / title / Status / Folder / Air cost/kg / Sup Address1 /
  Sup Address2 / Custom Invoice Required / PriceColumn / CountryAbv / forwarder / Donotship /
  GST Calc / ExchangeCalc / IssueSOA / Q1 / Q2 / Q3 / Q4 / LastSOAUpdate (A3:AF3).
- 28 resellers on rows 4-31 sorted by Quota (36000 down to 1000), the last nine with no
  quota. ID a two/three-letter code (one code used twice), NickName a CamelCase handle,
  Company sometimes with a registration number or a trading name in brackets, non-breaking
  spaces in addresses and phones, city cells with trailing commas or a phone ("Tel: …"),
  postcodes as numbers or text ("05050", "TA2341"), Country spelt MALAYSIA / Malaysia /
  "UAE - Sharjah" / Maroc. Tel as text with +country code, spaces, dashes, two numbers
  joined by "/" or ","; email one or several joined by ";", missing on some rows; title
  Director / Manager / Owner; Status dealer / Distributor / Franchise / Online Franchisee /
  HQ (the brand's own head office in Beirut, listed so goods can be shipped to it) or empty.
  Folder a local Drive path per country; flags 0/1 in T and X:AA; Q1 mostly empty with
  Q2-Q4 repeating the quota; LastSOAUpdate the same date (mm-dd-yy) on every row; a side
  note of product allocations in AG:AJ on one row ("Voila : 80").
- Sheets "Sheet1", "Sheet2", "Sheet3": empty.
Values invented.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("resellers-en-my-hijabfranchise")
NB = "\u00a0"
DRIVE = "C:\\Users\\user\\Google Drive\\Nurisa Business\\Resellers\\"


def my_tel():
    n = f"{f.r.randrange(100):02d}"
    return f.pick([f"+6012555{n}{f.r.randrange(10, 99)}", f"+6013-55501{n}", f" +6019-555{n}01 ", f"+6 017-55501{n}"])


# (quota, id, nick, company, addr1, addr2, city, state, code, country, contact, tel, email, title,
#  status, folder, air, sup1, sup2, custom, pricecol, abv, forwarder, flags(X,Y,Z,AA), q1, q2-4)
R = [
    (36000, "HN", "HanaNiaga", "Hana Niaga", "No. 12, Kampong Sengkurong", "Tutong,", "Negara Brunei", None, "TA1187",
     "Brunei Darussalam", "Hanisah", "+673-8-555012", "hana.niaga2013@example.com", "Director", "dealer", "brunei", 4, 0,
     "Franchisee", "br", "HN", (None, None, None, 1), None, (36000, 36000, 36000)),
    (26000, "SM", "SeriMelati", "Seri Melati Sdn Bhd", "21-3-5 Kiara Ria Condo", "Jln Bukit Kiara, Taman Tun Dr Ismail",
     "Kuala Lumpur", "Kuala Lumpur", 60000, "MALAYSIA", "Nurul Azreen Kamaruddin", "+60125550114",
     "azreenk@example.com;nurulazreen@example.net", "Director", "Distributor", "Malaysia", 1.75, 0, "Franchisee", "my",
     "MF", (None, 1, 1, 1), None, (26000, 26000, 26000)),
    (15000, "NI", "NurisaInsta", f"Al Wafa Couture (SA0391127-X), (Nurisa{NB}Hijab Malaysia)", f"18-2{NB} Jalan PJU 5/16, ",
     "The Strand, Kota Damansara", "Petaling Jaya,", "Selangor Darul Ehsan", 47810, "MALAYSIA", "Syed Hafiz Syed Amran ",
     "+603-55501421/+6013-5550127", "hafiz.amran@example.com;nurisainsta@example.com", "Director", "Distributor",
     "Malaysia", 1.75, 0, "Franchisee", "my", "MF", (None, None, 1, 1), None, (15000, 15000, 15000)),
    (13000, "AC", "AinCloset", "Ain_Closet", "No 54", "Persiaran Taman Cempaka", "Setapak", "Kuala Lumpur", 53100, "Malaysia",
     "Nur Ain Syafiqah Binti Mohd Rashid", None, "ainsyafiqah@example.org", "Director", "Distributor", "Malaysia", 1.75, 0,
     "Franchisee", "my", "MF", (None, None, None, 1), None, (13000, 13000, 13000)),
    (12000, "ZF", "ZARAFAH", "ZARAFAH APPAREL HOLDINGS SDN BHD", "No. 8, Jalan Tanjong", "Gelang 30/2", "Shah Alam",
     "Selangor Darul Ehsan", 40460, "MALAYSIA", "Zara Farhana", None, "zarafahfashion@example.com", "Director", "Franchise",
     "Malaysia", 1.75, 0, "Franchisee", "my", "MF", (None, None, None, 1), None, (12000, 12000, 12000)),
    (13000, "MW", "MawarWear", "Mawar Wear", "9B Jalan Pinang E 18/E", "Shah Alam", "Shah Alam", "Selangor Darul Ehsan",
     40000, "Malaysia", "Hjh Siti Rohana Yusof", " +6012-5550133 ", "mawarmuslimah@example.com", "Director", "Distributor",
     "Malaysia", 1.75, 0, "Franchisee", "my", "MF", (None, None, None, 1), None, (13000, 10000, 10000)),
    (10000, "LS", "LittleStar", "Little Star Sdn Bhd", "No. 4-1, Jalan Puteri 2/4, ", "Bandar Puteri Puchong", "Puchong",
     "Selangor Darul Ehsan", 47100, "MALAYSIA", "wan nur aida wan ismail", None, "littlestar.sb@example.com", "Director",
     "Distributor", "Malaysia", 1.75, 0, "Franchisee", "my", "MF", (None, None, None, 1), "Franchisee", (10000, 10000, 10000)),
    (10000, "NH", "NurisaHijabista", "Nurisa Hijabista", "No.3, Jalan LEP 7/9", "Lestari Putra", "Seri Kembangan",
     "Selangor", 43300, "Malaysia", "Siti Aishah Binti Mohd Nordin", None, "nurisahijabista@example.com", "Director",
     "Distributor", "Malaysia", 1.75, 0, "Franchisee", "my", "MF", (None, None, None, 1), None, (10000, 10000, 10000)),
    (7000, "NA", "NurisaAsia", "Nurisa Asia", "LOT 2214, JALAN SERI PENCHALA 5", "KG SG PENCHALA", "Kuala Lumpur",
     "Kuala Lumpur", 60000, "MALAYSIA", "HAZLINA HALIM", None, "hazlina.h@example.com", "Director", "Distributor",
     "Malaysia", 1.75, 0, "Franchisee", "my", "MF", (None, 1, 1, 1), "Distributor", (7000, 7000, 5000)),
    (6000, "NHQ", "NurisaBeirut", "Nurisa Beirut", "Hamra Street, Cedar Bldg 9th Floor", "Ras Beirut", "Beirut", "Beirut",
     None, "LEBANON", "Karim HADDAD", "+961705550142", "logistics@example.net;rania.h@example.com;rania@example.org",
     "Manager", "HQ", "Lebanon", 1.75, 1, "Franchisee", "lb", "NHQ", (None, None, None, 1), None, (6000, 6000, 6000),
     ("Church Road, Frazer Town, ", "Block 2, Bangalore, INDIA")),
    (6000, "BR", "Hqube", "Hqube KL Enterprise", "C-G-07, Vista Alam, No. 5,", "Jalan Ikhtisas 14/1", "Shah Alam",
     "Selangor Darul Ehsan", 40000, "Malaysia", "HALIMAH ROSLAN", " +60135550158 ", "halimah.roslan@example.com",
     "Director", "Franchise", "Malaysia", 1.75, 0, "Franchisee", "my", "MF", (None, None, None, 1), None, (6000, 6000, 6000)),
    (3000, "NS", "Norsyuhada", "Norsyuhada Abd Samad", "88-G, Jalan Taman Komersil Senawang 3,", " Taman Komersil Senawang,",
     " Seremban,", "Negeri Sembilan", 70450, "Malaysia", "Norsyuhada Abd Samad", None, "norsyuhada@example.com", "Director",
     "Online Franchisee", "Malaysia", 1.75, 0, "Online", "my", "MF", (None, None, None, 1), None, (3000, 3000, 3000)),
    (3000, "BC", "Badriah", "Badriah Collections", "No.52 Spg. 120-33-9 Jln.Kiulap", "RPN Lumut", "Kuala Belait", None,
     "KC 1182", "Brunei Darussalam", "Dk.Nurul Pg.Abd.Hamid", "+6737555013", "dknurul55@example.com", "Director", "dealer",
     "brunei", 4, 0, "Franchisee", "br", "HN", (None, None, None, 1), None, (3000, 3000, 3000)),
    (3000, "AE", "Azraesb", "Azra Engineering Sdn Bhd", "9A-1-2, Jalan Medan PB1", "Pusat Bandar Baru Bangi,",
     "Bandar Baru Bangi", "Selangor,", 43650, "Malaysia", "Rozita Mat Isa", None, "rozitami@example.com;rozita@example.net",
     "Director", "Franchise", "Malaysia", 1.75, 0, "Franchisee", "my", "MF", (None, None, None, 1), None, (3000, 3000, 3000)),
    (3000, "NB", "NURISABORNEO", "NURISA BORNEO DISTRIBUTION CENTER", f"TB7720 TAMAN SRI, 1st FLOOR,{NB}", f"{NB}JALAN APAS,",
     "TAWAU, ", "SABAH", 91000, "Malaysia", "MOHD FAIZAL BIN MOHD YUSOF", "+6013 555 0161", "faizalmy@example.com",
     "Director", "Franchise", "Malaysia", 1.75, 0, "Online", "my", "MF", (None, None, None, 1), None, (3000, 3000, 3000)),
    (3000, "UBC", "UnoBoutique", f"Kirana{NB}Orient{NB}Holdings Sdn Bhd", "F-02-GF, Garden Walk One City,",
     "Jalan USJ 25/1A, ", None, "Selangor", 47650, "Malaysia", "Tengku Nurul Tengku Azman",
     f"{NB}+60125550172{NB},{NB}+60355501730", "tnurul82@example.com", "Director", "Franchise", "Malaysia", 1.75, 0,
     "Online", "my", "MF", (None, None, None, 1), None, (3000, 3000, 3000)),
    (3000, "BJ", "Baraka", "BAYT AL-AZYAA AL-ISLAMI", "SWEILEH", "Airport road", "Amman", "Amman", None, "Jordan",
     "Hussein Khalidi", "+962795550184", "h_khalidi@example.com", "Director", "Franchise", "jordan", 4, None, "CostPlusD",
     "jo", "BJ", (None, None, None, None), None, (None, None, None)),
    (1000, "ND", "Nadira", "Pn Nur Nadira Binti Rahim", "No 7, Jalan Kenanga Satu", "Taman Sultan Abdul Halim",
     "Persiaran Sultan Hamid", " Kedah Alor Setar", "05050", "Malaysia", "Pn Nur Nadira Binti Rahim", None,
     "nadirarahim@example.com", "Director", "Franchise", "Malaysia", 1.75, 0, "Franchisee", "my", "MF",
     (None, None, None, 1), None, (1000, 1000, 1000)),
    (1000, "NSG", "NurisaSG", "Nurisa SG", "Blk 212c Punggol field #06-412", f"the marina {NB}s(823212)", "Singapore",
     "Singapore", None, "SINGAPORE", "Rashidah Binte Osman", "+6565550193", "rashidah.osman@example.com", "Director",
     "Distributor", "Singapore", 1.75, 0, "Franchisee", "sg", "SG", (None, None, None, 1), None, (None, None, None)),
    (None, "AFD", "Alnoor", "Alnoor Fashion Design", "King Abdullah Street, Pearl Plaza Towers, shop no. 7", None,
     "Tel: 065550199", None, None, "UAE - Sharjah", "Omar Saleh", "+971455501205", None, "Director", "Franchise", "UAE", 2,
     None, "CostPlusD", "ue", "AFD", (None, None, None, None), None, (None, None, None)),
    (None, "MK", "Maziah", "Siti Maziah Kasim", "No 18 Jln 27", "Brunei Muara ", "Brunei Muara", None, "BE2211",
     "Brunei Darussalam", "Siti Maziah Kasim", "+6737555021", "maziah.kasim@example.com", "Director", "Franchise", "brunei",
     4, 0, "Franchisee", "br", "HUP", (None, None, None, None), None, (None, None, None)),
    (None, "AA", "AmaniKollections", "amani kollections", "Suite GF5, Unity Memorial complex ", "behind First Bank Area 11 Garki ",
     "Abuja", None, None, "Nigeria", "Abdullahi Bello", "+2348055501225", None, "Director", "Franchise", "nigeria", 3.5,
     None, "Franchisee", "ng", "AA", (None, None, None, None), None, (None, None, None)),
    (None, "IDK", "ID Kuwait", "M/S. Al Noor European Group T & C Co.", "Kuwait International Airport", None, "Qibla",
     "Kuwait", None, "KUWAIT", "Ziad Akram AlSaleh", "+96555501233", None, "Director", "Franchise", "Kuwait", 3, None,
     "CostPlusD", "ku", "IDK", (None, None, None, None), None, (None, None, None)),
    (None, "NB", "NurisaBonita", "Nurisa Bonita", "27, Jln AU 1C/4", f"Taman Keramat{NB}Indah", "Kuala Lumpur", None, 54200,
     "Malaysia", "Azlina mohamed", "+6012-5550241", None, "Director", None, None, 1.5, 0, "Franchisee", None, None,
     (None, None, None, None), None, (None, None, None)),
    (None, "NV", "NurisaVoila", "Nurisa Voila", "1208 TAMAN MAKMUR INDAH", "JALAN GENDANG", "KUCHING", "SARAWAK", 93050,
     "Malaysia", "DAYANG NURUL BINTI AWANG SAPIEE", "+6 016 5550249", None, "Director", None, None, 1.5, 0, "Franchisee",
     None, None, (None, None, None, None), None, (None, None, None)),
    (None, "DM", "DMEA", "DMEA", "E-3-08A", "BLOK E JLN PJU 1A/3M, TAIPAN 2 ARA", "DAMANSARA", "Pataling Jaya", 47301,
     "Malaysia", "NUR ARIANA AHMAD", "+60135550253", "dmea96@example.com", "Director", "Distributor", "Malaysia", 1.75, 0,
     "Franchisee", "my", "MF", (None, None, None, 1), None, (None, None, None)),
    (None, "IDU", "ID Uganda", "Grand royal shopping mall", "No 14", "Kampala road", "Kampala", "Kampala", None, "Uganda",
     "Aisha Nakato", f"+256{NB}755{NB}550{NB}261", "a_nakato@example.com", "Owner", "Franchise", "uganda", 7, None,
     "Franchisee", "ug", "IDU", (None, None, None, None), "Online", (None, None, None)),
    (None, "KS", "Kenza", "TECNO HAY ESSALAM", "N°18 LISSASFA", None, "CASABLANCA", None, None, "Maroc",
     "Mr: BENNANI YOUSSEF", "+212 661555026", "bennani.kenza@example.com", "Owner", "Franchise", "Morocco", 4, 0,
     "CostPlusD", "ma", "ks", (None, None, None, None), None, (None, None, None)),
]
assert len(R) == 28

wb = workbook()
ws = wb.active
ws.title = "Contacts"
ws["A1"] = "Folder"
ws["B1"] = DRIVE + "Malaysia"
ws["C2"] = 8
ws["D2"] = 8
ws["G2"] = "Selangor , MALAYSIA."
ws.append(["Quota", "ID", "NickName", "Company", "address 1", "address 2", "City", "State", "Code", "Country",
           "Contact Name", "Tel", "email", "title", "Status", "Folder", "Air cost/kg", "Sup Address1", "Sup Address2",
           "Custom Invoice Required", "PriceColumn", "CountryAbv", "forwarder", "Donotship", "GST Calc", "ExchangeCalc",
           "IssueSOA", "Q1", "Q2", "Q3", "Q4", "LastSOAUpdate"])
for r in R:
    (quota, rid, nick, company, a1, a2, city, state, code, country, contact, tel, email, title, status, folder, air,
     custom, pricecol, abv, forwarder, flags, q1, q234) = r[:24]
    sup = r[24] if len(r) > 24 else (None, None)
    if tel is None:
        tel = my_tel()
    row = [quota, rid, nick, company, a1, a2, city, state, code, country, contact, tel, email, title, status,
           DRIVE + folder if folder else None, air, sup[0], sup[1], custom, pricecol, abv, forwarder, *flags, q1, *q234,
           datetime.datetime(2016, 3, 10)]
    ws.append(row)
    ws.cell(ws.max_row, 32).number_format = "mm-dd-yy"
# The side note of product allocations beside the Singapore reseller.
side = ws.max_row - 9
for col, text in zip(("AG", "AH", "AI", "AJ"), ("Voila : 80", "Voila maxi : 400", "Chic : 300", "Chic maxi: 80")):
    ws[f"{col}{side}"] = text
for col, w in (("A", 13.44), ("B", 13.44), ("C", 20.2), ("E", 20.55), ("F", 19), ("G", 13.1), ("H", 13.1), ("J", 15.55),
               ("K", 36), ("L", 16.33), ("M", 44.66), ("N", 8.89), ("O", 9.44), ("P", 8.89), ("R", 8.2), ("U", 10.78)):
    ws.column_dimensions[col].width = w
for name in ("Sheet1", "Sheet2", "Sheet3"):
    wb.create_sheet(name)

save(wb, "resellers-en-my-hijabfranchise.xlsx")
