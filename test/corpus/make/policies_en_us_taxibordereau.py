"""
Shape of kushdave1/surya-python-scripts "PolicyInfoReport.xlsx" (at commit d526a08): a small US
commercial-auto insurer's premium bordereau for its taxi, limousine and ride-service fleets, pulled
from its policy system for one bordereau month and saved by Excel for Mac. One sheet "SheetName",
header row 1 with the system's column names (Cust_Code, Policy__, Tran_Code, Endt__, Endt_Eff,
Pol_Eff, Pol_Exp, Legal_Name, Other_Name_DBA, address, coverage limits, vehicle, premiums by
coverage, commission, earned premium, instalment plan, prior policy, location, writing company,
tax rate, agent: 76 columns), no styling, an autofilter over A:N.

One row per vehicle per transaction: a "Policy" row for each vehicle at inception, "Endorsement"
rows in +/- pairs as vehicles come and go, "Cancel" rows (negative premiums) for every vehicle of a
cancelled policy, a few "Renewal" and "Cancellation" rows; hired & non-owned policies carry one row
with "Hired & Non Owned on Policy" in MAKE. So an insured fleet has dozens of rows; one insured
holds up to three yearly policies, its legal name spelled differently between years (case,
trailing space, "Inc." vs "INC"). Nearly everything is text: dates mm/dd/yyyy (the closing date
sometimes yyyy-mm-dd), zip codes with leading zeros, limits "1,000,000" or "N/A\\n" / "15,000\\n"
with a trailing line break, empty-string cells all over; premiums are numbers. Policy numbers and
names carry trailing spaces on later years; agency names misspelled on some rows; location state
as a number code on some rows. Left as saved: the filter shows only the Cancel/Cancellation rows,
every other row hidden, and a hidden totals row at the bottom (sums of the premium columns, empty
strings elsewhere). Values invented.
"""
import datetime

from fake import Fake, FIRST_EN, LAST_EN, save, workbook

f = Fake("bordereau-en-us-taxifleets")
r = f.r

HEADERS = ["Cust_Code", "Policy__", "Tran_Code", "Endt__", "Endt_Eff", "Pol_Eff", "Pol_Exp", "Legal_Name",
           "Other_Name_DBA", "Address_1", "Address_2", "City", "State", "Zip_Code", "Line_Code", "Class", "Terr",
           "CSL", "BI", "BI_PER_ACC", "PD", "Lided", "PIPLMT", "PIPD", "UMCSL", "UMBI", "UMBI_PER_ACC", "UMPD",
           "UIMCSL", "UIMBI", "UIMBI_PER_ACC", "UIMPD", "MED", "PEDPIP", "Veh__", "YEAR", "MAKE", "Vin",
           "LIAB_PREM", "PIP_PREM", "UM__PREM", "UIM__PREM", "UMPD_PREM", "HNCSL_PREM", "MED_PREM", "PEDPIP_PREM",
           "TOTAL_PREM", "Comm", "Comm_Amt", "CLOSING_DATE", "Number_of_Days", "ACTUAL_EARNED_PREM",
           "Est_Earned_Premium", "CR_Install_Freq_Code", "Prior_Policy_Number", "Bordereau_Month",
           "CR_Install_Freq_Desc", "Transaction_Reason", "Transaction_Description", "Car_Id", "Pre_Ins_Isp_Id",
           "PIP_Cov_Code", "Risk_Type", "Pollution", "LocationAddress1", "LocationAddress2", "LocationCity",
           "LocationState", "LocationZipcode", "Writing_Company", "PD_Limit", "PD_Ded", "Comp_Premium",
           "Coll_Premium", "TAX_RATE", "AGENT"]
COL = {h: i for i, h in enumerate(HEADERS)}

