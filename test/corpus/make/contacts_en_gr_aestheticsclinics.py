"""
Shape of devtayyab/medical-aesthetics-backend "all-contacts.csv" (at commit 9f92047): a Greek chain of
aesthetic-medicine and dental clinics (Athens and Piraeus branches) exporting all its HubSpot
contacts for a new booking system. UTF-8 without BOM, LF, every field quoted, 23 columns: Record ID,
First Name, Last Name, Lead Status, Create Date, First Conversion Date, Phone Number, Email, Last
Activity Date, "Facebook Ad Name- <staff first name>" (the treatment ad the person answered,
here renamed "…- Nefeli"), Contact owner, Last Contacted, Status, "Ιατρείο" (the clinic or
clinics, "; "-joined), Close Date, Campaign of last booking in meetings tool, Last Engagement
Date, Owner assigned date, Recent Conversion Date, Date entered "Lead (Lifecycle Stage Pipeline)",
Date of first engagement, Lifecycle Stage, Time enrolled in registration follow up emails.

- About 27,000 contacts in the source, newest first, from Facebook lead ads since 2020: the
  recent ones all 'Lead', the old 2020 ones with small record ids, some 'Customer' (with a Close
  Date) or 'Opportunity'. Lead Status is the call centre's Greek outcome: Ενεργός Πελάτης (active
  client), Νέο Lead, Ξ/Τ, Δ.Α, ΔΑΣΣ, Κλεισμένο Ραντεβού (appointment booked), Δεν Ενδιαφερεται-
  Το Κλεινει (not interested), Θα το σκεφτεί, Επαρχία (lives outside Athens), Άλλο, Άλλη Ανάγκη,
  Μελλοντική Επικοινωνία, Κακός Υποψήφιος Πελάτης.
- Names as typed in the ad form: Greek or Latin letters, lower case, capitals, surname and given
  name swapped, a given name in brackets, an Instagram-style handle, the e-mail address as first
  name, only a surname (walk-in clients typed by staff, no e-mail), once a question ("ποσο" /
  "κοστιζει παρακαλω ????" = how much / does it cost please).
- Phones " +30 69…" with a leading space (most), 10 bare digits, a landline, a few foreign
  numbers; two different people on one phone number. Contact owner is a staff member or the
  clinic brand itself. Treatments and clinics "; "-joined when a person came back for another.

The file reproduces the columns and 262 contacts (the newest days, a stretch of 2024 and the
oldest 2020 records). Values invented: people, staff, clinic branch names, e-mails (domains
under .test), phones in an invented +30 6900 00xx block, ids.
"""
import csv
import datetime
import io
import os

from fake import FILES, Fake

f = Fake("contacts-en-gr-aestheticsclinics")

HEADERS = ["Record ID", "First Name", "Last Name", "Lead Status", "Create Date", "First Conversion Date", "Phone Number",
           "Email", "Last Activity Date", "Facebook Ad Name- Nefeli", "Contact owner", "Last Contacted", "Status",
           "Ιατρείο", "Close Date", "Campaign of last booking in meetings tool", "Last Engagement Date",
           "Owner assigned date", "Recent Conversion Date", 'Date entered "Lead (Lifecycle Stage Pipeline)"',
           "Date of first engagement", "Lifecycle Stage", "Time enrolled in registration follow up emails"]
C = {h: i for i, h in enumerate(HEADERS)}

FEMALE = [("Μαρία", "Maria"), ("Ελένη", "Eleni"), ("Κατερίνα", "Katerina"), ("Σοφία", "Sofia"), ("Άννα", "Anna"),
          ("Ιωάννα", "Ioanna"), ("Βασιλική", "Vasiliki"), ("Χριστίνα", "Christina"), ("Αγγελική", "Aggeliki"),
          ("Ευαγγελία", "Evaggelia"), ("Παναγιώτα", "Panagiota"), ("Κωνσταντίνα", "Konstantina"),
          ("Αλεξάνδρα", "Alexandra"), ("Δέσποινα", "Despoina"), ("Ειρήνη", "Eirini"), ("Αθηνά", "Athina"),
          ("Φωτεινή", "Foteini"), ("Θεοδώρα", "Theodora"), ("Γεωργία", "Georgia"), ("Δήμητρα", "Dimitra"),
          ("Νίκη", "Niki"), ("Στέλλα", "Stella"), ("Ζωή", "Zoi"), ("Έφη", "Efi"), ("Βάσω", "Vaso")]
