"""
Shape of jefdrilon08/koins_kecc "members.xls" (at commit f69c5e45): a Philippine employees' credit
cooperative's member sheet for a new savings system, Excel 97-2003 (.xls), one sheet "members".
A two-row header: ID in A1 (not merged, plain), NAME merged over B1:B2, then three pairs under merged
yellow group headers "Regular Savings" (C1:D1), "Lock-in savings" (E1:F1), "Share Capital" (G1:H1)
with "Ending balance" / "Semi-monthly payment" on row 2, and "Membership Payment" (I1:I2) and "Date of
Membership" (J1:J2) merged down; header cells bold on yellow. Then one member per row sorted by name:
a random UUID as the member id and the name typed "SURNAME, GIVEN NAMES, MIDDLE NAME" in capitals
(some without a middle name, some with a trailing space, two-word given names and surnames such as
"STA. MARIA"); all balance, payment and date columns empty, waiting to be filled in. 150 rows (the
original has 264). Re-saved by LibreOffice as .xls. Values invented.
"""
import uuid

from openpyxl.styles import Alignment, Font, PatternFill

from fake import Fake, save, workbook

f = Fake("members-en-ph-coop")

SURNAMES = ["ABALOS", "BAUTISTA", "CABRERA", "DELA CRUZ", "ESPIRITU", "FLORES", "GATCHALIAN", "HIZON", "ILAGAN",
            "JAVIER", "LACSON", "MACARAEG", "NAVARRO", "OCAMPO", "PANGILINAN", "QUIAMBAO", "RAMOS", "SALAZAR",
            "STA. MARIA", "TOLENTINO", "UMALI", "VALDEZ", "VILLAREAL", "YAP", "ZAMORA", "AGUINALDO", "DE LEON",
            "MENDOZA", "SORIANO", "TUAZON"]
GIVEN = ["MARIA CRISTINA", "JOHN PAUL", "JULIE ANN", "MARK ANTHONY", "JERALD", "ROWENA", "JOMAR", "MARICEL",
         "CARL KENNETH", "CHRISTINE JOY", "RODEL", "LOVELY", "ARNEL", "JHODELYN", "REYNALDO", "MYLENE", "JAYSON",
         "KRISTINE", "ALDRIN", "ROSALIE", "DANILO", "CHERRY ANN", "EDGARDO", "JOCELYN", "RAFAEL"]
YELLOW = PatternFill("solid", fgColor="FFFF00")


def member():
    def make():
        s, g = f.pick(SURNAMES), f.pick(GIVEN)
        m = f.pick(SURNAMES) if f.chance(0.97) else None
        return f"{s}, {g}" + (f", {m}" if m else "")
    name = f._unique(make)
    return name + (" " if f.chance(0.04) else "")


rng = f.r
names = sorted(member() for _ in range(150))
wb = workbook()
ws = wb.active
ws.title = "members"
ws["A1"] = "ID"
for ref, text in [("B1", "NAME"), ("C1", "Regular Savings"), ("E1", "Lock-in savings"), ("G1", "Share Capital"),
                  ("I1", "Membership Payment"), ("J1", "Date of Membership")]:
    c = ws[ref]
    c.value = text
    c.font = Font(bold=True)
    c.fill = YELLOW
    if ref in ("C1", "E1", "G1"):
        c.alignment = Alignment(horizontal="center")
for col in "CDEFGH":
    c = ws[f"{col}2"]
    c.value = "Ending balance" if col in "CEG" else "Semi-monthly payment"
    c.font = Font(bold=True)
    c.fill = YELLOW
for rng_ref in ["C1:D1", "G1:H1", "E1:F1", "B1:B2", "I1:I2", "J1:J2"]:
    ws.merge_cells(rng_ref)
for i, name in enumerate(names):
    ws.cell(3 + i, 1, str(uuid.UUID(int=rng.getrandbits(128), version=4)))
    ws.cell(3 + i, 2, name)
for col, width in zip("ABCDEFGHIJ", [32.9, 43.2, 14.8, 20.2, 14.2, 20.2, 13.9, 20.2, 20.6, 19.2]):
    ws.column_dimensions[col].width = width
save(wb, "members-en-ph-coop.xls", libreoffice="xls")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for row in ws.iter_rows(values_only=True):
            print(row)
