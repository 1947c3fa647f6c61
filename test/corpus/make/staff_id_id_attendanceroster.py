"""
Shape of acepahmads/absensi-sppg karyawan.xlsx (commit 128c3047e81c60af344834d38a0a153ff3677563): the staff
table behind an Indonesian kitchen's attendance app, saved by Excel. One sheet "karyawan": row 1
empty, snake_case headers in row 2 (id, nama_lengkap, nama_mesin_kip, nama_mesin_tki,
status_karyawan, status, jabatan, divisi, tanggal_masuk, tanggal_keluar, keterangan, no_hp,
alamat_ktp, alamat_tinggal, tempat_lahir, tanggal_lahir, pendidikan, jarak_kantor, kendaraan,
status_kawin, anak), then 58 employees numbered 1-58 of whom only the id, the names as typed into
the two fingerprint machines (capitals with doubled blanks, cut at 20-22 characters, a nickname,
one "Dudi_Fadilah"), the employment kind (tetap, kontrak, probation, magang), an active flag 1/0
and a remark (resign, selesai, dnd) are filled: nama_lengkap and every personal column are empty;
the first 39 have a name on the KIP machine, the last 19 only on the TKI one. Names invented.
"""
from fake import Fake, save, workbook

f = Fake("staff-id-id-attendanceroster")
FIRST = ["Rizky", "Agung", "Dewi", "Fajar", "Putri", "Bayu", "Nanda", "Wahyu", "Indah", "Yusuf", "Dimas", "Sekar", "Ilham",
         "Citra", "Hendra", "Laras", "Reza", "Tiara", "Galang", "Nurul"]
MIDDLE = ["Adi", "Eka", "Dwi", "Tri", "Muhammad", "Ayu", "Sri", "Bagus", ""]
LAST = ["Saputra", "Lestari", "Pratama", "Wibowo", "Kurniawan", "Permata", "Hidayat", "Ramadhan", "Maulana", "Susanti",
        "Firmansyah", "Nugraha", "Setiawan", "Rahmawati", "Gunawan"]
HEAD = ["id", "nama_lengkap", "nama_mesin_kip", "nama_mesin_tki", "status_karyawan", "status", "jabatan", "divisi",
        "tanggal_masuk", "tanggal_keluar", "keterangan", "no_hp", "alamat_ktp", "alamat_tinggal", "tempat_lahir",
        "tanggal_lahir", "pendidikan", "jarak_kantor", "kendaraan", "status_kawin", "anak"]

wb = workbook()
ws = wb.active
ws.title = "karyawan"
for c, h in enumerate(HEAD, 1):
    ws.cell(2, c, h)
for i in range(1, 59):
    full = f._unique(lambda: " ".join(p for p in [f.pick(FIRST), f.pick(MIDDLE), f.pick(LAST)] if p))
    style = f.r.randrange(4)
    if style == 0:  # the machine's capitals with doubled blanks
        machine = "  ".join(full.upper().split())
    elif style == 1:
        machine = full.split()[0]
    else:
        machine = full
    kip = machine[:22] if i <= 39 else None
    tki = machine[:20] if f.chance(0.85) or i > 39 else None
    if i == 17:
        kip, tki = full.split()[0] + "_" + full.split()[-1], None
    if i in (7, 9, 24):
        kip, tki = full.split()[0], full
    kind = f.pick(["tetap"] * 5 + ["kontrak"] * 2 + ["probation", "magang", "magang"])
    active = 0 if f.chance(0.25) else 1
    remark = None
    if active == 0:
        remark = {"magang": "selesai"}.get(kind, f.pick(["resign", "resign", None, "dnd"]))
    elif f.chance(0.04):
        remark = "resign"
    for c, v in enumerate([i, None, kip, tki, kind, active, None, None, None, None, remark], 1):
        if v is not None:
            ws.cell(2 + i, c, v)
save(wb, "staff-id-id-attendanceroster.xlsx")