MALE = [("Γιώργος", "Giorgos"), ("Δημήτρης", "Dimitris"), ("Νίκος", "Nikos"), ("Γιάννης", "Giannis"),
        ("Κώστας", "Kostas"), ("Σταύρος", "Stavros"), ("Παναγιώτης", "Panagiotis"), ("Αλέξανδρος", "Alexandros"),
        ("Βασίλης", "Vasilis"), ("Χρήστος", "Christos"), ("Θανάσης", "Thanasis"), ("Μάριος", "Marios")]
SURNAMES = [("Παπαδοπούλου", "Παπαδόπουλος", "Papadopoulou", "Papadopoulos"),
            ("Νικολάου", "Νικολάου", "Nikolaou", "Nikolaou"), ("Γεωργίου", "Γεωργίου", "Georgiou", "Georgiou"),
            ("Οικονόμου", "Οικονόμου", "Oikonomou", "Oikonomou"), ("Καραγιάννη", "Καραγιάννης", "Karagianni", "Karagiannis"),
            ("Βασιλείου", "Βασιλείου", "Vasileiou", "Vasileiou"), ("Αθανασίου", "Αθανασίου", "Athanasiou", "Athanasiou"),
            ("Μαυρίδου", "Μαυρίδης", "Mavridou", "Mavridis"), ("Κωνσταντινίδου", "Κωνσταντινίδης", "Konstantinidou", "Konstantinidis"),
            ("Ιωαννίδου", "Ιωαννίδης", "Ioannidou", "Ioannidis"), ("Πετροπούλου", "Πετρόπουλος", "Petropoulou", "Petropoulos"),
            ("Σταματοπούλου", "Σταματόπουλος", "Stamatopoulou", "Stamatopoulos"), ("Λαμπράκη", "Λαμπράκης", "Lampraki", "Lamprakis"),
            ("Τσολάκη", "Τσολάκης", "Tsolaki", "Tsolakis"), ("Ζαχαρίου", "Ζαχαρίου", "Zachariou", "Zachariou"),
            ("Μιχαηλίδου", "Μιχαηλίδης", "Michailidou", "Michailidis"), ("Ραφαηλίδου", "Ραφαηλίδης", "Rafailidou", "Rafailidis"),
            ("Κουτσούρη", "Κουτσούρης", "Koutsouri", "Koutsouris"), ("Δρακοπούλου", "Δρακόπουλος", "Drakopoulou", "Drakopoulos"),
            ("Φραγκιαδάκη", "Φραγκιαδάκης", "Fragkiadaki", "Fragkiadakis"), ("Σαρρή", "Σαρρής", "Sarri", "Sarris"),
            ("Μπαλτά", "Μπαλτάς", "Balta", "Baltas"), ("Χατζηγεωργίου", "Χατζηγεωργίου", "Chatzigeorgiou", "Chatzigeorgiou")]
FOREIGN = [("Ardita", "Hoxha"), ("Olena", "Kovalenko"), ("Irina", "Popescu"), ("Sahid", "Rahman"), ("Galina", "Petrova")]

BRAND = "Skin & Smile Clinics"
OWNERS_NEW = ["Dora Kalafati", "Eleni Vrettou", "Κάτια Λαμπροπούλου", BRAND]
OWNERS_OLD = ["Eleni Vrettou", "Κάτια Λαμπροπούλου", BRAND]
TREAT_NOW = [("Λέυκανση δοντιών", "Dermalux-Πειραιάς")] * 8 + [("Οδοντιατρικά Εμφυτέυματα", "Dermalux-Πειραιάς")] * 6 + [
    ("1η Αποτριχωση Πόδια Μπικινι ΜασχαλεB", "Νέα Ιωνία- Σταθάκης"), ("1η Αποτριχωση Πόδια Μπικινι ΜασχαλεB", "Νέα Σμύρνη- Σταθάκης"),
    ("1η Αποτριχωση Πόδια Μπικινι ΜασχαλεB", "Dermalux-Πειραιάς"), ("1η Αποτριχωση Πόδια Μπικινι ΜασχαλεB", "Dr Πέτρος Ζαφειρίου-Κολωνάκι"),
    ("1η Αποτριχωση Πόδια Μπικινι ΜασχαλεB", ""), ("Βολουμα", "Ρήγας -Αμπελόκηποι"), ("Πανάδες", "Ρήγας -Αμπελόκηποι"),
    ("Ξηρότητα", "Γυναικολογικό"), ("Ξηρότητα", "Γυναικολογικό"), ("", "Dermalux-Πειραιάς")]
