"""
Shape of yangruiyou85/yiidoc members.xls: the roster of volunteer translators of an open-source
PHP framework's documentation, an Excel 97-2003 .xls saved by Excel on a Chinese Windows (code
page 936). Sheets "Sheet1", "Sheet2", "Sheet3", the last two empty.

- "Sheet1": header on row 1 in bold Calibri: Language / Forum ID / Gmail / Lead. 43 rows sorted
  by language (Bulgarian … Vietnamese, "Idonesian" misspelt twice, "Simplified Chinese" and
  "Traditional Chinese"); Forum ID a nickname or a full name; Gmail mostly the part before the
  @ only, sometimes a whole address at another provider; Lead "Yes" for one translator of some
  languages, otherwise empty.
Values invented.
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("roster-en-global-doctranslators")
LANGS = (["Bulgarian"] + ["Dutch"] * 2 + ["French"] * 2 + ["German"] * 3 + ["Hebrew", "Hungarian"] + ["Idonesian"] * 2
         + ["Japanese"] * 4 + ["Polish"] * 2 + ["Portuguese"] * 4 + ["Romanian"] + ["Russian"] * 8
         + ["Simplified Chinese"] * 7 + ["Spanish"] + ["Swedish"] * 2 + ["Traditional Chinese", "Vietnamese"])
LEADS = {1, 6, 11, 12, 26, 40, 42}
NICKS = ["penkov", "Maximo", "Sander Telling", "tif", "kiwisun", "Ascot", "mikl", "pmattis", "Vinny", "gyorgyg", "rx_sb",
         "Kabayo", "mocamoca", "rogue_dev", "wjz", "iwasa", "e_t_m", "aztek", "raragon", "Flavius", "Luis", "Wendell",
         "mishu", "Bethany", "Scott Larch", "samdarko", "Konstantin Mirov", "xenia", "Caveboy", "multiq", "cr0w",
         "tangyuqi", "Lerico", "nowgo", "sharehui", "dofu", "thaika", "dreamin", "mercurio", "tre", "krillzap",
         "clemchen", "hnhuong"]
assert len(NICKS) == len(LANGS) == 43

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Language", "Forum ID", "Gmail", "Lead"])
for c in ws[1]:
    c.font = Font(name="Calibri", bold=True)
for i, (lang, nick) in enumerate(zip(LANGS, NICKS)):
    local = nick.lower().replace(" ", ".").replace("_", "") + (str(f.r.randrange(7, 99)) if f.chance(0.25) else "")
    if i in (15, 16, 35, 37, 38):
        mail = f.email(local)
    else:
        mail = local
    ws.append([lang, nick, mail, "Yes" if i in LEADS else None])
for col, w in zip("ABC", [22.7, 27.7, 40.9]):
    ws.column_dimensions[col].width = w
wb.create_sheet("Sheet2")
wb.create_sheet("Sheet3")

if __name__ == "__main__":
    save(wb, "roster-en-global-doctranslators.xls", libreoffice="xls")
