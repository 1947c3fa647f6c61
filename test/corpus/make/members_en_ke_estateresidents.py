"""
Shape of mwenda97/access-control "Members.xlsx" (commit f813be6ad05b6c16f9d34ce915b0c5082e49cbfd):
the resident register of a Kenyan gated estate's access-control desk (RFID gate tags, fingerprint
enrolment, photo), one sheet per block; the original has the one sheet "block_A".

- Header on row 1: NAME / ID_NO / HOUSE_NO / RFID_TAG  (trailing space) / TEL_NO / PRINTS / PHOTO.
- NAME in capitals, ID_NO the national id as a number, HOUSE_NO "A12"-style, RFID_TAG "UID…",
  TEL_NO the mobile as a number without its 0, PRINTS "FP…", PHOTO the captured photo's relative
  path ("captured_photo/<name in lower case>.jpg"); residents not yet enrolled have no prints or
  photo; a second resident of a house (spouse, tenant) shares the house number.
The original holds one sample row; 36 invented here.
"""
from fake import Fake, save, workbook

f = Fake("members-en-ke-estateresidents")

FIRST = ["GRACE", "PETER", "MERCY", "JOHN", "FAITH", "DAVID", "JANE", "BRIAN", "CAROLINE", "KEVIN", "LUCY",
         "DENNIS", "ESTHER", "JAMES", "ANN", "MOSES", "SARAH", "PAUL", "WINNIE", "COLLINS", "IRENE"]
LAST = ["KAMAU", "OTIENO", "WANJIKU", "MUTUA", "KIPROP", "NJOROGE", "ACHIENG", "KARIUKI", "MUTHONI",
        "OMONDI", "CHEPKOECH", "WAFULA", "NYAMBURA", "KIMANI", "ODHIAMBO", "MUGO", "WAMBUI"]

wb = workbook()
ws = wb.active
ws.title = "block_A"
ws.append(["NAME", "ID_NO", "HOUSE_NO", "RFID_TAG ", "TEL_NO", "PRINTS", "PHOTO"])
house = 0
names = set()
for i in range(36):
    while True:
        n = f"{f.pick(FIRST)} {f.pick(LAST)}"
        if n not in names:
            names.add(n)
            break
    if i == 0 or not f.chance(0.25):
        house += 1
    idno = f.r.randrange(20000000, 39999999)
    enrolled = f.chance(0.8)
    ws.append([n, idno, f"A{house}", f"UID{f.r.randrange(10000, 99999)}", int("7000" + f"{f.r.randrange(100000):05d}"),
               f"FP{idno % 100000:05d}" if enrolled else None, f"captured_photo/{n.lower()}.jpg" if enrolled else None])
for col, w in zip("ABCDEFG", [22, 12, 11, 12, 13, 10, 34]):
    ws.column_dimensions[col].width = w
save(wb, "members-en-ke-estateresidents.xlsx")

if __name__ == "__main__":
    for r in list(ws.iter_rows(values_only=True))[:8]:
        print(r)