TREAT_2024 = [("botox", "Ρήγας -Αμπελόκηποι"), ("BabyBotox", "Καλλέργη"), ("Lemon Bottle", ""), ("Lemon Bottle", "Καλλέργη"),
              ("Πανάδες", "Ρήγας -Αμπελόκηποι"), ("Ευρυαγγειες", "Ρήγας -Αμπελόκηποι"), ("Αποτρίχωση City", "City Laser Lab"),
              ("Lumiere laser", "City Laser Lab; Lumiere Beauty")]
TREAT_2020 = [("1η Αποτριχωση Πόδια Μπικινι ΜασχαλεB", "Νέα Ιωνία- Σταθάκης"), ("1η Αποτριχωση Πόδια Μπικινι ΜασχαλεB", ""),
              ("1η Μποτοξ ", "Νέα Σμύρνη- Σταθάκης"), ("1η Μποτοξ ", ""), ("Αποτρίχωση Πλάτη Αντρες 70", ""),
              ("Αποτριχωση Στηθος Κοιλια Αντρες 90", "Νέα Ιωνία- Σταθάκης"), ("2η Αποτριχωση Πόδια Μπικινι Μασχαλες ", "")]
STATUS_NOW = (["Νέο Lead"] * 30 + ["Ξ/Τ"] * 14 + ["Δεν Ενδιαφερεται- Το Κλεινει"] * 14 + ["Δ.Α"] * 8 + ["Επαρχία"] * 7 +
              ["Κλεισμένο Ραντεβού"] * 5 + ["Ενεργός Πελάτης"] * 5 + ["Άλλο"] * 4 + ["ΔΑΣΣ"] * 2)
STATUS_2024 = (["Δεν Ενδιαφερεται- Το Κλεινει"] * 8 + ["Ενεργός Πελάτης"] * 8 + ["Δ.Α"] * 3 + ["Επαρχία"] * 3 +
               ["Θα το σκεφτεί"] * 3 + ["Άλλο"] * 3 + ["Άλλη Ανάγκη"] * 2 + ["Κλεισμένο Ραντεβού"] * 2 + ["ΔΑΣΣ"])
STATUS_2020 = (["Δεν Ενδιαφερεται- Το Κλεινει"] * 12 + ["Ενεργός Πελάτης"] * 7 + ["Κακός Υποψήφιος Πελάτης"] * 3 +
               ["Μελλοντική Επικοινωνία"] * 2 + ["Ξ/Τ", "ΔΑΣΣ", "Επαρχία", "Άλλο"])
MAILDOMS = ["gmail.test"] * 12 + ["yahoo.test", "yahoo.gr.test", "hotmail.test", "hotmail.gr.test", "icloud.test",
                                  "outlook.test", "windowslive.test"]


def stamp(t):
    return t.strftime("%Y-%m-%d %H:%M") if t else ""


def phone():
    n = f._unique(lambda: f"69000{f.r.randrange(100000):05d}")
    x = f.r.random()
    if x < 0.9:
        return " +30" + n
    return n


def person():
    female = f.chance(0.74)
    if f.chance(0.04):
        first, last = f.pick(FOREIGN)
        return first, last, first, last
    g, gl = f.pick(FEMALE if female else MALE)
    s = f.pick(SURNAMES)
    sg, sl = (s[0], s[2]) if female else (s[1], s[3])
    return g, sg, gl, sl