STATES = {  # state: (cities with zips, tax rate, location code or None, share)
    "NJ": ([("NEWARK", "07105"), ("PATERSON", "07501"), ("ATLANTIC CITY", "08401"), ("NORTH BERGEN", "07047"),
            ("HILLSIDE", "07205"), ("Jackson", "08527"), ("CRANFORD", "07016"), ("TOMS RIVER", "08753")], "5", "43", 9),
    "CA": ([("Orange", "92868"), ("IRVINE", "92618"), ("ESCONDIDO", "92025"), ("Burbank", "91502"),
            ("Glendale", "91203"), ("COVINA", "91722"), ("HAYWARD", "94541")], "3.6", None, 5),
    "PA": ([("Cranberry Twp", "16066"), ("East Stroudsburg", "18301"), ("Wilkes Barre", "18702"),
            ("Lancaster", "17602")], "2", "47", 3),
    "AZ": ([("Phoenix", "85024"), ("Prescott Valley", "86314"), ("Tempe", "85281")], "2.35", None, 3),
    "TX": ([("El Paso", "79905"), ("San Antonio", "78201"), ("McAllen", "78501")], "1.9", "14", 2),
    "AL": ([("Birmingham", "35212"), ("Pelham", "35124")], "2", None, 1),
}
AGENTS = [("Keystone Risk Partners LLC", 10), ("Keystone Risk Partner LLC", 2), ("Harborview Risk Agency LLC", 5),
          ("CGA", 4), ("Wexford Commercial Insurance Agency Inc", 3), ("Laguna Shore Insurance Services Inc", 1)]
WRITER = "Arbor Lane Casualty Insurance Company"
PLANS = [("25% Deposit  Plus 8 Monthly Installments", "25% DEPOSIT 8 INSTALLMENTS-$10 FEE"),
         ("25% Deposit  Plus 8 Monthly Installments", "25% DEPOSIT 8 INSTALLMENTS-$15 FEE"),
         ("FULLPAY_POL", "100% DEPOSIT"), ("FULLPAY_POL", "100% DEPOSIT"),
         ("10% Down 9 Installments", "10% 9 Pay"), ("Paid in Full", "Paid in Full"), ("Finance", "Finance")]
MAKES = ["FORD", "FORD", "TOYOTA", "TOYOTA", "DODGE", "Toyota", "Dodge", "CHEVROLET", "HONDA", "Lincoln", "NISSAN"]
WORDS = ["Metro", "Liberty", "Garden State", "Harbor", "Canyon", "Desert Sun", "Keystone", "Border", "Sunrise",
         "Pacific Coast", "Lakeside", "Summit", "Coastal", "Gateway", "Union", "Silver Line", "Blue Star", "Crown",
         "Express", "Evergreen", "Golden Mile", "Valley", "Riverside", "Highland", "Northgate", "Parkway"]
KINDS = ["Cab Co", "Taxi Inc.", "Transit LLC", "Car Service Inc", "Limousine LLC", "Transportation Inc.",
         "Rides LLC", "Medical Transport LLC", "Taxicab Corp"]
STREETS = ["Walnut Street", "W Chapman Avenue", "Frutas Avenue", "Peters Road", "Hamlet Lane", "Market St",
           "Broad Street", "Ocean Ave", "Mission Blvd", "E Antelope Lane", "N 12th St.", "Ridge Road", "Main St"]


def money(x):
    return round(x, 2) if r.random() < 0.65 else int(round(x))


def fmt(d):
    return d.strftime("%m/%d/%Y")


def insured_name():
    if r.random() < 0.22:  # a person with the fleet under a trade name
        person = f"{f.pick(FIRST_EN)} {f.pick(LAST_EN)}"
        dba = f"{f.pick(WORDS)} {f.pick(['Taxi', 'Cab', 'Taxicab', 'Car Service'])}"
        return person, f.pick([f"dba {dba}", f"DBA {dba.upper()}", dba])
    name = f"{f.pick(WORDS)} {f.pick(KINDS)}"
    return (name.upper() if r.random() < 0.5 else name), ""


