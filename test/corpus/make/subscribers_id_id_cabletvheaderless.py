"""
Shape of ariebowo/tvkabelpesanggrahan pelanggan.csv (commit 89a5f955ba058395e77c8cdb1ac991d2b31f9d84): the
subscriber table of a village cable-TV operator in East Java, dumped from MySQL without a header
row: semicolon-separated, LF, no quoting, NULL written out for empty text. Twelve columns: the
subscriber number 1…n / NULL / the name as the collector knows the household (nicknames, a
couple "Sucipto/ Habibah", a trade or landmark "Yasin Tempe", "salon kamboja", the RW "Karji rw
06", "2 tv" for a second set, trailing blanks, a zero typed for an o) / NULL / the RT (blank on
many) / the RW / 1 / 1 / 0 / 2014-01-01 on every row (the day the book was taken into the
system) / 1 / 0. The source has 417 subscribers; this copy 300. Names invented.
"""
import os

from fake import FILES, Fake

f = Fake("subscribers-id-id-cabletvheaderless")
NAMES = ["Sukardi", "Paimin", "Warsini", "Suparno", "Tukiyem", "Rohmat", "Sulastri", "Jumadi", "Karsini", "Mardi",
         "Ngatini", "Sarmidi", "Kasmuri", "Rukiyah", "Sutrisno", "Wagiman", "Marsudi", "Painem", "Ponijan", "Suwarni",
         "Darmin", "Tumini", "Sarbini", "Kusnadi", "Lasmi", "Bejo", "Giyono", "Sumiati", "Katimin", "Jemiran",
         "Nur Hadi", "Siti Aminah", "Ahmad Fauzan", "Dwi Lestari", "Eko Prasetyo", "Agus Salim", "Rahmat", "Yanto",
         "Endang", "Wartini", "Mukhlas", "Kusno", "Harjo", "Tarmuji", "Supardi", "Maryam", "Zaenal", "Fitri"]
TAGS = ["tempe", "ojek", "salon", "kost", "martabak", "bakso", "penjahit", "sate", "warung", "bengkel", "sopir",
        "kamboja", "beran", "sruni", "padas", "ngaseri", "kuburan", "depan pos", "pojok", "kidul masjid"]
PREFIX = ["H. ", "Hj. ", "Bu ", "P. ", "Pak ", "Mbah ", "Ibu ", "Ustad ", "H "]


def household(rt, rw):
    a = f.pick(NAMES)
    k = f.r.randrange(12)
    if k < 3:
        name = a
    elif k < 5:
        name = f"{a} {f.pick(TAGS)}"
    elif k < 7:
        name = f"{a}{f.pick(['/', ' / ', '/ ', ' /'])}{f.pick([b for b in NAMES if b != a])}"
    elif k == 7:
        name = f"{f.pick(PREFIX)}{a}"
    elif k == 8:
        name = f"{a} rw {rw.zfill(2) if rw in ('4', '6') else rw}" if rw and rw != "5" else a
    elif k == 9:
        name = f"{a} {f.pick(['2 tv', '2tv', 'tv'])}"
    elif k == 10:
        name = f"{a} rt {rt.zfill(2)}" if rt else a
    else:
        name = f"{a} ({f.pick(NAMES)})"
    if f.chance(0.2):
        name = name.lower()
    if f.chance(0.03) and "o" in name:
        name = name.replace("o", "0", 1)
    if f.chance(0.08):
        name += f.pick([" ", "  "])
    return name


lines = []
seen = set()
for n in range(1, 301):
    rw = f.pick(["5"] * 6 + ["6", "6", "4", "7", "3"])
    rt = str(f.r.randrange(1, 7)) if rw == "5" and f.chance(0.93) else ""
    if n in (118, 241):
        rw = ""
    name = household(rt, rw)
    while name.strip().lower() in seen:
        name = household(rt, rw)
    seen.add(name.strip().lower())
    lines.append(f"{n};NULL;{name};NULL;{rt};{rw};1;1;0;2014-01-01;1;0")
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "subscribers-id-id-cabletvheaderless.csv"), "wb") as out:
    out.write(("\n".join(lines) + "\n").encode("utf-8"))
