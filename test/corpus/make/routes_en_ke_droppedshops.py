"""
Shape of Nyamwaya254/Route-Optimzer "route_summary.xlsx" (commit
86bca276cddd8216650c48d9fcaa78496f405758): the report a Kenyan FMCG field-sales route planner writes
with pandas/openpyxl after planning a day's routes for its fifteen sales agents (Nairobi and
Machakos sub-clusters). Sheet "Route Summary": one row per agent — Agent / Sub Cluster / Shops
Selected (top-k) / Shops Visited / Shops Dropped (time) / Shops Dropped (barrier) / Total Distance
(km) / Total Travel Time (min) / Est. Revenue (KSh) / Map File (route_maps/route_<Agent>_<cluster>.html),
columns G-J widened. Sheet "Dropped Shops": the shops left out of each agent's route — Agent / Sub
Cluster / Shop ID (a UUID) / Shop Name (some eighty generic names like "Royal Stores", each on many
rows: different shops) / Priority Score / Drop Reason (time_constraint for the few dropped for
time, then below_priority_barrier), grouped by agent (1,270 rows in the original, about 17 an agent
here). Not bold, no styling.
Values invented.
"""
import uuid

from fake import Fake, save, workbook

f = Fake("routes-en-ke-droppedshops")
AGENTS = [("Brian Otieno", "Machakos_A"), ("Peter Mutua", "Machakos_A"), ("Victor Kilonzo", "Machakos_A"),
          ("John Musyoka", "Machakos_B"), ("Kevin Ndambuki", "Machakos_B"), ("Samuel Mwende", "Machakos_B"),
          ("Daniel Wekesa", "Nairobi_A"), ("David Omondi", "Nairobi_A"), ("James Karanja", "Nairobi_A"),
          ("Joseph Maina", "Nairobi_A"), ("Paul Gitau", "Nairobi_A"), ("Chris Rotich", "Nairobi_B"),
          ("Dennis Barasa", "Nairobi_B"), ("Eric Muriuki", "Nairobi_B"), ("Michael Achieng", "Nairobi_B")]
PREFIX = ["Royal", "Sunrise", "Urban", "Prime", "Smart", "City", "Metro", "Golden", "Green", "Unity", "Baraka",
          "Neema", "Faraja", "Jirani", "Mwangaza", "Tumaini"]
SUFFIX = ["Stores", "Traders", "Enterprises", "Mart", "Supplies", "Shop", "Wholesalers", "MiniMart", "Distributors",
          "General Store"]


def shop_id():
    return str(uuid.UUID(int=f.r.getrandbits(128), version=4))


wb = workbook()
ws = wb.active
ws.title = "Route Summary"
ws.append(["Agent", "Sub Cluster", "Shops Selected (top-k)", "Shops Visited", "Shops Dropped (time)",
           "Shops Dropped (barrier)", "Total Distance (km)", "Total Travel Time (min)", "Est. Revenue (KSh)",
           "Map File"])
barrier = {"Machakos_A": 57, "Machakos_B": 57, "Nairobi_A": 75, "Nairobi_B": 101}
for agent, cluster in AGENTS:
    visited = f.r.randrange(13, 27)
    ws.append([agent, cluster, 30, visited, 30 - visited, barrier[cluster] + f.r.randrange(0, 2),
               round(f.r.uniform(105, 290), 2), round(f.r.uniform(120, 265), 1), round(f.r.uniform(7000, 17500), 2),
               f"route_maps/route_{agent.replace(' ', '_')}_{cluster}.html"])
for col, w in (("G", 13.33), ("H", 13.83), ("I", 20.83), ("J", 44.33)):
    ws.column_dimensions[col].width = w

ws = wb.create_sheet("Dropped Shops")
ws.append(["Agent", "Sub Cluster", "Shop ID", "Shop Name", "Priority Score", "Drop Reason"])
for agent, cluster in AGENTS:
    n_time = f.r.randrange(1, 4)
    n_barrier = f.r.randrange(12, 18)
    scores = sorted((round(f.r.uniform(0.55, 0.8), 3) for _ in range(n_time)), reverse=True)
    for s in scores:
        ws.append([agent, cluster, shop_id(), f"{f.pick(PREFIX)} {f.pick(SUFFIX)}", s, "time_constraint"])
    for _ in range(n_barrier):
        ws.append([agent, cluster, shop_id(), f"{f.pick(PREFIX)} {f.pick(SUFFIX)}", round(f.r.uniform(0.3, 0.6), 3),
                   "below_priority_barrier"])
save(wb, "routes-en-ke-droppedshops.xlsx")
