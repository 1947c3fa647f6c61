"""
Shape of paccalo88/koperasi-check "anggota.xlsx" (commit e5a767b8a75311028fb70fa4c70a27a8cf5b62cd):
the member list (anggota) of a Malaysian secondary-school cooperative in Miri, Sarawak, kept in the
Malay template the cooperative commission asks for. Sheet "Sheet1": bold header BIL / No Daftar /
Nama Anggota / Alamat / Poskod / Negeri / KP Baru / KP Lama / KP Tentera/Polis / Pekerjaan / Jantina /
Bangsa / Tarikh Lahir / Tarikh Menjadi Anggota / Tarikh Terhenti Menjadi Anggota / No Anggota /
Gelaran / Akademik / Fi Masuk (RM) / Syer (RM) / Yuran (RM) / Jumlah Bayaran (RM) / Jawatan, wide
columns. BIL, No Daftar, KP Lama, KP Tentera/Polis, Tarikh Terhenti, No Anggota, Yuran and Jawatan
empty on every row. Pupils first (full names in capitals with BIN/BINTI/ANAK, home address ending
"98000 MIRI" with runs of spaces, 98000 / SARAWAK as text, the new IC number yymmdd-13-nnnn as text,
PELAJAR, L/P, ethnic group with trailing spaces on some, birth and joining dates as dates in
[$-14409]dd/mm/yyyy, the form "TINGKATAN DUA" under Gelaran and the class name under Akademik, entry
fee, share and total as numbers in 0.00), then teachers (GURU, the school's address, trailing spaces
after names, dates as dates or as text "dd/mm/yyyy" — one with a stray dot in the year — shares up
to 700), the principal and two support staff, then pupils added later with only name, address, IC
and form/class: some with the school address, some with the IC number without dashes typed into
Alamat and Poskod/Negeri empty. Far below (rows 51734-51735) a few keyboard-mash letters. A second
sheet "Sheet2" explains each column (Malay). All names, IC numbers and addresses invented; fewer
members than the original's 791.
"""
import datetime

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("members-ms-my-schoolcoop")
HEAD = ["BIL", "No Daftar", "Nama Anggota", "Alamat", "Poskod", "Negeri", "KP Baru", "KP Lama", "KP Tentera/Polis",
        "Pekerjaan", "Jantina", "Bangsa", "Tarikh Lahir", "Tarikh Menjadi Anggota", "Tarikh Terhenti Menjadi Anggota",
        "No Anggota", "Gelaran", "Akademik", "Fi Masuk (RM)", "Syer (RM)", "Yuran (RM)", "Jumlah Bayaran (RM)",
        "Jawatan"]
WIDTHS = [6.66, 25.89, 55.66, 85.66, 14.55, 19.55, 24.44, 16.89, 18.33, 27.11, 13, 15.89, 22.44, 22.66, 23.55,
          15.89, 18, 22.66, 13.66, 13, 13, 13, 30.66]
DATE = "[$-14409]dd/mm/yyyy;@"
SCHOOL = "SMK SERI LUTONG, JALAN PANTAI LUTONG"

MALAY_M = ["AHMAD", "MUHAMMAD", "MOHD", "HAFIZ", "IRFAN", "DANISH", "AIMAN", "HARIS", "NAUFAL", "ZAKWAN", "FAIZ"]
MALAY_F = ["NUR", "SITI", "AISYAH", "NURUL", "FARAH", "BALQIS", "DAMIA", "HUMAIRA", "QISTINA", "ALYA", "SOFEA"]
MALAY_2 = ["AQIL", "HAKIMI", "IMAN", "ADRIANA", "NAJWA", "RAYYAN", "SYAFIQ", "ZAHRA", "ARISSA", "HARITH"]
FATHERS = ["ZULKIFLI", "ROSLAN", "ISMAIL", "HAMDAN", "SAIFUL", "AZMAN", "JAMIL", "RAMLI", "SABRI", "KAMARUL"]
IBAN_G = ["JOSHUA", "MELVIN", "DERRICK", "VALERIE", "CHRISTINA", "FELICIA", "ASHLEY", "BRYAN", "JESSICA", "NIGEL"]
IBAN_F = ["JIMBAU", "NGAU", "LANGGAU", "SUMOK", "ENTERI", "MANGGIE", "UNDOM", "BANYANG", "SAGENG", "LINGGI"]
CHINESE = ["TING", "WONG", "LAU", "HII", "NGU", "LING", "CHIENG", "TIONG", "KING", "SIA"]
CN_GIVEN = ["SIEW LING", "KUNG HUA", "MEI CHING", "YEW HOCK", "SING MING", "HUI LIN", "TECK SENG", "LEE CHEN"]
ROADS = ["LORONG TANJUNG BATU", "JALAN RIAM", "LORONG PUJUT", "JALAN BULAN SABIT", "LORONG DESA SENADIN",
         "JALAN LUAK", "LORONG KUALA BARAM", "TAMAN PERMAI"]
