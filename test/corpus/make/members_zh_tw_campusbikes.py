"""
Shape of the member table of a campus bike-rental database course project (Taiwan), loaded into MySQL from a
Big5 CSV, as rampant1018/db_project keeps it ("data/member.csv", commit 28c51e6cad04b348a4008169b375a1ec4c8048e3).

- Big5-encoded CSV, LF line ends, header id,name,role,phone; the source has 1,000 members (ids 1-1000), kept
  here at 400 in the same proportions: students first (學生, 85 %), then teachers (教師, 13 %), then visitors
  (遊客, 2 %).
- Every name after the first row has a leading space (' 彭心怡'); names are three characters (one four), a few
  repeated for different ids; phones all written '09 dddd dddd' with spaces.
Values invented: names, phones (0900 block).
A person imports the members of the rental service as clients (id, name, phone; the role as occupation or a
note).
"""
import os

from fake import FILES, Fake

f = Fake("members-zh-tw-campusbikes")
N = 400
roles = ["學生"] * 340 + ["教師"] * 52 + ["遊客"] * 8
lines = ["id,name,role,phone"]
names = []
for i in range(N):
    if i in (57, 211, 330):
        name = names[f.r.randrange(len(names))]
    elif i == 123:
        name = f.name_tw() + f.pick(list("恩妤"))
    else:
        name = f.name_tw()
    names.append(name)
    ph = f._unique(lambda: f"09 00{f.r.randrange(100):02d} {f.r.randrange(10000):04d}")
    lines.append(f"{i + 1},{'' if i == 0 else ' '}{name},{roles[i]},{ph}")
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "members-zh-tw-campusbikes.csv"), "wb") as fh:
    fh.write(("\n".join(lines) + "\n").encode("big5"))
