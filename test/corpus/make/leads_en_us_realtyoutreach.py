"""
Shape of AwkCode/Monican "prospects.xlsx" (commit 3ca234ed71731afd92d26b750bc582fd6a64316b): a
one-person AI-consulting start-up's outreach workbook for small real-estate agencies around its
Massachusetts home town, written by openpyxl (navy header with white bold text, wrapped, frozen
below the header).

- "Prospects": Priority / Agency Name / Town / Miles from Bolton / Website / Phone / Broker/Owner /
  Est. Agents / Notable Details / Outreach Status / Date Contacted / Response / Next Action /
  Notes under an autofilter; 33 agencies sorted HIGH → MEDIUM → LOW; miles and agent counts as
  text ("0", "15-20", "400+"); websites as bare domains, some with a remark in brackets; phones
  "(978) 555-01xx", four missing; the broker or owner on most rows (two names in one cell once),
  empty for franchise offices; a one-line research note; the five outreach columns still empty.
- "Outreach Log": only its header (Date / Agency / Contact / Channel / Message # / Status /
  Response Date / Response Summary / Next Action / Follow-up Date).
- "Pipeline": header (Agency / Stage / Contact / Discovery Call Date / Proposal Sent / Proposal
  Amount / Close Date / Revenue / Retainer Monthly / Notes) and, merged over B2:J2, the list of
  stages "Lead → Contacted → … → Closed Won / Closed Lost".
- "Weekly Dashboard": only its header of weekly outreach counts.
Values invented.
"""
from openpyxl.styles import Alignment, Font, PatternFill

from fake import save, workbook

HEAD_FONT = Font(bold=True, color="FFFFFF")
HEAD_FILL = PatternFill("solid", fgColor="1E2761")
WRAP = Alignment(wrap_text=True, vertical="center")


def header(ws, names, widths):
    ws.append(names)
    for c in ws[1]:
        c.font, c.fill, c.alignment = HEAD_FONT, HEAD_FILL, WRAP
    for i, w in enumerate(widths):
        ws.column_dimensions[chr(65 + i)].width = w
    ws.freeze_panes = "A2"


AGENCIES = [  # priority, name, town, miles, website, phone?, broker, agents, note
    ("HIGH", "RE/MAX Hearthside", "Bolton", "0", "remax.com (Bolton office)", 1, "Maureen Gallagher", "5-10",
     "Independent RE/MAX in Bolton since 2001; Maureen licensed since 1989; right in your town"),
    ("HIGH", "Whitford & Company Real Estate", "Harvard", "5", "whitfordre.com", 1, "Janet Whitford", "3-5",
     "Oldest RE company in the area since 1952; deliberately small; ideal independent target"),
    ("HIGH", "Calloway Real Estate", "Lancaster", "6", "callowayrealestate.net", 1, "Dean Calloway", "1-3",
     "Very small independent; serves Lancaster/Sterling/Clinton/Bolton; perfect AI consulting target"),
    ("HIGH", "Beth Ainsley Real Estate", "Sterling", "8", "bethainsley.com", 1, "Beth Ainsley", "1-3",
     "Solo broker; top agent in North Worcester County for 10+ years; personal relationship opportunity"),
    ("HIGH", "Front Porch Real Estate", "Sterling", "8", "frontporch-re.com", 1, "Gina Markarian", "6-10",
     "Full-service independent; several agents; decision-maker easy to reach"),
    ("HIGH", "Vincent Paul Real Estate", "Westborough", "14", "vincentpaulre.com", 1, "Vince Carbone", "3-5",
     "Family-owned boutique; BBB A+ rated; ideal independent target"),
    ("HIGH", "Castellano Real Estate", "Marlborough", "10", "castellanorealestate.com", 1, "Paul Castellano", "1-3",
     "Small independent + property management; serves Marlborough/Hudson/Northborough"),
    ("HIGH", "Ellen Brody Real Estate", "Leominster", "15", "ellenbrodyrealestate.com", 1, "Ellen Brody", "3-5",
     "Independent since 2008; 22+ years experience; residential/commercial/investment"),
    ("HIGH", "Lake Quinapoxet Realty", "Worcester", "22", "quinapoxetrealty.com", 1, "Steven Kowalczyk", "3-5",
     "Independent since 2011; 70+ years combined experience; small office"),
    ("HIGH", "First Choice Realty of MA", "Worcester", "22", "firstchoicerealtyma.com", 1, "Dana Pellegrino", "3-5",
     "Independent since 2012; went statewide 2024; investment property expertise"),
    ("MEDIUM", "The Azoulay Group", "Concord", "10", "theazoulaygroup.com", 1, "Ronen Azoulay", "8-12",
     "Top 1% of MA realtors; high-performing independent; has budget"),
    ("MEDIUM", "RE/MAX Horizon", "Hudson", "8", "remaxhorizonma.com", 1, "Marisol Quiñones", "5-10",
     "Multi-lingual office; covers MetroWest and Central MA; diverse market"),
    ("MEDIUM", "Keystone Realty Partners", "Northborough", "10", "keystonerealtyma.com", 1, "Kim & Peter Doyle", "10-20",
     "Independent regional; 2 offices; established 1988"),
    ("MEDIUM", "Prescott-Hale Real Estate", "Leominster", "15", "prescott-hale.com", 1, "Rick Hale", "50",
     "Independent since 1921; 100+ years; 50 agents; 3 offices; strong target with budget"),
    ("MEDIUM", "EXIT Fresh Start Real Estate", "Leominster", "15", "exitfreshstart.com", 1, None, "5-10",
     "Locally owned and independently operated; small office"),
    ("MEDIUM", "Realty Crossroads", "Leominster/Fitchburg", "15-20", "realtyxroads.com", 1, None, "3-5",
     "Independent; serves Harvard/Bolton/Littleton area"),
    ("MEDIUM", "NB Property & Home Advisors", "Worcester", "22", "nbpropertyhome.com", 1, "Nick Bertolami", "5-10",
     "Independent since 2001; also commercial brokerage"),
    ("MEDIUM", "Central Hearth Realty", "Worcester", "22", "centralhearthrealty.com", 1, "Joe Lombardo", "3-5",
     "Independent; residential specialist; 90+ years combined experience"),
    ("MEDIUM", "Marchetti Realty Group", "Chelmsford", "20", "marchettirealty.com", 0, "Lisa Marchetti", "20-30",
     "Female-owned; 2,500+ homes sold; 600+ 5-star reviews; serves Bolton area"),
    ("MEDIUM", "Brighter Home Real Estate", "Worcester", "22", "brighterhomere.net", 0, None, "10-20",
     "Regional top places to work 2023-24; growing fast; 35+ years"),
    ("LOW", "Kovacs Realty Group (KW)", "Bolton", "0", "kovacsrealtygroup.com", 1, "Debra Kovacs", "5-10",
     "Top KW team; named #1 realtor by a local business journal; franchise = less autonomy"),
    ("LOW", "Hollis Fine Homes International", "Concord", "10", "hollisfinehomes.com", 1, "Laura Kinnear", "40-60",
     "Independently owned since 1979; luxury market; 4 offices; large but independent"),
    ("LOW", "Century 21 Hometown Team", "Sterling", "8", "c21hometown.com", 1, None, "10-15",
     "Franchise since 1989; serves Sterling/Lancaster/Princeton/Clinton"),
    ("LOW", "Coldwell Banker - Concord", "Concord", "10", "coldwellbankerhomes.com", 1, None, "20-30",
     "National franchise; large office; brand decisions made higher up"),
    ("LOW", "Compass - Concord", "Concord", "10", "compass.com", 0, None, "38",
     "Tech-forward national brokerage; already has a tech stack"),
    ("LOW", "ERA Cornerstone - Marlborough", "Marlborough", "10", "eracornerstone.com", 1, None, "15-25",
     "Family-owned; 15 offices; 350+ agents; regional"),
    ("LOW", "Ferrante Realty", "Northborough", "10", "ferranterealty.com", 1, "Anthony Ferrante", "400+",
     "Fast-growing; tech-savvy already; may have an internal tech team"),
    ("LOW", "Keller Williams Nashoba Valley", "Leominster", "15", "nashobavalley.yourkwoffice.com", 1, None, "139",
     "Major KW franchise; 139 agents; less autonomy for tool adoption"),
    ("LOW", "RE/MAX Summit Realty", "Westborough", "14", "summit-realty-westborough-ma.remax.com", 1, None, "155+",
     "One of the largest RE/MAX offices in New England; 155+ agents; corporate decisions"),
    ("LOW", "RE/MAX Pinnacle", "Shrewsbury", "18", "remax.com (Shrewsbury)", 1, None, "10-15",
     "RE/MAX franchise; serves Shrewsbury/Worcester area"),
    ("LOW", "Coldwell Banker - Sudbury", "Sudbury", "12", "coldwellbankerhomes.com", 1, None, "20-30",
     "National franchise; Wayland-Sudbury regional office"),
    ("LOW", "Compass - Sudbury", "Sudbury", "12", "compass.com", 0, None, "29", "Tech-forward national brokerage; 29 agents"),
    ("LOW", "Hollis Fine Homes - Acton", "Acton", "10", "hollisfinehomes.com", 1, None, "10-20",
     "Branch of Hollis Fine Homes; independently owned; luxury"),
]

