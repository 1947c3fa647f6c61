"""
Shape of DEUCE1957/PAC "contacts.ods": a Glasgow student tutoring group's outreach list of the
university staff who run each subject's courses, kept in LibreOffice Calc (.ods), one sheet per
department and one for student societies.

- Eleven sheets, "Archeology", "Chemistry", "Engineering", "Mathematics", "Computing", "Physics",
  "Astronomy", "Geo_Earth", "Psychology", "Buisness" (sic), "Societies", each with the header
  Email / Forename / Surname / Title / Role on row 1 and 2 to 23 people below, no title rows.
- The e-mail first, in mixed case (first.last, a middle initial, lower case); two addresses
  pasted with a leading space; one domain mistyped; one surname mistyped against its address;
  a curly apostrophe in one surname and a straight one in its address; titles Dr, Professor,
  Mrs, Ms, Miss, Mr; long roles ("Year ¾ astronomy Class Head"). On "Societies" group mailboxes
  have no forename or title and "Members of the … Society" typed as the surname and the role.
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("contacts-en-gb-courseheads")
DOMAIN = "uni.ac.test"
FIRST = ["Kenneth", "Gareth", "Michaela", "Rebecca", "Rachel", "Stephen", "Hans", "Daniel", "Adrian", "Linnea",
         "Ian", "Henrik", "Fiona", "Euan", "Donald", "Christian", "Misha", "Tereza", "Vincent", "Duncan", "Vaibhav",
         "Pauline", "Helen", "Gail", "Sarah", "Daria", "Val", "David", "Douglas", "Christoph", "Morag", "Declan",
         "Eduard", "Paul", "Simon", "Rhian", "Iain", "Roderick", "Cristina", "Emily", "Philip", "Lorna", "Eugene",
         "Heather", "Martin", "Julie", "Lynn", "Claire", "Cherisse", "Yiannis", "Michele", "Eva", "Tanya", "Wenya",
         "Kirsten", "Shamila", "Marina", "Alison", "Moira", "Graeme", "Ailsa", "Callum", "Niamh", "Fraser"]
LAST = ["Brodie", "Beattie", "Gillespie", "Younie", "Ogilvie", "Drummond", "Sennett", "Pryce", "Lapworth", "Soler",
        "Taggart", "Gollan", "Bradie", "McGowan", "Ballantyne", "Voight", "Fein", "Neophytou", "Macaulay", "Leckie",
        "Gadd", "Galbraith", "Border", "Reath", "Crockett", "Sokol", "Finlay", "Hamill", "MacLaren", "Engel",
        "Caskie", "Diver", "Konrad", "Bisset", "Naysmith", "Thomson", "Neilson", "Broun", "Persson", "Nordahl",
        "McAlpine", "Morrow", "Dawson", "Woodburn", "Lagan", "Cairney", "Borland", "Cameron", "McLure", "Vlachos",
        "Lombard", "Pocock", "Wilsone", "Cheung", "Kinloch", "Naeem", "Spalding", "Gibbon", "Auld", "Rennie"]
TITLES = ["Dr"] * 8 + ["Professor"] * 2 + ["Mrs", "Ms", "Miss", "Mr"]
DEPTS = {
    "Archeology": ["Honours Convenor", "Level 1 Scottish Archeology Convenor", "Level 1 Modern Archeology Convenor",
                   "Level 2 Archeology Convenor", "Taught Archeological Postgraduate Convenor",
                   "Research Archeological Postgraduate Convenor"],
    "Chemistry": ["Chemistry 1 Course Head", "Chemistry 2 Course Head", "Chemistry 3/Chemical Studies Class Head",
                  "Science Fundamentals Class Head", "Chemistry 4 Class Head"],
    "Engineering": ["Head of Aerospace Engineering", "Head of Biomedical Engineering", "Head of Civil Engineering",
                    "Head of Electronics and Electrical Engineering", "Head of Mechanical Engineering"],
    "Mathematics": ["Head of Mathematics Level 3", "Head of Mathematics Level 4", "Head of Statistics Level 3",
                    "Head of Statistics Level 4", "Head of Statistics Level 5", "Head of Mathematics Msci",
                    "Mathematics Level 2 Administrator"],
    "Computing": ["Computing Science administrator for levels 1 & 2", "Computing Science administrator for levels 3-5"],
    "Physics": ["Year 1 physics class head", "Year 2 physics class head", "Year 3 physics class head",
                "Exploring the Cosmos Class Head", "Year 4 physics class head", "Taught MSc Class Head",
                "Graduate School Convenor"],
    "Astronomy": ["Year 1 astronomy class head", "Year 2 astronomy class head", "Year ¾ astronomy Class Head"],
    "Geo_Earth": ["Year 1 geography Class Head and MSc Coordinator", "Year 2 geography Class Head",
                  "Year 3 geography Class Head", "Year 4 geography Class Head", "Year 1 Earth Science Class Head",
                  "Year 2 Earth Science Class Head", "Year 3/4 Earth Science Class Head"],
    "Psychology": ["Year 1 Course Lead", "Year 2 Course Lead", "Year 3 Psychology Studies Programme Lead",
                   "Year 3 Psychology Programme Lead", "Year 4 Pscyhology Programme Lead", "MSc Psychology Programme Lead"],
    "Buisness": ["Accounting and Finance Level 1+2 Administrator", "Accounting and Finance Honours Administrator",
                 "Business & Managment Level 1-3 Administrator", "Business & Managment Honours Administrator",
                 "Economics Level 1 Coordinator", "Economics Level 2 Coordinator", "Economics Level 3 Coordinator",
                 "Economics Junior Honours Coordinator", "Economics Senior Honours Coordinator",
                 "Accounting & Finance Postgraduate Convenor", "Accounting & Finance Postgraduate Convenor",
                 "Economics Postgraduate Convenor for GCDS", "Economics Postgraduate Convenor for GCEFS",
                 "Management Postgraduate Convenor", "Finance Level 1 Tutor", "Finance Level 2 Tutor",
                 "Economics Level 1 Tutor", "Economics Level 2 Tutor", "Management Level 1 Tutor",
                 "Management Level 2 Tutor", "International Business Convenor", "Marketing Convenor",
                 "Business School Undergraduate Administrator"],
}
SOCIETIES = [("phdsociety", "David", "Peters", None, "President of the PhD Society"),
             ("roboticssociety", None, "Members of the Robotics Society", None, "Members of the Robotics Society"),
             ("engsoc", None, "Members of the Engineering Society", None, "Members of the Engineering Society"),
             ("l.cowan.1", "Laura", "Cowie", "Ms", "Women in Physics Convenor"),
             ("arts-philsoc", "Darius", "Darulis", "Mr", "President of PhilSoc"),
             ("devsoc", "Matthew", "McConachie", "Mr", "President of DevSoc"),
             ("switchsoc", None, "Members of Switch", None, "Members of Switch"),
             ("techsoc", "Youssef", "Samir", "Mr", "President of TechSoc"),
             ("eng-racing", "Oliver", "Neill", "Mr", "Team Principal of the Racing Team"),
             ("hyperloop", None, "Members of the Hyperloop Society", None, "Members of the Hyperloop Society")]

used = set()
wb = workbook()
wb.remove(wb.active)
for dept, roles in DEPTS.items():
    ws = wb.create_sheet(dept)
    ws.append(["Email", "Forename", "Surname", "Title", "Role"])
    for k, role in enumerate(roles):
        while True:
            first, last = f.pick(FIRST), f.pick(LAST)
            if (first, last) not in used:
                used.add((first, last))
                break
        style = f.r.random()
        local = f"{first}.{last}" if style < 0.5 else f"{first.lower()}.{last.lower()}" if style < 0.9 else \
            f"{first}.{f.pick('ABCDJ')}.{last}"
        domain = DOMAIN
        surname = last
        if dept == "Buisness" and k == 6:
            domain = "uni.ca.test"                           # domain mistyped
        if dept == "Buisness" and k == 10:
            surname = last[:-2] + last[-1] + last[-2]        # surname mistyped against the address
        email = f"{local}@{domain}"
        if dept == "Computing":
            email = " " + email                              # pasted with a leading space
        if dept == "Physics" and k == 3:
            first, surname, email = "Val", "O’Shea", f"Val.O'Shea@{DOMAIN}"
        ws.append([email, first, surname, f.pick(TITLES), role])
ws = wb.create_sheet("Societies")
ws.append(["Email", "Forename", "Surname", "Title", "Role"])
for local, first, last, title, role in SOCIETIES:
    ws.append([f.email(local) if "." not in local and "-" not in local and f.chance(0.5) else f"{local}@{DOMAIN}",
               first, last, title, role])
for w in wb.worksheets:
    w.column_dimensions["A"].width = 34
    w.column_dimensions["E"].width = 44

save(wb, "contacts-en-gb-courseheads.ods", libreoffice="ods")
