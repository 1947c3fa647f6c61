"""
Shape of aagii8999-glitch/vertmonhub "all-contacts.csv" (at commit 9612da0): a Mongolian property
developer's HubSpot export of every contact with ALL properties, made while it sold flats in a new
residential project ("Elysium Residence", here an invented "Solongo Park Residence"). UTF-8
without BOM, LF, every field quoted, 294 columns in HubSpot's alphabetical property order (Record
ID, First Name, Last Name, Annual Revenue, Average Pageviews, … Create Date, … Email, … Phone
Number, … Website URL, WhatsApp Phone Number, Work email), one custom property with a Mongolian
label ("Сонирхож буй орон сууцны төрөл", the flat type wanted: "2 өрөө" / "3 өрөө" / "4 өрөө"),
then 44 "Associated …" columns and their 44 "Associated … IDs" ("Billing Contact" and "Billing
Contact IDs" twice each). Most columns are empty on every row.

- 1001 contacts in the source, newest first (Oct 2025 – Feb 2026), almost all from the project's
  Facebook lead forms ("Elysium анхлан харилцагч" = first-time enquirer, or the project's open-day
  fair form): Record ID, First Name only (Last Name empty), Email, Phone Number, flat type, create
  date repeated in a dozen date columns, IP location, traffic sources, Facebook click ids, form and
  marketing-e-mail counters written as "1.0", Lifecycle Stage "Lead" and Contact unworked "true"
  on every row. Contact owner and Lead Status are empty.
- First Name as typed in the form: Cyrillic or Latin given names, lower case, all caps, an
  initial and a name ("Б.Гэрэлтуяа", "Г. Алтанхүү"), an initial alone ("Б." five times, different
  people), two names, a nickname or user name, once the e-mail address itself.
- Phones: " +976" and 8 digits with a leading space (most), 8 digits bare, a few with a digit too
  many or too few, four empty. The same person often enquired twice (same phone, another e-mail,
  the name once in Latin and once in Cyrillic letters).
- An "Associated Company" on 26 rows: the lead's employer (a bank, a university, the developer's
  own group), or junk (a number, an e-mail domain, "iCloud").
- Near the end one staff test row, First Name "НЭР test" ("NAME test") with a developer's own
  e-mail; the last two rows are HubSpot's built-in sample contacts ("… (Sample Contact)", company
  HubSpot, job title, city, sample e-mail / meeting / call / task associations).

The file keeps all 294 columns and reproduces 240 of the leads plus the test row and the two sample
contacts. Values invented: names, e-mails (domains under .test), phones in an invented +976 5000
block, ids, click ids and links.
"""
import csv
import datetime
import io
import os
import string

from fake import FILES, Fake

f = Fake("leads-en-mn-hubspotresidence")

