"""
Shape of brendandagys/CIND-123-Homework "CIND 123 - Lab 3 - Data Inspection- Cleaning-
Manipulation/Client List.csv" (commit b2f907959ebf826f4636b871cb92991b01e65e17): the client list of
a Toronto (Ryerson) data-analytics course lab, a generated-looking CSV that the lab reads with
header = F and names ID / Fname / Lname / Email / Gender / Country / Amount / Date.

UTF-8 without BOM, CRLF, **no header row**, eight columns: an ID like "0310-7820" or "41250-154"
(a few ids on two clients), first name, last name, e-mail (blank on a third of rows), Gender
(Female / Male / blank on a tenth), Country (blank on some rows), Amount as "$2,527.52" (quoted
when it holds a comma, "$197.66" otherwise), Date as m/d/yyyy (2011–2016). A handful of name pairs
recur with other ids. 1,000 rows there; 300 here. All values invented.
A person imports every row as a client: first and last name, the ID, the e-mail, the country as
the address; gender, amount and date are kept as notes (the list does not say what they mean).
"""
import csv
import io
import os

from fake import FILES, Fake

f = Fake("clients-en-ca-labclientlist")
FIRST = ["Craig", "Judy", "Jesse", "Stephanie", "Nancy", "Alan", "Lisa", "Sharon", "Ashley", "Susan", "Wanda", "Julia",
         "Margaret", "Gregory", "Arthur", "Clarence", "Diane", "Lillian", "Irene", "Mildred", "Ryan", "Adam", "Bonnie",
         "Joseph", "Annie", "Tina", "Anne", "Robin", "Larry", "Philip", "Pamela", "Jimmy", "Diana", "Janet", "Raymond",
         "Kathy", "Scott", "Juan", "Angela", "Norma", "Patrick", "David", "Michelle", "Jerry", "Sara", "Deborah"]
LAST = ["Welch", "Kim", "Smith", "King", "Gibson", "Vasquez", "Arnold", "Jordan", "Jacobs", "James", "Watson", "Olson",
        "Mason", "Warren", "Duncan", "Bryant", "Roberts", "Lawson", "Riley", "Stanley", "Chavez", "White", "Sullivan",
        "Armstrong", "Nelson", "Lynch", "Pierce", "Rogers", "Woods", "Taylor", "Bishop", "Sanders", "Hernandez",
        "Alexander", "Stephens", "Crawford", "Bennett", "Anderson", "Graham", "Burke", "Gomez", "Garcia", "Richards"]
COUNTRIES = ["China"] * 9 + ["Indonesia"] * 5 + ["Philippines"] * 3 + ["Russia"] * 3 + ["Brazil"] * 2 + ["Poland"] * 2 + [
    "Portugal", "Sweden", "Canada", "United States", "France", "Peru", "Argentina", "Japan", "Ukraine", "Czech Republic",
    "Thailand", "Mongolia", "Finland", "Colombia"] + [""] * 3
DOMAINS = ["example.com", "example.org", "example.net"]


def ident():
    return f._unique(lambda: f.pick([f"{f.r.randint(10000, 76999)}-{f.r.randint(0, 999):03d}",
                                     f"0{f.r.randint(100, 999)}-{f.r.randint(0, 9999):04d}",
                                     f"{f.r.randint(10000, 68999)}-{f.r.randint(0, 9999):04d}"]))


rows = []
for n in range(300):
    first, last = f.pick(FIRST), f.pick(LAST)
    email = f"{first[0].lower()}{last.lower()}{n:x}@{f.pick(DOMAINS)}" if f.chance(0.67) else ""
    gender = "" if f.chance(0.1) else f.pick(["Female", "Male"])
    amount = f.r.randint(1000, 999999) / 100
    date = f"{f.r.randint(1, 12)}/{f.r.randint(1, 28)}/{f.r.randint(2011, 2016)}"
    rows.append([ident(), first, last, email, gender, f.pick(COUNTRIES), f"${amount:,.2f}", date])
for a, b in ((40, 212), (97, 268), (150, 291)):                     # an id on two clients
    rows[b][0] = rows[a][0]
for a, b in ((12, 187), (63, 240)):                                  # the same name again, another client
    rows[b][1], rows[b][2] = rows[a][1], rows[a][2]
    if rows[b][3]:
        rows[b][3] = f"{rows[a][1][0].lower()}{rows[a][2].lower()}{b:x}@example.com"

buf = io.StringIO()
csv.writer(buf, lineterminator="\r\n").writerows(rows)
with open(os.path.join(FILES, "clients-en-ca-labclientlist.csv"), "w", encoding="utf-8", newline="") as fh:
    fh.write(buf.getvalue())
for i in (0, 1, 2, 12, 187, 40, 212):
    print(i, rows[i])
