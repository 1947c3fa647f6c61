"""
Shape of Winnie-prog/insurance-dashboard-powerbi "Policies.xlsx": a motor insurer's policy extract
(the Ethiopian vehicle-insurance data behind a Power BI dashboard), saved by Excel, one sheet
"Sheet2" (no Sheet1).

Header SEX / INSR_BEGIN / INSR_END / EFFECTIVE_YR / INSR_TYPE / INSURED_VALUE / PREMIUM / OBJECT_ID /
PROD_YEAR / SEATS_NUM / CARRYING_CAPACITY / TYPE_VEHICLE / CCM_TON / MAKE / USAGE / CLAIM_PAID /
Policy Duration. One row per vehicle per policy year (a vehicle on one to eight rows, newest year
first), 1,000 rows. No policyholder is named or numbered anywhere: SEX is a code ('0' for a legal
entity, '1'/'2' for a person), OBJECT_ID the insured vehicle. Codes and dates are text ('0',
'7/8/2017', '1202', '8'); values, premiums and capacities numbers, 'null' for a missing capacity
and for no claim paid; the duration in days (364, 365, a few short-period policies).
Values invented.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("policies-en-et-motorbook")

VEHICLES = [("Automobile", ["TOYOTA"] * 5 + ["SUZUKI", "NISSAN", "HYUNDAI", "VOLKSWAGEN"], (1, 5), "Private"),
            ("Pick-up", ["TOYOTA", "NISSAN", "MITSUBISHI", "ISUZU"], (2, 5), "Own Goods"),
            ("Truck", ["IVECO", "ISUZU", "MERCEDES", "FIAT", "SINO HOWO"], (1, 3), "General Cartage"),
            ("Bus", ["TOYOTA", "ISUZU", "HIGER", "YUTONG"], (11, 60), "Fare Paying Passengers"),
            ("Trailers and semitrailers", ["ASTRA", "FIAT", "TIRSAN"], (0, 0), "General Cartage"),
            ("Station Wagones", ["TOYOTA", "MITSUBISHI", "NISSAN"], (5, 8), "Private"),
            ("Motor-cycle", ["BAJAJ", "TVS"], (1, 2), "Private"),
            ("Tanker", ["IVECO", "MERCEDES"], (1, 3), "Own service"),
            ("Special construction", ["CATERPILLAR", "KOMATSU"], (0, 1), "Own service"),
            ("Tractor", ["MASSEY FERGUSON", "NEW HOLLAND"], (1, 1), "Agricultural Own Farm")]
WEIGHTS = [28, 18, 16, 13, 9, 8, 3, 2, 2, 1]

rows = []
object_id = 5000028000
while len(rows) < 1000:
    object_id += f.r.randrange(1, 15)
    kind, makes, seats, usage = f.r.choices(VEHICLES, WEIGHTS)[0]
    make = f.pick(makes)
    sex = f.pick(["0"] * 8 + ["1", "1", "2"])
    prod = f.r.randrange(1980, 2016)
    ccm = 0 if kind.startswith("Trailer") else f.pick([1270, 1587, 2494, 2779, 3153, 4164, 4169, 6871, 9726])
    capacity = "null" if kind in ("Automobile", "Station Wagones", "Motor-cycle") and f.chance(0.8) else \
        f.pick([0, 7, 10, 11, 133, 150, 200, 300])
    seats_n = f.r.randrange(seats[0], seats[1] + 1)
    value = 0 if f.chance(0.1) else f.pick([90000, 127000, 200000, 300000, 350000, 400000, 519755.22, 1400000,
                                            1661328.77, 2500000])
    insr_type = "1201" if kind in ("Automobile", "Station Wagones", "Motor-cycle") else "1202"
    start_day = f.date(datetime.date(2017, 1, 1), datetime.date(2017, 12, 20))
    years = min(f.pick([1, 1, 2, 3, 4, 4, 5, 8]), 1000 - len(rows))
    effective = str(f.r.randrange(1, 95))
    for y in range(years):
        begin = start_day.replace(year=start_day.year - y)
        short = f.chance(0.01)
        end = begin + datetime.timedelta(days=f.pick([89, 182, 284]) if short else 364)
        if f.chance(0.27) and not short:
            end += datetime.timedelta(days=1)
        premium = round(value * f.r.uniform(0.008, 0.03), 2) if value else round(f.r.uniform(90, 120), 2)
        claim = "null" if f.chance(0.88) else f.pick([5750, 16100, 20750, 73800, 20600, 365250, round(f.r.uniform(1000, 90000), 2)])
        rows.append([sex, f"{begin.month}/{begin.day}/{begin.year}", f"{end.month}/{end.day}/{end.year}", effective,
                     insr_type, value, premium, str(object_id), prod, seats_n, capacity, kind, ccm, make, usage, claim,
                     (end - begin).days])

wb = workbook()
ws = wb.active
ws.title = "Sheet2"
ws.append(["SEX", "INSR_BEGIN", "INSR_END", "EFFECTIVE_YR", "INSR_TYPE", "INSURED_VALUE", "PREMIUM", "OBJECT_ID",
           "PROD_YEAR", "SEATS_NUM", "CARRYING_CAPACITY", "TYPE_VEHICLE", "CCM_TON", "MAKE", "USAGE", "CLAIM_PAID",
           "Policy Duration"])
for r in rows:
    ws.append(r)
save(wb, "policies-en-et-motorbook.xlsx")
print("rows", len(rows), "vehicles", len({r[7] for r in rows}))
