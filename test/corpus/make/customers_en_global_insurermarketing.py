"""
Shape of babal24/insurance-marketing-analysis "customer.xlsx" (commit
2b0438af4f0c4e30683640200ef35edf163a6c62): the customer list of an insurer's marketing team,
the first of four workbooks of a cross-selling study (the other three, motor_policies.xlsx,
health_policies.xlsx and travel_policies.xlsx, hold one row per policy under the ids named
here). One sheet "Sheet1", header in row 1 (plain, no fill, nothing frozen), 4,085 customers
from row 2, no blank or total rows:

  CustomerID / Title / GivenName / MiddleInitial / Surname / CreditCardType / Occupation /
  Gender / Age / Location / PrefChannel / MotorID / HealthID / TravelID

- CustomerID an increasing number with gaps (1, 2, 4, 5, 11 … up to 5200), format "0";
- Title Mr. / Ms. / Mrs. / Dr., six rows "Mr" without the full stop; one-letter MiddleInitial;
- CreditCardType AMEX or Visa, empty on a sixth of the rows; Occupation a job title, empty on
  nearly two rows in five;
- Gender "female"/"male" with a few "f"/"m"; Age a number; Location Urban or Rural;
  PrefChannel Email / Phone / SMS with a few "E" / "P" / "S";
- MotorID, HealthID, TravelID the number of the customer's motor, health and travel policy,
  empty where the customer has none (a few customers have none of the three);
- the same given name and surname on several customers (different ids and ages: different
  people).

A person imports every row as a client (a person): the id, the name from given name, middle
initial and surname, the occupation. Title, card type, gender, age, location, preferred
channel and the three policy numbers have no register field (notes). The policy details live in
the other workbooks, so no policy is imported from this one. Row count halved (2,000 customers).
Values invented: names drawn from common given names and surnames, occupations from a list,
ids and policy numbers random.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("customers-en-global-insurermarketing")

GIVEN_F = ["Abigail", "Alice", "Amber", "Bethany", "Caitlin", "Chloe", "Clara", "Daisy", "Eleanor", "Elise",
           "Erin", "Fiona", "Freya", "Grace", "Hannah", "Hazel", "Imogen", "Isla", "Jade", "Jessica",
           "Kayla", "Laura", "Leah", "Lily", "Lucy", "Maeve", "Megan", "Molly", "Niamh", "Olivia",
           "Orla", "Phoebe", "Poppy", "Rachel", "Rose", "Ruby", "Sarah", "Sienna", "Sophie", "Tara"]
GIVEN_M = ["Aaron", "Adam", "Alfie", "Ben", "Callum", "Cian", "Connor", "Daniel", "Darragh", "Dylan",
           "Eoin", "Ethan", "Finn", "George", "Harry", "Isaac", "Jack", "Jacob", "James", "Kai",
           "Kyle", "Liam", "Lewis", "Luke", "Mark", "Max", "Nathan", "Noah", "Oscar", "Owen",
           "Patrick", "Rhys", "Robert", "Ryan", "Sean", "Thomas", "Toby", "Tom", "Will", "Zach"]
SURNAMES = ["Ashby", "Barlow", "Bennett", "Boyle", "Brennan", "Carey", "Casey", "Coleman", "Connolly",
            "Daly", "Dawson", "Doyle", "Duffy", "Ellis", "Farrell", "Fleming", "Foley", "Gallagher",
            "Gibson", "Hayes", "Healy", "Hughes", "Kavanagh", "Keane", "Kelly", "Kennedy", "Lynch",
            "Lyons", "Madden", "Maguire", "McCarthy", "McGrath", "Moran", "Murphy", "Nolan", "O'Brien",
            "O'Connor", "O'Neill", "Power", "Quinn", "Regan", "Reilly", "Ryan", "Sheehan", "Walsh",
            "Ward", "Whelan", "Young"]
OCCUPATIONS = ["Accountant", "Actuary", "Architect", "Bank clerk", "Barista", "Bus driver", "Carpenter",
               "Chef", "Civil engineer", "Claims adjuster", "Dental hygienist", "Dietitian", "Electrician",
               "Estate agent", "Farm manager", "Firefighter", "Florist", "Graphic designer", "Hairdresser",
               "HR officer", "IT consultant", "Journalist", "Lab technician", "Librarian", "Locksmith",
               "Logistics planner", "Machinist", "Marketing executive", "Mechanic", "Midwife", "Nurse",
               "Optician", "Painter and decorator", "Paramedic", "Pharmacist", "Physiotherapist",
               "Plumber", "Police officer", "Postal worker", "Quantity surveyor", "Radiographer",
               "Receptionist", "Retail manager", "Sales representative", "Secondary school teacher",
               "Social worker", "Software developer", "Solicitor", "Tax adviser", "Training manager",
               "Translator", "Veterinary nurse", "Web designer", "Welder"]

N = 2000
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["CustomerID", "Title", "GivenName", "MiddleInitial", "Surname", "CreditCardType", "Occupation",
           "Gender", "Age", "Location", "PrefChannel", "MotorID", "HealthID", "TravelID"])

used_ids = {"motor": set(), "health": set(), "travel": set()}


def policy_id(kind):
    while True:
        v = f.r.randrange(1, 10000)
        if v not in used_ids[kind]:
            used_ids[kind].add(v)
            return v


FIXED = {
    # row index -> overrides, the records the label checks
    0: dict(title="Mrs.", given="Maeve", mid="A", sur="Kavanagh", card="AMEX", occ="Optician", gender="female",
            age=23, loc="Urban", chan="SMS", motor=None, health=None, travel=6318),
    1: dict(title="Ms.", given="Tara", mid="L", sur="Whelan", card="AMEX", occ=None, gender="female",
            age=44, loc="Urban", chan="Phone", motor=None, health=7023, travel=None),
    3: dict(title="Mr", given="Darragh", mid="P", sur="Nolan", card="Visa", occ="Mechanic", gender="m",
            age=47, loc="Rural", chan="P", motor=8841, health=4906, travel=2109),
    6: dict(title="Dr.", given="Isaac", mid="J", sur="O'Brien", card=None, occ="Radiographer", gender="male",
            age=58, loc="Rural", chan="Email", motor=1877, health=3815, travel=None),
    9: dict(title="Ms.", given="Phoebe", mid="C", sur="McGrath", card="Visa", occ="Solicitor", gender="f",
            age=36, loc="Urban", chan="E", motor=None, health=None, travel=None),
}
for v in (6318, 2109):
    used_ids["travel"].add(v)
for v in (7023, 4906, 3815):
    used_ids["health"].add(v)
for v in (8841, 1877):
    used_ids["motor"].add(v)

cid = 0
pairs = {(d["given"], d["sur"]) for d in FIXED.values()}
mr_plain = {120, 777, 1402}
short_gender = set(f.r.sample(range(12, N), 9))
short_chan = set(f.r.sample(range(12, N), 6))
for i in range(N):
    cid = 1 if i == 0 else cid + f.r.choice([1, 1, 1, 1, 2, 2, 3, 6])
    if i in FIXED:
        d = FIXED[i]
        row = [cid, d["title"], d["given"], d["mid"], d["sur"], d["card"], d["occ"], d["gender"], d["age"],
               d["loc"], d["chan"], d["motor"], d["health"], d["travel"]]
    else:
        female = f.chance(0.5)
        while True:
            given, sur = f.pick(GIVEN_F if female else GIVEN_M), f.pick(SURNAMES)
            if (given, sur) not in pairs or f.chance(0.03):
                break
        pairs.add((given, sur))
        if female:
            title = f.r.choices(["Ms.", "Mrs.", "Dr."], [52, 46, 3])[0]
        else:
            title = f.r.choices(["Mr.", "Dr."], [95, 4])[0]
        if i in mr_plain and not female:
            title = "Mr"
        gender = "female" if female else "male"
        if i in short_gender:
            gender = gender[0] if female else "m"
        chan = f.r.choices(["Email", "Phone", "SMS"], [43, 38, 19])[0]
        if i in short_chan:
            chan = chan[0]
        none_at_all = f.chance(0.005)
        row = [cid, title, given, f.pick("AAAABCCDEEFGHJJKLLLMMMNPRSTW"), sur,
               f.r.choices(["AMEX", "Visa", None], [42, 40, 18])[0],
               None if f.chance(0.38) else f.pick(OCCUPATIONS), gender, f.r.randrange(18, 73),
               f.r.choices(["Urban", "Rural"], [57, 43])[0], chan,
               None if none_at_all or not f.chance(0.82) else policy_id("motor"),
               None if none_at_all or not f.chance(0.62) else policy_id("health"),
               None if none_at_all or not f.chance(0.52) else policy_id("travel")]
    ws.append(row)
    r = ws.max_row
    ws.cell(r, 1).number_format = "0"
    ws.cell(r, 9).number_format = "0"

ws.column_dimensions["A"].width = 12.9
save(wb, "customers-en-global-insurermarketing.xlsx")