# HubSpot's property labels, in the export's order (column A … KH).
HEADERS = [
    "Record ID", "First Name", "Last Name", "Annual Revenue", "Average Pageviews", "Buying Role",
    "Campaign of last booking in meetings tool", "Chat Assistant IQL Date", "Chat Assistant Source",
    "Chat Assistant:Summary", "City", "Close Date", "Company Name", "Company size", "Contact owner", "Contact unworked",
    "Country/Region", "Country/Region Code", "Create Date", "Created by user ID", "Currently in Sequence",
    'Date entered "Customer (Lifecycle Stage Pipeline)"', 'Date entered "Evangelist (Lifecycle Stage Pipeline)"',
    'Date entered "Lead (Lifecycle Stage Pipeline)"', 'Date entered "Marketing Qualified Lead (Lifecycle Stage Pipeline)"',
    'Date entered "Opportunity (Lifecycle Stage Pipeline)"', 'Date entered "Other (Lifecycle Stage Pipeline)"',
    'Date entered "Sales Qualified Lead (Lifecycle Stage Pipeline)"', 'Date entered "Subscriber (Lifecycle Stage Pipeline)"',
    'Date exited "Customer (Lifecycle Stage Pipeline)"', 'Date exited "Evangelist (Lifecycle Stage Pipeline)"',
    'Date exited "Lead (Lifecycle Stage Pipeline)"', 'Date exited "Marketing Qualified Lead (Lifecycle Stage Pipeline)"',
    'Date exited "Opportunity (Lifecycle Stage Pipeline)"', 'Date exited "Other (Lifecycle Stage Pipeline)"',
    'Date exited "Sales Qualified Lead (Lifecycle Stage Pipeline)"', 'Date exited "Subscriber (Lifecycle Stage Pipeline)"',
    "Date of birth", "Date of first engagement", "Date of last meeting booked in meetings tool", "Days To Close", "Degree",
    "Description of first engagement", "Domain to which registration email was sent", "Email",
    "Email address automated quarantine reason", "Email address quarantine reason", "Email Address Quarantined",
    "Email Confirmed", "Email Domain", "Email hard bounce reason", "Email type", "Employment Role",
    "Employment Seniority", "Employment Sub Role", "Enriched Email Bounce Detected (Deprecated)", "Enrichment opt out",
    "Enrichment opt out timestamp", "Event Revenue", "Facebook click id", "Favorite Content Topics", "Fax Number",
    "Field of study", "First Closed Order ID", "First Conversion", "First Conversion Date", "First Deal Created Date",
    "First marketing email click date", "First marketing email open date", "First marketing email reply date",
    "First marketing email send date", "First Order Closed Date", "First Page Seen", "First Referring Site",
    "First Touch Converting Campaign", "Gender", "Google ad click id", "Graduation date", "Has been enriched",
    "HubSpot Score", "HubSpot Team", "ID of first engagement", "Industry", "Inferred Language Codes",
    "Intent Signals active", "Invalid email address", "IP City", "IP Country", "IP Country Code",
    "IP State Code/Region Code", "IP State/Region", "IP Timezone", "Job function", "Job Title", "Last Activity Date",
    "Last Contacted", "Last Engagement Date", "Last marketing email click date", "Last marketing email name",
    "Last marketing email open date", "Last marketing email reply date", "Last marketing email send date",
    "Last Modified Date", "Last Page Seen", "Last Referring Site", "Last sequence ended date", "Last sequence enrolled",
    "Last sequence enrolled date", "Last Touch Converting Campaign", "Latest Disqualified Lead Date",
    "Latest Open Lead Date", "Latest Qualified Lead Date", "Latest Traffic Source", "Latest Traffic Source Date",
    "Latest Traffic Source Drill-Down 1", "Latest Traffic Source Drill-Down 2", "Lead response time (HH:mm:ss)",
    "Lead Status", "Legal basis for processing contact's data", "Lifecycle Stage", "LinkedIn click id", "LinkedIn URL",
    "Marital Status", "Marketing email confirmation status", "Marketing emails bounced", "Marketing emails clicked",
    "Marketing emails delivered", "Marketing emails opened", "Marketing emails replied",
    "Medium of last booking in meetings tool", "Member email", "Member has accessed private content",
    "Membership last private content access date", "Membership Notes", "Merged Contact IDs", "Message",
    "Military status", "Mobile Phone Number", "Next Activity Date", "Number of Associated Deals",
    "Number of Employees", "Number of event completions", "Number of Form Submissions", "Number of Pageviews",
    "Number of Sales Activities", "Number of sequences enrolled", "Number of Sessions", "Number of times contacted",
    "Number of Unique Forms Submitted", "Opted out of email: Marketing Information", "Opted out of email: One to One",
    "Original Traffic Source", "Original Traffic Source Drill-Down 1", "Original Traffic Source Drill-Down 2",
    "Owner assigned date", "Persona", "Phone Number", "Postal Code", "Preferred channels", "Preferred language",
    "Prospecting Agent Last Enrolled", "Prospecting Agent Total Enrolled Count", "Quarantined Emails",
    "Recent Closed Order Date", "Recent Conversion", "Recent Conversion Date", "Recent Deal Amount",
    "Recent Deal Close Date", "Recent Sales Email Clicked Date", "Recent Sales Email Opened Date",
    "Recent Sales Email Replied Date", "Record source", "Record source detail 1", "Record source detail 2",
    "Record source detail 3", "Registered At", "Registered member", "Registration Method", "Relationship Status",
    "Salutation", "School", "Sends Since Last Engagement", "Seniority", "showroom_date",
    "Source of last booking in meetings tool", "Start date", "State/Region", "State/Region Code", "Status",
    "Street Address", "Time enrolled in registration follow up emails", "Time First Seen", "Time Last Seen",
    "Time of First Session", "Time of Last Session", "Time registration email was sent", "Time Zone", "Total Revenue",
    "Twitter Username", "Type of first engagement", "Unsubscribed from all email", "Updated by user ID",
    "Website URL", "WhatsApp Phone Number", "Work email", "Сонирхож буй орон сууцны төрөл",
]
ASSOC = ["Data Privacy Request", "Customer success alert", "Postal Mail", "Form submission", "Social profile", "Email",
         "Meeting", "Partner Client", "SMS message", "Company (Primary)", "Payment Link", "Data Privacy Consent",
         "Payment", "Topic mention", "Campaign", "File", None, "Communication", "Deal", "Contact create attribution",
         "LEAD", "Invoice", "Abandoned Cart", "Company", "Conversation session", "Survey response",
         "Sequence enrollment", "Subscription", "Lead", "Conversation", "Note", "Cart", "BILLING", "SIGNER",
         "Revenue attribution", "Order", "BILLING", "Ticket", "Deal create attribution", "Call", "Sales Activity",
         "Task", "Contact", "Quote"]


