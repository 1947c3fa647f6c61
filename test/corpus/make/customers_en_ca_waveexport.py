"""
Shape of waveaccounting/interview-data "customers_export.csv": a small North American business's
customer list exported as CSV from its online accounting app (comma-separated, UTF-8, no BOM,
LF line ends).

- Header id,name,email,channel,street,city,province,country,zipcode; ids are five-digit numbers
  in no order; customers in the US and Canada (two-letter state/province and country codes, US
  ZIP codes and Canadian postal codes); channel is how the customer reaches the business (email,
  phone, website); two placeholder customers typed while trying the app ("Another Customer",
  "A Great Customer"); the row without a street was written with one field fewer, so its city,
  province, country and postal code sit one column to the left and zipcode is missing.
Values invented.
"""
import csv
import os

from fake import FILES, Fake

f = Fake("customers-en-ca-waveexport")

ROWS = [
    ["Gail Mayhew", "gail.q.mayhew286", "email", "123 Main St.", "New York", "NY", "US", "10014"],
    ["Another Customer", "customer2", "phone", "12 Yonge St. #23", "Toronto", "ON", "CA", "M2M 2M2"],
    ["A Great Customer", "customerplusplus", "email", None, "Toronto", "ON", "CA", "M3M 3M3"],
    ["Marion Embry", "membry1", "phone", "486 Bradley Dr.", "Miami", "FL", "US", "33137"],
    ["Gabriel Benning", "gabrielextraordinaire", "website", "275 Bordercollie Grove", "Salt Lake City", "UT", "US", "84101"],
    ["Nadia Okafor", "nadia.okafor", "email", "88 Rue Sainte-Catherine O.", "Montreal", "QC", "CA", "H2X 1Z5"],
    ["Priya Raman", "praman", "website", "1400 W Georgia St. Unit 2105", "Vancouver", "BC", "CA", "V6G 2Z6"],
    ["Tomas Lindqvist", "tlindqvist", "phone", "17 Elm St.", "Cambridge", "MA", "US", "02139"],
]

path = os.path.join(FILES, "customers-en-ca-waveexport.csv")
with open(path, "w", encoding="utf-8", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["id", "name", "email", "channel", "street", "city", "province", "country", "zipcode"])
    used = set()
    for name, local, channel, street, city, prov, country, code in ROWS:
        cid = f.r.randrange(10000, 99999)
        while cid in used:
            cid = f.r.randrange(10000, 99999)
        used.add(cid)
        email = f.email(local)
        if street is None:
            w.writerow([cid, name, email, channel, city, prov, country, code])   # one field short
        else:
            w.writerow([cid, name, email, channel, street, city, prov, country, code])
