"""
Shape of vistarlogitekdeveloper/LR_management "01.#Transport Business Tracker 2026-2027.xlsx": an
Aurangabad (Maharashtra) freight broker's trip MIS for its customers' plants, made in Excel 365,
one sheet per customer group plus a pending-POD report.

- "MIS Aurangabad", "MIS Sanjeev Auto", "MIS Reliable": the same 27-column header on row 1
  (NO / Month / Transpotor name / PAN / TDS DeclN / Vehicle No. / Vehicle Type / LR No / LR Date /
  Ageing / POD Soft Copy Recd Date / Origin to Destination / Total Trasport Charges / Transport
  Advance Paid / Advance Paid Date / TransportBalance Payment / Balance Paid Date / Customer Name
  (Billing From <broker>) / <broker> Billing Amount / Bill No / Bill Date / Mathadi Charges /
  Margin / Trip Lead by / ADVANCE PAID BY / Margin / Aging), autofilter on row 1; one row per
  lorry receipt. The first name column is the hired transporter (a supplier: firms with
  non-breaking spaces and leading blanks, owner-drivers by name); the customer billed is in R,
  one of a few plants of an auto-parts group written as group + plant code ("… E-71",
  "… K226/02", also "… K-226/2" and "… B-1/3" for the same plants), another maker, a truncated
  name. NO is =SUBTOTAL(3,…), Ageing =TODAY()-date, balances and margins formulas (cached), some
  charges typed as =5000+48000; "Pending" in date and bill columns; Month as "1) Apr-26".
  "MIS Reliable" has its last columns in another order, an LR Entry Remark and a note column.
- "MIS Eaton": eight trips for one customer, a "Trip Lead by" column inserted before the customer
  (holding the customer's site), the customer's name truncated, the later headers out of step
  with their values.
- "POD Pending Report": April trips whose POD is pending, pasted as values under a header that
  lacks the two vehicle columns, so from F on every value sits two columns left of its header
  (the customer under "Vistar Bill Date"), NO typed with a restart.
Values invented.
"""
import datetime

from fake import CachedFormulas, Fake, workbook

f = Fake("trips-en-in-transportmis")
cf = CachedFormulas()
NB = "\xa0"
BROKER = "Vantage"
TODAY = datetime.date(2026, 6, 26)
EPOCH = datetime.date(1899, 12, 30)

HEAD = ["NO", "Month", "Transpotor name", "PAN", "TDS DeclN", "Vehicle No.", "Vehicle Type ", "LR No", "LR Date", "Ageing",
        "POD Soft Copy Recd Date", "Origin to Destination", "Total \nTrasport Charges", "Transport Advance Paid",
        "Advance Paid Date", "TransportBalance Payment", "Balance Paid Date", f"Customer Name (Billing From {BROKER})",
        f"{BROKER} Billing Amount", f"{BROKER} Bill No", f"{BROKER} Bill Date", "Mathadi \nCharges", f"{BROKER} \nMargin",
        "Trip Lead by", "ADVANCE PAID BY \n", "Margin", "Aging"]
MONTHS = {4: "1) Apr-26", 5: "2) May-26", 6: "3)  Jun-26"}
FIRMS = [f"New{NB}Shreeram{NB}Roadlines", f" Veerbhadra{NB}transport", "Jai transport", f"Sainath{NB}Transport{NB}company",
         f"Vijay{NB}Express", "Vijay Express"]
OWNER_DRIVERS = ["Somnath Baburao Kale", "Dnyaneshwar Laxman Pawar", f"Shaikh{NB}Rafiq{NB}Shaikh Yusuf",
                 f"Gajanan{NB}Vitthal{NB}Jadhav", "Indrajit Khose", "Balaji Bapurao Shinde", f" Ganesh Vitthal Gade{NB}",
                 "Tijori green fruit company" + NB]