VILLAGES = ["KAMPUNG LEMBAH HIJAU", "KAMPUNG PUJUT", "TAMAN TUDAN", "KAMPUNG LUTONG", "TAMAN MEGA", ""]
CLASSES = ["BESTARI", "CERDIK", "DINAMIK", "ARIF", "ELOK"]
FORMS = ["TINGKATAN SATU", "TINGKATAN DUA", "TINGKATAN TIGA", "TINGKATAN EMPAT", "TINGKATAN LIMA"]


def person():
    k = f.r.randrange(10)
    if k < 5:
        female = f.chance(0.55)
        first = f.pick(MALAY_F if female else MALAY_M) + " " + f.pick(MALAY_2)
        return first + (" BINTI " if female else " BIN ") + f.pick(FATHERS), "P" if female else "L", \
            f.pick(["MELAYU", "MELAYU", "MELANAU", "MELAYU ", "BUGIS                         "])
    if k < 8:
        female = f.chance(0.5)
        return f.pick(IBAN_G) + " ANAK " + f.pick(IBAN_F), "P" if female else "L", \
            f.pick(["IBAN", "IBAN ATAU SEA DAYAK", "BIDAYUH", "KELABIT", "KAYAN", "IBAN "])
    return f.pick(CHINESE) + " " + f.pick(CN_GIVEN), f.pick("LP"), f.pick(["CINA", "CINA "])


def ic(born, state="13"):
    return born.strftime("%y%m%d") + "-" + state + "-" + "%04d" % f.r.randrange(0, 10000)


def address():
    s = "LOT %d, %s %d" % (f.r.randint(100, 3000), f.pick(ROADS), f.r.randint(1, 9))
    v = f.pick(VILLAGES)
    if v:
        s += ", " + v
    return s + f.pick(["   98000 MIRI", " 98000 MIRI", ".   98000 MIRI"])


used = set()


def unique_person():
    while True:
        p = person()
        if p[0] not in used:
            used.add(p[0])
            return p


rows = []
# pupils
for i in range(140):
    name, sex, race = unique_person()
    form = f.r.randrange(5)
    born = datetime.datetime(2011 - form, 1, 1) + datetime.timedelta(days=f.r.randrange(365))
    joined = datetime.datetime(2021 + min(form, 3), 1, 1) + datetime.timedelta(days=f.r.randrange(200))
    fee, share, total = (2, 10, 12) if f.chance(0.8) else (1, 1, 2)
    rows.append(dict(name=name, addr=address(), pc="98000", st="SARAWAK", ic=ic(born), job="PELAJAR", sex=sex,
                     race=race, born=born, joined=joined, g=FORMS[form], a=f.pick(CLASSES), fee=fee, share=share,
                     total=total))
# teachers, then the principal and two support staff
for i in range(30):
    name, sex, race = unique_person()
    name += " " if f.chance(0.4) else ""
    born = datetime.datetime(1966, 1, 1) + datetime.timedelta(days=f.r.randrange(365 * 32))
    joined = datetime.datetime(2005, 1, 6) if i < 6 else datetime.datetime(2008, 1, 1) + datetime.timedelta(
        days=f.r.randrange(365 * 17))
    fee = 1 if i < 12 else (5 if i < 22 else 10)
    share = f.pick([700, 10, 10, 20, 50, 93.6, 119, 350]) if i < 22 else 20
    b = born if f.chance(0.6) else born.strftime("%d/%m/%Y")
    j = joined if f.chance(0.6) else joined.strftime("%d/%m/%Y")
    rows.append(dict(name=name, addr=SCHOOL, pc="98000", st="SARAWAK", ic=ic(born.replace(year=born.year)),
                     job="GURU", sex=sex, race=race, born=b, joined=j, fee=fee, share=share, total=fee + share))
rows[150]["joined"] = "21/04/20.22"
rows[150]["born"] = "18/12/1997"
for job in ("PENGETUA", "AKP", "AKP"):
    name, sex, race = unique_person()
    born = datetime.datetime(1975, 1, 1) + datetime.timedelta(days=f.r.randrange(365 * 24))
    rows.append(dict(name=name, addr=SCHOOL, pc="98000", st="SARAWAK", ic=ic(born), job=job, sex=sex, race=race,
                     born=born.strftime("%d/%m/%Y") if job == "PENGETUA" else born,
                     joined=datetime.datetime(2025, 1, 4), fee=10, share=500 if job == "PENGETUA" else 50,
                     total=510 if job == "PENGETUA" else 60))
