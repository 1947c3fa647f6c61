"""
Shape of aden1000p/Analisa-Data-Siswa-SMAN-1 data_siswa.xlsx (commit 8ae10df3442fefc2ac93835d08db3c941447ea0c): an
Indonesian senior high school class's report-card marks for a data-analysis exercise, exported by
a web grid (wijmo.xlsx). One sheet "Sheet1": No / Nama / thirteen subjects (Bahasa Indonesia,
Bahasa Inggris, Matematika, Fisika, Kimia, Biologi, PJOK, Matematika_Peminatan, Agama, "Pkn " with
a trailing blank, Sejarah, Seni, Komputer); thirty pupils known by one first name in rough
alphabetical order, No filled on the first row only, marks 70-90 as numbers formatted #,##0.
Names and marks invented.
"""
from fake import Fake, save, workbook

f = Fake("grades-id-id-classscores")
NAMES = ["Adit", "Alya", "Anggi", "Bima", "Bunga", "Cahya", "Dafa", "Dinda", "Eka", "Fikri", "Gilang", "Hana", "Ilham", "Jihan",
         "Kevin", "Lutfi", "Maya", "Naufal", "Nabila", "Oki", "Putra", "Rani", "Rafi", "Salsa", "Tegar", "Umi", "Vino",
         "Wulan", "Yoga", "Zahra "]
SUBJECTS = ["Bahasa Indonesia", "Bahasa Inggris", "Matematika", "Fisika", "Kimia", "Biologi", "PJOK", "Matematika_Peminatan",
            "Agama", "Pkn ", "Sejarah", "Seni", "Komputer"]
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["No", "Nama"] + SUBJECTS)
for i, n in enumerate(NAMES):
    r = i + 2
    if i == 0:
        ws.cell(r, 1, 1).number_format = "#,##0"
    ws.cell(r, 2, n if i != 12 else "Ilham Nur rahman")
    for c, s in enumerate(SUBJECTS, 3):
        mark = 80 if s in ("PJOK", "Agama") else f.pick([70, 75, 75, 80, 80, 85, 86, 90])
        ws.cell(r, c, mark).number_format = "#,##0"
save(wb, "grades-id-id-classscores.xlsx")
