"""
Shape of piranjeri-trust/piranjeri-receipts "donors.csv" (at 0a841cc): the donor list of a
Tamil Nadu village temple trust, kept for its receipt-printing app that also sends WhatsApp
acknowledgements; names pasted from phone contacts and old receipt books (UTF-8, CRLF line ends,
an empty line at the end).

- Header NAME,Mobile Number. 287 donors sorted by name (case-insensitive). Numbers quoted
  ("919…": country code 91 and ten digits) on every row, "" where none is known.
- Names three ways: receipt-book style in capitals with an initial and a town, often in brackets
  ("ANANTHARAMAN V", "HARIHARAN S (BANGALORE)", "RAJU (ALANDUR)", "RAMESH P KOCHI"); phone-contact
  style in title case ("Geetha Ganapathiraman", a given name alone); WhatsApp handles
  ("Kannan1227", "Komathisankar", "Premaradhakrishnan564").
- About forty donors twice, once in each style, with the same number ("Chandru" /
  "CHANDRASEKAR L (ARUN)"); namesakes with different numbers ("Hariharan" twice); one row twice
  word for word; couples ("K S NATARAJAN & VIJAYA").
- Two names typed with a comma before the town and not quoted, so the town fell into the number's
  column and the number into a third, unnamed one; numbers abroad (UAE 971…, US 1…, Singapore 65…,
  UK 44…), one with 91 missing, one a digit short, one a digit long, one with too few digits.
Values invented.
"""
import os

from fake import FILES, Fake

f = Fake("donors-en-in-templetrust")

GIVEN = ["ANANTHARAMAN", "BALASUBRAMANIAN", "CHANDRASEKAR", "GANESAN", "GOPALAKRISHNAN", "HARIHARAN", "JANAKIRAMAN",
         "KANNAN", "KRISHNAMOORTHY", "KRISHNAN", "LAKSHMINARAYANAN", "MAHADEVAN", "MURALIDHARAN", "NARAYANAN",
         "PADMANABHAN", "RAGHAVAN", "RAMACHANDRAN", "RAMAKRISHNAN", "RAMANATHAN", "RAMASUBRAMANIAN", "SANKARAN",
         "SESHADRI", "SIVARAMAKRISHNAN", "SRINIVASAN", "SUBRAMANIAN", "SWAMINATHAN", "VENKATESWARAN",
         "VISWANATHAN", "VAIDYANATHAN", "NATARAJAN", "THYAGARAJAN", "PARTHASARATHY"]
WOMEN = ["JANAKI", "MEENAKSHI", "LALITHA", "KAMALA", "VASANTHI", "SARASWATHI", "GEETHA", "USHA", "RADHA", "PADMA",
         "BHAGYALAKSHMI", "KOMATHI", "SOUMYA", "CHITRA"]
TOWNS = ["ALANDUR", "BANGALORE", "MUMBAI", "TIRUNELVELI", "COIMBATORE", "TRICHY", "MADURAI", "CHROMEPET", "PAMMAL",
         "MYLAPORE CHENNAI", "WEST MAMBALAM", "HYDERABAD", "PUNE", "KOCHI", "TRIVANDRUM", "DELHI", "THANE WEST",
         "NAVI MUMBAI", "KALAKKAD", "VELACHERY", "ADYAR", "DUBAI"]
NICKS = {"CHANDRASEKAR": "Chandru", "RAMACHANDRAN": "Chandru", "VAIDYANATHAN": "Vaithy", "KRISHNAN": "Krish",
         "RANGANATHAN": "Raghu", "SUBRAMANIAN": "Mani", "LAKSHMINARAYANAN": "Laks", "VENKATESWARAN": "Venkat"}

phones = set()


def number():
    while True:
        p = "9190000" + f"{f.r.randrange(100000):05d}"
        if p not in phones:
            phones.add(p)
            return p


def initial():
    return " ".join(f.pick("ABCDEGKLMNPRSTV") for _ in range(f.r.choice([1, 1, 1, 2])))