TYPES = ["1200KG", "1200KG", "1200KG", 407, "1 MT", "10MT", "1MT", "7MT", "7mt", "12MT", "3.5MT", f"7{NB}MT"]
ROUTES = [f"Waluj{NB} To MYSORE", "WALUJ To GUDGAON", "Waluj To Mysore", f"Pune{NB}To Nasapura", "Waluj To MYSORE",
          f"{NB}b1/3{NB}TO Bangalore", "Duravance K120 To Narsapura" + NB, "Waluj To NARSAPURA", f"Waluj{NB}To {NB}Chennai"]
# customer, weight, (transport charge, billing) choices
AURANGABAD = [("Duravance E-71", 400, [(19000, 21800), (19000, 22800)]),
              ("Duravance K226/02", 280, [(18500, 21500), (28500, 31500)]),
              ("Duravance K-226/2", 6, [(18500, 21500)]),
              ("Duravance B1/3", 200, [(18000, 20500), (27000, 29800)]),
              ("Duravance B-1/3", 5, [(18000, 20500)]),
              ("Duravance K-120", 150, [("=3000+44000", "=5000+48000", 47000, 53000), ("=3000+38000", "=5000+42000", 41000, 47000)]),
              ("Duravance Narsapura", 90, [(27000, 29800)]),
              ("Vartek LTD", 70, [(23500, 26000)]),
              ("Duravance k-228", 30, [(28000, 30800)]),
              ("Duravance E-92", 11, [(12000, 13500)]),
              ("Duravance L6/3/1&2", 7, [(23000, 25500)])]
LEADS = ["Deepak ", "Deepak ", "Deepak ", "Sandeep"]

wb = workbook()


def plate():
    s = f.pick(["MH20GC", "MH20EL", "mh20gc", "MH16DP", "mh16cd", "MH12NX", "mh57b", "MH23AU", "MP13GA", "MH18BG", "RJ11GA"])
    return s + f"{f.r.randrange(1000, 10000)}"


def serial(d):
    return (d - EPOCH).days


def trip_rows(ws, trips, lr_start, reliable=False):
    ws.append(HEAD if not reliable else HEAD[:23] + [" ADVANCE PAID BY \n", "Trip Lead by", "Margin", "Aging", "LR Entry Remark"])
    for i, t in enumerate(trips):
        r = i + 2
        d = t["date"]
        charge, bill = t["charge"], t["bill"]
        charge_v = t.get("charge_v", charge)
        bill_v = t.get("bill_v", bill)
        billed = t["billed"]
        bill_no = f"VL/MH/26-27/{t['bill_no']:04d}" if billed else "Pending"
        bill_date = t["bill_date"] if billed else "Pending"
        row = [None, MONTHS[d.month], t["transporter"], "YES", "Pending", plate(), f.pick(TYPES), t["lr"], d, None, None,
               t["route"], charge, t["advance"], t["adv_date"], None, t["balance_date"], t["customer"], bill, bill_no,
               bill_date, "Nil", None]
        if reliable:
            row += [BROKER.upper(), t["lead"], None, None, t.get("remark")]
        else:
            row += [t["lead"], BROKER.upper(), None, None]
        ws.append(row)
        for col in ("I", "O", "Q", "U"):
            if isinstance(ws[f"{col}{r}"].value, datetime.date):
                ws[f"{col}{r}"].number_format = "dd-mm-yyyy"
        cf.formula(ws, f"A{r}", f"=SUBTOTAL(3,C$2:C{r})", i + 1)
        cf.formula(ws, f"J{r}", f"=+TODAY()-I{r}", (TODAY - d).days)
        cf.formula(ws, f"K{r}", f"=+U{r}", serial(bill_date) if billed else "Pending")
        if isinstance(charge, str):
            cf.formula(ws, f"M{r}", charge, charge_v)
        if isinstance(bill, str):
            cf.formula(ws, f"S{r}", bill, bill_v)
        cf.formula(ws, f"P{r}", f"=+M{r}-N{r}", charge_v - t["advance"])
        cf.formula(ws, f"W{r}", f"=+S{r}-M{r}", bill_v - charge_v)
        cf.formula(ws, f"Z{r}", f"=+W{r}*100/M{r}", round((bill_v - charge_v) * 100 / charge_v, 6))
    ws.auto_filter.ref = f"A1:{'AC' if reliable else 'AA'}{len(trips) + 1}"


