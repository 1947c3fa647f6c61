"""
Shape of smuyengwa79/qualanalytics "Donors.xlsx" (commit bfc9fef5b7bdc5f8db5a843d1660fe395f804689):
a Zimbabwe donor-coordination dataset — development projects funded by foreign donors — kept
for a qualitative-analytics project (Excel, author "MR VERA 2018"). Despite the file name it is
no list of people or organisations to serve: one row per project and year.

One sheet "Sheet1", header row 1 (A1 formatted 0.000): Date / Development / Nexus /
Name_of_Project / Project_Status / Project Budget / Disbursed/Budgeted / Sector. "Date" is the
year (2018–2020), "Development" the development partner (Switzerland, Germany, United Kingdom
and also "UK", Sweden, Netherlands, Finland, EU/EC, Ireland, Spain; one "Germany " with a
trailing space), "Nexus" the donor's own sector wording in many spellings ("GOVernance, human
rights …", "Health sector", "Resilience Humanitarian and Development", a typo "Natural Resources
Mangement"), Name_of_Project often "<implementer>: <project>" or "<agency>- <project> 2018-2020",
the same project repeated for each year it ran (year suffix counting up on some), status Active /
Completed / empty (about a fifth) and one "completed" and one "-", budget an amount (integers,
some with cents), Disbursed or Budgeted, Sector the harmonised sector (empty on a few). 636
project-years in donor blocks (Sweden's rows cycling 2018/2019/2020 per project), one project
name missing; 30 empty rows at the end inside the sheet's range; an AutoFilter over column B; the
panes frozen at A313.

A person imports nothing: these are aid projects and amounts, not clients, contacts or visits;
the implementers inside project names are no client list. Values invented (project and
implementer names, amounts).
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("donors-en-zw-aidprojects")

SECTORS = {
    "Governance, Human Rights, Democracy and Rule of Law": ["Governance, Human Rights, Democracy and Rule of Law",
                                                            "GOVernance, human rights, democracy and rule of law",
                                                            "Governance, human rights, democracy and rule of law",
                                                            "Governance"],
    "Resilience, Humanitarian and Development": ["Resilience, Humanitarian and Development Sector",
                                                 "Resilience Humanitarian and Development",
                                                 "Resilience, Humanitarian and Development", "Humanitarian"],
    "Health Sector": ["Health Sector", "Health sector", "Health"],
    "Education Sector": ["Education Sector", "Education sector"],
    "Agriculture and Climate Change": ["Agriculture and Climate Change", "Agriculture and climate change",
                                       "Agriculture", "AGriculture and climate change"],
    "Gender Issues": ["Gender issues", "Gender Issues"],
    "Private Sector and Trade": ["Private Sector and Trade", "Private sector and trade"],
    "Natural Resource Management": ["Natural resources management", "Natural Resources Management",
                                    "Natural Resources Mangement"],
    "Social Protection": ["Social Protection", "Social protection"],
    "SMEs and Employment Creation": ["SME Development"],
}
WEIGHTS = {"Governance, Human Rights, Democracy and Rule of Law": 32, "Resilience, Humanitarian and Development": 20,
           "Health Sector": 14, "Education Sector": 10, "Agriculture and Climate Change": 9, "Gender Issues": 4,
           "Private Sector and Trade": 4, "Natural Resource Management": 3, "Social Protection": 3,
           "SMEs and Employment Creation": 1}
TOPICS = {
    "Governance, Human Rights, Democracy and Rule of Law": ["Access to Justice Programme", "Inclusive Local Governance",
                                                            "Civic Space Support", "Electoral Support Facility",
                                                            "Human Rights Capacity Development", "Media Freedom"],
    "Resilience, Humanitarian and Development": ["Resilience WASH for Health", "Drought Response",
                                                 "Community Resilience Fund", "Cyclone Recovery Support"],
    "Health Sector": ["SRHR Programme", "HIV Prevention Programme", "Maternal Health Fund", "COVID-19 response"],
    "Education Sector": ["Education Development Fund", "Girls' Schooling Initiative", "Teacher Training Support"],
    "Agriculture and Climate Change": ["Seed and Knowledge Initiative", "Smallholder Irrigation",
                                       "Agro-biodiversity Support", "Climate-smart Farming"],
    "Gender Issues": ["Women's Advocacy for Inclusive Governance", "GBV Prevention"],
    "Private Sector and Trade": ["Sustainable Business Facility", "Trade Facilitation"],
    "Natural Resource Management": ["Community Forestry", "Wildlife Corridors"],
    "Social Protection": ["Reducing Vulnerability of Children", "Cash Transfers Pilot"],
    "SMEs and Employment Creation": ["Youth Employment Scale-up", "SME Finance Window"],
}
IMPLEMENTERS = ["Kuda Trust", "Mhara Foundation", "Plan Norden", "Diakonikon", "Legal Aid Network Zm", "UNICEF",
                "UNFPA", "WFP", "Tariro Coalition", "Rural Futures Zim", "Hope Alliance", "Chipo Development Org",
                "Nyika Institute", "Care & Share Zim", "Open Voices Trust"]
BLOCKS = [("Switzerland", 21, "block"), ("Germany", 152, "block"), ("United Kingdom", 27, "block"),
          ("UK", 22, "block"), ("Sweden", 195, "cycle"), ("Switzerland", 23, "block"),
          ("Netherlands", 50, "block"), ("Finland", 11, "block"), ("EU/EC", 79, "block"), ("Ireland", 32, "block"),
          ("Spain", 4, "block"), ("UK", 20, "block")]


def project(sector):
    topic = f.pick(TOPICS[sector])
    style = f.r.randrange(4)
    if style == 0:
        return f"{f.pick(IMPLEMENTERS)}: {topic}", False
    if style == 1:
        start = f.pick([2016, 2017, 2018])
        return f"{f.pick(IMPLEMENTERS)}- {topic} {start}-{start + 3}", True
    return topic, False


def budget():
    v = f.r.choice([f.r.randrange(1000, 60000), f.r.randrange(50000, 900000), f.r.randrange(900000, 4000000)])
    return v + round(f.r.random(), 2) if f.chance(0.22) else v


rows = []
for donor, n, kind in BLOCKS:
    made = 0
    while made < n:
        sector = f.r.choices(list(WEIGHTS), list(WEIGHTS.values()))[0]
        name, counts_up = project(sector)
        years = [2018, 2019, 2020][: f.r.randrange(1, 4)] if kind == "cycle" else [f.pick([2018, 2018, 2019, 2020])]
        status = f.r.choices(["Active", "Completed", None], [36, 42, 22])[0]
        for k, year in enumerate(years):
            if made >= n:
                break
            label = name
            if counts_up and k:
                label = name[:-4] + str(int(name[-4:]) + k)
            rows.append([year, donor, f.pick(SECTORS[sector]), label, status, budget(),
                         "Disbursed" if status == "Active" or (status is None and f.chance(0.9)) or f.chance(0.2)
                         else "Budgeted", sector if not f.chance(0.03) else None])
            made += 1
rows[60][1] = "Germany "
rows[len(rows) // 3][4] = "completed"
rows[len(rows) // 2][4] = "-"
rows[500][3] = None
rows[300][2] = "Administrative costs (non–sector allocable)"
rows[300][7] = None

wb = workbook()
wb.properties.creator = "MR VERA 2018"
wb.properties.lastModifiedBy = "MR VERA 2018"
ws = wb.active
ws.title = "Sheet1"
ws.append(["Date", "Development", "Nexus", "Name_of_Project", "Project_Status", "Project Budget",
           "Disbursed/Budgeted", "Sector"])
ws["A1"].number_format = "0.000"
for r in rows:
    ws.append(r)
for r in range(len(rows) + 2, len(rows) + 32):  # empty rows left inside the used range
    for c in (1, 8):
        ws.cell(r, c).font = Font(name="Calibri", size=11)
ws.auto_filter.ref = f"B1:B{len(rows) + 31}"
ws.freeze_panes = "A313"
for col, w in {"B": 17.7, "C": 31.0, "D": 24.9, "E": 31.9, "F": 32.7, "G": 24.7, "H": 51.3}.items():
    ws.column_dimensions[col].width = w
save(wb, "donors-en-zw-aidprojects.xlsx")