# two pupils after the staff, then pupils added later without dates or fees
for i in range(2):
    name, sex, race = unique_person()
    born = datetime.datetime(2010, 1, 1) + datetime.timedelta(days=f.r.randrange(365))
    rows.append(dict(name=name, addr=address(), pc="98000", st="SARAWAK", ic=ic(born), job="PELAJAR", sex=sex,
                     race=race, born=born, joined=datetime.datetime(2025, 2, 3), g="TINGKATAN DUA",
                     a=f.pick(CLASSES), fee=2, share=10, total=12))
for i in range(26):
    name = unique_person()[0]
    form = 1 if i < 12 else (2 if i < 21 else 3)
    born = datetime.datetime(2011 - form + 1, 1, 1) + datetime.timedelta(days=f.r.randrange(365))
    number = ic(born)
    r = dict(name=name, ic=number, g=FORMS[form], a=CLASSES[min(4, i % 12 // 2)])
    if i < 12:
        r.update(addr=SCHOOL, pc="98000", st="SARAWAK")
    else:
        r.update(addr=number.replace("-", ""))
    rows.append(r)
digits = rows[-20]["ic"].replace("-", "")
rows[-20]["ic"] = digits[:7] + "-" + digits[7] + "-" + digits[8:]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for c, (h, w) in enumerate(zip(HEAD, WIDTHS), 1):
    ws.cell(1, c, h).font = Font(bold=True)
    ws.column_dimensions[ws.cell(1, c).column_letter].width = w
KEYS = [None, None, "name", "addr", "pc", "st", "ic", None, None, "job", "sex", "race", "born", "joined", None, None,
        "g", "a", "fee", "share", None, "total", None]
for i, row in enumerate(rows):
    r = i + 2
    for c, k in enumerate(KEYS, 1):
        cell = ws.cell(r, c)
        if c in (13, 14, 15, 17):
            cell.number_format = DATE
        elif c in (19, 20, 21, 22):
            cell.number_format = "0.00"
        else:
            cell.number_format = "@"
        if k and row.get(k) is not None:
            cell.value = row[k]
ws["D51734"] = "yk"
ws["E51735"] = "g"
ws["F51735"] = "k"
ws["G51735"] = "gyk"

s2 = wb.create_sheet("Sheet2")
s2.column_dimensions["A"].width = 30
s2.column_dimensions["B"].width = 70
notes = [("* Sila patuhi susunan dan label setiap kolum yang diberikan. Tidak dibenarkan menukar label kolum tersebut.", None),
         ("Penerangan bagi setiap Data di atas:", None), ("Data", "Jenis Data"),
         ("Bil", "Nombor Turutan (running/record number)"),
         ("No Daftar", "No Daftar Koperasi Mengikut nombor pendaftaran"),
         ("Nama Anggota", "Nama Penuh Ahli Koperasi Mengikut IC"),
         ("Alamat", "Alamat Surat Menyurat Individu Tersebut "), ("Poskod", "Poskod Alamat Negeri"),
         ("Negeri", "Negeri Alamat"), ("KP Baru", "NoKp Baru mengikut format xxxxxx-xx-xxxx"),
         ("KP Lama", "NoKp Lama mengikut format G38256"), ("KP Tentera/Polis", "NoKp Tentera/Polis format T123456"),
         ("Pekerjaan", "Pekerjaan Individu Tersebut"), ("Jantina", "Jantina Anggota L/P"),
         ("Bangsa", "Bangsa Anggota "), ("Tarikh Lahir", "Tarikh Lahir Anggota format DD/MM/YYYY"),
         ("Tarikh Menjadi Anggota", "Tarikh Menjadi Anggota mengikut format DD/MM/YYYY seperti diatas"),
         ("Tarikh Terhenti Menjadi Anggota", "Tarikh Anggota Berhenti Menjadi Anggota DD/MM/YYYY seperti di atas"),
         ("No Anggota", "No Keahlian Anggota"), ("Gelaran", "Gelaran anggota"),
         ("Akademik", "Tahap pendidikan anggota"),
         ("Fi Masuk (RM)", "Fi masuk anggota mengikut format (XXX.XX) tanpa RM"),
         ("Syer (RM)", "Syer anggota mengikut format (XXX.XX) tanpa RM"),
         ("Yuran (RM)", "Yuran anggota mengikut format (XXX.XX) tanpa RM"),
         ("Jumlah Bayaran (RM)", "Jumlah bayaran anggota mengikut format (XXX.XX) tanpa RM"),
         ("Jawatan", "Jawatan anggota dalam koperasi")]
for r, (a, b) in enumerate(notes, 1):
    s2.cell(r, 1, a)
    if b:
        s2.cell(r, 2, b)
save(wb, "members-ms-my-schoolcoop.xlsx")