def make_trips(n, customers, transporters, start, lr, leads, routes, lr_fmt=None):
    trips = []
    weights = [c[1] for c in customers]
    days = sorted(f.date(datetime.date(2026, 4, 1), datetime.date(2026, 6, 6)) for _ in range(n))
    for i, d in enumerate(days):
        cust = f.r.choices(customers, weights=weights)[0]
        price = f.pick(cust[2])
        if len(price) == 4:
            charge, bill, charge_v, bill_v = price
        else:
            charge, bill = price
            charge_v, bill_v = charge, bill
        advance = charge_v - f.pick([2000, 2000, 3000, 5000])
        billed = d < datetime.date(2026, 5, 25) and f.chance(0.6)
        trips.append({
            "date": d, "customer": cust[0], "transporter": f.pick(transporters), "route": f.pick(routes),
            "charge": charge, "bill": bill, "charge_v": charge_v, "bill_v": bill_v, "advance": advance,
            "adv_date": d + datetime.timedelta(days=f.r.randrange(0, 3)),
            "balance_date": d + datetime.timedelta(days=28) if d.month == 4 and f.chance(0.5) else "Pending",
            "billed": billed, "bill_no": 10 + i // 12, "bill_date": d + datetime.timedelta(days=f.r.randrange(10, 20)),
            "lr": lr_fmt(lr + i) if lr_fmt else lr + i, "lead": f.pick(leads),
            "remark": "Done" if f.chance(0.66) else None,
        })
    return trips


transporters = FIRMS * 6 + OWNER_DRIVERS
aur = wb.active
aur.title = "MIS Aurangabad"
aur_trips = make_trips(1100, AURANGABAD, transporters, 0, 17051, LEADS + ["Sajith Sir"], ROUTES)
trip_rows(aur, aur_trips, 17051)

RAJEEV = [("Rajeev Auto", 1, [(19000, 22000), (19000, 22000), (39000, 46000), (27500, 32000), (33000, 38000)])]
raj = wb.create_sheet("MIS Sanjeev Auto")
raj_trips = make_trips(180, RAJEEV, FIRMS, 0, 16884, ["Deepak "] * 20 + ["Sandeep"],
                       [f"{NB}g168 To {NB}hosur", f"G168{NB}To Hosur", "Waluj To HOSUR", f"Waluj{NB} To{NB} hosur",
                        "Rajeev Auto To Rajeev Auto Hosur"], lr_fmt=lambda n: f"VLPLW2627/{n}" if n > 17000 else n)
trip_rows(raj, raj_trips, 16884)

RELIABLE = [("Trustline Autotech", 168, [(27000, 33000), (15500, 20000), (19000, 20500)]),
            ("Chaphekar Industri", 4, [(13000, 15000)]),
            ("Vashi Engineering", 2, [(36000, 40200)]),
            ("S.K Electrical engineering", 1, [(11500, 13150)]),
            ("Vartek LTD", 1, [(15000, 17000)]),
            ("Duravance A-12", 1, [(11000, 13500)])]
DRIVERS = [f.name_in() for _ in range(6)] + ["ARBAJ KHAN", "RIZWAN RAMZAN", "Om Sai Transport", "Mahadev packer movers ",
                                                "Jai Baba Logistics", "A.K LOGISTICS"]
rel = wb.create_sheet("MIS Reliable")
rel_trips = make_trips(175, RELIABLE, DRIVERS, 0, 1578, ["Chetan"],
                       ["RAPL3 TO RAPL7"] * 6 + ["RAPL7 TO RAPL3", "RAPL3 TO RAPL1", "Bhosari TO Himatnagar"],
                       lr_fmt=lambda n: f"PUN-{n:05d}" if n < 1700 else f"PUN-26-27-{n - 1000:04d}")
trip_rows(rel, rel_trips, 1578, reliable=True)
for i in range(6):
    rel.cell(160 + i, 29, "Advance Pending")

