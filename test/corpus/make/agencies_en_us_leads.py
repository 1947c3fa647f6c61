"""
Shape of dhanushka350/agency insurance.xlsx: a scraped lead list of US insurance agencies —
Company / Address / Contact / Email, a "--" placeholder row under the header, addresses written
"street,City, ST zip," (some with only ",City, ST zip,"), phones with a leading space, N/A for a
missing e-mail, franchise names repeated across many offices. Values invented (phones in the
fictional 555-01xx range, e-mail at example domains).
"""
from fake import Fake, save, workbook

f = Fake("agencies-en-us-leads")
FRANCHISES = ["Harborline Insurance", "Keystone Shield Agency", "BrightPath Insurance Inc"]
SURN = ["Ormsby", "Kellerman", "Vasquez-Lund", "Pemberton", "Whitcomb", "Radford", "Castellan", "Hollister", "Brannigan", "Delacroix",
        "Ashgrove", "Blackwood", "Corwin", "Darrow", "Eastlake", "Fenwick", "Galloway", "Hartigan", "Islington", "Jarrow"]
KIND = ["Insurance Agency", "Insurance Services", "Insurance Group", "& Associates Insurance", "Insurance Agency, LLC"]
TOWNS = [("Ames", "IA", "50010"), ("Sumner", "IA", "50674"), ("Edwards", "CO", "81632"), ("Beacon", "NY", "12508"),
         ("Tyler", "TX", "75701"), ("Ocala", "FL", "34470"), ("Bend", "OR", "97701"), ("Dover", "DE", "19901")]
STREETS = ["Main St", "Church Ave", "Bushwick Rd Ste F", "W 2nd St", "Oak Blvd", "Market St #204", "Elm St"]
wb = workbook()
ws = wb.active
ws.title = "insurance"
ws.append(["Company", "Address", "Contact", "Email"])
ws.append(["--", "--", "--", "--"])
used = set()
for i in range(300):
    if f.chance(0.25):
        company = f.pick(FRANCHISES)
    else:
        while True:
            company = f"{f.pick(SURN)} {f.pick(KIND)}" + f.pick(["", "", f" of {f.pick(TOWNS)[0]}"])
            if company not in used:
                used.add(company)
                break
    town, state, zipcode = f.pick(TOWNS)
    street = "" if f.chance(0.03) else f"{f.r.randrange(1, 9999)} {f.pick(STREETS)}"
    zip_full = zipcode if f.chance(0.6) else f"{zipcode}-{f.r.randrange(1000, 9999)}"
    phone = f" {f.r.randrange(201, 989)}-555-01{i % 100:02d}"
    local = company.split()[0].lower().replace("-", "")
    email = "N/A" if f.chance(0.03) else f.email(f"{local}{i}")
    ws.append([company, f"{street},{town}, {state} {zip_full},", phone, email])
save(wb, "agencies-en-us-leads.xlsx")
