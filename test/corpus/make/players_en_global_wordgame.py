"""
Shape of dalevross/scrabtourneyasst "Members.xls": the member list of an online word-game group
(Lexulous / Wordscraper played on Facebook) kept by a tournament assistant tool to pair players;
Excel 97-2003.

- One sheet "Members", header on row 1: Name / Id / Lexulous Link / Wordscraper Link; 316 rows
  sorted by name.
- Name: the player's display name, two words mostly, three on some ("Alice Poland Hobbins",
  "Amy H. Rowe"), hyphenated and oddly cased surnames ("Scott-norman", "Naples- Prizzi"); one
  name twice (two accounts).
- Id: the player's numeric profile id stored as text with a literal leading apostrophe
  ("'589726111"), 7 to 16 digits.
- The two link columns: the profile URL in each game with the id, as hyperlinks.
- Column widths 10424 / 5304 / 18104 / 18104.
No contact data at all. Saved through LibreOffice as .xls. Names and ids invented; the links point
at example.com.
"""
from fake import FIRST_EN, LAST_EN, Fake, save, workbook

f = Fake("players-en-global-wordgame")
MIDDLE = ["H.", "D.", "Poland", "Dawn", "Atlas", "Boyko", "Lee", "Ann", "Jo"]
LASTS = LAST_EN + ["Scott-norman", "Naples- Prizzi", "Orr-Shadbolt", "VanderVelde", "Du Plessis", "McInnes"]

names = set()
while len(names) < 315:
    first, last = f.pick(FIRST_EN), f.pick(LASTS)
    n = f"{first} {f.pick(MIDDLE)} {last}" if f.chance(0.16) else f"{first} {last}"
    names.add(n)
names = sorted(names)
names.insert(200, names[200])


def pid():
    return str(f.pick([f.r.randrange(10 ** 8, 10 ** 9), f.r.randrange(10 ** 9, 2 * 10 ** 9),
                       f.r.randrange(10 ** 15, 10 ** 15 + 10 ** 9), f.r.randrange(10 ** 6, 10 ** 7)]))


wb = workbook()
ws = wb.active
ws.title = "Members"
ws.append(["Name", "Id", "Lexulous Link", "Wordscraper Link"])
for n in names:
    i = pid()
    a = f"http://apps.example.com/lexulous/?action=profile&profileid={i}"
    b = f"http://apps.example.com/wordscraper/?action=profile&profileid={i}"
    ws.append([n, "'" + i, a, b])
    r = ws.max_row
    ws.cell(r, 3).hyperlink = a
    ws.cell(r, 4).hyperlink = b
for col, w in zip("ABCD", (10424, 5304, 18104, 18104)):
    ws.column_dimensions[col].width = round(w / 256, 2)

save(wb, "players-en-global-wordgame.xls", libreoffice="xls")
