"""
Shape of jack-linkit/ContactUpdates "salesforce_contacts.csv" (at commit 1263ecc): an education
data company's Salesforce contacts report of its key accounts (school districts), as CSV: UTF-8
without BOM, every field in double quotes, LF line ends. Header: Account ID / Account Name /
Contact ID / Salutation / First Name / Last Name / Title / Role / Email / Navigator Communication /
Planning Communication / Additional Responsibilities. One row per contact, sorted by account; the
account's 15-character Salesforce id and name on each of its contacts; 15-character contact ids.
Contacts came in several loads: the first with e-mail and an empty salutation, a later one with a
salutation (Mr, Ms., Dr …), no e-mail and the person's newer title, so some people are there twice
at the same account. Mess as in the original: names in capitals, a salutation typed as the first
name ('MRS' 'PETERS'), initials ('C', 'A.J.'), the district's name as a last name on a shared
mailbox, an e-mail address in angle brackets as a last name, '(District)' after a surname, titles
in capitals or abbreviated ('Supt', 'Fmr. …', 'RETIRED -…'), an empty Role on a few; the
communication columns hold '; '-separated subscriptions on some rows. Values invented; e-mail
domains end in .test.
"""
import csv
import io
import os

from fake import FILES, Fake

f = Fake("contacts-en-us-salesforce")

DISTRICTS = ["Ashgrove School District", "Birch Hollow Regional School District", "Cedar Crest Public Schools",
             "Dunmore Township School District", "Elmstead Borough Public Schools", "Fallbrook Valley School District",
             "Glenwick Regional High School District", "Harrow Creek School District", "Ivy Bend Charter School",
             "Juniper Lake Township School District", "Kestrel Point School District", "Larchmont Hills School District"]
FIRST = ["Christopher", "Gale", "Matt", "Julie", "Michael", "Lindsay", "Anthony", "Samuel", "Renee", "Morgan", "Kathy",
         "Amy", "Steven", "Frank", "Carrie", "Patricia", "Alicia", "Anna", "Molly", "Diane", "Edward", "Laurette",
         "Debra", "Heidi", "Erik", "Victoria", "Jessica", "Beth", "Dana", "Karen", "Colin", "Lisa", "Nancy", "Brian",
         "Megan", "Daniel", "Theresa", "Joseph", "Paula", "Gregory"]
LAST = ["Ashdown", "Brightwell", "Carrow", "Dunmore", "Ellery", "Fairbank", "Greyson", "Holloway", "Ivers", "Jessop",
        "Kettering", "Lindqvist", "Marlow", "Northcott", "Oakes", "Pembury", "Quarles", "Radley", "Stanhope",
        "Thackeray", "Upshaw", "Vickery", "Whitlock", "Yardley", "Ambrose", "Blakemore", "Colbourne", "Delacroix"]
ROLES = {  # title -> role
    "Superintendent": "District Leadership", "Assistant Superintendent": "District Leadership",
    "Confidential Assistant to Superintendent": "District Leadership",
    "Principal": "Building Level Leadership", "Vice Principal": "Building Level Leadership",
    "Business Administrator": "Business Office", "Accounts Payable": "Business Office",
    "Director of Technology": "Technology Leadership", "Technology Coordinator": "Technology Specialist",
    "Network System Administrator": "Technology Specialist", "Media Specialist": "Technology Specialist",
    "Director of Curriculum": "Curriculum & Instruction Leadership",
    "Supervisor of Curriculum & Instruction": "Curriculum & Instruction Leadership",
    "Academic Assessment Director": "Assessment, Research, & Accountability",
    "State Testing Coordinator": "Assessment, Research, & Accountability",
    "Director of Special Education": "Student Services Leadership", "School Counselor": "Student Services Specialist",
    "Special/Remedial Ed Specialist": "Student Services Specialist", "School Psychologist": "Student Services Specialist",
    "Reading Interventionist": "Student Services Specialist", "Math Interventionists and Coaches": "Student Services Specialist",
    "Social Studies Teacher": "Teacher", "Computer Teacher": "Technology Specialist", "ELA Supervisor": "Subject Area Specialist",
}
NAV = ["All", "All", "All", "5 Year State Assessment; District-Level Benchmark; School-Level Benchmark; Teacher-Level Benchmark; Reading Levels",
       "5 Year State Assessment; School-Level Benchmark; Teacher-Level Benchmark; CCR; Attendance, Grades, Behavior"]
