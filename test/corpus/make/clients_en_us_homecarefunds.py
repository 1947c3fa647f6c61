"""
Shape of wismer/sunnyside-citywide "client_list.csv" (at commit 271f429): a New York home-care
agency's client list, read by the billing scripts to match each client's name to the fund id of
the accounting ledger. No header row, three columns: client name as "LAST, FIRST" (always in
double quotes, upper case, middle initials and 'JR' on some), the fund id, the agency's client
number (seven digits, 199xxxx-2014xxx). LF line ends, a final newline, 915 rows.

The mess, in file order:
- the fund id is mostly a 4-digit number rising with the admission date, but some are codes of
  the payer program (GNT613, GNT1060 ... 45 rows, QCN036, ELS007, PVT1234, MPH2401, SCS-1064,
  'PVT' and 'PAR' alone), some repeat the client number ('2001049' = the client number,
  '997786' for 1997786, 'S2003639'), a short run of keyboard junk ('l', 'x', 'w', 'sd', 's', 's')
  and 'DUMMY';
- a block of 33 rows with an empty fund (written ""), ending with the agency's own
  'SUNNYSIDE, USAGE' account row, then a few more empty funds further down, one of them
  'OBRIEN, MARGARET         2' with a four-digit client number (8136);
- a block of 70 rows whose fund reads 'DUPLICATE' (plus one more later): re-entered clients,
  most under a client number of their own, some the same number as an earlier row with the name
  misspelt ('DURAHAM' / 'DURHAM') or first and last name swapped;
- the same client twice under one client number with the name typed differently: a letter
  missing or changed ('LITMA' / 'LITMAN', 'MONTALV0' with a zero), swapped name parts
  ('SIMONA, IRIMIA' / 'IRIMIA, SIMONA'), a ' *' mark ('GUERRERO *, MIRTHA'), a number in the
  name to tell two namesakes apart ('DIAZ 1, CARMEN' / 'DIAZ 2, CARMEN', 'GARCIA2, MARIA A',
  'RODRIGUEZ -2, MARIA'), a missing space ('RUIZ,ROSA');
- namesakes under one fund id but different client numbers (relatives, or a re-admission);
- double spaces and a double comma inside names ('MORALES  FERNADEZ', 'BALAOGYAN,, FROSA');
- the last five rows (the newest admissions) have no client number yet (trailing comma).
Values invented.
"""
import os

from fake import FILES, Fake

f = Fake("clients-en-us-homecarefunds")

LAST = ["ABERNATHY", "BALDOVINO", "CASTELLANOS", "DELGADILLO", "ECHEVARRIA", "FONTANEZ", "GALARZA", "HOLLOWAY",
        "IGLESIAS", "JARAMILLO", "KOWALSKI", "LOMBARDI", "MALDONADO", "NAVARRETE", "OQUENDO", "PADILLA",
        "QUINONES", "RAMOS", "SEPULVEDA", "TRUJILLO", "URENA", "VILLANUEVA", "WASHBURN", "YBARRA", "ZAMORA",
        "ANTONELLI", "BERKOWITZ", "CIRILLO", "DIMITRIOU", "ESPOSITO", "FELDMAN", "GRUNWALD", "HALPERIN",
        "IOANNOU", "JABLONSKI", "KAPLAN", "LEVITSKY", "MORGENSTERN", "NOVAK", "ORLOVA", "PAPADAKIS",
        "RABINOWITZ", "SOKOLOVA", "TZANETAKIS", "VOLKOVA", "WEISSMAN", "ZELINSKI", "ACEVEDO", "BETANCOURT",
        "CORDERO", "DE JESUS", "ESPINAL", "FIGUEROA", "GUZMAN", "HIDALGO", "LUGO", "MEDINA", "NIEVES",
        "OTERO", "PAGAN", "ROSADO", "SANTIAGO", "TIRADO", "VELAZQUEZ", "BHATTARAI", "CHOWDHURY", "DASGUPTA",
        "RAHMAN", "PERSAUD", "RAMNARINE", "SINGH", "MOHAMMED", "OKAFOR", "MENSAH", "BROWNE", "CAMPBELL",
        "DAWKINS", "ELLISON", "FLETCHER", "GRAHAM", "HARRIS", "JOHNSON", "MARSHALL", "PARKER", "ROBINSON"]
