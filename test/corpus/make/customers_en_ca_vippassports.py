"""
Shape of Iyamu-osahon007/AdWebTeamprojPowerApp "Customers.xlsx" (commit
bd865b76728bce5d90e776048937f65e4abce993): the customer list behind a student team's Power Apps
exercise for a travel/visa agency (Agents.xlsx next to it lists the agents with their phones).
One sheet "Sheet1", an Excel table "Table1" over A1:H51, everything in General format.

- Header CustomerNumber / FirstName / LastName / VIPLevel / DateJoined / Location /
  PassportNumber / AgentName.
- 50 customers numbered 1 … 50; first names clean, last names pasted from the web with a trailing
  " " + non-breaking space on all but two rows; VIPLevel 1 … 5; DateJoined as bare Excel serials
  (43466 … 43921, early 2019 to March 2020) left in General, so they show as numbers; Location a
  country ("UK", "United States", "Malayasia" misspelt as in the source); PassportNumber a
  7- or 8-digit number; AgentName one of three agents.
All names and numbers invented.
"""
from openpyxl.worksheet.table import Table, TableStyleInfo

from fake import Fake, save, workbook

f = Fake("customers-en-ca-vippassports")
FIRST = ["Viki", "Omer", "Bruna", "Daine", "Beau", "Coralie", "Thresa", "Tawny", "Elton", "Madaline", "Denae", "Megan",
         "Sonya", "Josh", "Pauletta", "Lorretta", "Nam", "Lewis", "Kathyrn", "Nita", "Alonso", "Brooks", "Classie", "Neta",
         "Michel", "Irvin", "Mechelle", "Ivana", "Rosamaria", "Senaida", "Kelsie", "Dorthea", "Candice", "Elouise", "Titus",
         "Laurena", "Contessa", "Kia", "Coy", "Lauran", "Emilie", "Bettyann", "Robin", "Tamica", "Kimberlee", "Germaine",
         "Blanche", "Elba", "Sylvia", "Anitra"]
LAST = ["Quillfeather", "Ambrose", "Tessaro", "Vandermolen", "Ostrowski", "Kettleby", "Marchetti", "Pendergrass", "Holcombe",
        "Winslade", "Rutherglen", "Castellan", "Dunleavy", "Fairweather", "Hollingsworth", "Ibbotson", "Jardine", "Kowalczyk",
        "Lockridge", "Mayhew", "Nettleton", "Oberlin", "Prendergast", "Quayle", "Radcliffe", "Sandoval", "Thackeray",
        "Underhill", "Valenti", "Wexford", "Yardley", "Zabriskie", "Ashworth", "Bellamy", "Calloway", "Delacroix", "Everly",
        "Fenwick", "Gallagher", "Hawthorne", "Inglewood", "Jessamy", "Kincaid", "Larkspur", "Merriweather", "Northrup",
        "Ormsby", "Pilkington", "Rowntree", "Stanhope"]
COUNTRIES = ["Canada"] * 10 + ["UK"] * 9 + ["Singapore"] * 6 + ["Germany"] * 5 + ["Australia"] * 6 + ["France"] * 5 + \
            ["Malayasia"] * 5 + ["Brazil"] * 3 + ["United States"] * 2 + ["Mexico"]
AGENTS = ["Gavin Trevelyan", "Rico Almeda", "Derek Hollins"]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["CustomerNumber", "FirstName", "LastName", "VIPLevel", "DateJoined", "Location", "PassportNumber", "AgentName"])
for i in range(1, 51):
    last = LAST[i - 1] if i in (1, 4) else LAST[i - 1] + " \u00a0"
    passport = f.r.randrange(1000000, 10000000) if f.chance(0.08) else f.r.randrange(10000000, 100000000)
    ws.append([i, FIRST[i - 1], last, f.r.randrange(1, 6), f.r.randrange(43466, 43922), f.pick(COUNTRIES), passport,
               f.pick(AGENTS)])
t = Table(displayName="Table1", ref="A1:H51")
t.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
ws.add_table(t)
for col, w in zip("ABCDEFGH", [19.4, 12.6, 12.4, 11.1, 13.4, 16.6, 18.4, 14.6]):
    ws.column_dimensions[col].width = w
save(wb, "customers-en-ca-vippassports.xlsx")

if __name__ == "__main__":
    for r in list(ws.iter_rows(values_only=True))[:4] + [list(ws.iter_rows(values_only=True))[-1]]:
        print(r)
