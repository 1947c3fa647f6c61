"""
Shape of BaselGhanem/Sales "Daily Sales Report.xlsx": a Jordanian pharmaceutical company's
daily-sales-report workbook kept by one sales supervisor in Excel 365, English headers over
Arabic values, fourteen sheets:

- "Daily Sales Report": a row of SUBTOTAL / text formulas over a header Team / Product Group /
  Item / Unit Price / Month / Budget QTY / Budget Value / Budget Bonus % / Sales Goods QTY / Sales
  Value / Sales Bonus QTY / Sales Bonus Value / Budget Bonus Qty / Budget Bonus Value / Filter;
  one row per product and month (twelve each), team and group by XLOOKUP, sales by SUMIFS on Data.
- "Sheet5": a scratch of dynamic-array formulas repeating each product twelve times.
- "Basel DSR": a broken GROUPBY (#REF!) with a % column and a Month cell.
- "Sheet1", "Sheet7", "Sheet3", "Sheet6": pivots of net goods and sales per item / month, page
  filters (Team (All), Month 1), #VALUE! beside them, Grand Total rows.
- "Data": the ERP's sales lines as an Excel table (34 columns: detailman, customer number and
  name, area, item code and description, INV/RET, quantities, values, sales rep, dates as
  mm-dd-yy, lot and expiry, month, status, sector, team, salesman, region, customer type ...).
- "Sheet4": a formula grid per team's products.
- "Sheet2": detailmen and their teams.  "Areas": area -> region (table).
- "Products": ERP description -> item name, group, promotion, team, price (table) with a price
  side list far right.
- "Pharmacies": the customer master as an Excel table: Code / Customer Name / Customer Type /
  Salesman / Area. The first ~1,470 rows name a pharmacy ("صيدلية <name> / <town>", chains,
  wholesalers, hospitals); the remaining ~2,230 rows hold only a code, a type, a salesman or a
  status word in the Salesman column (مغلقه closed, اخرين others, قضايا legal cases) and an area,
  the customer's name empty. Status words also stand in the Salesman column of some named rows.
- "Sheet2 (2)": detailmen, their areas in a row and the pharmacies of each area below (spilled
  FILTER results).
Values invented: pharmacy, product and person names are made up from word lists.
"""
import datetime

from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.workbook.defined_name import DefinedName

from fake import CachedFormulas, Fake, workbook

f = Fake("sales-en-jo-pharmadsr")
r = f.r
cf = CachedFormulas()

FIRST_AR = ["محمد", "أحمد", "مراد", "عباده", "مؤيد", "تامر", "اجود", "خالد", "سامر", "يوسف", "عمر", "زيد",
            "حسام", "لجين", "رؤى", "صفا", "هبة", "نور", "رامي", "باسل", "فراس", "دانا", "ليان", "أنس"]
LAST_AR = ["الخطيب", "النمري", "الحوراني", "المومني", "العمري", "الشوبكي", "الطراونه", "الزيود", "العبادي",
           "البطاينه", "الرواشده", "القضاه", "الحمايده", "العتوم", "الشرع", "الجراح", "الصمادي", "الخوالده"]
WORDS = ["الأمل", "النور", "الشفاء", "الرحمة", "الياسمين", "الزيتون", "السنابل", "الوفاء", "البيان", "الريان",
         "الندى", "الفجر", "الهدى", "السلام", "الصفا", "المروة", "الورود", "القمر", "النخيل", "الجوري",
         "اللؤلؤة", "الأقحوان", "السوسن", "الربيع", "الخزامى", "الفيروز", "المنار", "الكرمل", "الأرز",
         "البلسم", "الدواء الآمن", "العافية", "الحياة", "الغد", "الريحان", "البستان", "الينبوع", "الواحة",
         "الضياء", "التاج", "الجود", "الرضا", "المستقبل", "الأمانة", "الثقة", "السلامة", "سلمى", "رهف",
         "جود", "تالا", "يارا", "دانة", "ريم", "لانا", "هيا", "سيف", "كرم", "مالك", "عمار", "نادر",
         "ابن سينا", "الرازي", "دار الشفاء", "بلسم الحياة", "قطرة الندى", "زهرة المدائن", "ورد الشام"]