def formal(given):
    roll = f.r.random()
    town = f.pick(TOWNS)
    if roll < 0.3:
        return f"{given} {initial()}"
    if roll < 0.55:
        return f"{given} {initial()} ({town})"
    if roll < 0.7:
        return f"{given} ({town})"
    if roll < 0.85:
        return f"{given} {initial()} {town}"
    return f"{given} {f.pick(GIVEN)}"


def title(text):
    return " ".join(w.capitalize() for w in text.split(" "))


def informal(given):
    roll = f.r.random()
    if given in NICKS and roll < 0.3:
        return NICKS[given]
    if roll < 0.45:
        return title(given)
    if roll < 0.7:
        return f"{title(given)}{f.r.choice(['', str(f.r.randrange(1, 99)), str(f.r.randrange(1950, 1999)), str(f.r.randrange(100, 9999))])}"
    if roll < 0.85:
        return f"{title(given)} {f.pick('ABCDEGKLMNPRSTV')}"
    return f"{title(given)} {title(f.pick(GIVEN))}"


rows = []
names = set()


def add(name, phone):
    rows.append([name, phone])
    names.add(name)


for k in range(221):
    given = f.pick(WOMEN if f.chance(0.2) else GIVEN)
    phone = number()
    style = f.r.random()
    if k < 41:                                   # the same donor in both styles, one number
        a, b = formal(given), informal(given)
        while a in names or b in names:
            a, b = formal(given), informal(given)
        add(a, phone)
        add(b, phone)
    elif style < 0.55:
        name = formal(given)
        while name in names:
            name = formal(given)
        add(name, phone)
    else:
        name = informal(given)
        while name in names:
            name = informal(given)
        add(name, phone)

# Namesakes with different numbers, a repeated row, couples, numbers abroad and typing slips.
add("Hariharan", number())
add("Ramakrishnan", number())
add("Ramakrishnan ", number())
add("K S NATARAJAN & VIJAYA", number())
add("SOMASKANDAN B AND GEETHA", number())
add("SATISH H IYER", "919000077777")
add("SATISH H IYER", "919000077777")
add("SRINIVASAN R DUBAI", "971500000142")
add("Ramasamy Srinivasan", "971500000142")
add("VIDYA MANI (DUBAI)", "971500000187")
add("MAGESH VENKATACHALAM", "12025550147")
add("Magesh", "12025550147")
add("SANTHOSH VIJAYAM SUBRAMANI", "12125550112")
add("SMITHA SRINIVASAN", "6590000123")
add("SUNDARAM NARAYANAN (S PORE)", "6590000456")
add("SAI GIRIDHAR RAMASAMY", "447700900123")
add("KANNAN", "9000034567")
add("KUMAR R (NAVI MUMBAI)", "91900003456")
add("MUTHUKRISHNAN", "9190000345678")
add("NARAYANAN", "1900034567")
add("Mahalingam", "")
add("RAMASUBRAMANIAN TC", "")
add("Eln", number())
rows.sort(key=lambda r: r[0].strip().lower())

path = os.path.join(FILES, "donors-en-in-templetrust.csv")
with open(path, "w", encoding="utf-8", newline="") as out:
    out.write("NAME,Mobile Number\r\n")
    for name, phone in rows:
        out.write(f'{name},"{phone}"\r\n')
    out.write("\r\n")

# Two names typed with an unquoted comma before the town (inserted at their sorted places).
with open(path, encoding="utf-8", newline="") as src:
    lines = src.read().split("\r\n")
for text, phone in (("KULATHUMANI, MUMBAI", number()), ("RAMANATHA IYER, TRIVANDRUM", number())):
    key = text.lower()
    at = next(i for i, line in enumerate(lines[1:], start=1) if line and line.split(",")[0].strip().lower() > key)
    lines.insert(at, f'{text},"{phone}"')
with open(path, "w", encoding="utf-8", newline="") as out:
    out.write("\r\n".join(lines))
