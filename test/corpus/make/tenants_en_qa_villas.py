"""
Shape of ayomideio/shopifysupport "book.xlsx" (commit 07542fa31f829cb128cda088f9a13cab3578fdc6):
a Qatari villa compound's tenant book, kept by the landlord's property manager in Excel and
used to seed a tenant/maintenance web app (its Mongo "Tenants" model lists the same nineteen
fields in the same order: flat no, floor, type, space, bedroom, bathroom, price, electricity,
water, tenant name, ID no, contact, date of birth, e-mail, start, end, mode of payment,
maintenance date, contract).

- One sheet "Sheet1", NO header row: data starts on A1; 19 columns A:S; the used range runs
  to row 26 with twelve empty rows at the end (not reproduced: openpyxl drops empty cells).
- 14 rows, one per villa: A the unit ("Villa 1-4" … "Villa 5-5", "Villa 101", "Villa 99");
  B floor, E, H, I, M (date of birth) and R (maintenance date) are "-" throughout; C "Villa";
  D a small number (1-6) on three rows, empty or "-" on the rest; F the monthly rent in QAR
  (10000-28000) as a number; G the electricity (Kahramaa) account number, 6-7 digits;
  J the tenant: persons (Arab, Levantine, West African names) and one embassy;
  K the Qatar ID as an 11-digit number (one 10-digit with the leading digit lost, the embassy's
  establishment id as text "02-0120-00" style, "-" when missing); L the 8-digit mobile as a
  number; N e-mail (missing, empty or "-" on half); O the lease start: dates typed dd/mm/yyyy
  that Excel took as mm/dd when the day was 12 or less (real dates with day and month swapped)
  and left as text otherwise ("15/03/2021", "01.06.2021" with dots); P the lease end, text
  mostly, one real date; Q "Cheque"; S the contract flag "YES"/"NO".
- The last three rows ("NO") are villas with only a name: a one-word name and one tenant
  (a family member of the owner) on two villas (two rows with the same name, nothing else).
Values invented (Qatari mobiles in invented 333/555/666/777 00xxx blocks, IDs made up,
e-mail at example.com/.org/.net).
"""
import datetime

from fake import save, workbook

D = datetime.datetime

ROWS = [
    ["Villa 1-4", "-", "Villa", 6, "-", 25000, 1200431, "-", "-", "Nabil Al-Hadrami", 29963400112, 55500121, "-",
     "k.rahman@example.com", D(2021, 1, 8), "31/07/2021", "Cheque", "-", "YES"],
    ["Villa 2-4", "-", "Villa", 5, "-", 25000, 1016204, "-", "-", "Moussa Diallo", 28646600084, 33300187, "-",
     "m.diallo@example.net", "15/03/2021", "14/03/2022", "Cheque", "-", "YES"],
    ["Villa 3-4", "-", "Villa", None, "-", 10000, 1200433, "-", "-", "Khalid Al-Mannai", 28663400517, 77700143, "-",
     None, D(2019, 1, 10), "30/09/2024", "Cheque", "-", "YES"],
    ["Villa 4-4", "-", "Villa", None, "-", 25000, 1200434, "-", "-", "Omar Al-Hourani", 27640000391, 66600172, "-",
     "o.hourani@example.com", "01.06.2021", "31.05.2022", "Cheque", "-", "YES"],
    ["Villa 1-5", "-", "Villa", 5, "-", 18000, 1002611, "-", "-", "Elias Haddad", 27142200658, 66600219, "-",
     None, D(2021, 1, 3), "28/02/2023", "Cheque", "-", "YES"],
    ["Villa 2-5", "-", "Villa", None, "-", 10000, 1002610, "-", "-", "Jassim Al-Mannai", 28863400244, 55500163, "-",
     None, D(2018, 1, 12), "30/11/2025", "Cheque", "-", "YES"],
    ["Villa 3-5", "-", "Villa", None, "-", 18000, 1002609, "-", "-", "Embassy of Namibia in Qatar", "02-0417-00",
     77700208, "-", "consular.office@example.org", "15/06/2021", "14/06/2023", "Cheque", "-", "YES"],
    ["Villa 4-5", "-", "Villa", None, "-", 18000, 1002608, "-", "-", "Maryam Al-Dosari", 28563400771, 66600254, "-",
     "maryam.d85@example.com", D(2020, 1, 12), "30/11/2023", "Cheque", "-", "YES"],
    ["Villa 5-5", "-", "Villa", None, "-", 20000, 100607, "-", "-", "Hamad Al-Suwaidi", "-", 55500198, "-",
     "-", D(2016, 6, 5), D(2017, 5, 5), "Cheque", "-", "YES"],
    ["Villa 101", "-", "Villa", None, "-", 25000, 144415, "-", "-", "Imran Al-Sheikh", 27758600312, 50100177, "-",
     "-", "01.05.2021", "30.04.2023", "Cheque", "-", "YES"],
    ["Villa 103", "-", "Villa", 1, "-", 28000, 144428, "-", "-", "Fahad Al-Marri", 2746340157, 55500244, "-",
     "-", "15.03.2021", "14.03.2023", "Cheque", "-", "YES"],
    ["Villa 99", "-", "Villa", "-", "-", "-", "-", "-", "-", "Sulaiti", "-", "-", "-",
     "-", "-", "-", "-", "-", "NO"],
    ["Villa 1-2", "-", "Villa", "-", "-", None, "-", "-", "-", "Latifa Al-Kuwari", "-", "-", "-",
     "-", "-", "-", "-", "-", "NO"],
    ["Villa 2-2", "-", "Villa", "-", "-", "-", "-", "-", "-", "Latifa Al-Kuwari", "-", "-", "-",
     "-", "-", "-", "-", "-", "NO"],
]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for r, row in enumerate(ROWS, start=1):
    for c, v in enumerate(row, start=1):
        if v is None:
            continue
        cell = ws.cell(row=r, column=c, value=v)
        if isinstance(v, datetime.datetime):
            cell.number_format = "mm-dd-yy"
save(wb, "tenants-en-qa-villas.xlsx")
