"""
Shape of OKUMUKOKUMU/field-force-analytics data/visits.csv (commit
9ba91ad983490cbbeed9dfb3eecdaed80143e2c6): a Kenyan consumer-goods company's merchandiser visit
log as a pandas CSV (UTF-8, LF): visit_id (V000000…) / merchandiser_id (M01…) / outlet_id (the
retail outlet visited: town code and number, NAI-036) / check_in / check_out ("2026-07-01
13:55:24") / checkin_lat / checkin_lon (full float precision) / photos (0-6) / manager_signoff
(True/False; False on short visits without photos or far from the outlet). Rows grouped by
merchandiser, then by working day (weekdays only), four to eight visits a day in any time order,
outlets revisited often. The source has about 9,500 visits by 42 merchandisers; this copy the
first 400 (merchandisers M01-M03 in July). Values invented.
"""
import datetime
import os

from fake import FILES, Fake

f = Fake("visits-en-ke-merchandisers")
TOWNS = {"M01": ("NAI", -1.29, 36.82, 43), "M02": ("NAI", -1.29, 36.82, 43), "M03": ("NAK", -0.30, 36.08, 32)}
outlets = {}
for m, (code, la, lo, n) in TOWNS.items():
    for k in range(n):
        key = f"{code}-{k:03d}"
        if key not in outlets:
            outlets[key] = (la + f.r.uniform(-0.07, 0.07), lo + f.r.uniform(-0.07, 0.07))

lines = ["visit_id,merchandiser_id,outlet_id,check_in,check_out,checkin_lat,checkin_lon,photos,manager_signoff"]
vid = 0
for m, (code, _, _, n) in TOWNS.items():
    day = datetime.date(2026, 7, 1)
    while vid < 400 and day <= datetime.date(2026, 7, 31):
        if day.weekday() < 5:
            for _ in range(f.r.randrange(4, 9)):
                if vid >= 400:
                    break
                o = f"{code}-{f.r.randrange(n):03d}"
                la, lo = outlets[o]
                start = datetime.datetime.combine(day, datetime.time(8)) + datetime.timedelta(seconds=f.r.randrange(0, 8 * 3600))
                bad = f.chance(0.08)
                dur = f.r.randrange(60, 300) if bad and f.chance(0.5) else f.r.randrange(15 * 60, 55 * 60)
                far = bad and f.chance(0.6)
                dla = la + (f.r.uniform(-0.03, 0.03) if far else f.r.uniform(-0.0005, 0.0005))
                dlo = lo + (f.r.uniform(-0.03, 0.03) if far else f.r.uniform(-0.0005, 0.0005))
                photos = 0 if bad and f.chance(0.6) else f.r.randrange(2, 7)
                lines.append(f"V{vid:06d},{m},{o},{start:%Y-%m-%d %H:%M:%S},{start + datetime.timedelta(seconds=dur):%Y-%m-%d %H:%M:%S},"
                             f"{dla!r},{dlo!r},{photos},{'False' if bad else 'True'}")
                vid += 1
        day += datetime.timedelta(days=1)
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "visits-en-ke-merchandisers.csv"), "wb") as out:
    out.write(("\n".join(lines) + "\n").encode("utf-8"))