DISTRICTS = [("الزرقاء الشمالية", "الزرقاء", "Zarqa"), ("الزرقاء الجنوبية", "الزرقاء", "Zarqa"),
             ("اربد الشمالية", "اربد", "Irbid"), ("اربد الجنوبية", "اربد", "Irbid"), ("الرمثا", "الرمثا", "Irbid"),
             ("السلط", "السلط", "Amman North"), ("صويلح", "صويلح", "Amman North"), ("خلدا", "خلدا", "Amman West"),
             ("تلاع العلي", "تلاع العلي", "Amman West"), ("الجبيهة و ابونصير", "الجبيهه", "Amman North"),
             ("البقعة", "البقعه", "Amman North"), ("طبربور", "طبربور", "Amman North"), ("ماركا", "ماركا", "Amman East"),
             ("الهاشمي", "الهاشمي", "Amman East"), ("النزهة", "النزهه", "Amman East"), ("الوحدات", "الوحدات", "Amman East"),
             ("القويسمة", "القويسمه", "Amman East"), ("جبل الحسين", "جبل الحسين", "Amman West"),
             ("ضاحية الرشيد", "ضاحية الرشيد", "Amman West"), ("ماحص والفحيص", "الفحيص", "Amman West"),
             ("عين الباشا", "عين الباشا", "Amman North"), ("سحاب", "سحاب", "Amman East"), ("مادبا", "مادبا", "South"),
             ("الكرك", "الكرك", "South"), ("العقبة", "العقبه", "South"), ("المفرق", "المفرق", "Zarqa"),
             ("جرش", "جرش", "Irbid"), ("عجلون", "عجلون", "Irbid"), ("الرصيفة", "الرصيفه", "Zarqa"),
             ("شفا بدران", "شفا بدران", "Amman North"), ("المدينة الرياضية", "المدينه الرياضيه", "Amman West"),
             ("جبل عمان", "جبل عمان", "Amman West"), ("وسط البلد", "وسط البلد", "Amman East"),
             ("الشميساني", "الشميساني", "Amman West"), ("البيادر", "البيادر", "Amman West"),
             ("خريبة السوق", "خريبة السوق", "Amman East"), ("العبدلي", "العبدلي", "Amman West")]
TEAMS = ["Cardio 1", "Cardio 2", "Cardio 3", "URO", "Mixif", "Neuro", "Gastro", "Derma", "Resp", "Non-Promoted"]
STEMS = ["Amlovex", "Rosudar", "Pantira", "Ciprolan", "Flucodar", "Gamsol", "Rinazol", "Azoril", "Hairvit",
         "Clavomox", "Valsadar", "Metfodar", "Omepral", "Losadar", "Atorvex", "Bisodar", "Cetirix", "Montelar",
         "Esomex", "Levocin", "Duloxar", "Tamsodar", "Ibudar", "Paranox", "Glicodar", "Dexalin", "Nebilar",
         "Sertadar", "Quetidar", "Fexomar", "Lansodar", "Cefurin", "Azimex", "Sitagar", "Empadar"]
FORMS = [("Mg Tabs", "mg F.C.Tablets"), ("Mg Caps", "mg Capsules"), ("Mg Syrup 100 Ml", "mg Syrup 100ml"),
         ("Mg Susp 100 Ml", "mg Suspension 100ml"), ("% Solution 50 Ml", "% Solution 50ml")]

salesmen = list(dict.fromkeys(f.pick(FIRST_AR) + " " + f.pick(LAST_AR) for _ in range(12)))[:9]
detailmen = []
while len(detailmen) < 40:
    n = f.pick(FIRST_AR) + " " + f.pick(LAST_AR)
    if n not in detailmen and n not in salesmen:
        detailmen.append(n)
