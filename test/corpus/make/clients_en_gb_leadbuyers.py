"""
Shape of HashirSalam/Report-Generator "Original/Clients.xlsx" (at commit f5dc16f9f0d29598145ad16b7619d7e8e2ee2cd9):
a UK lead-generation business's list of the trade firms that buy its phone enquiries, read by a script
that pulls each client's diverted calls from the call-tracking service and writes a weekly report per
client. Saved by Excel: one sheet "Sheet1", plain header Login / Pass / Client / Hunt ID / Price (not
bold), 29 client rows in rough alphabetical order, the call-tracking account login repeated on every row
as text with a trailing no-break space, the Pass column empty throughout, the client as a company name
('... Drainage LTD'), a trade niche ('Roofing', 'Pest Control'), a first name ('David') or an unsold niche
marked '- UNSOLD' / '- Unsold' (four rows: campaigns nobody has bought yet, not clients), one client
listed twice with the same hunt id, one name with a trailing space, 'Skip Hire' and 'Skip Hire 2' with
different hunt ids, the hunt id (the tracking number group) as a five-digit number, the price per lead
in pounds (20, 5 or 0), and after the list a stray row holding only a second login number. A person
imports the lead buyers as clients (name, hunt id as their id) and leaves out the unsold niches and the
stray row. Values invented.
"""
from fake import Fake, save, workbook

f = Fake(3302)
LOGIN = "1004217\xa0"
names = [
    ("Ashford Asbestos Removal", 20), ("All Pipes LTD", 20), ("Conservatories", 20), ("Boiler Repair", 20),
    ("Conservatories", 20), ("Dennis Drains", 20), ("Gareth", 0), ("Drain Masters", 20),
    ("Drainage - UNSOLD", 20), ("Emergency Plumber - Unsold", 20), ("Kent SEO", 20),
    ("Evenings and Weekends", 20), ("Handyman - UNSOLD", 20), ("Morley Drainage LTD", 20), ("Neil Drainage", 20),
    ("North East Drain Service", 20), ("Callum", 0), ("Pest Control", 20), ("Rapid Clear Drain Care LTD", 20),
    ("Roofing", 20), ("Skip Hire", 5), ("Skip Hire 2", 5), ("RB Drainage", 20), ("Shropshire Drainage Services ", 20),
    ("Shropshire Drainage Services - Wolverhampton", 20), ("TJ Drains", 20), ("UK Locksmith Line", 0),
    ("Unblock Drainage Solutions", 20), ("Windows - UNSOLD", 0),
]
ids = {}
wb = workbook()
wb.properties.creator = "Office User"
ws = wb.active
ws.title = "Sheet1"
ws.append(["Login", "Pass", "Client", "Hunt ID", "Price"])
for name, price in names:
    if name not in ids:
        ids[name] = f.r.randrange(15000, 96000)
    ws.append([LOGIN, None, name, ids[name], price])
ws.append([1017752, None, None, None, None])
for col, w in zip("ABCDE", [13, 13, 18, 7.57, 5.43]):
    ws.column_dimensions[col].width = w
save(wb, "clients-en-gb-leadbuyers.xlsx")
for name in ["All Pipes LTD", "Conservatories", "Gareth", "Shropshire Drainage Services ", "Skip Hire 2"]:
    print(repr(name), ids[name])
