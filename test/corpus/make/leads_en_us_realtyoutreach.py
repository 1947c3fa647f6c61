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


AGENCIES = [  # priority, name, town, miles, website, phone?, broker, agents, note (all invented)
    ('HIGH', 'Ashdown Realty', 'Bolton', '0', 'ashdownrealty.example.com (branch page)', 1, 'Olivia Ashdown', '5-10', 'Very small independent; serves the nearby towns; 5-10 agents'),
    ('HIGH', 'Fairbank Real Estate', 'Harvard', '5', 'fairbankrealestate.example.com', 1, 'Liam Fairbank', '3-5', 'Solo broker; residential and commercial; 3-5 agents'),
    ('HIGH', 'Kettering Realty Group', 'Lancaster', '6', 'ketteringrealtygro.example.com', 1, 'Emma Kettering', '1-3', 'Family-owned boutique; already has a tech stack; 1-3 agents'),
    ('HIGH', 'Pembury Home Advisors', 'Sterling', '8', 'pemburyhomeadvisor.example.com', 1, 'Noah Pembury', '1-3', 'Full-service independent; 2 offices; 1-3 agents'),
    ('HIGH', 'Ellery Property Partners', 'Sterling', '8', 'ellerypropertypart.example.com', 1, 'Ava Ellery', '6-10', 'Independent since 2008; strong target with budget; 6-10 agents'),
    ('HIGH', 'Jessop Homes', 'Westborough', '14', 'jessophomes.example.com', 1, 'Ethan Jessop', '3-5', 'Very small independent; less autonomy for tool adoption; 3-5 agents'),
    ('HIGH', 'Oakes Realty', 'Marlborough', '10', 'oakesrealty.example.com', 1, 'Mia Oakes', '1-3', 'Solo broker; established 1988; 1-3 agents'),
    ('HIGH', 'Dunmore Real Estate', 'Leominster', '15', 'dunmorerealestate.example.com', 1, 'Lucas Dunmore', '3-5', 'Family-owned boutique; decision-maker easy to reach; 3-5 agents'),
    ('HIGH', 'Ivers Realty Group', 'Worcester', '22', 'iversrealtygroup.example.com', 1, 'Amelia Ivers', '3-5', 'Full-service independent; serves the nearby towns; 3-5 agents'),
    ('HIGH', 'Northcott Home Advisors', 'Worcester', '22', 'northcotthomeadvis.example.com', 1, 'Mason Northcott', '3-5', 'Independent since 2008; residential and commercial; 3-5 agents'),
    ('MEDIUM', 'Carrow Property Partners', 'Concord', '10', 'carrowpropertypart.example.com', 1, 'Harper Carrow', '8-12', 'Independent regional; already has a tech stack; 8-12 agents'),
    ('MEDIUM', 'Holloway Homes', 'Hudson', '8', 'hollowayhomes.example.com', 1, 'Logan Holloway', '5-10', 'Locally owned and operated; 2 offices; 5-10 agents'),
    ('MEDIUM', 'Marlow Realty', 'Northborough', '10', 'marlowrealty.example.com', 1, 'Ella Marlow & Wyatt Marlow', '10-20', 'Multi-lingual office; strong target with budget; 10-20 agents'),
    ('MEDIUM', 'Brightwell Real Estate', 'Leominster', '15', 'brightwellrealesta.example.com', 1, 'Aiden Brightwell', '50', 'Independent since 2001; less autonomy for tool adoption; 50 agents'),
    ('MEDIUM', 'Greyson Realty Group', 'Leominster', '15', 'greysonrealtygroup.example.com', 1, None, '5-10', 'Growing regional brokerage; established 1988; 5-10 agents'),
    ('MEDIUM', 'Marlow Homes - Leominster/Fitchburg', 'Leominster/Fitchburg', '15-20', 'marlowhomesleomins.example.com', 1, None, '3-5', 'Independent regional; decision-maker easy to reach; 3-5 agents'),
    ('MEDIUM', 'Ashdown Property Partners', 'Worcester', '22', 'ashdownpropertypar.example.com', 1, 'Nora Ashdown', '5-10', 'Locally owned and operated; serves the nearby towns; 5-10 agents'),
    ('MEDIUM', 'Fairbank Homes', 'Worcester', '22', 'fairbankhomes.example.com', 1, 'Owen Fairbank', '3-5', 'Multi-lingual office; residential and commercial; 3-5 agents'),
    ('MEDIUM', 'Kettering Realty', 'Chelmsford', '20', 'ketteringrealty.example.com', 0, 'Zoe Kettering', '20-30', 'Independent since 2001; already has a tech stack; 20-30 agents'),
    ('MEDIUM', 'Pembury Real Estate', 'Worcester', '22', 'pemburyrealestate.example.com', 0, None, '10-20', 'Growing regional brokerage; 2 offices; 10-20 agents'),
    ('LOW', 'Ellery Realty Group', 'Bolton', '0', 'elleryrealtygroup.example.com', 1, 'Olivia Ellery', '5-10', 'National franchise; strong target with budget; 5-10 agents'),
    ('LOW', 'Jessop Home Advisors', 'Concord', '10', 'jessophomeadvisors.example.com', 1, 'Liam Jessop', '40-60', 'Franchise since 1989; less autonomy for tool adoption; 40-60 agents'),
    ('LOW', 'Oakes Property Partners', 'Sterling', '8', 'oakespropertypartn.example.com', 1, None, '10-15', 'Large franchise office; established 1988; 10-15 agents'),
    ('LOW', 'Dunmore Homes', 'Concord', '10', 'dunmorehomes.example.com', 1, None, '20-30', 'Branch of a luxury brokerage; decision-maker easy to reach; 20-30 agents'),
    ('LOW', 'Lindqvist Realty Group - Concord', 'Concord', '10', 'lindqvistrealtygro.example.com', 0, None, '38', 'Tech-forward national brokerage; serves the nearby towns; 38 agents'),
    ('LOW', 'Northcott Real Estate', 'Marlborough', '10', 'northcottrealestat.example.com', 1, None, '15-25', 'National franchise; residential and commercial; 15-25 agents'),
    ('LOW', 'Carrow Realty Group', 'Northborough', '10', 'carrowrealtygroup.example.com', 1, 'Mia Carrow', '400+', 'Franchise since 1989; already has a tech stack; 400+ agents'),
    ('LOW', 'Ashdown Homes - Leominster', 'Leominster', '15', 'ashdownhomesleomin.example.com', 1, None, '139', 'Large franchise office; 2 offices; 139 agents'),
    ('LOW', 'Marlow Property Partners', 'Westborough', '14', 'marlowpropertypart.example.com', 1, None, '155+', 'Branch of a luxury brokerage; strong target with budget; 155+ agents'),
    ('LOW', 'Brightwell Homes', 'Shrewsbury', '18', 'brightwellhomes.example.com (branch page)', 1, None, '10-15', 'Tech-forward national brokerage; less autonomy for tool adoption; 10-15 agents'),
    ('LOW', 'Fairbank Realty Group - Sudbury', 'Sudbury', '12', 'fairbankrealtygrou.example.com', 1, None, '20-30', 'National franchise; established 1988; 20-30 agents'),
    ('LOW', 'Lindqvist Real Estate', 'Sudbury', '12', 'lindqvistrealestat.example.com', 0, None, '29', 'Franchise since 1989; decision-maker easy to reach; 29 agents'),
    ('LOW', 'Ashdown Realty Group', 'Acton', '10', 'ashdownrealtygroup.example.com', 1, None, '10-20', 'Large franchise office; serves the nearby towns; 10-20 agents'),
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