FIRST = ["ADELA", "BLANCA", "CARMEN", "DOLORES", "ESPERANZA", "FLORA", "GLORIA", "HILDA", "IRIS", "JUANA",
         "LOURDES", "MARGARITA", "NILDA", "OLGA", "PETRA", "ROSA", "SONIA", "TERESA", "VICTORIA", "YOLANDA",
         "ABRAHAM", "BENITO", "CESAR", "DOMINGO", "EFRAIN", "FELIPE", "GILBERTO", "HECTOR", "ISMAEL", "JULIO",
         "LEONARDO", "MIGUEL", "NESTOR", "PABLO", "RAFAEL", "SAMUEL", "TOMAS", "ESTHER", "FRIEDA", "GOLDIE",
         "HELEN", "IRENE", "LILLIAN", "MILDRED", "MURIEL", "PEARL", "RUTH", "SELMA", "THELMA", "VERA",
         "ARNOLD", "BERNARD", "HERMAN", "IRVING", "MORRIS", "SEYMOUR", "SIDNEY", "STELLA", "ATHENA",
         "DESPINA", "EFTHIMIA", "ZOYA", "TATIANA", "GALINA", "NADIA", "BIBI", "SAVITRI", "RASHIDA",
         "AMINA", "DOROTHY", "ETHEL", "MAE", "LORRAINE", "CLARENCE", "WILLIE", "EARL", "MAXINE"]
INITIALS = ["", "", "", "", "", "", "", " A", " M", " E", " J", " R", " L"]

used = set()


def person(initial=True):
    while True:
        last, first = f.pick(LAST), f.pick(FIRST)
        if initial:
            first += f.pick(INITIALS)
        if (last, first) not in used:
            used.add((last, first))
            return last + ", " + first


numbers = set()


def client_no(lo, hi):
    while True:
        n = f.r.randrange(lo, hi)
        if n not in numbers:
            numbers.add(n)
            return str(n)


rows = []        # [name, fund, number]
fund = 1000
clientlo = 1997700


def regular():
    """A client of the main list: rising fund id, a client number near the admission time."""
    global fund, clientlo
    fund += f.pick([1, 1, 1, 1, 2, 2, 3])
    clientlo += f.pick([5, 10, 15, 20])
    return [person(), str(fund), client_no(clientlo, clientlo + 400)]


def mangle(name):
    last, first = name.split(", ", 1)
    kind = f.r.randrange(5)
    if kind == 0:                               # a letter dropped
        return last[:-1] + ", " + first
    if kind == 1:                               # a letter changed
        i = f.r.randrange(1, len(last) - 1)
        return last[:i] + ("N" if last[i] != "N" else "M") + last[i + 1:] + ", " + first
    if kind == 2:                               # first and last swapped
        return first.split(" ")[0] + ", " + last
    if kind == 3:                               # a star mark
        return last + " *, " + first
    return last + "," + first                    # no space


main_rows = 718
k = 0
while len(rows) < main_rows:
    k += 1
    r = regular()
    if k % 19 == 3:                              # a payer programme code instead of the fund
        r[1] = "GNT" + str(f.pick([f.r.randrange(10, 99), f.r.randrange(500, 700), f.r.randrange(1000, 1090)])).zfill(3)
        r[2] = client_no(1997700, 2004000)
    elif k % 97 == 11:
        r[1] = f.pick(["QCN0" + str(f.r.randrange(10, 99)), "PVT" + str(f.r.randrange(1000, 9999)),
                       "GNT" + str(f.r.randrange(10000000, 99999999))])
    if k % 37 == 20 and len(rows) > 40:          # the same client again, typed differently
        old = f.pick(rows[-40:])
        if old[2] and not old[1].startswith("GNT"):
            rows.append(r)
            rows.append([mangle(old[0]), old[1], old[2]])
            continue
    if k % 53 == 30:                             # namesakes under one fund id, numbered
        last, first = r[0].split(", ")
        rows.append([last + " 2, " + first, r[1], r[2]])
        rows.append([last + " 1, " + first, r[1], client_no(clientlo - 3000, clientlo - 1000)])
        continue
    if k % 61 == 45:                             # two relatives sharing a fund id
        rows.append(r)
        rows.append([r[0].split(", ")[0] + ", " + f.pick(FIRST), r[1], client_no(clientlo, clientlo + 400)])
        continue
    rows.append(r)
rows = rows[:main_rows]

