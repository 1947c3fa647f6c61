"""
Shape of Aaron071982/riseandshine-scheduling "Clients - Sheet1.csv": a New York ABA-therapy
provider's intake list of children, kept in Google Sheets and downloaded as CSV (UTF-8, CRLF, no
newline after the last row).

- Header Clients / Status / Numbers / Age / Location / CIN number / Insurance / Next steps / Notes.
  One row per child: the child's name (one with a stray leading dot, one with FNU for a missing
  first name, middle initials, one in capitals); Status is free text about the documents
  ("Socio psycho eva: Psy Eval: Yes. DSM-5: No. …") or "Reach Out too"; Numbers holds the parent's
  phone, often with the parent's name, "(MOM)", "Email: …" run on, once on a new line, once the
  number twice; Age is the birth date with an arrow and the age ("01/13/2021 → 4"), once a date
  typed wrong with a remark; Location a Brooklyn / Long Island / Staten Island address or empty
  (two siblings share one); CIN number the Medicaid client id; Insurance the health plan (Antherm,
  Fidelis, Medicaid, Health First), once with a long multi-line note; Next steps and Notes free
  text. Three empty rows after the first two children, and one row holding only the plan.
Values invented (the children, parents, phones, addresses and ids are made up).
"""
import os

from fake import FILES, Fake

f = Fake("clients-en-us-abaintake")

STATUS_DOCS = ["Socio psycho eva: Psy Eval: Yes. DSM-5: {a} Prescription : {b} Insurance card: {c} IEP from school :{d}"]


def docs():
    yn = lambda: f.pick(["yes", "Yes", "No", "no", ""])
    return STATUS_DOCS[0].format(a=f.pick(["Yes.", "No.", "yes"]), b=f.pick(["No", "yes", "No"]),
                                 c=f.pick(["", "yes"]), d=f.pick(["", "no", " yes", "yes"]))


def ph(area):
    return f"{area}-555-01{f.r.randrange(100):02d}"


def mail(name):
    return f.email(name.split()[0].lower() + str(f.r.randrange(10, 99)))


# name, status, numbers, dob (m/d/y or raw), age, location, cin, insurance, next steps, notes
R = []
R.append(["Dawood Rahman", "Reach Out too", f"{ph('620').replace('-', '')} - phone number", "", "", "", "",
          "send text no contact with mother", "1"])
R.append([".Gloria Ortega", "Reach Out too", f"{ph('646').replace('-', '')} - phone number", "", "", "", "",
          "send text message.", ""])
R += [[""] * 9] * 3
R.append(["Sami H Qureshi", "", ph("732"), ("01/01/2017", 8), "", "WE31842K", "Antherm", "no contact with mother", ""])
R.append(["Lina Awad", "Psy Eval: Yes", ph("347"), ("03/05/2022", 3), "41 BAY 22ND ST 3 Brooklyn, NY 11214", "VW53107T",
          "Antherm", "Spoke to mom she will send document.spoke about Nadia", ""])
R.append(["Ayaan Malik", "psycho edu: yes Psy Eval: Yes. DSM-5: No. Prescription : No Insurance card: IEP from school : yes",
          ph("718"), ("10/24/2020", 5), "2914 West 12 St, Apt 4C, Brooklyn NY 11224", "WW20917M", "Antherm",
          "parent doesnot want ABA because their kid has speech delay not autism.", ""])
R.append(["Mahir B Alkadi", "", ph("929"), ("08/14/2020", 5), "", "WW73358C", "Antherm", "", ""])
R.append(["", "", "", "", "", "", "Antherm", "", ""])
R.append(["Mustafa Naqvi", "Evaluations in process or already completed", f"Shazia Naqvi (MOM)\n{ph('917').replace('-', '')}",
          ("11/07/2017", 8), "512 AVE X apt 3F, Brooklyn NY 11235", "ZA60415D", "Antherm",
          "Spoke to MOM Shazia Naqvi She will send document till Monday and we will start working on Initial assessmenet 11/28/25",
          "Find BT for this client , Mom requested female therapist/ 3pm-8 pm"])