def typed(g, sg, gl, sl):
    """First / last name as a person types them into a lead form."""
    x = f.r.random()
    if x < 0.40:
        return g, sg
    if x < 0.68:
        return gl, sl
    if x < 0.74:
        return g.lower(), sg.lower()
    if x < 0.77:
        return gl.lower(), sl.lower()
    if x < 0.80:
        return g, sg.upper()
    if x < 0.84:
        return sg, g                      # surname typed first
    if x < 0.87:
        return g, ""                      # given name only
    if x < 0.89:
        return f"{g} ({f.pick(FEMALE)[0]})", sg
    if x < 0.91:
        return f"{gl.lower()}_{sl.lower()[:4]}", ""
    if x < 0.93:
        return gl, f"{f.pick(MALE)[1]} {sl}"
    return g, sg


def mail_for(gl, sl):
    base = f.pick([f"{gl}{sl}", f"{gl}.{sl}", f"{sl}{gl[0]}", f"{gl}{f.r.randrange(70, 99)}", f"{sl}{f.r.randrange(1960, 2004)}",
                   f"{gl[0]}.{sl}", f"{gl}_{sl[:5]}"]).lower()
    return f"{base}@{f.pick(MAILDOMS)}"


def row(rid, t, first, last, status, ph, mail, ad, clinic, owner, stage="Lead", old=False, manual=False):
    r = [""] * len(HEADERS)
    r[C["Record ID"]] = rid
    r[C["First Name"]] = first
    r[C["Last Name"]] = last
    r[C["Lead Status"]] = status
    r[C["Create Date"]] = stamp(t)
    if not manual:
        r[C["First Conversion Date"]] = stamp(t)
        r[C["Recent Conversion Date"]] = stamp(t + datetime.timedelta(minutes=f.r.randrange(0, 2)))
    r[C["Phone Number"]] = ph
    r[C["Email"]] = mail
    if status not in ("Νέο Lead", "Ξ/Τ") or f.chance(0.2):
        act = t + datetime.timedelta(days=f.r.randrange(0, 5))
        r[C["Last Activity Date"]] = act.strftime("%Y-%m-%d ") + f.pick(["08:00", "08:00", "10:00", "12:45", "14:30", "16:00", "23:45"])
        r[C["Date of first engagement"]] = stamp(act + datetime.timedelta(hours=f.r.randrange(2, 8)))
    r[C["Facebook Ad Name- Nefeli"]] = ad
    r[C["Contact owner"]] = owner
    r[C["Ιατρείο"]] = clinic
    r[C["Owner assigned date"]] = stamp(t + datetime.timedelta(minutes=f.r.randrange(1, 600)))
    r[C['Date entered "Lead (Lifecycle Stage Pipeline)"']] = stamp(t if not old else datetime.datetime(2020, 11, 26, 20, 26))
    r[C["Lifecycle Stage"]] = stage
    if old and stage == "Customer":
        r[C["Close Date"]] = stamp(datetime.datetime(2020, 11, 27, f.r.randrange(9, 19), f.r.randrange(60)))
    return r


rows = []
# --- the newest days (August 2026) -------------------------------------------------------------
t = datetime.datetime(2026, 8, 7, 11, 48)
rid = 240439581297
CHECKED = {
    2: ("Σταυρούλα", "Καλαματιανού", "Νέο Lead", " +306900000412", "s.kalamatianou@gmail.test", "Λέυκανση δοντιών", "Dermalux-Πειραιάς", "Dora Kalafati"),
    9: ("Thodoris", "Vlachakis", "Κλεισμένο Ραντεβού", " +306900000533", "thvlachakis@hotmail.test", "Οδοντιατρικά Εμφυτέυματα", "Dermalux-Πειραιάς", "Eleni Vrettou"),
    23: ("Παπαδογιάννη", "Ρένα", "Ξ/Τ", " +306900000654", "renapapad80@yahoo.gr.test", "Βολουμα", "Dr Πέτρος Ζαφειρίου-Κολωνάκι", "Eleni Vrettou"),
    40: ("", "ΒΟΥΛΓΑΡΑΚΗ", "Ενεργός Πελάτης", " +306900000775", "", "", "Νέα Ιωνία- Σταθάκης", "Κάτια Λαμπροπούλου"),
    61: ("ποσο", "κοστιζει παρακαλω ????", "Επαρχία", " +306900000896", "nektaria.ch@gmail.test", "Lemon Bottle", "", "Eleni Vrettou"),
    77: ("ioulia.m@gmail.test", "", "Ξ/Τ", " +306900000917", "ioulia.m@gmail.test", "Οδοντιατρικά Εμφυτέυματα", "Dermalux-Πειραιάς", "Κάτια Λαμπροπούλου"),
}
for v in CHECKED.values():
    f._used.add(v[3].strip().replace("+30", ""))
