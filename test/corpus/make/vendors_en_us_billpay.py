"""
Shape of mwormley008/workplace_automation_suite "Vendors.xlsx": a Chicago-area roofing contractor's
office sheet that drives its bill-entry and check-printing script (Excel; not client data).

- One sheet "Sheet1": A1 "Vendors", B1 "Put an X here if you're going to use this vendor", Invoice
  Number, Bill Amount, Custom Bill, Envelope, Need Envelope; H1 empty, I1 the next check number
  (a bare number), J1 the name of the Python script that reads the sheet.
- 23 vendors the office pays, alphabetical: a printer, the health insurer, two company cards, the
  business insurer, internet, electricity and gas, a benefits firm, roofing suppliers, a lawn
  service, bottled water, the insurance broker, recycling, payroll, postage, the accountants, a
  law firm, the parcel carrier. This month's bills marked x in B with an amount (one with an
  invoice number), "x" in Need Envelope on vendors that need a window envelope, a gas-bill sum as a
  formula in I, the carrier's account number in H.
Values invented.
"""
from fake import CachedFormulas, Fake, workbook

f = Fake("vendors-en-us-billpay")

VENDORS = ["Bellmont Printing Inc.", "Blue Prairie Health Plan of Illinois", "Cardmember Services (Visa)",
           "Citywide Business Card", "Continental Casualty Insurance", "Consolidated Business Internet",
           "Northern Lakes Electric", "Crescent Benefits", "Dunmore Roofing Supply Inc.", "Fairbank Lawn Service",
           "Greystone Springs Water", "Holloway Insurance Midwest Limited", "Lakeside Recyling", "Northgate Gas",
           "Payline Payroll Inc.", "Postmark Purchase Power", "Pro Anchor Fastening Inc.", "Marlow Marlow & Oakes",
           "The Ledger Shoppe Inc.", "Jessop & Sons, LLC", "United Farmers Mutual Insurance", "Parcel Express"]
ENVELOPE = {"Bellmont Printing Inc.", "Dunmore Roofing Supply Inc.", "Fairbank Lawn Service", "Greystone Springs Water",
            "Holloway Insurance Midwest Limited", "Pro Anchor Fastening Inc.", "The Ledger Shoppe Inc.",
            "Jessop & Sons, LLC"}

cached = CachedFormulas()
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for col, h in zip("ABCDEFG", ["Vendors", "Put an X here if you're going to use this vendor", "Invoice Number",
                              "Bill Amount", "Custom Bill", "Envelope", "Need Envelope"]):
    ws[f"{col}1"] = h
ws["I1"] = 34120
ws["J1"] = "bill_entry_and_payment.py"
for r, name in enumerate(sorted(VENDORS, key=str.lower), start=2):
    ws[f"A{r}"] = name
    if name in ENVELOPE:
        ws[f"G{r}"] = "x"
    if name == "United Farmers Mutual Insurance":
        ws[f"B{r}"] = "x"
        ws[f"D{r}"] = 11875
    if name == "Greystone Springs Water":
        ws[f"B{r}"] = "x"
        ws[f"C{r}"] = "2207318 031424"
        ws[f"D{r}"] = 48.37
    if name == "Northgate Gas":
        cached.formula(ws, f"I{r}", "=61.12+58.40+63.75", 183.27)
    if name == "Parcel Express":
        ws[f"H{r}"] = "00052KX"
ws.freeze_panes = "A2"
for col, width in zip("ABCDE", [29.0, 43.140625, 15.28515625, 11.42578125, 11.0]):
    ws.column_dimensions[col].width = width
cached.save(wb, "vendors-en-us-billpay.xlsx")
