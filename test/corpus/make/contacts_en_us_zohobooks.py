"""
Shape of invoiceninja/invoiceninja "tests/Feature/Import/zoho_contacts.csv": a small firm's customer
list exported from Zoho Books as CSV (the contacts export, 51 columns, UTF-8, LF).

- Header Created Time / Last Modified Time / Display Name / Company Name / Salutation / First Name /
  Last Name / Phone / Currency Code / Notes / Website / Status / Credit Limit / Customer Sub Type /
  the Billing and Shipping blocks (Attention, Address, Street2, City, State, Country, Code, Phone,
  Fax — empty) / Skype Identity / Facebook / Twitter / Department / Designation / Price List /
  Payment Terms / Payment Terms Label / Last Sync Time / Owner Name / EmailID / MobilePhone /
  Customer ID / Customer Name / Contact Type / Customer Address ID / Source / Reference ID /
  Payment Reminder.
- Six customers created the same morning: Display Name and Customer Name repeat each other; Company
  Name is the firm, the same as the display name for businesses, another firm for a person who
  works there; two customers share a company and its phone; the contact person in First / Last
  Name, empty on one; websites without http; the social handles repeat the domain; a mobile on one;
  19-digit Customer IDs (also as Customer Address ID); credit limit "0.000"; payment terms 0 / 15 /
  30 with their labels; Payment Reminder "true".
Values invented.
"""
import csv
import os

from fake import FILES

HEAD = ["Created Time", "Last Modified Time", "Display Name", "Company Name", "Salutation", "First Name", "Last Name",
        "Phone", "Currency Code", "Notes", "Website", "Status", "Credit Limit", "Customer Sub Type", "Billing Attention",
        "Billing Address", "Billing Street2", "Billing City", "Billing State", "Billing Country", "Billing Code",
        "Billing Phone", "Billing Fax", "Shipping Attention", "Shipping Address", "Shipping Street2", "Shipping City",
        "Shipping State", "Shipping Country", "Shipping Code", "Shipping Phone", "Shipping Fax", "Skype Identity",
        "Facebook", "Twitter", "Department", "Designation", "Price List", "Payment Terms", "Payment Terms Label",
        "Last Sync Time", "Owner Name", "EmailID", "MobilePhone", "Customer ID", "Customer Name", "Contact Type",
        "Customer Address ID", "Source", "Reference ID", "Payment Reminder"]
TERMS = {0: "Due on Receipt", 15: "Net 15", 30: "Net 30"}
# created, modified, display, company, salutation, first, last, phone, site, sub type, terms, email, mobile, id
CUSTOMERS = [
    ("2021-01-28 05:14:15", "2021-01-28 05:16:02", "Harbour Lights", "Harbour Lights", "", "Owen", "Ashdown", "",
     "harbourlights.example.com", "business", 0, "owen@example.com", "", 73005),
    ("2021-01-28 05:21:04", "2021-01-28 05:21:04", "Nora Ellery", "Tidewater Partners", "", "", "", "888-555-0109",
     "noraellerydesign.example.com", "business", 0, "nora.ellery@example.net", "", 73022),
    ("2021-01-28 05:22:15", "2021-01-28 05:22:15", "Kettering Outfitters", "Kettering Outfitters", "Mr.", "Caleb",
     "Kettering", "", "ketteringoutfitters.example.com", "business", 0, "caleb.k@example.com", "",
     73035),
    ("2021-01-28 05:23:44", "2021-01-28 05:23:45", "Fairbank Baking Co", "Fairbank Baking Co", "Mrs.", "Harper",
     "Fairbank", "888-555-0147", "fairbankbaking.example.com", "business", 30, "harper@example.org", "",
     73048),
    ("2021-01-28 05:24:53", "2021-01-28 05:24:54", "Tidewater Partners", "Tidewater Partners", "Mr.", "Liam",
     "Northcott", "888-555-0109", "tidewaterpartners.example.net", "individual", 15, "liam.northcott@example.org",
     "98750143", 73061),
    ("2021-01-28 05:26:10", "2021-01-28 05:26:10", "Marlow & Oakes", "Marlow & Oakes", "Ms.", "Zoe", "Marlow",
     "888-555-0163", "marlowoakes.example.com", "business", 30, "zoe.marlow@example.com", "", 73074),
]

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "contacts-en-us-zohobooks.csv"), "w", encoding="utf-8", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(HEAD)
    for created, modified, display, company, salutation, first, last, phone, site, sub, terms, email, mobile, n in CUSTOMERS:
        handle = site.split(".")[0]
        cid = f"25200180000000{n}"
        row = dict.fromkeys(HEAD, "")
        row.update({"Created Time": created, "Last Modified Time": modified, "Display Name": display,
                    "Company Name": company, "Salutation": salutation, "First Name": first, "Last Name": last,
                    "Phone": phone, "Currency Code": "USD", "Website": site, "Status": "Active",
                    "Credit Limit": "0.000", "Customer Sub Type": sub, "Facebook": handle, "Twitter": handle,
                    "Payment Terms": str(terms), "Payment Terms Label": TERMS[terms], "EmailID": email,
                    "MobilePhone": mobile, "Customer ID": cid, "Customer Name": display, "Contact Type": "customer",
                    "Customer Address ID": cid, "Source": "1", "Payment Reminder": "true"})
        w.writerow([row[h] for h in HEAD])
