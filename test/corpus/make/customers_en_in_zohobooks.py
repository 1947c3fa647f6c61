"""
Shape of RAI-GROUPS/raigroups.in "Contacts.csv": the customer export of a small Lucknow
logistics firm's Zoho Books organisation (the same folder holds its vendors, quotes, invoices
and payments), CSV, UTF-8 without BOM, LF line ends, quotes only around values with commas.

- One header line of Zoho Books' 70 contact columns, in Zoho's order: Created Time / Last
  Modified Time / Display Name / Company Name / Salutation / First Name / Last Name / Phone /
  Currency Code / Notes / Website / Status / Created By / Opening Balance / … / Customer Sub
  Type / Billing Attention / Billing Address / Billing Street2 / Billing City / Billing State /
  Billing Country / Billing County / Billing Code / Billing Phone / Billing Fax / Billing
  Latitude / Billing Longitude / the same eleven for Shipping / Skype Identity / Facebook /
  Twitter / Department / Designation / Price List / Payment Terms / Payment Terms Label / GST
  Treatment / GST Identification Number (GSTIN) / Last Sync Time / Owner Name / Primary Contact
  ID / EmailID / MobilePhone / Contact ID / Contact Name / Contact Type / Place Of Contact /
  Place of Contact(With State Code) / Taxable / TaxID / Tax Name / Tax Percentage / Exemption
  Reason / Contact Address ID / Source.
- Three customers: two companies (a contact person's salutation, first and last name in their
  own columns, names in capitals or not, the billing address in two lines ending in commas plus
  city, state, country and PIN code, a shipping address on one of them with its phone, GSTIN,
  a mobile and an e-mail on one), and the walk-in placeholder "Cash." (individual, consumer, no
  address, an exemption reason). Phone, Notes, Website, Owner Name and most other columns are
  empty; ids are 19-digit Zoho numbers; timestamps "yyyy-mm-dd hh:mm:ss"; booleans "true" /
  "false"; Credit Limit "0.000".
Values invented (Indian mobile 90000…, e-mail at example.com).
"""
import csv
import os

from fake import FILES, Fake

f = Fake("customers-en-in-zohobooks")
HEADER = ["Created Time", "Last Modified Time", "Display Name", "Company Name", "Salutation", "First Name",
          "Last Name", "Phone", "Currency Code", "Notes", "Website", "Status", "Created By", "Opening Balance",
          "Opening Balance Exchange Rate", "Bank Account Payment", "Portal Enabled", "Credit Limit",
          "Customer Sub Type", "Billing Attention", "Billing Address", "Billing Street2", "Billing City",
          "Billing State", "Billing Country", "Billing County", "Billing Code", "Billing Phone", "Billing Fax",
          "Billing Latitude", "Billing Longitude", "Shipping Attention", "Shipping Address", "Shipping Street2",
          "Shipping City", "Shipping State", "Shipping Country", "Shipping County", "Shipping Code",
          "Shipping Phone", "Shipping Fax", "Shipping Latitude", "Shipping Longitude", "Skype Identity",
          "Facebook", "Twitter", "Department", "Designation", "Price List", "Payment Terms",
          "Payment Terms Label", "GST Treatment", "GST Identification Number (GSTIN)", "Last Sync Time",
          "Owner Name", "Primary Contact ID", "EmailID", "MobilePhone", "Contact ID", "Contact Name",
          "Contact Type", "Place Of Contact", "Place of Contact(With State Code)", "Taxable", "TaxID",
          "Tax Name", "Tax Percentage", "Exemption Reason", "Contact Address ID", "Source"]
ORG = "2761566"
mobile = f.mobile_in()


def zid(n):
    return f"{ORG}{n:012d}"


def row(**kw):
    r = {h: "" for h in HEADER}
    r.update({"Currency Code": "INR", "Created By": "VIKRAM RAI", "Bank Account Payment": "false",
              "Portal Enabled": "false", "Credit Limit": "0.000", "Payment Terms": "0",
              "Payment Terms Label": "Due on Receipt", "Contact Type": "customer", "Place Of Contact": "UP",
              "Place of Contact(With State Code)": "09-Uttar Pradesh", "Source": "user"})
    r.update(kw)
    return [r[h] for h in HEADER]


rows = [
    row(**{"Created Time": "2025-07-29 22:10:10", "Last Modified Time": "2025-12-12 14:57:05",
           "Display Name": "AVADH CARGO MOVERS PVT LTD", "Company Name": "AVADH CARGO MOVERS PVT LTD",
           "Salutation": "Mr.", "First Name": "MANOJ KUMAR", "Last Name": "TRIPATHI", "Status": "Inactive",
           "Customer Sub Type": "business", "Billing Address": "PLOT NO. 512, KANPUR ROAD, TRANSPORT NAGAR,",
           "Billing Street2": "NEAR AMAUSI, Lucknow, Uttar Pradesh,", "Billing City": "Lucknow",
           "Billing State": "Uttar Pradesh", "Billing Country": "India", "Billing Code": "226012",
           "Shipping Attention": "AVADH CARGO MOVERS PVT LTD", "Shipping Address": "MUGHALSARAI GOODS SHED",
           "Shipping Street2": "Chandauli, Uttar Pradesh,", "Shipping City": "Chandauli",
           "Shipping State": "Uttar Pradesh", "Shipping Country": "India", "Shipping Code": "232101",
           "Shipping Phone": mobile, "GST Treatment": "business_gst",
           "GST Identification Number (GSTIN)": "09AAKCA4417M1Z2", "Primary Contact ID": zid(32577),
           "EmailID": "avadhcargo.ops@example.com", "MobilePhone": mobile, "Contact ID": zid(32575),
           "Contact Name": "AVADH CARGO MOVERS PVT LTD", "Taxable": "true", "Contact Address ID": zid(32575)}),
    row(**{"Created Time": "2025-12-12 14:31:43", "Last Modified Time": "2025-12-12 14:58:21",
           "Display Name": "Cash.", "Status": "Inactive", "Customer Sub Type": "individual",
           "GST Treatment": "consumer", "Contact ID": zid(123011), "Contact Name": "Cash.", "Taxable": "false",
           "Exemption Reason": "WALKIN", "Contact Address ID": zid(123011)}),
    row(**{"Created Time": "2026-05-25 18:57:58", "Last Modified Time": "2026-07-15 20:49:27",
           "Display Name": "SHIVALIK MODULAR STRUCTURES LIMITED",
           "Company Name": "SHIVALIK MODULAR STRUCTURES LIMITED", "Salutation": "Mr.", "First Name": "Harpreet",
           "Last Name": "Sandhu", "Status": "Active", "Customer Sub Type": "business",
           "Billing Address": "14 A B, ECOTECH III, GREATER NOIDA,",
           "Billing Street2": "Gautambuddha Nagar, Uttar Pradesh,", "Billing City": "Gautambuddha Nagar",
           "Billing State": "Uttar Pradesh", "Billing Country": "India", "Billing Code": "201308",
           "Shipping Country": "India", "GST Treatment": "business_gst",
           "GST Identification Number (GSTIN)": "09AAFCS2093R1ZK", "Primary Contact ID": zid(183010),
           "Contact ID": zid(183009), "Contact Name": "SHIVALIK MODULAR STRUCTURES LIMITED", "Taxable": "true",
           "Contact Address ID": zid(183009)}),
]

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "customers-en-in-zohobooks.csv"), "w", encoding="utf-8", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(HEADER)
    w.writerows(rows)