detail_team = {d: TEAMS[i // 5 % 9] for i, d in enumerate(detailmen)}

# products --------------------------------------------------------------------------------------
products = []  # (item name, description, group, team, price, promoted, code)
for stem in STEMS:
    team = f.pick(TEAMS)
    group = stem if f.chance(0.6) else f"{stem} - {f.pick(STEMS)}"
    for _ in range(r.choice([2, 3, 3, 4])):
        form, erp = f.pick(FORMS)
        strength = f.pick(["5", "10", "20", "40", "50", "150", "250", "500", "750"])
        pack = f.pick([10, 14, 20, 28, 30]) if "Ml" not in form else 1
        item = f"{group} {strength} {form}" + (f" {pack}" if "Ml" not in form else "")
        if any(p[0] == item for p in products):
            continue
        desc = f"{stem} {strength}{erp}" + (f" {pack}'s" if "Ml" not in form else "") + f.pick(["", "", " .", "."])
        price = round(r.uniform(1.2, 25), 2)
        products.append((item, desc, group, team, price, f.pick(["Yes", "Yes", "No"]),
                         r.randrange(200000000, 2300000000)))
products.sort()

# pharmacies ------------------------------------------------------------------------------------
STATUS = ["مغلقه", "اخرين", "قضايا"]
named, unnamed = [], []
codes = set()


def code():
    while True:
        c = r.choice([r.randrange(100, 1000), r.randrange(1000, 12000), r.randrange(1000, 12000), r.randrange(90000, 99000)])
        if c not in codes:
            codes.add(c)
            return c


def area_of(d):
    return "الأردن-" + d[0]


while len(named) < 1468:
    d = f.pick(DISTRICTS)
    kind = r.random()
    if kind < 0.03:
        ctype, prefix = "Chain pharmacies", f.pick(["شركة صيدلية", "شركه صيدليات", "صيدليات"])
    elif kind < 0.055:
        ctype, prefix = "Wholesaler", f.pick(["مستودع ادوية", "شركة مستودع", "مستودع"])
    elif kind < 0.08:
        ctype, prefix = "Hospitals", f.pick(["مستشفى", "مركز مستشفى", "المركز الطبي"])
    else:
        ctype, prefix = "Pharmacies", f.pick(["صيدلية", "صيدلية", "صيدليه", "شركة صيدلية"])
    sep = f.pick([" / ", " /", "/ ", "/"])
    name = f._unique(lambda: f"{prefix} {f.pick(WORDS)}{sep}{d[1]}")
    s = r.random()
    salesman = ("اخرين" if s < 0.055 else f.pick(["مغلقة", "Inactive", "مغلقه"]) if s < 0.062 else f.pick(salesmen))
    area = area_of(d) if f.chance(0.93) else "آخرين"
    named.append([code(), name, ctype, salesman, area, d])
# one pharmacy registered twice under a second code (another salesman)
twin = list(named[700])
twin[0] = code()
twin[3] = f.pick(salesmen)
named.insert(1203, twin)
named.pop()
for _ in range(2231):
    d = f.pick(DISTRICTS)
    ctype = "Pharmacies" if f.chance(0.97) else f.pick(["Wholesaler", "Hospitals", "Chain pharmacies"])
    s = r.random()
    salesman = f.pick(STATUS) if s < 0.78 else f.pick(salesmen)
    area = "Default for foreign Countries" if f.chance(0.14) else ("آخرين" if f.chance(0.05) else area_of(d))
    unnamed.append([code(), None, ctype, salesman, area, d])

wb = workbook()

# Daily Sales Report ---------------------------------------------------------------------------
ws = wb.active
ws.title = "Daily Sales Report"
n_rows = len(products) * 12
last = n_rows + 2
cf.formula(ws, "A1", '=IF(ISNUMBER(SEARCH("[",_xlfn.FORMULATEXT(I5),1)),"Check Outsource Data","")', "")
cf.formula(ws, "B1", '="Last sales date: "&TEXT(MAX(Data!M:M),"dddd dd-mm-yyyy")', "Last sales date: Thursday 12-02-2026")
cf.formula(ws, "C1", '="Remaining "&TEXT(G1-J1,"#,#,k")', "Remaining 1,604k")
for col in "FGJ":
    cf.formula(ws, f"{col}1", f"=SUBTOTAL(9,{col}3:{col}{last})", r.randrange(100000, 2000000))
cf.formula(ws, "H1", '="Budget Bonus\n"&TEXT(SUBTOTAL(1,H3:H5000),"##%")', "Budget Bonus\n8%")
cf.formula(ws, "I1", '="Sales vs Budget\n"&TEXT(+J1/G1,"##%")', "Sales vs Budget\n31%")
for col in "KLMN":
    cf.formula(ws, f"{col}1", f"=SUBTOTAL(9,{col}3:{col}1023)", r.randrange(1000, 90000))
cf.formula(ws, "O1", '=IFERROR("Budget Bonus/Actual\n"&TEXT(L1/N1,"##%"),0)', "Budget Bonus/Actual\n64%")
cf.formula(ws, "P1", '="Bonus Value/Sales Value\n"&TEXT(L1/J1,"##%")', "Bonus Value/Sales Value\n5%")
ws.append(["Team", "Product Group", "Item", "Unit Price", "Month", "Budget QTY", "Budget Value", "Budget Bonus %",
           "Sales Goods QTY", "Sales Value", "Sales Bonus QTY", "Sales Bonus Value", "Budget Bonus Qty",
           "Budget Bonus Value", "Filter"])
row = 3
for item, desc, group, team, price, promo, _ in products:
    budget = r.random() < 0.5
    for m in range(1, 13):
        cf.formula(ws, f"A{row}", f"=_xlfn.XLOOKUP(C{row},Products!D:D,Products!G:G)", team)
        cf.formula(ws, f"B{row}", f"=_xlfn.XLOOKUP(C{row},Products!D:D,Products!E:E)", group)
        ws[f"C{row}"] = item
        ws[f"D{row}"] = price if budget else 0
        ws[f"E{row}"] = m
        qty = r.randrange(20, 600) if budget else 0
        ws[f"F{row}"] = qty
        ws[f"G{row}"] = round(qty * price, 2)
        ws[f"H{row}"] = f.pick([0, 0.05, 0.1, 0.2]) if budget else 0
        sold = r.randrange(0, 500) if m <= 2 else 0
        cf.formula(ws, f"I{row}", f"=SUMIFS(Data!$U:$U,Data!$X:$X,$C{row},Data!$P:$P,$E{row})", sold)
        cf.formula(ws, f"J{row}", f"=SUMIFS(Data!$Q:$Q,Data!$X:$X,$C{row},Data!$P:$P,$E{row})", round(sold * price * 0.8, 2))
        cf.formula(ws, f"K{row}", f"=SUMIFS(Data!$AC:$AC,Data!$X:$X,$C{row},Data!$P:$P,$E{row})", sold // 10)
        cf.formula(ws, f"L{row}", f"=K{row}*D{row}", round(sold // 10 * price, 2) if budget else 0)
        cf.formula(ws, f"M{row}", f"=+H{row}*I{row}", 0)
        cf.formula(ws, f"N{row}", f"=M{row}*D{row}", 0)
        cf.formula(ws, f"O{row}", f"=AND(MONTH(TODAY())=E{row},SUM(F{row}:N{row})<>0)", "FALSE")
        row += 1
ws.auto_filter.ref = f"A2:O{last}"

# Sheet5 -----------------------------------------------------------------------------------------
ws = wb.create_sheet("Sheet5")
cf.formula(ws, "A1", "=_xlfn.TOCOL(\n    _xlfn.MAKEARRAY(ROWS(D1:D255)*12,1,\n        _xlfn.LAMBDA(_xlpm.r,_xlpm.c,\n"
           "            INDEX(D1:D255,INT((_xlpm.r-1)/12)+1)\n        )\n    )\n)", products[0][0])
for i, p in enumerate(products):
    rr = i + 1
    ws[f"D{rr}"] = p[0]
    cf.formula(ws, f"E{rr}", f'=REPT(D{rr}&",",12)', (p[0] + ",") * 12)
    cf.formula(ws, f"G{rr}", f'=_xlfn.DROP(_xlfn.TEXTSPLIT(E{rr},","),,-1)', p[0])
    for c in "HIJKLMNOPQR":
        ws[f"{c}{rr}"] = p[0]
cf.formula(ws, "V1", "=_xlfn.TOCOL(_xlfn.VSTACK(_xlfn.ANCHORARRAY(G1),_xlfn.ANCHORARRAY(G2)))", products[0][0])
for k in range(1, len(products) * 12):
    ws[f"A{k + 1}"] = products[k // 12][0]
    if k < 24:
        ws[f"V{k + 1}"] = products[k // 12][0]

# Basel DSR -------------------------------------------------------------------------------------
ws = wb.create_sheet("Basel DSR")
cf.formula(ws, "B2", '=_xlfn.GROUPBY(#REF!,#REF!,_xleta.SUM,3,1,2,(IF(ISBLANK(G2),#REF!=MAX(#REF!),#REF!=G2)*(#REF!="Private")))', "#REF!")
ws["D2"], ws["F2"], ws["G2"] = "%", "Month", 10
for k in range(3, 16):
    cf.formula(ws, f"D{k}", f'=IF(LEN(B{k})>0,C{k}/MAX(C:C),"")', "")

# pivots ----------------------------------------------------------------------------------------
sold_items = [p for p in products if f.chance(0.9)]
ws = wb.create_sheet("Sheet1")
ws["A1"], ws["B1"] = "Team", "(All)"
ws.append([])
ws.append(["Item Name", "Sum of Net Goods", "Sum of Sales USD"])
tg, ts = 0, 0
for p in sold_items:
    g = r.randrange(-10, 900)
    s = g * p[4] * r.uniform(1.2, 1.5)
    tg, ts = tg + g, ts + s
    k = ws.max_row + 1
    ws.append([p[0], g, s, "#VALUE!", "#VALUE!", f"=TRUNC(B{k}-D{k},0)", f"=TRUNC(C{k}-E{k},0)"])
ws.append(["Grand Total", tg, ts])

ws = wb.create_sheet("Sheet7")
ws["A1"], ws["B1"] = "Month", 1
ws.append([])
ws.append(["Item Name", "Sum of Net Goods", "Sum of Sales"])
for p in sold_items[:-6]:
    k = ws.max_row + 1
    ws.append([p[0], r.randrange(1, 400), r.uniform(10, 3000), f"=C{k}/B{k}"])

ws = wb.create_sheet("Sheet3")
ws["A3"], ws["B3"] = "Month", "Sum of Sales USD"
a, b = r.uniform(300000, 420000), r.uniform(280000, 380000)
ws.append([1, a])
ws.append([2, b])
ws.append(["Grand Total", a + b])

ws = wb.create_sheet("Sheet6")
ws["A3"], ws["B3"] = "Item Name", "Sum of Sales"
tot = 0
for p in sold_items:
    v = r.uniform(-8, 9000)
    tot += v
    ws.append([p[0], v])
ws.append(["Grand Total", tot])

# Data ------------------------------------------------------------------------------------------
ws = wb.create_sheet("Data")
DATA_HEAD = ["Detailman Name", "Cust No", "Cust Name", "Area Name", "Item Code", "Description", "So Type", "Goods Qty",
             "Bonus Qty", "Value", "Tax Value", "Salesrep", "Transaction Date", "Lot Number", "Expiration Date", "Month",
             "Sales", "Expiation Status", "Year", "Sector", "Net Goods", "Product Group", "Team", "Item Name",
             "Promotion Type", "Unit Price", "Sales USD", "Salesman", "Net Bonus", "Period", "State", "Bonus Value",
             "Promoted", "Customer Type"]
ws.append(DATA_HEAD)
buyers = [p for p in named if p[3] in salesmen][:520]
day = datetime.date(2026, 1, 4)
for i in range(3000):
    if i % 55 == 0:
        day += datetime.timedelta(days=1 if day.weekday() != 3 else 2)
    c = f.pick(buyers)
    p = f.pick(products)
    ret = f.chance(0.075)
    qty = r.choice([1, 1, 1, 2, 3, 5, 10, 20, 50])
    bonus = 0 if f.chance(0.8) else r.choice([1, 2, 5, 10])
    value = round(qty * p[4] * 0.7, 2)
    sign = -1 if ret else 1
    status = ("Expired Return" if f.chance(0.75) else "Normal Return") if ret else "Normal Sales"
    ctype = c[2] if f.chance(0.99) else None
    promo = p[5] if f.chance(0.95) else None
    ws.append([f.pick(detailmen), c[0], c[1], area_of(c[5]), p[6], p[1], "RET" if ret else "INV", qty, bonus, value,
               round(value * 0.04, 4), c[3], day, r.randrange(-400000, 400000),
               datetime.date(r.randrange(2026, 2029), r.randrange(1, 13), 1), day.month, sign * value, status, 2026,
               "Private", sign * qty, p[2], p[3], p[0], promo, p[4] * 1.41, sign * value * 1.41, c[3], sign * bonus,
               "YTD", c[5][2], sign * bonus * p[4] * 1.41, p[5], ctype])
for k in range(2, ws.max_row + 1):
    ws[f"M{k}"].number_format = "mm-dd-yy"
    ws[f"O{k}"].number_format = "mm-dd-yy"
t = Table(displayName="Data_1", ref=f"A1:AH{ws.max_row}")
t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(t)

# Sheet4 ----------------------------------------------------------------------------------------
ws = wb.create_sheet("Sheet4")
cf.formula(ws, "A1", '=CHOOSECOLS(FILTER(Pharmacies!B:E,(Pharmacies!B:B<>"")*(Pharmacies!E:E<>"اخرين")),1,4)', "#NAME?")
ws["C1"], ws["C2"], ws["C3"], ws["C4"] = "Sales", "Unit Price", "Total Goods", "Name"
for j in range(13):
    col = chr(ord("D") + j)
    ws[f"{col}1"] = f"={col}3*{col}2"
    ws[f"{col}2"] = f"=_xlfn.XLOOKUP({col}4,Sheet7!$A:$A,Sheet7!$D:$D,0)"
    ws[f"{col}3"] = f"=SUBTOTAL(9,{col}5:{col}2573)"
cf.formula(ws, "D4", "=_xlfn.TOROW(_xlfn._xlws.SORT(_xlfn.UNIQUE(_xlfn._xlws.FILTER(Data!X:X,Data!W:W=AD15))))", products[0][0])
ws["E4"] = products[1][0]
ws["C5"] = '="UNIQUE(FILTER(Data!A:A,(Data!D:D=B5)*(Data!W:W=$AD$15)))"'
for k, t_ in enumerate(TEAMS[1:]):
    ws[f"AC{4 + k}"] = t_
ws["AC15"], ws["AD15"] = "Choose Team", "Derma"

# Sheet2: detailmen -----------------------------------------------------------------------------
ws = wb.create_sheet("Sheet2")
ws.append(["Detailman Name", "Team"])
for d in detailmen:
    ws.append([d, detail_team[d]])

# Areas -----------------------------------------------------------------------------------------
ws = wb.create_sheet("Areas")
ws.append(["Area", "Momen Area"])
for d in DISTRICTS:
    ws.append([area_of(d), d[2]])
ws.add_table(Table(displayName="Table7", ref=f"A1:B{ws.max_row}"))

# Products --------------------------------------------------------------------------------------
ws = wb.create_sheet("Products")
ws.append(["Description", "Supervisor", "Real Item Name(No Frozen)", "Item Name", "Product Group", "Promotion Type",
           "Team", "Unit Price"])
ws["AO1"], ws["AP1"] = "Item name", "Unit Price"
k = 2
for p in products:
    for desc in [p[1], "(Frozen)" + p[1]] if f.chance(0.25) else [p[1]]:
        ws.cell(k, 1, desc)
        ws.cell(k, 2, p[2].split(" - ")[0])
        ws.cell(k, 3, p[0])
        ws.cell(k, 4, p[0])
        ws.cell(k, 5, p[2])
        ws.cell(k, 6, p[5])
        ws.cell(k, 7, p[3])
        cf.formula(ws, f"H{k}", f"=_xlfn.XLOOKUP(D{k},AO:AO,AP:AP,0)", p[4] * 1.41)
        k += 1
for i, p in enumerate(products):
    ws[f"AO{i + 2}"], ws[f"AP{i + 2}"] = p[0], p[4] * 1.41
ws.add_table(Table(displayName="Table4", ref=f"A1:H{k - 1}"))

# Pharmacies ------------------------------------------------------------------------------------
ws = wb.create_sheet("Pharmacies")
ws.append(["Code", "Customer Name", "Customer Type", "Salesman", "Area"])
# chains first, then the rest as the ERP listed them
named.sort(key=lambda p: p[2] != "Chain pharmacies")
for p in named + unnamed:
    ws.append(p[:5])
t = Table(displayName="Table2", ref=f"A1:E{ws.max_row}")
t.tableStyleInfo = TableStyleInfo(name="TableStyleLight9", showRowStripes=True)
ws.add_table(t)
ws.column_dimensions["B"].width = 38

# Sheet2 (2) ------------------------------------------------------------------------------------
ws = wb.create_sheet("Sheet2 (2)")
ws["A1"], ws["B1"] = "Detailman Name", "Team"
five = detailmen[:5]
for j, d in enumerate(five):
    ws.cell(1, 3 + j, d)
    ws.cell(2 + j, 1, d)
areas = [d for d in DISTRICTS[:13]]
cf.formula(ws, "B2", "=_xlfn.TOROW(_xlfn.UNIQUE(_xlfn._xlws.FILTER(Data!D:D,Data!A:A=A2)))", area_of(areas[0]))
for j, d in enumerate(areas[1:]):
    ws.cell(2, 3 + j, area_of(d))
for j, d in enumerate(areas):
    col = chr(ord("B") + j)
    in_area = [p[1] for p in named if p[5] == d and p[4] != "آخرين"][:66]
    cf.formula(ws, f"{col}3", f"=_xlfn.TRIMRANGE(_xlfn._xlws.FILTER(Pharmacies!$B:$B,Pharmacies!$E:$E={col}2))",
               in_area[0] if in_area else "#CALC!")
    for i, name in enumerate(in_area[1:]):
        if j < 11 or i < 2:
            ws.cell(4 + i, 2 + j, name)

wb.defined_names.append(DefinedName("Pharmacies", localSheetId=13, attr_text="'Sheet2 (2)'!$B$3:$N$68"))
wb.defined_names.append(DefinedName("Pharmacies", attr_text=f"Pharmacies!$B$2:$B${len(named) + len(unnamed) + 1}"))

cf.save(wb, "sales-en-jo-pharmadsr.xlsx")
