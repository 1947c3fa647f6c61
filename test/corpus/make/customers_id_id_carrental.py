"""
Shape of Ervizal/Kelompok-08_Program-Rental-Mobil "data_pelanggan.xlsx" (commit
c20c371302fe01935f4ba22888faa0b07764afcb): the customer sheet of an Indonesian car-rental program
(a student group project in East Java, written by pandas and then appended to by the program). One
sheet "Sheet1", bold header No / Nama / Identitas (KTP/SIM) / No. Identitas / Username / Password /
Email / Alamat / Jenis kelamin. Fourteen customers numbered 1-14: full names (one single name, one
a nickname), the kind of identity card KTP or "sim" in lower case, the card number as a number (the
last one as text), a login name and a password, free-mail addresses in any case, a street address
"Jl. … No. … <city>" (joking street names on the later rows, one without a number), sex as
"Laki - Laki" / "Perempuan" and once "laki-laki". All names, numbers and addresses invented.
A person imports the fourteen customers as clients with their id-card number, e-mail and address,
and leaves the logins and passwords out.
"""
from openpyxl.styles import Font

from fake import save, workbook

ROWS = [
    ("Bambang Hartanto", "KTP", 30500000101, "bambanghartanto", "bambang123", "b.hartanto@example.com", "Jl. Melati No. 17 Surabaya", "Laki - Laki"),
    ("Rizal Ardiansyah", "KTP", 30500000202, "rizalardiansyah", "rizalard12", "ardiansyah12@example.net", "Jl. Kenanga Gg. III No. 4 Surakarta", "Laki - Laki"),
    ("Endah Purwanti", "KTP", 30500000303, "endahpurwanti", "endahpurwanti5", "end.purwanti@example.com", "Jl. Cirebon No. 218 Nganjuk", "Perempuan"),
    ("Tri Wulandari", "KTP", 30500000404, "triwulandari", "triwulandari11", "triwulandari11@example.com", "Jl. Pahlawan No. 88 Surakarta", "Perempuan"),
    ("Kirana Larasati", "KTP", 30500000505, "kiranalarasati", "kiranalarasati01", "kiranalarasati@example.org", "Jl. Gajah Mada 131 Jogjakarta", "Perempuan"),
    ("Alvino Tuhumury", "KTP", 30500000606, "alvino tuhumury", "alvinotuhumury27", "alvino27@example.com", "Jl. Sumatra No. 9 Gresik", "Laki - Laki"),
    ("Kania Puspita", "KTP", 30500000707, "kaniapuspita", "kaniapuspita17", "K.Puspita@example.net", "Jl. Mau Kemana No. 23 Malang", "Perempuan"),
    ("Kevin Aprianto", "KTP", 30500000808, "kevinaprianto", "kevinaprianto04", "Aprianto.kevin@example.net", "Jl. Sukasari No. 6 Malang", "Laki - Laki"),
    ("Septiani Bella", "KTP", 30500000909, "septianibella", "septianibella29", "Bella_septi@example.net", "Jl. Nanti Dulu Ya No. 35 Boyolali", "Perempuan"),
    ("Annisa Sakinah", "KTP", 30500001010, "annisasakinah", "annisasakinah2", "an_sakinah@example.net", "Jl. Kapan Lagi No. 42 Jakarta", "Perempuan"),
    ("Kemal Pradipta", "sim", 300000001111, "kemalpradipta14", "koalakemal", "pradipta.kem@example.net", "Jl. Sabar Dulu Aja No. 12 Kota Bandung", "laki-laki"),
    ("Arya Geledek", "sim", 900001212, "aryageledek", "geledekicecream", "geledek.arya@example.com", "Jl. Jangan Lupa No. 16 Kota Jakarta Pusat", "Laki - Laki"),
    ("Marzuki", "sim", 700001313, "mangzuki", "7zuki7", "7zu7zu@example.net", "Jl. Lurus Terus Sampai Mentok No. 19 Kota Bandung", "Laki - Laki"),
    ("Geledekk", "sim", "20001414", "geledek", "banggeledek", "geledek123@example.net", "Jl. Sama Siapa", "Laki - Laki"),
]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for c, h in enumerate(["No", "Nama", "Identitas (KTP/SIM)", "No. Identitas", "Username", "Password", "Email", "Alamat",
                       "Jenis kelamin"], 1):
    ws.cell(1, c, h).font = Font(bold=True)
for r, row in enumerate(ROWS, 2):
    for c, v in enumerate((r - 1,) + row, 1):
        ws.cell(r, c, v)
save(wb, "customers-id-id-carrental.xlsx")