def assoc_label(a, ids):
    special = {None: "Links to Sales Task that is based on the Contact (hidden)", "LEAD": "Lead with Primary Contact",
               "BILLING": "Billing Contact", "SIGNER": "Contact Signer"}
    base = special.get(a, f"Associated {a}")
    if not ids:
        return base
    if a == "Company (Primary)":
        return "Associated Company IDs (Primary)"
    return base + " IDs"


HEADERS += [assoc_label(a, False) for a in ASSOC] + [assoc_label(a, True) for a in ASSOC]
assert len(HEADERS) == 294, len(HEADERS)
COL = {}
for i, h in enumerate(HEADERS):
    COL.setdefault(h, i)

FORM_FIRST = "Solongo анхлан харилцагч"
FORM_FAIR = "Solongo Park Residence төсөл танилцуулах өдөрлөг /Яармаг/"
CONV_FIRST = "Meeting | Solongo Park residence: " + FORM_FIRST
CONV_FAIR = "Event| Solongo Park residence: " + FORM_FAIR
LINK = "https://lnk.solongopark.test"
MAILS = ["[Campaign-Solongo 0124 Өдөрлөг] Full Data - Мэдээлэл",
         "[Campaign-Solongo нээлт] Бүртгүүлсэн хүмүүс - Reminder (Clone)",
         "[Campaign-Solongo нээлт] Бүртгүүлсэн хүмүүс - Reminder NOW",
         "[Campaign-Solongo нээлт] Бүртгүүлсэн - Урилга"]

