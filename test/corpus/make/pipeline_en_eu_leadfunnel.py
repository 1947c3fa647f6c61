"""
Shape of aishwaryak0106/CRM-Optimization "CRM.xlsx" (at commit a15354e): a B2B software seller's
CRM lead export kept in Excel, two sheets. "CRM_data" is an Excel table (Table1, TableStyleLight8)
with headers in row 1: Organization / Country / Lattitude (sic) / Longitude / Industry /
Organization size / Owner / Lead acquisition date / Product / Status / Status sequence / Stage /
Stage sequence / Deal Value, $ / Probability, % / Expected close date / Actual close date. One row
per organization (company names such as "Reilly, Wisozk and Stamm", "Kub-Brown", "Borer Inc",
invented brand words), the rows in blocks by status (Churned Customer, Customer, New, Qualified,
Disqualified, Opportunity, Sales Accepted); latitude and longitude of the country's capital stored
as text; eight sales reps as Owner; dates mm-dd-yy; Stage (Opened, Initial contact, Nurturing,
Proposal sent, Won, Lost) and its sequence only on Opportunity rows; deal value a whole number of
dollars and a probability in whole percent (10-90) on every row; Actual close date only on
Customer and Churned Customer rows; two empty formatted columns after the table. "Dictionary"
explains every column in two columns, the status and stage lists as numbered lines under them.
Values invented.
"""
import datetime

from openpyxl.worksheet.table import Table, TableStyleInfo

from fake import Fake, save, workbook

f = Fake("pipeline-en-eu-leadfunnel")

COUNTRIES = [("Italy", "41.902782", "12.496366", 21), ("France", "48.864716", "2.349014", 14),
             ("Germany", "52.520008", "13.404954", 14), ("Switzerland", "46.204391", "6.143158", 13),
             ("Portugal", "38.736946", "-9.142685", 12), ("Belgium", "51.260197", "4.402771", 7),
             ("Austria", "48.210033", "16.363449", 7), ("Spain", "40.416775", "-3.703790", 6),
             ("Netherlands", "52.370216", "4.895168", 6)]
INDUSTRIES = [("Transportation & Logistics", 18), ("Banking and Finance", 13), ("IT & IT Services", 13),
              ("Government Administration Healthcare", 8), ("Professional Services  & Consulting", 8),
              ("Telecommunications", 6), ("Retail & Distribution", 5), ("Education & Science", 5),
              ("Agriculture & Mining", 4), ("Manufacturing & Production", 4), ("Energy & Utilities", 4),
              ("Entertainment & Media & Hospitality", 4), ("Recreation & Sports", 4),
              ("Construction & Engineering", 4)]
SIZES = [("Medium (201-500)", 42), ("Small (11-200)", 32), ("Micro (1-10)", 22), ("Large (501-1000)", 2),
         ("Enterprise (1001+)", 2)]
OWNERS = [("Harriet Quill", 25), ("Marisol Vantongeren", 17), ("Desmond Okafor", 16), ("Elspeth Lorne", 9),
          ("Tobias Whitcombe", 9), ("Priya Castellan", 8), ("Anselm Roux", 8), ("Greta Holmqvist", 8)]
PRODUCTS = [("SAAS", 43), ("Services", 38), ("Custom solution", 19)]
STATUSES = [("Churned Customer", 7, 35), ("Customer", 6, 34), ("New", 1, 103), ("Qualified", 2, 113),
            ("Disqualified", 3, 35), ("Opportunity", 5, 173), ("Sales Accepted", 4, 107)]
STAGES = [("Opened", 1, 13), ("Initial contact", 2, 60), ("Nurturing", 3, 44), ("Proposal sent", 4, 28),
          ("Won", 5, 16), ("Lost", 6, 12)]
SURNAMES = ["Abernathy", "Brekke", "Corwin", "Dibbert", "Emmerich", "Fadel", "Gorczany", "Hegmann", "Jaskolski",
            "Kovacek", "Lindgren", "Mertz", "Nolan", "Okuneva", "Pouros", "Quigley", "Runolfsdottir", "Schaden",
            "Torphy", "Upton", "Veum", "Wehner", "Yundt", "Zboncak", "Ankunding", "Bosco", "Cummerata", "Durgan",
            "Ernser", "Friesen", "Gutkowski", "Hirthe", "Jerde", "Kertzmann", "Larkin", "Metz", "Nader", "Orn"]
BRAND_A = ["Blip", "Quanti", "Zoom", "Flash", "Skip", "Jab", "Twit", "Voo", "Drim", "Kwi", "Lay", "Muxo", "Rhy",
           "Tag", "Wiki", "Yam", "Zazi", "Brain", "Dabs", "Eide"]
BRAND_B = ["feed", "bean", "zone", "set", "span", "tube", "nation", "bug", "jam", "loo", "cast", "sphere", "pad",
           "blab", "verse", "dog", "tri", "bit", "link", "pulse"]


def weighted(items):
    return f.r.choices([i[0] for i in items], weights=[i[-1] for i in items])[0]