PLAN = ["Assessment Calendar; Data Locker", "Assessment Calendar; Data Locker", "District Data; SIS",
        "Assessment Calendar; Data Locker; District Data; SIS", "Assessment Calendar"]
SALUT = ["Ms", "Ms", "Mr", "Mr", "Dr", "Mrs", "Dr.", "Mr.", "Mrs.", "Ms."]
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def rid(prefix, n):
    return f._unique(lambda: prefix + "".join(f.pick(ALNUM) for _ in range(n)))


rows = []
for name in DISTRICTS:
    acct = rid("001Hs00002tqb", 2)
    domain = name.split()[0].lower() + f.pick(["schools", "sd", "district", ""]) + ".test"
    people = []
    size = f.pick([4, 9, 13, 14, 17, 19, 20, 25])
    used = set()
    while len(people) < size:
        first, last = f.pick(FIRST), f.pick(LAST)
        if (first, last) in used:
            continue
        used.add((first, last))
        title = f.pick(list(ROLES))
        people.append((first, last, title))
    first_load, later = [], []
    for k, (first, last, title) in enumerate(people):
        email = f"{first[0].lower()}{last.lower()}@{domain}"
        role = ROLES[title]
        shown_first, shown_last, shown_title = first, last, title
        if k == 1 and f.chance(0.5):
            shown_first, shown_last, shown_title = first.upper(), last.upper(), title.upper()
        elif k == 2:
            shown_first = f.pick(["MRS", "DR", "MR"])
            shown_last, shown_title = last.upper(), title.upper()
            email = f"{last.lower()}@{domain}"
        elif k == 3 and f.chance(0.6):
            shown_first = first[0] if f.chance(0.6) else f"{first[0]}.J."
        elif k == 4 and f.chance(0.3):
            shown_last = f"{last} ({name.split()[0]})"
        elif k == 5 and f.chance(0.3):
            shown_title, role = f.pick([f"Fmr. {title}", f"RETIRED -{title}"]), "Former"
        elif k == 6 and f.chance(0.4):
            shown_title = {"Superintendent": "Supt", "Technology Coordinator": "Tech Coordinator"}.get(title, "")
            role = "Other" if not shown_title or f.chance(0.5) else role
        nav = f.pick(NAV) if role.endswith("Leadership") and f.chance(0.5) else ""
        plan = f.pick(PLAN) if nav or f.chance(0.1) else ""
        extra = f.pick(["MTSS Team; Data Team", "MTSS Team; Testing Coordinator; Data Team", "Testing Coordinator"]) if plan and f.chance(0.3) else ""
        if f.chance(0.05):
            role = ""
        first_load.append([acct, name, rid("003Hs00004cr", 3), "", shown_first, shown_last, shown_title, role,
                           email if not (k > 6 and f.chance(0.06)) else "", nav, plan, extra])
        # the later load: the same person again with a salutation, no e-mail, a newer title
        if k in (0, 4) and size > 8:
            newer = f.pick([t for t in ROLES if t != title])
            later.append([acct, name, rid("003Hs00004ew", 3), f.pick(SALUT), first, last, newer, ROLES[newer], "", "", "", ""])
    # the district's shared mailbox as a contact
    box = name.split()[0]
    first_load.insert(2, [acct, name, rid("003Hs00004cr", 3), "", box, name, "", "Other", f"office@{domain}", "", "", ""])
    if name.startswith("Ivy"):
        first_load.append([acct, name, rid("003Hs00004cr", 3), "", "Tamsin", f"<tholloway@{domain}>", "", "", "", "", "", ""])
    # later single contacts with salutation and no e-mail
    for _ in range(f.pick([0, 1, 2])):
        first, last = f.pick(FIRST), f.pick(LAST)
        if (first, last) in used:
            continue
        used.add((first, last))
        t = f.pick(list(ROLES))
        later.append([acct, name, rid("003Hs00004ew", 3), f.pick(SALUT), first, last, t, ROLES[t], "", "", "", ""])
    rows += first_load + later

HEADER = ["Account ID", "Account Name", "Contact ID", "Salutation", "First Name", "Last Name", "Title", "Role", "Email",
          "Navigator Communication", "Planning Communication", "Additional Responsibilities"]
out = io.StringIO()
w = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
w.writerow(HEADER)
w.writerows(rows)
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "contacts-en-us-salesforce.csv"), "w", encoding="utf-8", newline="") as fh:
    fh.write(out.getvalue())

if __name__ == "__main__":
    if os.environ.get("SHOW"):
        print(len(rows), len(DISTRICTS))
        for r in rows[:40]:
            print(r)
