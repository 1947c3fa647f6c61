"""
Shape of mpial92/recusfiscaux "adherents.xlsx" (commit e8a6838d8afd24f2528e544fab2746050e701f13):
the list a French association keeps of its members' gifts for the year, read by a script that fills
a Word template to send each donor a tax receipt (reçu fiscal). One sheet "Reçus Fiscaux 2023", bold
header Civilité / NOM / PRENOM ADH / N° ORDRE / Somme / Somme en lettres / ADRESSE 1 / ADRESSE 2 /
ADRESSE 3 / C.P. / VILLE / E-mail / RECU FISCAL ELECTRONIQUE O / N  / DATE, every data cell bold
except the e-mail. Three donors: Mme / M. / "M. et Mme", surname in capitals (one with a leading
space), first name (one with a trailing space), the receipt number as text "001", the amount in a
euro accounting format, the amount in words ("cinquante euros"), street with a trailing space,
"Appartement …" on two rows, ADRESSE 3 empty, the postcode as a number or as text, the town in
capitals (one miscapitalised), an e-mail, "O", the date in mm-dd-yy. Names, addresses and e-mails
invented.
"""
import datetime

from openpyxl.styles import Font

from fake import save, workbook

HEAD = ["Civilité", "NOM", "PRENOM ADH", "N° ORDRE", "Somme", "Somme en lettres", "ADRESSE 1", "ADRESSE 2",
        "ADRESSE 3", "C.P.", "VILLE", "E-mail", "RECU FISCAL ELECTRONIQUE O / N ", "DATE"]
WIDTHS = [12, 25.86, 25.71, 7.86, 9.29, 21.71, 44.71, 43.29, 23, 10.71, 28.29, 34.86, 15.29, 11.43, 17.86]
EURO = '_-* #,##0\\ _€_-;\\-* #,##0\\ _€_-;_-* "-"\\ _€_-;_-@_-'
ROWS = [
    ["Mme", " DE LAVALETTE", "Odile", "001", 50, "cinquante euros", "12, Grande rue ", "Appartement 4", None, 81170,
     "CORDES-SUR-CIEL", "odile.delavalette@example.com", "O"],
    ["M.", "BERTHELOT", "Gérard", "004", 66, "soixante six euros", "7 Bis, Rue des Tilleuls", None, None, "77700",
     "SERRiS", "gberthelot@example.net", "O"],
    ["M. et Mme", "FAUCONNIER", "Alain ", "006", 101, "cent un euros", "18, Avenue des Platanes", "Appartement 21",
     None, 69003, "LYON", "fauconnier.famille@example.org", "O"],
]

wb = workbook()
ws = wb.active
ws.title = "Reçus Fiscaux 2023"
for c, (h, w) in enumerate(zip(HEAD + [None], WIDTHS), 1):
    if h:
        ws.cell(1, c, h).font = Font(bold=True)
    ws.column_dimensions[ws.cell(1, c).column_letter].width = w
ws["E1"].number_format = EURO
for r, row in enumerate(ROWS, 2):
    for c, v in enumerate(row + [datetime.datetime(2023, 1, 6)], 1):
        if v is None:
            continue
        cell = ws.cell(r, c, v)
        cell.font = Font(bold=c != 12)
        if c == 4:
            cell.number_format = "@"
        elif c == 5:
            cell.number_format = EURO
        elif c == 6:
            cell.number_format = "00"
        elif c == 14:
            cell.number_format = "mm-dd-yy"
save(wb, "donors-fr-fr-taxreceipts.xlsx")
