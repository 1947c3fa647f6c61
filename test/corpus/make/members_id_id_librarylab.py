"""
Shape of olivianss/minilab_Olivia-Sitorus "data_anggota.xlsx" (commit
87353ac95e20fdaf13711266afb6d9c3ac34fadf): the member table (data anggota) of a small library in an
Indonesian data-engineering mini-lab, written by pandas (openpyxl) next to a CSV of books. One sheet
"Sheet1", plain header in snake_case Indonesian: anggota_id / nama / kota / umur / status_anggota /
tanggal_daftar. Fifteen members numbered 1-15, first names only in alphabetical order of their
initial (A … O), the city (Surabaya, Jakarta, Bandung … repeating), age as a number, "Aktif" on every
row, the sign-up date as a datetime in YYYY-MM-DD HH:MM:SS ten days apart from 2024-01-01. Names
and ages invented. A person imports the fifteen members as clients: id, name, city as the address,
member since; age and status stay out or go to notes.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("members-id-id-librarylab")
NAMES = ["Arif", "Bunga", "Citra", "Dimas", "Eka", "Farhan", "Gita", "Hendra", "Indah", "Joko", "Kartika",
         "Lukman", "Maya", "Nanda", "Oki"]
CITIES = ["Surabaya", "Jakarta", "Bandung", "Malang", "Semarang", "Yogyakarta", "Medan", "Makassar", "Depok",
          "Bekasi"]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for c, h in enumerate(["anggota_id", "nama", "kota", "umur", "status_anggota", "tanggal_daftar"], 1):
    ws.cell(1, c, h)
start = datetime.datetime(2024, 1, 1)
for i, name in enumerate(NAMES):
    r = i + 2
    ws.cell(r, 1, i + 1)
    ws.cell(r, 2, name)
    ws.cell(r, 3, CITIES[i % len(CITIES)])
    ws.cell(r, 4, f.r.randint(19, 34))
    ws.cell(r, 5, "Aktif")
    d = ws.cell(r, 6, start + datetime.timedelta(days=10 * i))
    d.number_format = "YYYY-MM-DD HH:MM:SS"
save(wb, "members-id-id-librarylab.xlsx")
