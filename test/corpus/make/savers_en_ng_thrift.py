"""
Shape of adewaleazeez/dadollar "Customers.xls": a Nigerian daily-contribution (thrift) collector's
customer cards with their opening balances, Excel 97-2003, one sheet.

- "Sheet1": header S/No / Cardno / Last Name / Other Names / Sex / Telephone / Address /
  Passport Picture / Opening Balance. Only S/No, Cardno, Last Name and Opening Balance are filled:
  the whole name (or a nickname: "IYA <child>", "<name> MUMMY", "MAMA TEE", "ALHAJA", "MRS …",
  "… STAFF", letters repeated "QUEEENN") is typed under Last Name, mostly in capitals, usually with
  the collector's zone code stuck on the end with or without a space ("ADEBAYO TUNDE77",
  "SHADE 22"); the card number is text, starting with the same zone code (5–6 digits, a few
  shorter or longer), once the name typed again instead of a number. Balances are whole naira,
  negative for a customer who owes, the list sorted from the largest debt to the largest saving.
Values invented; fewer rows than the source (4,354).
"""
from fake import Fake, save, workbook

f = Fake("savers-en-ng-thrift")

SURN = ["ADEBAYO", "OLADIPO", "AKINOLA", "OGUNLEYE", "ADEYEMI", "BABATUNDE", "OYELARAN", "AJAYI", "ADEWALE",
        "OLATUNJI", "OKONKWO", "EZE", "NWOSU", "AFOLABI", "OYEBANJI", "ALABI", "OSENI", "KAREEM", "SALAMI",
        "LAWAL", "BELLO", "AMUSA", "ODUYA", "ADESINA", "FASHOLA", "OGUNBIYI", "ADEKUNLE", "IGE", "OJO", "OLAIYA"]
GIVEN = ["TUNDE", "KAYODE", "TOYIN", "SEKINAT", "SUKURAT", "NKECHI", "SHADE", "IYANU", "MOJI", "WALE", "SEUN",
         "TOPE", "BISI", "FUNMI", "DAMOLA", "DOLAPO", "DORCAS", "EMMANUEL", "ESTHER", "FARUQ", "YOMI", "MERCY",
         "SAMARIA", "SHINA", "OKEY", "PELUMI", "TAYE", "KEHINDE", "IDOWU", "AYINDE", "SODIQ", "ODUNAYO", "SERAH",
         "TOMISIN", "OYINDA", "QUADRI", "JIMOH", "WUNMI", "BUKOLA", "RASHIDAT", "MUTIU", "GANIYU", "KUBURAT",
         "ADIJAT", "SULIAT", "LOLADE", "ABOSEDE", "CHIDI", "CYNTHIA", "KUNLE", "SIKIRU", "RUKAYAT", "YETUNDE"]
ZONES = ["77"] * 15 + ["66"] * 12 + ["11"] * 12 + ["33"] * 10 + ["88"] * 10 + ["44"] * 10 + ["99"] * 9 + \
        ["55"] * 9 + ["22"] * 6 + ["81"] * 3 + ["10"] * 3 + ["31"]


def stretch(word):
    k = f.r.randrange(len(word) - 1, len(word))
    return word[:k + 1] + word[k] * f.r.randrange(1, 4)


def nickname(zone):
    g, s = f.pick(GIVEN), f.pick(SURN)
    form = f.r.random()
    if form < 0.28:
        base = f"{s} {g}"
    elif form < 0.55:
        base = g
    elif form < 0.63:
        base = f"IYA {g}" if f.chance(0.6) else f"{g} IYA"
    elif form < 0.67:
        base = f"{g} MUMMY" if f.chance(0.5) else f"MUM {g}"
    elif form < 0.70:
        base = f"MAMA {g[:3]}"
    elif form < 0.73:
        base = f"BABA {g}"
    elif form < 0.77:
        base = f"MRS {g} {s}" if f.chance(0.5) else f"{s} MRS"
    elif form < 0.80:
        base = f"ALH {s}" if f.chance(0.5) else f"ALHAJA {g}"
    elif form < 0.87:
        base = stretch(g)
    elif form < 0.89:
        base = f"{s} {g} STAFF"
    else:
        base = f"{g} {f.pick(['B', 'A', 'GOLD', 'TOUCH', '2'])}"
    tail = f.r.random()
    if tail < 0.55:
        name = f"{base} {zone}"
    elif tail < 0.82:
        name = f"{base}{zone}"
    else:
        name = base
    if f.chance(0.05):
        name = name.title()
    return name


N = 1800
seen = set()
cards = set()
people = []
while len(people) < N:
    zone = f.pick(ZONES)
    name = nickname(zone)
    key = name.upper().replace(" ", "")
    if key in seen:
        continue
    seen.add(key)
    digits = f.pick([3, 3, 4, 4, 4])
    card = zone + str(f.r.randrange(10 ** (digits - 1), 10 ** digits))[:digits]
    if f.chance(0.07):
        card = zone[0] + str(f.r.randrange(100, 999))
    if card in cards:
        continue
    cards.add(card)
    if f.chance(0.19):
        bal = -f.pick([f.r.randrange(1, 60), f.r.randrange(1, 60), f.r.randrange(60, 3300)]) * 100
    else:
        bal = f.pick([f.r.randrange(1, 80), f.r.randrange(1, 300), f.r.randrange(300, 5700)]) * 100
        if f.chance(0.01):
            bal = f.r.randrange(5, 95)
    people.append([card, name, bal])
people.sort(key=lambda p: p[2])
# A card typed with the name again, and two odd card numbers.
people[N // 2][0] = people[N // 2][1]
people[N // 3][0] = "SA" + people[N // 3][0]
people[2 * N // 3][0] = people[2 * N // 3][0] + "00000"

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["S/No", "Cardno", "Last Name", "Other Names", "Sex", "Telephone", "Address", "Passport Picture",
           "Opening Balance"])
for k, (card, name, bal) in enumerate(people, 1):
    ws.append([k, card, name, None, None, None, None, None, bal])
    ws.cell(ws.max_row, 2).number_format = "@"
ws.column_dimensions["C"].width = 28
ws.column_dimensions["I"].width = 16

save(wb, "savers-en-ng-thrift.xls", libreoffice="xls")

if __name__ == "__main__":
    import json, sys
    if len(sys.argv) > 1:
        json.dump(people, open(sys.argv[1], "w"))