GIVEN = [("Батбаяр", "Batbayar"), ("Энхжаргал", "Enkhjargal"), ("Сувдаа", "Suvdaa"), ("Номин", "Nomin"),
         ("Оюунгэрэл", "Oyungerel"), ("Дэлгэрмаа", "Delgermaa"), ("Мөнхцэцэг", "Munkhtsetseg"),
         ("Хонгорзул", "Khongorzul"), ("Алтанцэцэг", "Altantsetseg"), ("Ганбат", "Ganbat"), ("Нарантуяа", "Narantuya"),
         ("Золзаяа", "Zolzaya"), ("Тэмүүлэн", "Temuulen"), ("Саруул", "Saruul"), ("Уянга", "Uyanga"),
         ("Солонго", "Solongo"), ("Баярмаа", "Bayarmaa"), ("Ариунзаяа", "Ariunzaya"), ("Хулан", "Khulan"),
         ("Энхтуяа", "Enkhtuya"), ("Одгэрэл", "Odgerel"), ("Цэцэгмаа", "Tsetsegmaa"), ("Эрдэнэчимэг", "Erdenechimeg"),
         ("Мягмарсүрэн", "Myagmarsuren"), ("Төгөлдөр", "Tuguldur"), ("Отгонбаяр", "Otgonbayar"), ("Пүрэвдорж", "Purevdorj"),
         ("Анхбаяр", "Ankhbayar"), ("Бат-Эрдэнэ", "Bat-Erdene"), ("Сарангэрэл", "Sarangerel"), ("Гэрэлмаа", "Gerelmaa"),
         ("Мөнхбат", "Munkhbat"), ("Нандин-Эрдэнэ", "Nandin-Erdene"), ("Ундрах", "Undrakh"), ("Лхамсүрэн", "Lkhamsuren"),
         ("Дашзэвэг", "Dashzeveg"), ("Түвшинбаяр", "Tuvshinbayar"), ("Амгалан", "Amgalan"), ("Чимэгмаа", "Chimegmaa"),
         ("Ганзориг", "Ganzorig"), ("Билгүүн", "Bilguun"), ("Оюунчимэг", "Oyunchimeg"), ("Мишээл", "Misheel"),
         ("Энхсаран", "Enkhsaran"), ("Болормаа", "Bolormaa"), ("Жаргалсайхан", "Jargalsaikhan"), ("Ган-Очир", "Gan-Ochir"),
         ("Цолмон", "Tsolmon"), ("Даваажав", "Davaajav"), ("Ширнэн", "Shirnen"), ("Батчулуун", "Batchuluun")]
INITIALS = list("БГДНОТЦАПЭ")
INITIALS_LAT = list("BGDNOTTSAPE")
NICK = ["Tlg", "soko", "Miss D", "Suuye", "Tsogoo", "Zuzu", "oyuka", "Bobo", "Maraa", "Tuguldur88", "ganaa77",
        "Anu", "Khaliuka"]
COMPANIES = [("Tenger Build Group", "52697360778"), ("Golomt Trust Bank", "31130302678"), ("Khan Steppe University", "31317138133"),
             ("Orkhon Beverages LLC", "30911203117"), ("Nomadic Leasing", "30804477120"), ("RE/MAX Steppe", "30728823940"),
             ("Altan Us", "30655172009"), ("Bogd Telecom", "30521906615")]
DOMAINS = ["gmail.test"] * 79 + ["yahoo.test"] * 15 + ["icloud.test", "naver.test", "hotmail.test", "outlook.test",
                                                        "mail.test", "yhaoo.test", "icoud.test"]
FLATS = ["3 өрөө"] * 46 + ["2 өрөө"] * 41 + ["4 өрөө"] * 13
PLACES = [("ulaanbaatar", "mongolia", "mn", "1", "ulaanbaatar", "asia_slash_ulaanbaatar", "UTC +08:00 Asia Ulaanbaatar")] * 83 + [
    ("frankfurt am main", "germany", "de", "he", "hessen", "europe_slash_berlin", "UTC +02:00 Europe Berlin")] * 6 + [
    ("sydney", "australia", "au", "nsw", "new south wales", "australia_slash_sydney", "UTC +10:00 Australia Sydney"),
    ("seoul", "south korea", "kr", "11", "seoul", "asia_slash_seoul", "UTC +09:00 Asia Seoul"),
    ("san jose", "united states", "us", "ca", "california", "america_slash_los_angeles", "UTC -07:00 America Los Angeles"),
    ("", "mongolia", "mn", "1", "ulaanbaatar", "asia_slash_ulaanbaatar", "UTC +08:00 Asia Ulaanbaatar")] * 3