def variant(name, year_index):
    """The legal name as typed on a later year's policy."""
    if year_index == 0:
        return name
    pick = r.random()
    if pick < 0.35:
        return name.upper() + " "
    if pick < 0.6:
        return name.replace("LLC", "LLC ") + " "
    return name + " "


# insureds and their policies --------------------------------------------------------------------
insureds = []
used_names = set()
while len(insureds) < 92:
    name, dba = insured_name()
    if name.upper() in used_names:
        continue
    used_names.add(name.upper())
    state = r.choices(list(STATES), weights=[STATES[s][3] for s in STATES])[0]
    city, zipc = f.pick(STATES[state][0])
    insureds.append({
        "name": name, "dba": dba, "state": state, "city": city, "zip": zipc,
        "addr1": f"{r.randrange(10, 9900)} {f.pick(STREETS)}" + (" " if r.random() < 0.2 else ""),
        "addr2": r.choices(["", "Unit 2", "SUITE  A", "SUITE 135", "#11"], weights=[8, 1, 1, 1, 1])[0],
        "agent": r.choices([a for a, _ in AGENTS], weights=[w for _, w in AGENTS])[0],
        "years": r.choices([1, 2, 3], weights=[12, 3, 2])[0],
        "fleet": r.choices([1, 2, 3, 5, 8, 12, 20, 34], weights=[6, 5, 4, 4, 3, 2, 1, 1])[0],
    })

serials = {}
policies = []
for ins in insureds:
    first_year = r.choice([2019, 2020, 2021]) if ins["years"] < 3 else 2019 + r.randrange(2)
    start = datetime.date(first_year, r.randrange(1, 13), r.randrange(1, 29))
    hno = r.random() < 0.06
    serial = serials.setdefault(ins["state"], r.randrange(1, 40))
    for y in range(ins["years"]):
        year = start.year + y
        if year > 2022:
            break
        serials[ins["state"]] += r.randrange(3, 30)
        kind = "N" if hno else ("L" if "Limousine" in ins["name"] else "T")
        no = f"{year % 100:02d}{ins['state']}{kind}{serials[ins['state']]:05d}"
        if y > 0 and r.random() < 0.6:
            no += " "
        eff = start.replace(year=year)
        policies.append({"ins": ins, "no": no, "eff": eff, "exp": eff.replace(year=year + 1),
                         "name": variant(ins["name"], y), "hno": hno, "plan": f.pick(PLANS),
                         "prior": f"TPP{r.randrange(1000000, 1300000)}" if y == 0 and r.random() < 0.05 else None,
                         "comm": r.choice([10, 12, 14, 15, 15])})

CLOSING = datetime.date(2023, 3, 13)


def limits(state):
    if state == "NJ":
        return {"CSL": r.choice(["1,500,000\n", "1,000,000", "1,000,000"]), "BI": "N/A\n", "BI_PER_ACC": "N/A\n",
                "PD": "N/A\n", "PIPLMT": r.choice(["35,000", "35000"]), "UMCSL": "", "UMBI": "15,000\n",
                "UMBI_PER_ACC": "30,000\n", "UMPD": "5,000", "UIMCSL": "", "UIMBI": "15,000\n",
                "UIMBI_PER_ACC": "30,000\n", "UIMPD": "5,000", "MED": "0.00", "PEDPIP": "Up to $250,000"}
    if state == "TX":
        return {"CSL": "0", "BI": "30,000", "BI_PER_ACC": "60,000", "PD": "25,000", "PIPLMT": "0", "UMCSL": "0",
                "UMBI": "0", "UMBI_PER_ACC": "0", "UMPD": "0", "UIMCSL": "0", "UIMBI": "0", "UIMBI_PER_ACC": "0",
                "UIMPD": "0", "MED": "", "PEDPIP": ""}
    csl = r.choice(["1,000,000", "100,000", "50,000", "300,000"])
    return {"CSL": csl, "BI": "", "BI_PER_ACC": "", "PD": "0.00", "PIPLMT": "0.00", "UMCSL": "35,000",
            "UMBI": "25,000", "UMBI_PER_ACC": "50,000", "UMPD": "0.00", "UIMCSL": "35,000", "UIMBI": "25,000",
            "UIMBI_PER_ACC": "50,000", "UIMPD": "0.00", "MED": "0.00", "PEDPIP": "0.00"}


VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    return "".join(r.choice(VIN_CHARS) for _ in range(17))


rows = []
for p in policies:
    ins = p["ins"]
    lim = limits(ins["state"])
    tax = STATES[ins["state"]][1]
    loc_code = STATES[ins["state"]][2]
    located = r.random() < 0.45
    base = {h: "" for h in HEADERS}
    base.update({
        "Policy__": p["no"], "Pol_Eff": fmt(p["eff"]), "Pol_Exp": fmt(p["exp"]), "Legal_Name": p["name"],
        "Other_Name_DBA": ins["dba"] if ins["dba"] else r.choice(["", "", None]),
        "Address_1": ins["addr1"], "Address_2": ins["addr2"] if ins["addr2"] else r.choice(["", None]),
        "City": ins["city"], "State": ins["state"], "Zip_Code": ins["zip"],
        "Line_Code": r.choice(["", "", "1000"]), "Class": r.choice([None, None, None, "5718", "5749", "5719"]),
        "Terr": r.choice(["", None]), "Lided": r.choice(["", "0"]), "PIPD": r.choice(["", "0"]),
        "Comm": p["comm"], "CLOSING_DATE": "03/13/2023" if r.random() < 0.99 else "2023-03-13",
        "CR_Install_Freq_Code": p["plan"][0], "Prior_Policy_Number": p["prior"], "Bordereau_Month": "March-2023",
        "CR_Install_Freq_Desc": p["plan"][1], "LocationAddress1": ins["addr1"].strip() if located else None,
        "LocationAddress2": None, "LocationCity": ins["city"].upper() if r.random() < 0.96 else None,
        "LocationState": (loc_code or ins["state"]) if r.random() < 0.96 else None,
        "LocationZipcode": ins["zip"], "Writing_Company": WRITER, "TAX_RATE": tax,
        "AGENT": ins["agent"] if r.random() < 0.85 else ins["agent"].replace("Partners", "Partner"),
    })
    for k in ("Transaction_Reason", "Transaction_Description", "Car_Id", "Pre_Ins_Isp_Id", "PIP_Cov_Code",
              "Risk_Type", "Pollution", "PD_Limit", "PD_Ded", "Comp_Premium", "Coll_Premium"):
        base[k] = r.choice(["", "", None])
    base.update(lim)
    days_total = (p["exp"] - p["eff"]).days

    def row(tran, when, vehicle, sign, share=1.0):
        x = dict(base)
        liab = vehicle["liab"] * sign * share
        pip = (r.choice([0, 0, 0, 27, 34, 54]) if ins["state"] in ("NJ", "PA") else 0) * sign
        um = (16.83 if ins["state"] == "NJ" else r.choice([0, 11, 10])) * sign
        uim = um
        ped = (229.5 if ins["state"] == "NJ" else 0) * sign
        total = liab + pip + um + uim + ped
        elapsed = max(0, min((CLOSING - when).days, days_total))
        x.update({
            "Tran_Code": tran, "Endt_Eff": fmt(when), "Veh__": vehicle["no"], "YEAR": vehicle["year"],
            "MAKE": vehicle["make"], "Vin": vehicle["vin"], "LIAB_PREM": money(liab), "PIP_PREM": pip,
            "UM__PREM": um, "UIM__PREM": uim, "UMPD_PREM": r.choice([0, 0, 0, 1]) * sign, "HNCSL_PREM": 0,
            "MED_PREM": 0, "PEDPIP_PREM": ped, "TOTAL_PREM": money(total), "Comm_Amt": round(total * p["comm"] / 100, 4),
            "Number_of_Days": str((CLOSING - when).days),
            "ACTUAL_EARNED_PREM": money(total * elapsed / days_total) if r.random() < 0.75 else 0,
            "Est_Earned_Premium": 0 if r.random() < 0.8 else money(total * 0.5),
        })
        rows.append(x)

    if p["hno"]:
        v = {"no": None, "year": "", "make": "Hired & Non Owned on Policy", "vin": "", "liab": r.choice([0, 0.02, 250])}
        row("Policy", p["eff"], v, 1)
        continue
    fleet = []
    for i in range(max(1, int(ins["fleet"] * r.uniform(0.7, 1.2)))):
        fleet.append({"no": str(r.randrange(1000, 3000)) if r.random() < 0.75 else None,
                      "year": str(r.randrange(2004, 2022)), "make": f.pick(MAKES), "vin": vin(),
                      "liab": r.choice([4478, 4309.65, 5770.16, 4475, 4294.43, 2376.54, 3950, 4192.65])})
    for v in fleet:
        row("Policy", p["eff"], v, 1)
    when = p["eff"]
    for _ in range(r.choice([0, 0, 1, 2, 3, 5]) if len(fleet) > 1 else r.choice([0, 1])):
        when = when + datetime.timedelta(days=r.randrange(10, 60))
        if when >= p["exp"]:
            break
        gone = f.pick(fleet)
        new = {"no": str(r.randrange(1000, 3000)), "year": str(r.randrange(2008, 2022)), "make": f.pick(MAKES),
               "vin": vin(), "liab": gone["liab"]}
        share = (p["exp"] - when).days / days_total
        row("Endorsement", when, gone, -1, share)
        row("Endorsement", when, new, 1, share)
        fleet[fleet.index(gone)] = new
    if r.random() < 0.08 and p["exp"] < CLOSING:
        cancel = p["eff"] + datetime.timedelta(days=r.randrange(60, 300))
        word = "Cancel" if r.random() < 0.85 else "Cancellation"
        for v in fleet:
            row(word, cancel, v, -1, (p["exp"] - cancel).days / days_total)
    elif r.random() < 0.03:
        row("Renewal", p["exp"], fleet[0], 1)

