"""
Shape of mahmoudamr5896/ntiproject_data "client.csv" (commit
66f130f79f07be636104274fe0357f8e16f29dab): the client table of a student real-estate agency
database (agents, locations, properties, rentals, sales, valuations in the CSVs next to it), made
with pandas from the Nashville (Tennessee) housing sales data: plain UTF-8 CSV, LF, no BOM,
30,000 rows in the source (300 here).

- Header ClientID / ClientName / ClientAddress / PhoneNumber / Email.
- ClientID 1 … n, every row. ClientName as the county deed records write owners, in capitals:
  "LAST, FIRST M. & SPOUSE", "SMITH, JAMES M., JR.", "… REVOCABLE LIVING TRUST, THE", quoted;
  the same owner on a few rows with different addresses. ClientAddress "1808  FOX CHASE DR,
  GOODLETTSVILLE, TN" (two spaces after the number), quoted.
- PhoneNumber a made-up "555-xxx-xxxx" on every row; Email built by pandas from the name, so not
  a real address: "frazier,.cyrentha lynette@<domain>", and "nan.@<domain>" where the name is
  missing.
- 45 % of the rows (interleaved, and the last ones) have no name and no address: only the id, a
  phone and "nan.@…".
Phones here use the fictional 555-01x block, mail domains example.com/.org/.net; all names,
streets and numbers invented.
"""
import csv
import io
import os

from fake import FILES, Fake

f = Fake("clients-en-us-realestateowners")
LAST = ["FRAZELLE", "BONEWELL", "WILKEN", "BAXLEY", "POSTON", "FIELDER", "HINTZ", "BAILEY", "ROBBINS", "LEEDS", "SANDOVAL",
        "VAUGHAN", "BENJAMINS", "SMITHERS", "CARNES", "TSCHIRNER", "BURNHAM", "WHITLEY", "STARLING", "LEWISTON", "BERISHA",
        "HOLLOWAY", "PRUITT", "GARRISON", "MCALISTER", "DUNAWAY", "OVERTON", "KIRKPATRICK", "HASTINGS", "REDMOND", "TALLEY",
        "COBB", "ASHBY", "PEEBLES", "WOMACK", "FARRIS", "GENTRY", "HUFFINES", "LANIER", "MAYFIELD"]
FIRST = ["CYRENE", "CHARLES", "JAMES", "JAY", "CHRISTOPHER", "KAREN", "MICHAEL", "DARRELL", "MISTY", "JEFFREY", "LEAH", "JOHN",
         "DAVID", "HOLLI", "DONALD", "WILLIAM", "BILLY", "JOAN", "ANDREW", "KATHY", "FRANK", "PHILLIP", "SENAD", "BRENDA",
         "TERESA", "RONALD", "PATRICIA", "GARY", "DEBORAH", "TAMMY", "SUSAN", "RANDALL"]
SPOUSE = ["LESLIE", "JOANNE", "SUSAN E.", "SAMANTHA C.", "BRENT A.", "CYNTHIA M.", "TAMMY", "ROBERT M.", "NANCY", "SANDRA R.",
          "REBECCA LYNN", "MYRTHA H.", "KELLIE L.", "CHARLOTTE", "ERICA D.", "LINDA"]
STREETS = ["FOX CHASE DR", "SADIE LN", "GRACELAND DR", "SPRINGFIELD HWY", "GAYLEMORE DR", "NORMERLE DR", "VIEW RIDGE DR",
           "OLD SPRINGFIELD PIKE", "CARRIAGE HILL CT", "MOSS ROSE DR", "DICKERSON PIKE", "TWIN HILLS DR", "CHERRY HILL CT"]
CITIES = ["GOODLETTSVILLE"] * 5 + ["NASHVILLE"] * 6 + ["MADISON"] * 3 + ["ANTIOCH"] * 3 + ["HERMITAGE", "OLD HICKORY", "WHITES CREEK"]
DOMAINS = ["example.com", "example.org", "example.net"]


def owner():
    last, first = f.pick(LAST), f.pick(FIRST)
    mid = f.pick(["", " " + f.pick("ABCDEHJKLMRSW") + ".", " " + f.pick(["LYNN", "EDWARD", "NICHOLE", "JEFFREY", "JAKE"])])
    kind = f.r.random()
    if kind < 0.5:
        return f"{last}, {first}{mid} & {f.pick(SPOUSE)}"
    if kind < 0.85:
        return f"{last}, {first}{mid}"
    if kind < 0.93:
        return f"{last}, {first}{mid}, {f.pick(['JR.', 'SR.', 'III'])}"
    return f"{last}, {first} AND {f.pick(SPOUSE).split()[0]} REVOCABLE LIVING TRUST, THE"


named = [True] * 165 + [False] * 130
f.r.shuffle(named)
named = [True] * 10 + named[10:] + [False] * 5
rows = [["ClientID", "ClientName", "ClientAddress", "PhoneNumber", "Email"]]
seen = []
for i, has_name in enumerate(named, 1):
    phone = f"555-01{f.r.randrange(10)}-{f.r.randrange(10000):04d}"
    dom = DOMAINS[(i - 1) % 3]
    if not has_name:
        rows.append([str(i), "", "", phone, f"nan.@{dom}"])
        continue
    name = f.pick(seen) if seen and f.chance(0.03) else owner()
    seen.append(name)
    address = f"{f.r.randrange(100, 9000)}  {f.pick(STREETS)}, {f.pick(CITIES)}, TN"
    local = name.lower().replace(", ", ",.", 1)
    rows.append([str(i), name, address, phone, f"{local}@{dom}"])

buf = io.StringIO()
csv.writer(buf, lineterminator="\n").writerows(rows)
with open(os.path.join(FILES, "clients-en-us-realestateowners.csv"), "w", encoding="utf-8", newline="") as fh:
    fh.write(buf.getvalue())

if __name__ == "__main__":
    print(sum(1 for r in rows[1:] if r[1]), len(rows) - 1)
    print(buf.getvalue()[:700])