def stamp(t):
    return t.strftime("%Y-%m-%d %H:%M")


def click_id():
    head = f.pick(["IwZXh0bgNhZW0CMTEAc3J0YwZhcHBfaWQKNjYyODU2ODM3OQAB", "IwY2xjawQL2tZleHRuA2FlbQIxMQBzcnRjBmFwcF9pZAwz"])
    tail = "".join(f.pick(string.ascii_letters + string.digits + "-_") for _ in range(f.r.randrange(40, 70)))
    return head + tail + "_aem_" + "".join(f.pick(string.ascii_letters + string.digits) for _ in range(22))


def record_id(lo, hi):
    return str(f._unique(lambda: f.r.randrange(lo, hi)))


def phone_digits():
    return f._unique(lambda: "5000" + f"{f.r.randrange(10000):04d}")


def phone_text(digits):
    style = f.r.random()
    if style < 0.86:
        return " +976" + digits
    if style < 0.96:
        return digits
    if style < 0.98:
        return " +976" + digits + str(f.r.randrange(10))
    return " +976" + digits[:-1]


def mail_local(latin):
    base = latin.lower().replace("-", "").replace(" ", "")
    return f.pick([base, f"{base}{f.r.randrange(1, 99)}", f"{base}_{f.r.randrange(1960, 2005)}", f"{base}.{f.pick('bdtsgo')}",
                   f"{f.pick('bdtsgo')}.{base}", f"{base}{f.r.randrange(1000, 9999)}"])


def first_name(cyr, lat):
    x = f.r.random()
    if x < 0.38:
        return cyr
    if x < 0.72:
        return lat
    if x < 0.78:
        return lat.lower()
    if x < 0.82:
        return f"{f.pick(INITIALS)}.{cyr}"
    if x < 0.85:
        return f"{f.pick(INITIALS)}. {cyr}"
    if x < 0.87:
        return cyr.upper()
    if x < 0.89:
        return f"{f.pick(INITIALS_LAT)}.{lat}"
    if x < 0.92:
        other = f.pick(GIVEN)
        return f.pick([f"{other[1]} {lat}", f"{other[0]} {cyr}"])
    if x < 0.96:
        return f.pick(NICK)
    return f"{lat} {lat}" if f.chance(0.5) else f"{lat} {f.pick(['on', 'T', 'B'])}"


