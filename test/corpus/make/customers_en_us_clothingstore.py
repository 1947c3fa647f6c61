"""
Shape of fairfield-university-is510-fall2017/final-project-3-blind-mice "Contacts.csv" (commit
e52c3108a9d106ad0a1f63ab4cb05026faa88523): the customer contacts of a New York clothing brand's
online shop, used in a US university database project (UTF-8 with BOM, CRLF, saved from Excel).

Header CustomerID / FirstName / LastName / CustomerEmail. Customer ids run 1000001… without gaps.
First the customers with a name, sorted by first name (names as typed: all lower case, surnames in
capitals, initials "A R", two given names, a whole name or a company in FirstName with LastName
blank, a first name only, "II", apostrophes, a trailing blank, a Japanese name as UTF-8 read as
Windows-1252 mojibake), then a block where most customers have only an e-mail address (sign-ups
without a name), the last one named again; e-mails at every kind of provider, some capitalised;
common names on several customers with other e-mails. Then a run of empty ",,," rows. 10,558
customers and 1,010 empty rows there; 330 customers and 25 empty rows here. All values invented.
A person imports every named customer as a client (first and last name, e-mail, id) and leaves out
the e-mail-only rows.
"""
import os

from fake import FILES, Fake

f = Fake("customers-en-us-clothingstore")
FIRST = ["Aaron", "Abby", "Abigail", "Adam", "Adele", "Adrian", "Adrienne", "Agnes", "Aidan", "Aimee", "Alan", "Albert",
         "Alberto", "Alejandro", "Alex", "Alexander", "Alexandra", "Alexis", "Ali", "Alice", "Alicia", "Alison", "Allison",
         "Alyssa", "Amanda", "Amber", "Amelia", "Amy", "Ana", "Andre", "Andrea", "Andres", "Andrew", "Andy", "Angela",
         "Anna", "Anne", "Annette", "Anthony", "Ben", "Beth", "Brian", "Caitlin", "Carlos", "Chloe", "Chris", "Dana"]
LAST = ["Ferrante", "Mangold", "Wallis", "Dinh", "Mallory", "Franks", "Foxworth", "Austen", "Recker", "Mortimer",
        "Baginski", "Grafton", "Teranova", "Allman", "Garza", "Nasser", "Jonas", "Rentsch", "Graczyk", "Brodie", "Kubrick",
        "Sohn", "Jarrell", "Zabel", "Raymond", "Paige", "Mackey", "Hurley", "Dixon", "Galloway", "Peary", "Cohen",
        "Stoner", "Gregson", "Kutner", "Moore", "Hakim", "Choksi", "Loia", "Hodges", "Kelley", "Ortega", "Aziz", "Wang",
        "McDermott", "Knight", "Mitrano", "Vinet", "Mahmoud", "Lum", "Margolis", "Mills", "Santa Maria", "O'Leary"]
PROVIDERS = ["example.com", "example.com", "example.net", "example.org", "mail.test", "webmail.test"]


def email(first, last, n):
    local = f.pick([f"{first}.{last}", f"{first[0]}{last}", f"{first}{n % 97}", f"{last}{first[0]}"])
    local = local.replace(" ", "").replace("'", "")
    if f.chance(0.25):
        local = local[0].upper() + local[1:].lower()
    else:
        local = local.lower()
    return f"{local}@{f.pick(PROVIDERS)}"


named = []
for _ in range(250):
    first, last = f.pick(FIRST), f.pick(LAST)
    style = f.r.random()
    if style < 0.06:
        first, last = first.lower(), last.lower()
    elif style < 0.09:
        last = last.upper()
    named.append([first, last])
named.sort(key=lambda r: r[0].lower())
named[3] = ["A R", "Mangold"]
named[40] = ["Adam Dixon", ""]
named[77] = ["Alon Guy", "Daniel"]
named[120] = ["Alcindor", "Rosier II"]
named[150] = ["Chris", ""]
named[160] = ["Caro Properties", ""]
named.sort(key=lambda r: r[0].lower())
MOJIBAKE = "ユウタ".encode("utf-8").decode("cp1252", errors="replace"), "タカハシ".encode("utf-8").decode("cp1252", errors="replace")

rows = []
cid = 1000001
for first, last in named:
    rows.append([str(cid), first, last, email(first.split()[0] if first else "x", last or first, cid)])
    cid += 1
rows.insert(60, [str(cid), MOJIBAKE[0], MOJIBAKE[1], "ytakahashi@clothing.test"])
cid += 1
for k in range(79):                                       # the tail: mostly e-mail-only sign-ups
    if f.chance(0.72):
        rows.append([str(cid), "", "", email(f.pick(FIRST), f.pick(LAST), cid)])
    else:
        first, last = f.pick(FIRST), f.pick(LAST)
        rows.append([str(cid), first, last, email(first, last, cid)])
    cid += 1
rows.append([str(cid), "Andy ", "Wylie", "Andy.wylie@wellways.test"])
for i, r in enumerate(rows):                              # renumber: ids run without gaps
    r[0] = str(1000001 + i)

text = "CustomerID,FirstName,LastName,CustomerEmail\r\n"
for r in rows:
    text += ",".join(f'"{v}"' if "," in v else v for v in r) + "\r\n"
text += ",,,\r\n" * 25
with open(os.path.join(FILES, "customers-en-us-clothingstore.csv"), "w", encoding="utf-8-sig", newline="") as fh:
    fh.write(text)
print(len(rows), sum(1 for r in rows if r[1].strip() or r[2].strip()))
for i in (0, 3, 60, 100, 200, len(rows) - 1):
    print(rows[i])
print([r for r in rows if r[2] == "" and r[1]][:5])
