"""
Shape of jarrodtky/TelcoCustomerChurn_DataMining_SAS-Miner "Customer Data.xlsx" (commit
8790751456978877048a009a4528871c90691dc3): a telecom's customer table from a churn data-mining
course, exported by RapidMiner: one sheet "RapidMiner Data", bold header PostalCode (5-digit text,
one of 4 digits, one of 1) / HashCode (8 random characters) / CustomerId (ascending with gaps) /
Firstname (German and Austrian first names only, a quarter with a leading space, names repeat
many times) / rowNumber (1…) / Birthday (date-times in yyyy-mm-dd hh:mm:ss with the same
generated time of day, 1922-2013, one blank). The source has 1000 customers; this copy 300.
Values invented.
"""
import datetime
import string

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("customers-en-telcominer")
NAMES = ["Georg", "Elisabeth", "Magdalena", "Anna", "Cäcilia", "Eva", "Kunigunde", "Notburga", "Maximiliane",
         "Valentin", "Gregor", "Rupert", "Adolf", "Alfons", "Alois", "Ambros", "Anton", "Balthasar", "Benedikt",
         "Bernhard", "Crescentia", "Walburga", "Theresia", "Franziska", "Johanna", "Hildegard", "Leopold", "Korbinian",
         "Quirin", "Severin", "Ottilie", "Rosina", "Afra", "Barbara", "Veronika", "Kreszenz", "Xaver", "Vitus",
         "Wendelin", "Ulrich", "Florian", "Sebastian", "Josepha", "Mechthild", "Scholastika", "Ludwig", "Matthias"]
WEIGHTS = [19, 13, 12, 12, 12] + [6] * (len(NAMES) - 5)

wb = workbook()
ws = wb.active
ws.title = "RapidMiner Data"
ws.append(["PostalCode", "HashCode", "CustomerId", "Firstname", "rowNumber", "Birthday"])
for c in ws[1]:
    c.font = Font(bold=True)
cid = 2
base_ms = 265000
for i in range(1, 301):
    cid += f.pick([1, 1, 1, 2, 2, 3])
    pc = f"{f.r.randrange(10000, 99999)}"
    if i == 117:
        pc = f"{f.r.randrange(1000, 9999)}"
    elif i == 208:
        pc = "0"
    name = f.r.choices(NAMES, WEIGHTS)[0]
    if f.chance(0.24):
        name = " " + name
    bday = datetime.datetime.combine(f.date(datetime.date(1922, 6, 1), datetime.date(2013, 6, 30)),
                                     datetime.time(16, 25, 24, base_ms + i * 9))
    row = [pc, "".join(f.pick(string.ascii_letters + string.digits) for _ in range(8)), cid, name, i,
           None if i == 250 else bday]
    ws.append(row)
    ws.cell(i + 1, 6).number_format = "yyyy\\-mm\\-dd\\ hh:mm:ss"
save(wb, "customers-en-telcominer.xlsx")