eat = wb.create_sheet("MIS Eaton")
eat.append(HEAD[:17] + ["Trip Lead by", f"Customer Name (Billing From {BROKER})", f"{BROKER} Bill No", f"{BROKER} Bill Date",
                        f"{BROKER} Billing Amount", "Mathadi \nCharges", f"{BROKER} \nMargin", "OF RS ADVANCE PAID BY \nRS WITH NAME",
                        "ADVANCE PAID BY\nName of the Advance payment", "Margin", "Aging"])
driver = f.name_in()
for i, (d, charge, adv, bill) in enumerate([((5, 9), 19000, 19000, 21500), ((5, 15), 23500, 18500, 27400),
                                            ((5, 20), 20000, 17000, 22500), ((5, 20), 30200, 26000, 33500),
                                            ((5, 20), 13500, 10500, 15500), ((5, 26), 21000, 16000, 25000),
                                            ((5, 27), 20000, 17000, None), ((5, 29), 4500, 2500, 6500)]):
    r = i + 2
    day = datetime.date(2026, *d)
    eat.append([None, "2) May-26", driver, "YES", "Pending", plate(), f.pick(["Mahindra Pick up", "14 Ft Vehicle", "TATA 14 Ft", "Pick up"]),
                18701 + i, day, None, None, f"Ortmann Magarpatta{NB}", charge, adv, day - datetime.timedelta(days=1), None,
                day + datetime.timedelta(days=2), f"Ortmann Magarpatta{NB}", "Ortmann Magar", f"VL/MH/26-27/{137 + i * 20:04d}",
                day + datetime.timedelta(days=3), bill, None, BROKER.upper(), "Sameer", None, None, "Done"])
    for col in ("I", "O", "Q", "U"):
        eat[f"{col}{r}"].number_format = "dd-mm-yyyy"
    cf.formula(eat, f"A{r}", f"=SUBTOTAL(3,C$2:C{r})", i + 1)
    cf.formula(eat, f"J{r}", f"=+TODAY()-I{r}", (TODAY - day).days)
    cf.formula(eat, f"K{r}", f"=+U{r}", serial(day + datetime.timedelta(days=3)))
    cf.formula(eat, f"P{r}", f"=+M{r}-N{r}", charge - adv)
    if bill is None:
        cf.formula(eat, f"V{r}", "=22500+4500", 27000)
        bill = 27000
    cf.formula(eat, f"Z{r}", f"=+W{r}*100/M{r}", 0)

pod = wb.create_sheet("POD Pending Report")
pod.append(["NO", "Month", "Transpotor name", "PAN", "TDS DeclN", "LR No", "LR Date", "Ageing", "POD Soft Copy Recd Date",
            "Total \nTrip Charges", "Advance Payment", "Advance Paid Date", "Balance Payment", "Balance Paid Date", "Trip Lead by",
            f"Customer Name (Billing From {BROKER})", f"{BROKER} Bill No", f"{BROKER} Bill Date", f"{BROKER} Billing Amount",
            "Mathadi \nCharges", f"{BROKER} \nMargin", "OF RS ADVANCE PAID BY \nRS WITH NAME",
            "ADVANCE PAID BY\nName of the Advance payment", "Margin", "Aging"])
april = [t for t in aur_trips + raj_trips if t["date"].month == 4][:260]
for i, t in enumerate(april):
    no = i + 1 if i < 218 else i - 217
    charge = t["charge_v"]
    bill = t["bill_v"]
    pod.append([no, "1) Apr-26", t["transporter"], "YES", "Pending", plate(), f.pick(TYPES), t["lr"], t["date"],
                (datetime.date(2026, 4, 27) - t["date"]).days, "Pending", t["route"], charge, t["advance"], t["adv_date"],
                charge - t["advance"], "Pending", t["customer"], bill, "Pending", "Pending", "Nil", bill - charge, "Deepak ",
                BROKER.upper(), (bill - charge) * 100 / charge, None, "Done" if f.chance(0.25) else None])
    for col in ("I", "O"):
        pod[f"{col}{i + 2}"].number_format = "dd-mm-yyyy"

cf.save(wb, "trips-en-in-transportmis.xlsx")