def lead_row(created, name, email, phone, flat, fair=False, company=None):
    row = [""] * 294

    def put(h, v):
        row[COL[h]] = v

    forms = [FORM_FAIR if fair else FORM_FIRST]
    extra = f.pick([0] * 7 + [1, 1, 2, 3])
    forms += [FORM_FIRST] * extra
    seen = created - datetime.timedelta(minutes=f.r.randrange(0, 3))
    place = f.pick(PLACES)
    # HubSpot ids grow with time: the newest lead has the largest id.
    base = 150_000_000_000 + int((created - datetime.datetime(2025, 9, 20)).total_seconds()) * 18_000
    put("Record ID", record_id(base, base + 2_000_000))
    put("First Name", name)
    put("Average Pageviews", f.pick(["1.0"] * 66 + ["0.0"] * 20 + ["2.0"] * 9 + ["3.0"] * 4 + ["5.0"]))
    put("Contact unworked", "true")
    put("Create Date", stamp(created))
    put('Date entered "Lead (Lifecycle Stage Pipeline)"', stamp(created))
    put("Email", email)
    put("Email Domain", email.split("@")[1])
    if f.chance(0.02):
        put("Email hard bounce reason", f.pick(["Unknown user", "Unknown user", "Mailbox full", "Spam", "Policy"]))
    put("Event Revenue", "0.0")
    social = f.chance(0.84)
    cid = click_id() if social else None
    if cid:
        put("Facebook click id", cid)
    conv = CONV_FAIR if fair else CONV_FIRST
    put("First Conversion", conv)
    put("First Conversion Date", stamp(created))
    page = f"{LINK}/{'event' if fair else f.pick(['initial', 'initial', 'open'])}" + (f"?fbclid={cid}" if cid and f.chance(0.8) else "")
    if f.chance(0.95):
        put("First Page Seen", page)
        put("Last Page Seen", page)
    if social:
        put("First Referring Site", f.pick(["http://m.facebook.com/"] * 8 + ["https://l.facebook.com/", "https://lm.facebook.com/"]))
        put("Last Referring Site", row[COL["First Referring Site"]])
    if place[0]:
        put("IP City", place[0])
    put("IP Country", place[1])
    put("IP Country Code", place[2])
    put("IP State Code/Region Code", place[3])
    put("IP State/Region", place[4])
    put("IP Timezone", place[5])
    put("Time Zone", place[6])
    if created < datetime.datetime(2026, 1, 19) and f.chance(0.9):
        delivered = f.pick(["1.0", "2.0", "2.0", "3.0", "4.0", "4.0"])
        put("First marketing email send date", f.pick(["2025-12-12 12:05"] * 6 + ["2025-12-12 12:03", "2026-01-23 12:02"]))
        put("Last marketing email send date", f.pick(["2026-01-19 09:53"] * 6 + ["2026-01-23 12:02", "2025-12-14 10:37"]))
        put("Last marketing email name", f.pick([MAILS[0]] * 7 + MAILS[1:]))
        put("Marketing emails delivered", delivered)
        put("Sends Since Last Engagement", f.pick(["0.0", "1.0", "2.0", delivered]))
        if f.chance(0.35):
            opened = stamp(datetime.datetime(2025, 12, 12, 12, 5) + datetime.timedelta(minutes=f.r.randrange(0, 60 * 24 * 40)))
            put("First marketing email open date", opened)
            put("Last marketing email open date", opened)
            put("Marketing emails opened", f.pick(["1.0", "1.0", "2.0", "3.0"]))
            if f.chance(0.12):
                put("First marketing email click date", opened)
                put("Last marketing email click date", opened)
                put("Marketing emails clicked", "1.0")
    put("Last Modified Date", stamp(created + datetime.timedelta(minutes=f.r.randrange(5, 60 * 24 * 30))))
    latest = f.pick(["Organic Social"] * 74 + ["Direct Traffic"] * 13 + ["Paid Social"] * 7 + ["Referrals"] * 3 + ["Email Marketing"])
    drill = {"Organic Social": "Facebook", "Paid Social": "Facebook", "Direct Traffic": f"lnk.solongopark.test/{'initial' if not fair else 'event'}",
             "Referrals": "tengerbuild.test", "Email Marketing": "hs_email"}[latest]
    put("Latest Traffic Source", latest)
    put("Latest Traffic Source Date", stamp(seen))
    put("Latest Traffic Source Drill-Down 1", drill)
    if latest == "Referrals":
        put("Latest Traffic Source Drill-Down 2", "tengerbuild.test/")
    put("Lifecycle Stage", "Lead")
    put("Member has accessed private content", "0.0")
    put("Number of event completions", "0.0")
    put("Number of Form Submissions", f"{len(forms)}.0")
    put("Number of Pageviews", f.pick(["1.0"] * 5 + ["2.0", "2.0", "3.0", "0.0", "4.0"]))
    put("Number of Sales Activities", "0.0")
    put("Number of Sessions", f.pick(["1.0"] * 6 + ["2.0", "2.0", "3.0", "4.0"]))
    put("Number of Unique Forms Submitted", "2.0" if fair and extra else "1.0")
    orig = latest if f.chance(0.8) else "Direct Traffic"
    put("Original Traffic Source", orig)
    put("Original Traffic Source Drill-Down 1", drill if orig == latest else "lnk.solongopark.test/initial")
    if phone:
        put("Phone Number", phone)
    put("Prospecting Agent Total Enrolled Count", "0.0")
    put("Recent Conversion", conv)
    put("Recent Conversion Date", stamp(created))
    put("Record source", "Forms")
    put("Record source detail 1", FORM_FAIR if fair else FORM_FIRST)
    put("Registered member", "0.0")
    put("Time First Seen", stamp(seen))
    put("Time Last Seen", stamp(seen))
    put("Time of First Session", stamp(seen))
    put("Time of Last Session", stamp(seen))
    put("Сонирхож буй орон сууцны төрөл", flat)
    put("Associated Form submission", ";".join(forms))
    put("Associated Form submission IDs", ";".join(record_id(40_000_000_000, 275_000_000_000) for _ in forms))
    if company:
        put("Associated Company (Primary)", company[0])
        put("Associated Company", company[0])
        if company[1]:
            put("Associated Company IDs (Primary)", company[1])
            put("Associated Company IDs", company[1])
    if f.chance(0.005):
        put("Opted out of email: Marketing Information", "Yes")
    return row


