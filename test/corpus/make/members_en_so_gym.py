"""
Shape of ogleh77/gym-mangement-system "customers.xls": a Somaliland gym's member list exported by its
Java desk application (Apache POI, Excel 97-2003 .xls).

- One sheet "customers": header Full name / Phone / Gender / Shift / Address / Weight /
  Who registered / Fore arm / Hips / Chest / Waist, then an empty row 2, then one row per member.
- Full names of three words (own, father's, grandfather's name); phones of seven digits as text;
  Shift "Morning", "M" or "F" (the app's codes); Address "No address" on the first members, empty
  on most, a town on the newest; Weight "50.0 kg" and the body measurements "94.64 cm" as text (the
  Chest column without the space: "87.49cm"), an impossible "444.0 kg" on a test-looking last row;
  Who registered is the staff member at the desk (one in lower case).
Values invented; written by LibreOffice as .xls.
"""
from fake import Fake, save, workbook

f = Fake("members-en-so-gym")

NAMES = ["Hodan Warsame Jama", "Ayaan Cabdi Nuur", "Faadumo Aadan Xasan", "Mahad Cali Faarax", "Sahra Yuusuf Maxamed",
         "Liibaan Axmed Ismaaciil", "Nimco Jaamac Cumar", "Guuleed Xuseen Aw", "Ubax Saciid Daahir", "Khadar Muuse Rooble",
         "Ifrah Bashiir Cilmi", "Abdirahman Osman Duale"]
STAFF = ["Sagal", "Asher", "Amiin", "Rabi", "Leyla", "Khalid", "Sigismondo", "Jarrid", "Mukhtar", "Qamar"]

wb = workbook()
ws = wb.active
ws.title = "customers"
ws.append(["Full name", "Phone", "Gender", "Shift", "Address", "Weight", "Who registered", "Fore arm", "Hips", "Chest",
           "Waist"])
ws.append([])
for i, name in enumerate(NAMES):
    gender = "Female" if name.split()[0] in ("Hodan", "Ayaan", "Faadumo", "Sahra", "Nimco", "Ubax", "Ifrah") else "Male"
    if i == 1:
        gender = "Male"                              # the app's default left in place
    phone = f._unique(lambda: f"555{f.r.randrange(10000):04d}")   # invented: a 555 block
    shift = "Morning" if i in (0, 1) else f.pick(["F", "F", "M"])
    address = "No address" if i < 2 else None
    weight = f"{f.r.randrange(45, 99)}.0 kg"
    who = STAFF[i % len(STAFF)]
    cm = lambda: f"{f.r.uniform(5, 99):.2f}".rstrip("0").rstrip(".") if f.chance(0.2) else f"{f.r.uniform(5, 99):.2f}"
    row = [name, phone, gender, shift, address, weight, who, f"{cm()} cm", f"{cm()} cm", f"{cm()}cm", f"{cm()} cm"]
    ws.append(row)
ws.append(["Abdiqani Ahmed Libaax", "5550444", "Male", "Morning", "Burco", "444.0 kg", "jamko", "44.0 cm", "33.0 cm",
           "44.0cm", "44.0 cm"])

save(wb, "members-en-so-gym.xls", libreoffice="xls")
