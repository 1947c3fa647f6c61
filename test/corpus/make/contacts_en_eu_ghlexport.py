"""
Shape of saintps1914/dashboard2 "data/contacts.xlsx": a GoHighLevel CRM contact export of an
online-course seller (students in Central Asia and Eastern Europe), cut to three columns, one sheet.

- Sheet "Export_Contacts_undefined_Feb_2" (the export's file name cut at 31 characters), plain
  header on row 1: Contact Id / First Name / Last Name; column A widened, nothing else.
- Contact Id a 20-character random id on every row. About 6 % of the rows have no name at all;
  26 % a first name only; the rest both. Names as people typed them in sign-up forms: Latin names,
  Cyrillic names garbled by a wrong decoding (UTF-8 read as Mac Cyrillic: "–Р–ї–µ–Ї—Б–∞–љ–і—А") on about
  17 % of the rows, Instagram handles ("Dav_ron_09", "___name___") as first names, "Youtube",
  lower or upper case, one e-mail address as a first name, a few numbers as names (a phone, 777),
  the same first name on many contacts ("Alex" alone on over a hundred rows in the source).
The source has 37872 contacts; here 3787 in the same proportions. Values invented.
"""
from fake import Fake, save, workbook

f = Fake("contacts-en-eu-ghlexport")
LAT_F = ["Viktor", "Ion", "Rakhmin", "Aidai", "Humberto", "Arthur", "Toktor", "Nurbek", "Alex", "Ruslan", "Igor", "Roman",
         "Serik", "Dastan", "Maksym", "Andrew", "Elena", "Olga", "Timur", "Azamat", "Bekzat", "Dmitry", "Natalia", "Vlad"]
LAT_L = ["Riazanov", "Plop", "Failiaev", "Isabekova", "Delgado", "Vardumyan", "Abdykaiyrov", "Ciobanu", "Tastemirov",
         "Kravchuk", "Levkun", "Teshebayev", "Hafizov", "Toirov", "Karman", "Zografska", "Morozov", "Sultanov", "Ivanova"]
CYR_F = ["Александр", "Сергей", "Дмитрий", "Мансур", "Фаррух", "Саша", "Мария", "Марія", "Нурлан", "Айгуль", "Олег", "Зауре"]
CYR_L = ["Мадаминов", "Шарипов", "Буза", "Кушпінська", "Сатбеков", "Ахмедова", "Петренко", "Ким", "Исаев", "Бойко"]
HANDLE = ["Dav_ron_{n}", "Shakh_{n}", "{f}_{l}", "___{f}___", "_{f}{n}_", "{f}__htx", "{f}.zkr{n}", "Smile_dj_", "#{f}{l}"]


def moj(s):
    return s.encode("utf-8").decode("mac_cyrillic")


def cid():
    return "".join(f.pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(20))


rows = []
for n in range(3787):
    x = f.r.random()
    if x < 0.058:
        first, last = None, None
    elif x < 0.058 + 0.26:
        y = f.r.random()
        if y < 0.4:
            first = f.pick(LAT_F)
        elif y < 0.8:
            first = moj(f.pick(CYR_F))
        elif y < 0.9:
            first = f.pick(HANDLE).format(n=f.r.randrange(1, 999), f=f.pick(LAT_F).lower(), l=f.pick(LAT_L).lower())
        elif y < 0.97:
            first = f.pick(LAT_F).lower() if f.chance(0.5) else f.pick(LAT_F).upper()
        else:
            first = "Youtube"
        last = None
    else:
        if f.chance(0.2):
            first, last = moj(f.pick(CYR_F)), moj(f.pick(CYR_L))
        elif f.chance(0.05):
            first, last = f.pick(LAT_F), moj(f.pick(CYR_L))
        else:
            first, last = f.pick(LAT_F), f.pick(LAT_L)
    rows.append([cid(), first, last])
rows[40] = [rows[40][0], 7777.77777, None]
rows[41] = [rows[41][0], "Serik", 9191]
rows[42] = [rows[42][0], "Imperator", 777]
rows[43] = [rows[43][0], "malaevn@example.com", None]
rows[44] = [rows[44][0], "Alex", None]
rows[45] = [rows[45][0], "Alex", None]

wb = workbook()
ws = wb.active
ws.title = "Export_Contacts_undefined_Feb_2"
ws.append(["Contact Id", "First Name", "Last Name"])
for r in rows:
    ws.append(r)
ws.column_dimensions["A"].width = 26.16
save(wb, "contacts-en-eu-ghlexport.xlsx")
blank = sum(1 for r in rows if r[1] is None and r[2] is None)
print(len(rows), blank, len(rows) - blank)
for k in (0, 1, 2, 3, 5, 8, 13):
    print(k, rows[k])
