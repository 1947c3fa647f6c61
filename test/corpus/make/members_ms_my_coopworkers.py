"""
Shape of daku170/kppbnb-bot ahli.csv (commit 8f65057ce353ba159ae0b605ac8e9658142d99cd): the member list
(ahli) of a Malaysian employees' cooperative, read by the cooperative's chat bot: UTF-8, LF,
comma-separated, no quoting, headers no_pekerja / nama / lokasi. Each member is a worker of the
rice company behind the cooperative: the staff number (six digits with leading zeros, ascending
with gaps), the name in capitals ("… BIN …" / "… BINTI …", "BT" once, "@" aliases, an
apostrophe), and the workplace (a mill "KILANG BERAS …", a subsidy office "PEJ. SUBSIDI …
(PENGKALAN …)", a warehouse "GUDANG …", a purchasing centre "PC …", the head office). Two
workplaces are written with a comma in them and no quotes, so those rows carry a fourth field.
The source has about 390 members; this copy 300. Names invented.
"""
import os

from fake import FILES, Fake

f = Fake("members-ms-my-coopworkers")
MEN = ["AHMAD", "MOHD", "MUHAMMAD", "MOHAMAD", "ZULKIFLI", "ROSLAN", "HAFIZ", "AZMAN", "FAIZAL", "SHAHRUL", "KHAIRUL",
       "AMIRUL", "NAZRI", "RIDZUAN", "IZZAT", "SYAFIQ", "HAKIM", "FIRDAUS", "ZAKWAN", "ARIF"]
WOMEN = ["NURUL", "SITI", "NOR", "FARAH", "AINA", "HASLINDA", "ROSMAH", "NORAINI", "SYAZWANI", "AZLINA", "MAZNAH", "FATIMAH",
         "NADIA", "IZZATI", "SALMAH", "HAYATI"]
SECOND = {True: ["AIMAN", "HAZIQ", "ASYRAF", "AKMAL", "FIKRI", "ADLI", "", ""], False: ["AMALINA", "NABILA", "ZAHIRAH", "SYAHIRAH", "AQILAH", "", ""]}
FATHERS = ["ABDULLAH", "ISMAIL", "OTHMAN", "YUSOF", "HASSAN", "IBRAHIM", "HAMID", "OMAR", "AWANG", "SULAIMAN", "RAMLI",
           "ZAINAL ABIDIN", "MAT SAAD", "CHE MAT", "ABD RAHMAN", "MOHD NOOR", "JAMALUDIN", "ARIFFIN"]
PLACES = ["SUNGAI LIMAU", "KUALA PERLIS", "TUMPAT", "SEKINCHAN", "PAYA KELADI", "BUKIT KENAK", "SIMPANG EMPAT", "KANGKONG",
          "JERLUN", "PASIR PUTEH", "KUALA ROMPIN", "SERI TIRAM JAYA", "CHANGKAT LADA", "SUNGAI MANIK", "MEGAT DEWA"]
WAREHOUSES = ["GUDANG JASA", "GUDANG PELAMAN", "GUDANG TANJUNG", "GUDANG PERAI DC", "GUDANG NIKEL", "GUDANG RYA", "PASIR GUDANG DC"]


def person():
    man = f.chance(0.62)
    first = f.pick(MEN if man else WOMEN)
    link = "BIN" if man else ("BINTI" if f.chance(0.97) else "BT")
    father = f.pick(FATHERS)
    if f.chance(0.04):
        father += f" @ {f.pick([x for x in FATHERS if x != father])}"
    return f._unique(lambda: " ".join(p for p in [first, f.pick(SECOND[man]), link, father] if p))


def workplace():
    k = f.r.randrange(10)
    p = f.pick(PLACES)
    if k < 4:
        return f"KILANG BERAS BERNAS {p}"
    if k < 6:
        return f"PEJ. SUBSIDI {p} (PENGKALAN {f.pick([p, f.pick(PLACES)])})"
    if k < 8:
        return f.pick(WAREHOUSES)
    if k == 8:
        return f"PC {p}"
    return f.pick(["PEJABAT JITRA", "PEJABAT GLENMARIE SHAH ALAM"])


lines = ["no_pekerja,nama,lokasi"]
number = 8139
for i in range(300):
    name = person()
    if i == 120:
        name = "MUZAMIR BIN MOHD SA'AD"
    place = workplace()
    if i in (7, 15):
        place = "PEJABAT GLENMARIE, SHAH ALAM"
    lines.append(f"{number:06d},{name},{place}")
    number += f.pick([1, 1, 2, 3, 5, 9, 14])
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "members-ms-my-coopworkers.csv"), "wb") as out:
    out.write(("\n".join(lines) + "\n").encode("utf-8"))