# Fixed leads the label checks (name, latin name, e-mail local part, domain, phone style).
FIXED = {
    3: ("Хишигсүрэн", "khishigsuren.b", "gmail.test", " +9765000" + "0417", "3 өрөө"),
    11: ("Нямсүрэн", "nyamsuren_1987", "yahoo.test", " +9765000" + "0521", "2 өрөө"),
    19: ("Tsogzolmaa", "tsogzolmaa.d", "gmail.test", "50000634", "4 өрөө"),
    47: ("Г. Алтанхүү", "altankhuu.g", "icloud.test", " +9765000" + "0752", "2 өрөө"),
    88: ("MaRaL", "maral.b01", "gmail.test", " +9765000" + "0868", "4 өрөө"),
}

f._used.update({"50000417", "50000521", "50000634", "50000752", "50000868", "50000999"})
rows = []
t = datetime.datetime(2026, 2, 25, 22, 36)
used_names = set(v[0] for v in FIXED.values())
pending_twins = []
for i in range(240):
    t -= datetime.timedelta(minutes=f.r.randrange(20, 14 * 60))
    if i == 200:
        t -= datetime.timedelta(days=25)
    fair = datetime.datetime(2026, 1, 15) < t < datetime.datetime(2026, 1, 25) and f.chance(0.7)
    if i in FIXED:
        name, local, dom, phone, flat = FIXED[i]
        rows.append(lead_row(t, name, f"{local}@{dom}", phone, flat, fair))
        continue
    if pending_twins and f.chance(0.35):
        # the same person again: same phone, another e-mail, the name in the other script
        cyr, lat, phone, flat = pending_twins.pop(0)
        name = lat if f.chance(0.5) else cyr
        rows.append(lead_row(t, name, f"{mail_local(lat)}@{f.pick(DOMAINS)}", phone, flat, fair))
        continue
    cyr, lat = f.pick(GIVEN)
    digits = phone_digits()
    phone = phone_text(digits) if not f.chance(0.005) else ""
    flat = f.pick(FLATS)
    if i in (5, 60, 131, 170, 222):
        name = "Б."
    elif i == 17:
        name = f"{mail_local(lat)}@gmail.test".capitalize()
    else:
        name = first_name(cyr, lat)
    email = name.lower() if "@" in name else f"{mail_local(lat)}@{f.pick(DOMAINS)}"
    company = None
    if f.chance(0.03):
        company = f.pick(COMPANIES + [("iCloud", None), (str(f.r.randrange(40_000_000_000, 49_000_000_000)), None)])
    if company and company[0] == "Tenger Build Group":
        email = f"{lat.lower()}@tengerbuild.test"
    rows.append(lead_row(t, name, email, phone, flat, fair, company))
    if f.chance(0.05) and phone:
        pending_twins.append((cyr, lat, " +976" + digits, flat))

