"""
Shape of eklavyabhardwaj/electrolabserviceportal visit.xlsx: a lab-equipment maker's service
report written by pandas (openpyxl): one sheet "Sheet1", an unnamed index column (0, 1, 2 … under
an empty A1), bold centred bordered headers Customer / Territory and then one column per staff role
(Area Service Manager … Trainee Service Coordinaor, 23 roles, titles as the HR system spells them:
"Inspection  Engineer" with two spaces, "Assistant Manager – International Sales" with an en dash).
One row per customer site, sorted by name (pharma companies with a plant or town after " - " or in
brackets), the territory (a state or a city), and under each role the date of that role's last
visit as ISO text ("2023-06-14") or "No Visits"; every site has at least one visit, most one or
two. Values invented.
"""
import datetime

from openpyxl.styles import Alignment, Border, Font, Side

from fake import Fake, save, workbook

f = Fake("visits-en-in-servicematrix")
ROLES = ["Area Service Manager", "Assistant Manager – International Sales", "Assurance Service Engineer",
         "Chief Executive Officer", "Field Specialist", "Field Support Specialist -Manager", "HOD- Assurance",
         "Head - Service Department", "Inspection  Engineer", "Jr. Service Engineer", "National Sales Manager",
         "Product Manager", "Sales Co-Ordinator", "Sales Co-ordinator AMC", "Sales Executive", "Service Coordinator",
         "Service Engineer", "Sr Service Co-Ordinator", "Sr. Service Engineer", "Team Leader - East Zone",
         "Testing Engineer", "Trainee Inspection Engineer", "Trainee Service Coordinaor"]
WEIGHTS = [107, 5, 467, 9, 103, 23, 59, 1, 86, 74, 3, 25, 5, 84, 1, 5, 771, 9, 34, 19, 4, 47, 1]
TERRITORIES = (["Telangana"] * 17 + ["Mumbai"] * 15 + ["Ahmedabad"] * 8 + ["Karnataka"] * 7 + ["Baddi"] * 7
               + ["Uttarakhand"] * 5 + ["Pune"] * 5 + ["Andhra Pradesh"] * 4 + ["Goa"] * 4 + ["Baroda"] * 3
               + ["Tamil Nadu"] * 3 + ["Madhya Pradesh"] * 3 + ["Aurangabad", "Sikkim", "Vapi", "Paonta Sahib",
                                                                 "Gujarat", "Kolkata", "Delhi", "Nashik", "Indore"])
A = ["Aarogya", "Acura", "Alkem Bio", "Amrit", "Apex", "Arvind", "Aurora", "Bharat", "Biocon Edge", "Cadila Nova",
     "Celestia", "Centaur", "Cipla Crest", "Deccan", "Dhanvantari", "Elder", "Emcure Bio", "Gland Edge", "Granules Star",
     "Hetero Bay", "Indoco Life", "Intas Nova", "Ipca Crest", "Jubilant Edge", "Kilitch", "Lupin Crest", "Macleods Bay",
     "Medreich", "Micro Labs Nova", "Natco Edge", "Neuland Bay", "Orchid Star", "Piramal Nova", "Sai Life", "Shilpa Star",
     "Sun Crest", "Torrent Bay", "Unichem Nova", "Veritas", "Wockhardt Edge", "Zenara", "Zyvana"]
B = ["Pharma Private Limited", "Lifesciences Limited", "Laboratories Pvt Ltd", "Pharmaceuticals Ltd.", "Drugs & Pharmaceuticals Ltd.",
     "Healthcare Pvt. Ltd.", "Biotech Limited", "Remedies Pvt Ltd", "Formulations Ltd"]
SUFFIX = ["", "", "", " - {t}", " ({t})", " - Unit II", "(Plant 3 - Injection)", " - R&D", " (MH)", " - SEZ"]

sites = set()
while len(sites) < 300:
    t = f.pick(TERRITORIES)
    name = f"{f.pick(A)} {f.pick(B)}" + f.pick(SUFFIX).format(t=t)
    sites.add((name, t))
sites = sorted(sites, key=lambda s: s[0])
seen = set()
unique = []
for name, t in sites:
    if name not in seen:
        seen.add(name)
        unique.append((name, t))

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append([None, "Customer", "Territory"] + ROLES)
thin = Side(style="thin")
for c in ws[1][1:]:
    c.font = Font(bold=True)
    c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    c.alignment = Alignment(horizontal="center", vertical="top")
for i, (name, t) in enumerate(unique):
    visits = {}
    for _ in range(f.r.choices([1, 2, 3, 4, 5], weights=[52, 31, 11, 4, 2])[0]):
        role = f.r.choices(range(len(ROLES)), weights=WEIGHTS)[0]
        visits[role] = f.date(datetime.date(2023, 4, 1), datetime.date(2023, 9, 30)).isoformat()
    ws.append([i, name, t] + [visits.get(k, "No Visits") for k in range(len(ROLES))])
for c in ws["A"][1:]:
    c.font = Font(bold=True)
    c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    c.alignment = Alignment(horizontal="center", vertical="top")
save(wb, "visits-en-in-servicematrix.xlsx")
