"""
Shape of oleksandrsidletskyi/AML-KYC-Simulation-Project "Clients.xlsx" (commit
b7e507d886655007ad1cc8f7b79aadb23368165a): the client sheet of a Ukrainian analyst's AML/KYC
screening exercise, typed in a Ukrainian-language Excel (default sheet name "Аркуш1"), English
headers.

- One sheet "Аркуш1": Client_ID / Full_Name / Country / Date_of_Birth / Type / Risk_Level /
  On_Sanctions_List; Client_ID "C001" … "C005", the full name (two ending in a
  tab), the country, Date_of_Birth as a date (for the company its founding date), Type Private /
  Business, Risk_Level High / Low / Medium, On_Sanctions_List Yes / No; five clients, one a
  trading company.
Values invented.
"""
import datetime

from fake import save, workbook

wb = workbook()
ws = wb.active
ws.title = "Аркуш1"
ws.append(["Client_ID", "Full_Name", "Country", "Date_of_Birth", "Type", "Risk_Level", "On_Sanctions_List"])
ROWS = [("C001", "Karim Haddad", "UAE", datetime.datetime(1981, 9, 14), "Private", "High", "Yes"),
        ("C002", "Marta Wiśniewska", "Poland", datetime.datetime(1996, 2, 7), "Private", "Low", "No"),
        ("C003", "Julio Ferrer", "Venezuela", datetime.datetime(1974, 10, 30), "Private", "Medium", "No"),
        ("C004", "Deltamar Petroleum Trading\t", "Nigeria", datetime.datetime(2011, 4, 18), "Business", "High", "No"),
        ("C005", "Pavel Sorokin\t", "Russia", datetime.datetime(1988, 12, 2), "Private", "Medium", "Yes")]
for row in ROWS:
    ws.append(row)
    ws.cell(ws.max_row, 4).number_format = "mm-dd-yy"
for col, w in zip("ABCDEFG", [10.0, 17.0, 15.71, 14.71, 16.71, 11.29, 18.29]):
    ws.column_dimensions[col].width = w

save(wb, "kyc-en-ua-amlclients.xlsx")