R.append(["Musa Karim", docs(), f"{ph('917')} Sadia karim", ("01/13/2021", 4), "2731 OCEAN AVE 5B Brooklyn, NY 11229",
          "WK41296P", "Fidelis", "Mom sent ID card And previous record . will check about the psychological evaluation from ms Sana.",
          "Find BT"])
R.append(["Saad Muhamamd Chaudhry", docs(), f"{ph('347')} Waleed", ("03/19/2017", 8), "3807 AVENUE R Brooklyn, NY 11234",
          "ZA18873F", "Medicaid", "Dad sent medicaid card and psychological evaluation, Starting assessment soon.",
          "Stat finding Therapist"])
R.append(["FNU Ahsan", "Psy Eval: NO DSM-5: No. insurance card:", ph("516"), ("02/22/2019", 6),
          "27 Birchwood LN, Hicksville, NY 11801", "HH52208R", "Fidelis",
          "Spoke to dad kamran shah ,he gave uncles tariq shahs no to contact. " + ph("646").replace("-", "") + ".",
          "Find therapist for long island. Ahsan And zain areon same location."])
R.append(["Zain A Shah", "Evaluations in process", None, ("07/28/2020", 5), "27 Birchwood LN, Hicksville, NY 11801",
          "HJ66120W", "Fidelis",
          "Spoke to uncles tariq shahs .Both kids are in Pakistan coming back on 9 december and will get evatuation.",
          "Find BT for long island Ahsan And zain areon same location."])
R.append(["Tasneem Ahmad Saleh", "Evaluations in process", ph("718"), ("01/21/2020", 5), "17 Brighton CT APT#B Brooklyn NY 11235",
          "XP70352E", "Fidelis", "spoke to dad , will provide document soon, Speak Arabic. spoke to dad in doctors office will send documents soon.", ""])
R.append(["Hamza Hasan", "psychological evaluation is today .12/4/2025", None, ("09/25/2020", 5),
          "118 Brighton 11th Street, Brooklyn, NY 11235", "WT83640B", "Fidelis", "spoke to mom she will send document when get", ""])
R.append(["Muhammad Ayan Memon", docs(), ph("347"), ("03/22/2015", 10), "52 Oakfield RD Valley Stream, NY 11580", "GE61874S",
          "Fidelis", "Request insurance then schedule initial assessment", "Therapist in long island"])
R.append(["Ammar Siddiqui", "Psychological on Dec 9", f"{ph('347')} Aneela", ("09/12/2022", 3), "1517 East 49th Street Brooklyn, NY 11234",
          "UR25903H", "Fidelis", "spoke to mom follow up once psychological evaluation is done.", ""])
R.append(["SAMIR Almansour", docs(), None, ("07/04/2018", 7), "2306 65TH ST APT C2, Brooklyn, NY 11204", "YR81426N",
          "Health First", "", ""])
R.append(["Ali Rehman", docs(), None, ("12/26/2018", 6), "207 Richmond Ave, Staten Island, NY 10314", "YN37015L", "Health First",
          "Parent will provide document as they will get . Mom told they have psychological evaluation on 12/2", ""])
R.append(["Fahad Rehman", docs(), None, ("12/17/2017", 7), "207 Richmond Ave, Staten Island, NY 10314", "XQ92648V", "Health First",
          "Parent will provide document as they will get . Mom told they have psychological evaluation on 12/2", ""])
R.append(["Muhammad Yusuf", "Mother sent the CPSE evaluation and insurance card. • Childhood Autism Rating Scales (CARS-2) is included in CPSE report.",
          None, ("11/11/2021", 4), "2208 Brown St FL 2, Brooklyn, NY 11229", "VV17452D",
          "Health First. Insurance requires requires that this report includes a test that is used to diagnose autism. some examples of these tests:\n"
          "• Autism diagnosis observation schedule (ADOS-2)\n• Autism Diagnostic Interview-Revised (ADI-R)\n"
          "• Childhood Autism Rating Scales (CARS-2)\n• Gilliam Autism Rating Scale (GARS)\nMCHAT", "", ""])