# A few special spellings placed at fixed spots.
rows[131] = ["MORALES  FERNADEZ, " + f.pick(FIRST), rows[131][1], rows[131][2]]
rows[258] = [f.pick(LAST) + "   S, " + f.pick(FIRST) + " JR", rows[258][1], rows[258][2]]
for i in (207, 209, 222, 223, 227, 233):         # the fund repeats the client number
    rows[i][1] = rows[i][2]
for i in (229, 273):
    rows[i][2] = "199" + str(f.r.randrange(7700, 7900))
    rows[i][1] = rows[i][2][1:]
rows[175][1] = "MPH" + str(f.r.randrange(2000, 2999))
rows[203][1] = "PVT"
rows[225][1] = "PAR"
rows[632][1] = "SCS-" + str(f.r.randrange(1000, 1100))
rows[673][1] = "S" + rows[673][2]
rows[696][1] = "S" + rows[696][2]
for i, junk in zip(range(674, 681), ["l", "x", "9", "w", "sd", "s", "s"]):
    rows[i][1] = junk
rows[681] = ["C, " + f.pick(FIRST), "DUMMY", rows[120][2]]     # a dummy row re-using a client number
rows[681][0] = rows[120][0].split(", ")[0][0] + ", " + rows[120][0].split(", ")[1]
rows[717] = [rows[716][0].split(", ")[0] + ", " + f.pick(FIRST), "ELS0" + str(f.r.randrange(10, 99)),
             client_no(2001000, 2002000)]

# Clients with no fund yet: a block, the agency's own usage account last.
for _ in range(32):
    rows.append([person(), "", client_no(1997700, 2007900)])
rows.append(["SUNNYSIDE, USAGE", "", client_no(1997700, 1998000)])
special_fund = 1900
tail_plain = [
    [person(), "GNT" + str(f.r.randrange(500, 600)), client_no(1997700, 1998000)],
    [person(), "GNT" + str(f.r.randrange(1000, 1090)), client_no(2003000, 2004000)],
    [f.pick(LAST) + ",, " + f.pick(FIRST), str(special_fund), client_no(2008000, 2008100)],
    [person(), "1850", client_no(2008100, 2008200)],
    [f.pick(LAST) + ", " + f.pick(FIRST) + "         2", "", str(f.r.randrange(8000, 8999))],
    [person(), "", client_no(2008100, 2008200)],
    [f.pick(LAST) + " JR, " + f.pick(FIRST), "", client_no(2008200, 2008300)],
    [person(), str(special_fund + 15), client_no(2008300, 2008400)],
    [person(), "", client_no(2008300, 2008400)],
    [person(), "", client_no(2008300, 2008400)],
]
rows.extend(tail_plain)
fund2 = 1935
while len(rows) < 771:
    fund2 += f.pick([1, 2, 3, 90, 180])
    rows.append([person(), str(fund2 if fund2 < 2300 else fund2 - 400), client_no(2008200, 2008800)])

# Re-entered clients marked DUPLICATE: mostly a number of their own, some an earlier row's number.
earlier = [r for r in rows[600:770] if r[1] and r[1][0].isdigit()]
for j in range(73):
    if j in (1, 21):                             # two ordinary rows inside the block
        rows.append([person(), str(2036 + j), client_no(2008300, 2008400)])
        continue
    if j % 8 == 5:
        old = f.pick(earlier)
        rows.append([mangle(old[0]), "DUPLICATE", old[2]])
    else:
        rows.append([person(), "DUPLICATE", client_no(2008200, 2009600)])

fund3 = 1950
while len(rows) < 910:
    fund3 += f.pick([1, 3, 7, 11, 40])
    if fund3 > 3059:
        fund3 = 2900
    if len(rows) == 855:
        old = f.pick(earlier)
        rows.append([mangle(old[0]), "DUPLICATE", old[2]])
        continue
    rows.append([person(), str(fund3), client_no(2008200, 2014300)])
rows[-1][0] = rows[-1][0].replace(", ", ",  ")

for n in range(3055, 3060):                      # newest admissions: no client number yet
    rows.append([person(), str(n), ""])


def line(r):
    fund_cell = '""' if r[1] == "" else r[1]
    return '"' + r[0] + '",' + fund_cell + "," + r[2] + "\n"


with open(os.path.join(FILES, "clients-en-us-homecarefunds.csv"), "w", encoding="utf-8", newline="") as fh:
    fh.write("".join(line(r) for r in rows))

if __name__ == "__main__" and os.environ.get("SHOW"):
    print(len(rows))