# the sheet --------------------------------------------------------------------------------------
wb = workbook()
ws = wb.active
ws.title = "SheetName"
ws.append(HEADERS)
for x in rows:
    ws.append([x[h] for h in HEADERS])
last = ws.max_row + 1
sums = {h: round(sum(x[h] for x in rows if isinstance(x[h], (int, float))), 2)
        for h in ("LIAB_PREM", "PIP_PREM", "UM__PREM", "UIM__PREM", "UMPD_PREM", "HNCSL_PREM", "MED_PREM",
                  "PEDPIP_PREM", "TOTAL_PREM", "Comm", "Comm_Amt", "ACTUAL_EARNED_PREM", "Est_Earned_Premium")}
sums["Comm"] = 0
for i, h in enumerate(HEADERS, 1):
    if h in sums:
        ws.cell(last, i, sums[h])
    elif h not in ("CLOSING_DATE", "Writing_Company", "TAX_RATE"):
        ws.cell(last, i, "")
ws.cell(last, COL["Vin"] + 1, "")
ws.cell(last, COL["Writing_Company"] + 1, "")

ws.auto_filter.ref = f"A1:N{last}"
ws.auto_filter.add_filter_column(2, ["Cancel", "Cancellation"])
ws.sheet_properties.filterMode = True
for i, x in enumerate(rows, 2):
    if x["Tran_Code"] not in ("Cancel", "Cancellation"):
        ws.row_dimensions[i].hidden = True
ws.row_dimensions[last].hidden = True

save(wb, "policies-en-us-taxibordereau.xlsx")

if __name__ == "__main__":
    policies_seen = {x["Policy__"] for x in rows}
    clients = {x["Legal_Name"].strip().upper() for x in rows}
    print("rows", len(rows), "policies", len(policies_seen), "clients", len(clients))
