"""
Shape of hanungss/EnuboFormInput enubo_old/anggota.xlsx (commit 4e2b790bff77533cf214ad45d559f9706c91b78f): the
member (anggota) upload sheet of an Indonesian zakat organisation's form app, saved by WPS
Spreadsheets. One sheet "Sheet1", snake_case headers nama_muzaki / nik / jenis_kelamin /
tgl_register / hp / pekerjaan / mondok / email / npwp / alamat / kecamatan / kelurahan / rt / rw
/ dinas / keanggotaan / bersedia / keterangan / gambar, and two rows typed only to try the
upload: the name is a message to the developer ("Maaf mas tak coba buat parsing dari excel" —
sorry, just trying to parse it from Excel), the same on both rows, with one digit apart in the
NIK, the same phone, a placeholder e-mail, "-" for the tax number, rt/rw and keterangan as
numbers. Values invented.
"""
import datetime

from fake import save, workbook

HEAD = ["nama_muzaki", "nik", "jenis_kelamin", "tgl_register", "hp", "pekerjaan", "mondok", "email", "npwp", "alamat",
        "kecamatan", "kelurahan", "rt", "rw", "dinas", "keanggotaan", "bersedia", "keterangan", "gambar"]
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(HEAD)
for nik in ("3309041234560001", "3309041234960001"):
    ws.append(["Maaf mas tak coba buat parsing dari excel", nik, "Laki-laki", datetime.datetime(1997, 9, 20), "081234500017",
               "Pedagang", "Belum Pernah", "email@example.com", "-", "Karangasem", "Tamansari", "Sukorejo", 1, 5,
               "Nahdlatul Ulama", "Anggota", "Tidak Bersedia", 0])
for r in (2, 3):
    ws.cell(r, 4).number_format = "dd/mm/yyyy"
    ws.cell(r, 5).number_format = "@"
save(wb, "members-id-id-zakattestupload.xlsx")
