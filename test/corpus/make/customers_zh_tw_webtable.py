"""
Shape of jash-git/flag_F3034_EX "F3034/ch10/sales.xlsx" (at commit 8cabb3f4ea16c27d6ed58c25b6bbccc5696f4244): a
customer table scraped from a web page with BeautifulSoup and written by pandas (to_excel, index=False) in a
Taiwanese Python-for-office book's examples. One sheet Sheet1: pandas' bold, bordered, centred header 公司 / 聯絡人 /
國家 / 營業額 on row 1, and the same four words again as the first data row (the script kept the table's <th> row as
data), then six customer companies: a company name in English, its contact person, the country in English, and
營業額 as text with a thousands comma ("3,000"). No widths, no other formats.
Values invented: companies, contacts, countries and amounts.
"""
from openpyxl.styles import Alignment, Border, Font, Side

from fake import FIRST_EN, LAST_EN, Fake, save, workbook

f = Fake("customers-zh-tw-webtable")
COMPANIES = ["Harbour Light Trading", "Northwind Provisions", "Casa Verde Comercial", "Alpenblick Handels GmbH",
             "Maple Ridge Foods", "Oriente Import Export"]
COUNTRIES = ["USA", "Mexico", "Austria", "UK", "Canada", "Italy"]
AMOUNTS = ["4,000", "2,000", "7,000", "3,000", "5,000", "9,000"]
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
HEAD = ["公司", "聯絡人", "國家", "營業額"]
ws.append(HEAD)
thin = Side(style="thin")
for cell in ws[1]:
    cell.font = Font(bold=True)
    cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    cell.alignment = Alignment(horizontal="center", vertical="top")
ws.append(HEAD)
for company, country, amount in zip(COMPANIES, COUNTRIES, AMOUNTS):
    contact = f._unique(lambda: f"{f.pick(FIRST_EN)} {f.pick(LAST_EN)}")
    ws.append([company, contact, country, amount])
save(wb, "customers-zh-tw-webtable.xlsx")