# The developer's own test contact, some way down the list.
test = lead_row(datetime.datetime(2025, 12, 4, 13, 24), "НЭР test", "erkhem.e@tengerbuild.test", " +9765000" + "0999",
                "3 өрөө", company=COMPANIES[0])
test[COL["Number of Pageviews"]] = "35.0"
test[COL["Number of Sessions"]] = "11.0"
test[COL["Last Referring Site"]] = "https://preview.hubspoteditor.test/"
at = next(i for i, r in enumerate(rows) if r[COL["Create Date"]] < test[COL["Create Date"]])
rows.insert(at, test)


def sample(first, last, city, title, mail, twitter, ids):
    row = [""] * 294

    def put(h, v):
        row[COL[h]] = v

    put("Record ID", ids[0])
    put("First Name", first)
    put("Last Name", f"{last} (Sample Contact)")
    put("Average Pageviews", "0.0")
    put("City", city)
    put("Company Name", "HubSpot")
    put("Contact unworked", "true")
    put("Create Date", "2025-08-14 11:34")
    put('Date entered "Lead (Lifecycle Stage Pipeline)"', "2025-08-14 11:34")
    put("Email", mail)
    put("Email Domain", "hubspot.test")
    put("Event Revenue", "0.0")
    put("Job Title", title)
    put("Last Activity Date", "2025-08-17 11:34")
    put("Last Contacted", "2025-08-17 11:34")
    put("Last Modified Date", "2025-08-17 11:34")
    for h, v in (("Latest Traffic Source", "Offline Sources"), ("Latest Traffic Source Date", "2025-08-14 11:34"),
                 ("Latest Traffic Source Drill-Down 1", "API"), ("Latest Traffic Source Drill-Down 2", "sample-contact"),
                 ("Original Traffic Source", "Offline Sources"), ("Original Traffic Source Drill-Down 1", "API"),
                 ("Original Traffic Source Drill-Down 2", "sample-contact")):
        put(h, v)
    put("Lifecycle Stage", "Lead")
    for h in ("Member has accessed private content", "Number of event completions", "Number of Form Submissions",
              "Number of Pageviews", "Number of Sessions", "Number of Unique Forms Submitted",
              "Prospecting Agent Total Enrolled Count", "Registered member"):
        put(h, "0.0")
    put("Number of Sales Activities", "4.0")
    put("Number of times contacted", "3.0")
    put("Record source", "HubSpot Processing")
    put("Time First Seen", "2025-08-14 11:34")
    if twitter:
        put("Twitter Username", twitter)
    put("Website URL", "http://www.HubSpot.test")
    put("Associated Email", "(Sample email) Hello there")
    put("Associated Meeting", f"(Sample meeting) {first} {last} (Sample Contact)")
    put("Associated Company (Primary)", "HubSpot")
    put("Associated Company", "HubSpot")
    put("Associated Call", f"Call with {first} {last} (Sample Contact)")
    put("Associated Task", f"(Sample task) Follow up with {first}")
    put("Associated Email IDs", ids[1])
    put("Associated Meeting IDs", ids[2])
    put("Associated Company IDs (Primary)", "37935181909")
    put("Associated Company IDs", "37935181909")
    put("Associated Call IDs", ids[3])
    put("Associated Task IDs", ids[4])
    return row


rows.append(sample("Brian", "Hollister", "Cambridge", "Executive Chairperson", "bh@hubspot.test", "bhollister",
                   ["146706277379", "86025667396", "86025667395", "86025667398", "86025667397"]))
rows.append(sample("Maria", "Jonsen", "Brisbane", "Salesperson", "emailmaria@hubspot.test", None,
                   ["146722047078", "86012215606", "86012215604", "86012215605", "86012215607"]))

buf = io.StringIO()
w = csv.writer(buf, quoting=csv.QUOTE_ALL, lineterminator="\n")
w.writerow(HEADERS)
w.writerows(rows)
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "leads-en-mn-hubspotresidence.csv"), "w", encoding="utf-8", newline="") as out:
    out.write(buf.getvalue())
