"""
Shape of Katiesam/agents "Agents.csv" (commit e5057de6b96dc7a6b8282bc55fa8964df7d2406a): a San
Francisco kids' day camp's sign-in sheet for one week, kept in Google Sheets and downloaded as CSV
(UTF-8, no BOM, LF, a trailing comma-only row). Header CAMPER / CODE NAME / SIGNED IN? / SIGN OUT
TIME / AGE / PARENT / EMAIL / CONTACT #: 30 campers sorted by first name (one in capitals), the
code-name and sign-out columns empty, a sign-in time like 8:15 on some rows, ages 5.5-11 (one
empty), the parent (two parents joined with '/' on one row, an initial-only name, a nickname in
brackets), the parent's e-mail (two joined with '/', one with a trailing space), the phone in
several spellings ('415-…', ten bare digits, two numbers joined with ' / ' or '/', one empty, one
trailing space); siblings share the parent's contacts. Then an empty row and six rows with only a
parent, e-mail and phone (two of them twice). Values invented.
"""
import os

from fake import FILES

ROWS = [
    ("Adela Dorsey", "", "", "", "11", "Jonah Dorsey", "jdorsey1@example.net", "415-555-0128"),
    ("Bear Gao-Hammond", "", "", "", "6", "Ruqaya Gao-Hammond", "ruqandandy@example.com", "209-555-0174"),
    ("Blair Castell", "", "", "", "", "Elizabeth ARNAUD", "frozenseconds@example.net", "925-555-0139"),
    ("Chloe Grace Hewitt", "", "", "", "7", "L.Wang", "thewangstuff@example.com", "415-555-0190"),
    ("Daniel Agnew", "", "", "", "8", "Sheri Agnew", "sheriagnew@example.com", "4155550117 / 415-555-0166"),
    ("Dash Crowe", "", "", "", "6", "Kimberly Macklin", "joyleaf71@example.org", "415-555-0152"),
    ("Davit Borisov", "", "", "", "8", "Anton Borisov", "0x4f4b@example.com", "408-555-0183"),
    ("Declan Toale", "", "", "", "7", "John Toale", "tiwen7@example.com", "415-555-0105"),
    ("Eloise Sutton", "", "8:15", "", "8", "Genevieve Connolly", "genevieve.connolly@example.com", "415-555-0147"),
    ("Finn Carney", "", "", "", "6", "PJ Carney", "hdmaxfield@example.com", "415-555-0121"),
    ("Freya Liu", "", "8:17", "", "6", "Veronika Vaskova", "veronikavaskova@example.com", "408-555-0113"),
    ("Ivy Deane", "", "", "", "8", "Cindy Zhao", "zhaocongli@example.com", ""),
    ("Janav Gulati", "", "", "", "6", "Purvi Sathe", "pssathe@example.com", "408-555-0159"),
    ("Juliet Sutton", "", "8:15", "", "8", "Genevieve Connolly/Deven Sutton", "genevieve.connolly@example.com/dev.sutton@example.org", "415-555-0147/415-555-0132"),
    ("Lexie Xu", "", "", "", "7", "Fanny (Yingxi) Shu", "fanny.shu@example.com", "6505550199"),
    ("Linus Harrow-Wu", "", "8:23", "", "5.5", "Charlene Wu", "harrowwu@example.com", "510-555-0170 / 619-555-0142"),
    ("Lucas Chevalier", "", "", "", "8", "Laura Haywood", "recycledrunner@example.net", "4155550186"),
    ("Maximilian Pappas", "", "8:00", "", "8", "Melanie Kushner", "melaniekushner@example.com", "650-555-0124"),
    ("Nicholas Mersey", "", "", "", "9", "Andi Trindle Mersey", "teatastingwoman@example.com", "415-555-0161"),
    ("Nico Elisabeth-Jones", "", "8:29", "", "7", "Joseph Gasior", "joe.gasior@example.com ", "4155550108"),
    ("Pasha Reznik", "", "", "", "8", "Boris Reznikov", "borisreznikov7@example.com", "415-555-0135 "),
    ("Preston Chiu", "", "", "", "8", "Clifford Chiu", "ivyandcliff@example.com", "650-555-0177"),
    ("Quentin Pellegrino", "", "", "", "8", "Stefan Pellegrino", "stefandante7@example.net", "5105550193"),
    ("Rogan Gaynor", "", "8:00", "", "8", "Chad Gaynor", "timon346@example.org", "4155550149"),
    ("Rosabel King-Mercier", "", "", "", "9", "Bryn King", "brynking.13@example.com", "416-555-0111"),
    ("Sasha Pellegrino", "", "", "", "10", "Stefan Pellegrino", "stefandante7@example.net", "5105550193"),
    ("Shiloh Prost", "", "", "", "5.5", "Alexander Prost", "sashaprost@example.com", "202-555-0181"),
    ("THOMAS P BEATON", "", "", "", "7", "Pornpan Beaton", "pornpanbeaton@example.com", "415-555-0155"),
    ("Thomas Mac Partland", "", "", "", "8", "Sandra Lydell", "sandralydell@example.org", "415-555-0126"),
    ("Willow Liu", "", "8:17", "", "6", "Veronika Vaskova", "veronikavaskova@example.com", "408-555-0113"),
    ("", "", "", "", "", "", "", ""),
    ("", "", "", "", "", "Thomas Stevenson", "thomas.stevenson@example.com", "646-555-0102"),
    ("", "", "", "", "", "Thomas Stevenson", "thomas.stevenson@example.com", "646-555-0102"),
    ("", "", "", "", "", "caleb imman", "calebimman@example.com", "5105550140"),
    ("", "", "", "", "", "Karen Lau", "karenlau88@example.com", "415-555-0187"),
    ("", "", "", "", "", "Karen Lau", "karenlau88@example.com", "415-555-0187"),
    ("", "", "", "", "", "Faye Harrison", "faye.harrison@example.com", ""),
]

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "clients-en-us-daycampsignin.csv"), "w", encoding="utf-8", newline="") as fh:
    fh.write("CAMPER,CODE NAME,SIGNED IN?,SIGN OUT TIME,AGE,PARENT,EMAIL,CONTACT #\n")
    for row in ROWS:
        fh.write(",".join(row) + "\n")