R.append(["Mahir Mustaqim", "Psychological evaluation is scheduled. " + docs(), None, ("01/26/2019", 6),
          "1408 Foster Ave #3L, Brooklyn NY 11230", "YD40581G", "Health First",
          "Spoke to dad does not have much information. Sana will follow up.", ""])
R.append(["Maryam Shaaban", "Socio psycho eva: Psy Eval: no PCP DSM-5: No. PCP Prescription : No Insurance card: IEP from school :",
          f"{ph('934')} Amal Shaaban (MOM)", ("12/13/2017", 7), "", "XP549130Q", "Health First",
          "spoke to mom , she speaks arabic , requested khadija ( Arabic interpreter)to call her to explain and request Documents.", ""])
R.append(["Rayyan Hussain", "Document available ne " + docs(), None, ("10/29/2020", 5), "10744 157TH ST, Jamaica, NY 114433",
          "XJ30297F", "Health First", "Spoke to mom she is sending documents.", "Find therapist in Jamica. Female preferable."])
R.append(["Muhammad Areeb", docs(), None, "09/03/202-4 Ask to finish date, got cut off", "8517 24th Ave, FL1, Brooklyn NY 11214",
          "VX26814C", "Health First", "spoke to mom she will send document . Rafay will follow up.", ""])

# Numbers written with the parent's name and e-mail run on, as the intake team typed them.
parents = {"Hamza Hasan": ("Sara", "929"), "SAMIR Almansour": ("Fatima Almansour", "347"),
           "Ali Rehman": ("Samina Rehman", "646"), "Fahad Rehman": None, "Muhammad Yusuf": ("Amna Bibi", "786"),
           "Mahir Mustaqim": ("Yahya, MD", "631"), "Rayyan Hussain": ("Tasnim Jahan", "631"),
           "Muhammad Areeb": ("Aneesa Tariq", "718"), "Zain A Shah": None}
shared = {}
for r in R:
    name = r[0]
    if name in parents and r[2] is None:
        p = parents[name]
        if name == "Zain A Shah":
            r[2] = R[[x[0] for x in R].index("FNU Ahsan")][7].split(". ")[-1].rstrip(".")
            r[2] = f"{r[2][:3]}-{r[2][3:6]}-{r[2][6:]}"
        elif name == "Fahad Rehman":
            r[2] = shared["Ali Rehman"]
        elif name == "Hamza Hasan":
            r[2] = f"{ph(p[1])}. {p[0]}. {mail(p[0])}"
        elif name == "SAMIR Almansour":
            r[2] = f"{ph(p[1])} DOB: {p[0]} (MOM)Email: {mail(p[0])}"
        elif name == "Ali Rehman":
            n = ph(p[1])
            r[2] = shared[name] = f"{n}. {n}: {p[0]} (MOM)Email: {mail(p[0])}"
        elif name == "Mahir Mustaqim":
            r[2] = f"{ph(p[1])} {p[0]} (DAD)Email: {mail('yahya')}"
        else:
            r[2] = f"{ph(p[1])}. {p[0]} (MOM)Email: {mail(p[0])}" if name != "Muhammad Areeb" else \
                f"{ph(p[1])} {p[0]} (MOM)Email: {mail(p[0])}"
    dob = r[3]
    if isinstance(dob, tuple):
        r[3] = f"{dob[0]} → {dob[1]}"


def cell(v):
    v = "" if v is None else str(v)
    if any(ch in v for ch in ',"\n'):
        return '"' + v.replace('"', '""') + '"'
    return v


HEADER = ["Clients", "Status", "Numbers", "Age", "Location", "CIN number", "Insurance", "Next steps", "Notes"]
text = "\r\n".join(",".join(cell(v) for v in row) for row in [HEADER] + R)
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "clients-en-us-abaintake.csv"), "w", encoding="utf-8", newline="") as out:
    out.write(text)
