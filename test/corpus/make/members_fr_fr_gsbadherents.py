"""
Shape of RyukSylux/gsbMonolith adherents.xlsx (commit 6a81440fdbd9b73774988a4abd47af18db50aa3f): the member
sheet a French BTS SIO project (a sports association's monolith app) imports, saved by Excel.
One sheet "Sheet1", header Nom / Prenom / Email / Telephone / DateAdhesion / CotisationReglee, five
members: family name and first name apart, a work e-mail written as a mailto hyperlink, the
mobile number as a number (its leading 0 lost, numbers following one another), the joining date
as text dd/mm/yyyy (the 15th of five successive months), and whether the fee is paid as the
formulas =TRUE / =FALSE. Names, addresses and numbers invented.
"""
import re

from openpyxl.styles import Font

from fake import _save_rewritten, workbook

ROWS = [("Garnier", "Théo", "garnier.theo@example.org", 612000101, "15/03/2026", True),
        ("Lemoine", "Inès", "lemoine.ines@example.org", 612000102, "15/02/2026", False),
        ("Faure", "Mathis", "faure.mathis@example.org", 612000103, "15/01/2026", False),
        ("Roche", "Clément", "roche.clement@example.org", 612000104, "15/12/2025", True),
        ("Benali", "Sarah", "benali.sarah@example.org", 612000105, "15/11/2025", True)]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Nom", "Prenom", "Email", "Telephone", "DateAdhesion", "CotisationReglee"])
for r, row in enumerate(ROWS, 2):
    for c, v in enumerate(row, 1):
        cell = ws.cell(r, c, v)
        if c == 3:
            cell.hyperlink = "mailto:" + v
            cell.font = Font(color="0563C1", underline="single")


def rewrite(member, text):
    # Excel keeps the paid flag as a formula =TRUE/=FALSE with its boolean result.
    return re.sub(r'<c r="(F\d+)"([^>]*?) t="b"><v>([01])</v></c>',
                  lambda m: f'<c r="{m.group(1)}"{m.group(2)} t="b"><f>{"TRUE" if m.group(3) == "1" else "FALSE"}</f><v>{m.group(3)}</v></c>',
                  text)


_save_rewritten(wb, "members-fr-fr-gsbadherents.xlsx", rewrite)