wb = workbook()
ws = wb.active
ws.title = "Prospects"
header(ws, ["Priority", "Agency Name", "Town", "Miles from Bolton", "Website", "Phone", "Broker/Owner", "Est. Agents",
            "Notable Details", "Outreach Status", "Date Contacted", "Response", "Next Action", "Notes"],
       [10, 32, 18, 8, 35, 16, 22, 10, 55, 14, 14, 12, 18, 25])
n = 0
for prio, name, town, miles, web, has_phone, broker, agents, note in AGENCIES:
    area = "508" if town in ("Westborough", "Marlborough", "Worcester", "Northborough", "Shrewsbury") else "978"
    phone = f"({area}) 555-01{n:02d}" if has_phone else None
    n += 1
    ws.append([prio, name, town, miles, web, phone, broker, agents, note])
ws.auto_filter.ref = f"A1:N{ws.max_row}"

log = wb.create_sheet("Outreach Log")
header(log, ["Date", "Agency", "Contact", "Channel", "Message #", "Status", "Response Date", "Response Summary",
             "Next Action", "Follow-up Date"], [12, 30, 20, 12, 10, 12, 12, 35, 25, 12])
pipe = wb.create_sheet("Pipeline")
header(pipe, ["Agency", "Stage", "Contact", "Discovery Call Date", "Proposal Sent", "Proposal Amount", "Close Date",
              "Revenue", "Retainer Monthly", "Notes"], [30, 18, 20, 16, 14, 14, 12, 12, 14, 30])
pipe["B2"] = "Stages: Lead → Contacted → Discovery Call → Proposal Sent → Negotiation → Closed Won / Closed Lost"
pipe["B2"].font = Font(italic=True, color="808080")
pipe.merge_cells("B2:J2")
dash = wb.create_sheet("Weekly Dashboard")
header(dash, ["Week Starting", "Outreach Sent", "Responses", "Response Rate", "Discovery Calls", "Proposals Sent",
              "Deals Closed", "Revenue", "Notes"], [14, 14, 12, 12, 14, 14, 12, 12, 30])

save(wb, "leads-en-us-realtyoutreach.xlsx")