shared_phone = None
for i in range(200):
    t -= datetime.timedelta(minutes=f.r.randrange(5, 70))
    rid -= f.r.randrange(1500, 60000)
    if i in CHECKED:
        first, last, status, ph, mail, ad, clinic, owner = CHECKED[i]
        rows.append(row(str(rid), t, first, last, status, ph, mail, ad, clinic, owner, manual=not mail))
        continue
    g, sg, gl, sl = person()
    first, last = typed(g, sg, gl, sl)
    status = f.pick(STATUS_NOW)
    ad, clinic = f.pick(TREAT_NOW)
    manual = status == "Ενεργός Πελάτης" and f.chance(0.5)
    owner = BRAND if manual else f.pick(OWNERS_NEW[:3])
    mail = "" if manual or f.chance(0.04) else mail_for(gl, sl)
    ph = phone()
    if i == 120:
        shared_phone = ph
    if i == 123:
        ph = shared_phone          # another person giving the same number
    if i == 150:
        ph = " +30210000" + f"{f.r.randrange(10000):04d}"   # a landline
    if i == 170:
        ph = " +121255501" + f"{f.r.randrange(100):02d}"
    if first == "" and last == "":
        first = gl
    if i == 88:
        first = mail = mail_for(gl, sl)    # the e-mail typed as the name
    rows.append(row(str(rid), t, first, last, status, ph, mail, ad, clinic, owner, manual=manual))

# --- a stretch of September 2024 ---------------------------------------------------------------
t = datetime.datetime(2024, 9, 21, 4, 59)
rid = 60384924749
for i in range(32):
    t -= datetime.timedelta(minutes=f.r.randrange(20, 160))
    rid -= f.r.randrange(2000, 80000)
    g, sg, gl, sl = person()
    first, last = typed(g, sg, gl, sl)
    status = f.pick(STATUS_2024)
    ad, clinic = f.pick(TREAT_2024)
    if f.chance(0.2):
        ad2, clinic2 = f.pick(TREAT_2024 + TREAT_NOW[:3])
        ad = f"{ad}; {ad2}" if ad2 and ad2 != ad else ad
        clinic = "; ".join(x for x in (clinic, clinic2) if x) if clinic2 != clinic else clinic
    manual = status == "Ενεργός Πελάτης" and f.chance(0.25)
    mail = "" if manual else mail_for(gl, sl)
    r = row(str(rid), t, first if not manual else "", last if not manual else sl.upper(), status, phone(), mail, ad, clinic,
            f.pick(OWNERS_OLD[:2]), manual=manual)
    if f.chance(0.3):
        later = t + datetime.timedelta(days=f.r.randrange(30, 600))
        r[C["Last Engagement Date"]] = stamp(later)
        r[C["Recent Conversion Date"]] = stamp(later)
    rows.append(r)

# --- the oldest records (autumn 2020, imported with small ids) ---------------------------------
t = datetime.datetime(2020, 10, 13, 21, 24)
for i in range(30):
    t -= datetime.timedelta(minutes=f.r.randrange(60, 2400))
    g, sg, gl, sl = person()
    first, last = typed(g, sg, gl, sl)
    status = f.pick(STATUS_2020)
    ad, clinic = f.pick(TREAT_2020)
    stage = "Customer" if status == "Ενεργός Πελάτης" or (clinic and f.chance(0.4)) else f.pick(["Lead"] * 5 + ["Opportunity"])
    r = row(str(f._unique(lambda: f.r.randrange(600, 5400))), t, first, last, status, phone(),
            mail_for(gl, sl) if f.chance(0.95) else "", ad, clinic, f.pick(OWNERS_OLD), stage=stage, old=True)
    r[C["Owner assigned date"]] = stamp(datetime.datetime(2021, 3, f.pick([2, 8]), 13, 46))
    rows.append(r)

buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n")
w.writerow(HEADERS)
w.writerows(rows)
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "contacts-en-gr-aestheticsclinics.csv"), "w", encoding="utf-8", newline="") as out:
    out.write(buf.getvalue())
