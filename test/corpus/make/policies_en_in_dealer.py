"""
Shape of yamanjain/playwright_github "policy_details.xlsx" (at commit a7c33a7): an Indian
two-wheeler dealer's motor-insurance policies pulled from its insurer's intermediary portal and
written by pandas/openpyxl (sheet "data", plain header, no widths). Header names came from the
portal's JSON with the last letter of each word part upper-cased: intermediarY_ID /
intermediarY_NAME / policY_NUMBER / chassiS_NUMBER / producT_NAME / transactioN_TYPE /
transactioN_DATE / customeR_NAME / totaL_PREMIUM / taggeD_PAYMENTID / taggeD_CHEQUE /
chequE_DATE / make / model / paymenT_TYPE / source / issuancE_CODE. One row per policy sold
over two days: the dealer's intermediary id and name on every row, policy numbers with slashes
("3005/O/…/00/B00" for roll-overs), chassis numbers, New Business / Roll Over, ISO date-times
with microseconds as text, customer names in any case ("DrName Surname" run together once), the
premium as text, a payment tag id (a dummy 12345678 on Insta payments), a cheque number on cheque
payments, chequE_DATE always empty. All text. Values invented.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("policies-en-in-dealer")
r = f.r

MODELS = [("HONDA MOTORCYCLE", "NEW SP 125 DRUM OBD2B", "ME4JC94C"), ("HONDA MOTORCYCLE", "SHINE 125 DISC OBD2B", "ME4JC85M"),
          ("HONDA MOTORCYCLE", "ACTIVA 6G H SMART OBD2", "ME4JK157"), ("HONDA MOTORCYCLE", "ACTIVA DLX OBD2B", "ME4JK362"),
          ("HONDA MOTORCYCLE", "SP 125 ANNIVERSARY EDITION", "ME4JC94J"), ("HONDA MOTORCYCLE", "CB SHINE", "ME4JC36J"),
          ("YAMAHA", "FZ S FI BT BS VI", "ME1RG661"), ("HONDA MOTORCYCLE", "SHINE 100 OBD2", "ME4HC152")]
NAMES = ["Aarav Sharma", "Rohan Verma", "Neha Gupta", "Kavya Malhotra", "ARJUN KAPOOR", "DrAditya Mehra",
         "Ishaan Bedi Singh", "SIMAR SETHI", "Vivaan Arora", "Pooja Khanna", "Kabir Kumar", "Riya Kumari Verma",
         "Diya Sethi"]

wb = workbook()
ws = wb.active
ws.title = "data"
ws.append(["intermediarY_ID", "intermediarY_NAME", "policY_NUMBER", "chassiS_NUMBER", "producT_NAME",
           "transactioN_TYPE", "transactioN_DATE", "customeR_NAME", "totaL_PREMIUM", "taggeD_PAYMENTID",
           "taggeD_CHEQUE", "chequE_DATE", "make", "model", "paymenT_TYPE", "source", "issuancE_CODE"])
POLICIES = []
for i, name in enumerate(NAMES):
    make, model, vin = f.pick(MODELS)
    renewal = f.chance(0.4)
    number = f"3005/{'O/' if renewal and f.chance(0.5) else ''}{r.randrange(405400000, 405800000)}/00/" + \
             ("B00" if renewal and f.chance(0.2) else "000")
    chassis = vin + "".join(f.pick("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(3)) + f"{r.randrange(10**5, 10**6)}"
    when = datetime.datetime(2025, 8, 27, 10) + datetime.timedelta(seconds=r.randrange(0, 2 * 24 * 3600))
    stamp = when.isoformat() + "." + f"{r.randrange(10**6):06d}".rstrip("0")
    premium = str(r.randrange(1100, 2100) if renewal else r.randrange(5400, 9800))
    cheque = f.chance(0.6)
    row = ["IM-561234", "Pahalgam Commercial Ltd", number, chassis, "TWO WHEELER",
           "Roll Over" if renewal else "New Business", stamp, name, premium,
           "1245190000" if cheque else "12345678", "850000" if cheque else None, None, make, model,
           "Cheque" if cheque else "Insta", "DEALER", "NYSA-LITE"]
    POLICIES.append(row)
    ws.append(row)
save(wb, "policies-en-in-dealer.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for row in ws.iter_rows(values_only=True):
            print(row)
