"""
Shape of hadydadydy/CSC1008_TraceTogether_Grp5 "dataset.xlsx" (at commit f350a4f3cc803e246af893562ecd57af0811ee35):
a Singapore SafeEntry-style check-in log kept for contact tracing (a university group's TraceTogether
exercise), two sheets named 1 and 2, each with the header on row 1: NRIC / Name / Location / Check-in-date /
Check-In / Check-Out, and 21 check-ins below it: an NRIC-shaped number (each number on one to three rows
running down the sheet, with a different first name on each row), a first name only, a public venue (malls,
the airport, the Botanic Garden, a campus), the day as a date formatted d-mmm (4 Jan to 23 Jan), check-in
and check-out as times formatted h:mm (one check-out 0:00, past midnight). Sheet 2 repeats the days and times
of sheet 1 with other names and venues. No titles, no merges.
Values invented: NRIC-shaped numbers (wrong check letters), first names and the venue on each row.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("checkins-en-sg-safeentry")
VENUES = ["Jewel Changi Airport", "Singapore Institute of Technology", "Lucky Plaza", "Tiong Bahru Plaza",
          "Peninsula Plaza", "Botanic Garden", "AMK Hub", "Northpoint City", "Bugis Junction"]
NAMES = ["Fiona", "Gabrielle", "Grace", "Hannah", "Heather", "Irene", "Jan", "Jane", "Jasmine", "Jennifer",
         "Jessica", "Joan", "Joanne", "Julia", "Karen", "Katherine", "Kimberly", "Kylie", "Lauren", "Leah",
         "Lillian", "Abigail", "Alexandra", "Alison", "Amanda", "Amelia", "Amy", "Andrea", "Angela", "Anna",
         "Bella", "Bernadette", "Caroline", "Carol", "Claire", "Deirdre", "Diana", "Donna", "Dorothy", "Elizabeth",
         "Ella", "Emily"]
# how many rows each person has, running down the sheet (as in the source)
RUNS = [2, 2, 1, 2, 3, 2, 1, 2, 3, 1, 2]
# the days and times are the same on both sheets
TIMES = [(13, 0, 17, 30), (10, 0, 12, 0), (11, 0, 13, 45), (14, 20, 17, 15), (9, 0, 11, 50), (12, 0, 17, 0),
         (17, 40, 20, 5), (11, 40, 13, 25), (14, 0, 16, 10), (17, 0, 19, 30), (10, 0, 17, 0), (18, 0, 20, 30),
         (12, 0, 16, 20), (10, 0, 15, 30), (16, 45, 0, 0), (11, 0, 18, 15), (19, 40, 20, 50), (21, 30, 22, 10),
         (12, 0, 18, 0), (13, 30, 14, 0), (18, 0, 23, 0)]
DAYS = [4, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]


def nric():
    def make():
        body = f"{f.r.randrange(10000000):07d}"
        return f"{f.pick('ST')}{body}{f.pick('ABCDEFGHIZJ')}"
    return f._unique(make)


ids = [nric() for _ in RUNS]
names = list(NAMES)
f.r.shuffle(names)
wb = workbook()
for s, title in enumerate(["1", "2"]):
    ws = wb.active if s == 0 else wb.create_sheet()
    ws.title = title
    ws.append(["NRIC", "Name", "Location", "Check-in-date", "Check-In", "Check-Out"])
    row_ids = [i for i, n in zip(ids, RUNS) for _ in range(n)]
    for k, (day, (h1, m1, h2, m2)) in enumerate(zip(DAYS, TIMES)):
        ws.append([row_ids[k], names[s * 21 + k], f.pick(VENUES), datetime.datetime(2021, 1, day),
                   datetime.time(h1, m1), datetime.time(h2, m2)])
        r = ws.max_row
        ws.cell(r, 4).number_format = "d-mmm"
        ws.cell(r, 5).number_format = "h:mm"
        ws.cell(r, 6).number_format = "h:mm"
    ws.column_dimensions["C"].width = 30
    ws.column_dimensions["D"].width = 9.5
save(wb, "checkins-en-sg-safeentry.xlsx")