def organization():
    def make():
        kind = f.r.random()
        if kind < 0.12:
            return f.pick(BRAND_A) + f.pick(BRAND_B)
        if kind < 0.45:
            a, b, c = f.r.sample(SURNAMES, 3)
            return f"{a}, {b} and {c}"
        if kind < 0.75:
            a, b = f.r.sample(SURNAMES, 2)
            return f"{a}-{b}"
        return f"{f.pick(SURNAMES)} {f.pick(['Inc', 'LLC', 'Group', 'and Sons', 'Ltd'])}"
    return f._unique(make)


rows = []
for status, seq, count in STATUSES:
    for _ in range(count):
        country, lat, lon, _w = f.r.choices(COUNTRIES, weights=[c[3] for c in COUNTRIES])[0]
        acquired = f.date(datetime.date(2024, 1, 1), datetime.date(2024, 5, 30))
        expected = acquired + datetime.timedelta(days=f.r.randrange(30, 330))
        stage = stage_seq = None
        if status == "Opportunity":
            stage = weighted(STAGES)
            stage_seq = next(s[1] for s in STAGES if s[0] == stage)
        actual = None
        if status in ("Customer", "Churned Customer"):
            actual = acquired + datetime.timedelta(days=f.r.randrange(10, 120))
        value = f.r.randrange(200, 20000) if f.chance(0.25) else f.r.randrange(200, 2500)
        probability = f.r.choices([10, 20, 30, 40, 50, 60, 70, 80, 90], weights=[5, 18, 18, 19, 13, 10, 5, 6, 5])[0]
        rows.append([organization(), country, lat, lon, weighted(INDUSTRIES), weighted(SIZES), weighted(OWNERS),
                     datetime.datetime.combine(acquired, datetime.time()), weighted(PRODUCTS), status, seq, stage,
                     stage_seq, value, probability, datetime.datetime.combine(expected, datetime.time()),
                     datetime.datetime.combine(actual, datetime.time()) if actual else None])

wb = workbook()
ws = wb.active
ws.title = "CRM_data"
ws.append(["Organization", "Country", "Lattitude", "Longitude", "Industry", "Organization size", "Owner",
           "Lead acquisition date", "Product", "Status", "Status sequence", "Stage", "Stage sequence",
           "Deal Value, $", "Probability, %", "Expected close date", "Actual close date"])
for r in rows:
    ws.append(r)
for col in "HPQ":
    for cell in ws[col]:
        cell.number_format = "mm-dd-yy"
ws["R2"].number_format = "mm-dd-yy"
ws["S2"].number_format = "mm-dd-yy"
table = Table(displayName="Table1", ref=f"A1:Q{len(rows) + 1}")
table.tableStyleInfo = TableStyleInfo(name="TableStyleLight8", showRowStripes=True)
ws.add_table(table)
for col, width in zip("ABCDEFGHIJKLMNOPQR", [17.5, 15.8, 12, 12, 36, 22, 16, 22.5, 15.5, 17.5, 18.3, 13.3, 19,
                                            21.5, 15.5, 20.2, 19.8, 10.2]):
    ws.column_dimensions[col].width = width

d = wb.create_sheet("Dictionary")
for line in [
    ("Organization", "Organization that has been identified as a lead and entered into the company's CRM system."),
    ("Country", "Country where the organization is based."),
    ("Latitude", "Latitude of the country"),
    ("Longitude", "Longitude of the country"),
    ("Industry", "Industry where the organization operates."),
    ("Organization size", "Size of the organization in terms of employee count."),
    ("Owner", "Sales representative to whom the lead is assigned / owns the lead"),
    ("Lead acquisition date", "Date when the lead was entered into the CRM system for the first time."),
    ("Product", "Product that the organization is interested in."),
    ("Status", "Status of the lead. Each lead can be assigned statuses as follows:"),
    (None, "1. New - just added"),
    (None, "2.Qualified - marketing has qualified the lead as valid."),
    (None, "3. Sales Accepted - sales has accepted the qualified lead as valid."),
    (None, "4. Opportunity- sales is working with the lead"),
    (None, "5. Customer - lead is converted to a customer"),
    (None, "6. Churned Customer - customer has stopped using the product"),
    (None, "7. Disqualified - marketing or sales has disqualified the lead as invalid (can happen at any stage)."),
    ("Status sequence", "Column indicating the sequence of a step in the lead conversion process."),
    ("Stage", "Stage of the lead who is in the opportunity phase . Stage can be assigned as follows:"),
    (None, "1. Opened - sales is working on establishing the initial communication"),
    (None, "2.Initial contact - initial communication is established"),
    (None, "3. Nurturing - ongoing communication with the organization about the offer"),
    (None, "4. Proposal sent - a proposal is sent to the organization"),
    (None, "5. Won - organization has accepted the offer"),
    (None, "6.Lost - organization won't become a customer"),
    ("Stage sequence", "Column indicating the sequence of a step in the opportunity phase"),
    ("Deal Value", "Potential value of the deal"),
    ("Probability, %", "Probability that the deal will close"),
    ("Expected close date", "Date when the deal is expected to close"),
    ("Actual close date", "Date when the deal was actually closed.  This value is set when lead converts to the "
                          "customer.  Stage \"won\" doesn't qualify lead as a customer yet."),
]:
    d.append(list(line))
d.column_dimensions["A"].width = 23.2
d.column_dimensions["B"].width = 13.0
save(wb, "pipeline-en-eu-leadfunnel.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for i, r in enumerate(rows):
            print(i + 2, r)
