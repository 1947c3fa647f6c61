"""
Shape of francisco-83/cd_dashboard "call_log.xlsx" (at commit 5f32879): the phone desk of an
Ontario land-survey records seller logging every incoming call in Excel, one sheet "Sheet1",
bold header: CC / Date / Send To / Name / Last Name / Email / Telephone / Topic / Background Info
/ Operator / Time / Resolved. CC is a running call number (a stray word typed into one, empty on a
few late rows); Date a real date shown mm-dd-yy; Send To and Operator the desk's three staff;
Name, Last Name and Email are left empty on all but two calls (one with an e-mail address typed
into Last Name, one with a lone space); Telephone holds 1 on every row (a tally, not a number);
Topic one of six codes or empty; Background Info a free-text account of the call, callers being
"Lady", "Realtor", a first name, now and then a full name or a property address inside the text;
Time the call's length stored as a time of day (h:mm), once as a plain number; Resolved
Yes / No / empty. Values invented.
"""
import datetime

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("calls-en-ca-helpdesk")
r = f.r

STAFF = ["Francisco", "Brenda", "Sandra"]
STREETS = ["Maple Ave", "Calais St", "Astley Ave", "Joicey Blvd", "Gordon Rd", "Yorkshire St North",
           "Devonshire Ct", "Courtney Crescent", "Island Dr", "Fairport Rd"]
TOWNS = ["Toronto", "Whitby", "Guelph", "North York", "Barrie", "Pickering", "Oakville", "Monaghan"]
TOPICS = [("CustomSearch", 24), ("Other", 21), ("ExistingSRPR", 15), ("NoAnswer-error", 14), ("ExistingOrder", 11),
          ("NewSurvey", 5), (None, 10)]


def address():
    return f"{r.randrange(2, 3000)} {f.pick(STREETS)}, {f.pick(TOWNS)}"


def story(topic):
    who = f.pick(["Lady", "Lady", "Realtor", "Sr", "Architect", f.pick(["Jeffrey", "Janett", "Paula"]),
                  f.name_en(unique=False)])
    if topic == "NoAnswer-error":
        return f.pick(["No answer", "No answer ", "Call dropped", "Wrong number"])
    if topic == "ExistingSRPR":
        return (f"{who} needs a survey for {address()}, I told her we have a survey available online. "
                if f.chance(0.6) else f"Finding a Survey: {address()}, ON. There's an existing SRPR dated "
                f"{r.randrange(1940, 1990)}. I walked the client through the page to see the map preview.")
    if topic == "CustomSearch":
        return (f"{who} wants to buy a registered plan for {address()}. No SRPR available, I suggested a Custom "
                f"Search and walked through the page to place an order.")
    if topic == "ExistingOrder":
        return (f"{who} purchased a Survey Plan but didn't know how to download it, Order number "
                f"{r.randrange(4000, 6000)}. I walked through the confirmation email.")
    if topic == "NewSurvey":
        return f"{who} asking for a quote for a new survey at {address()}. Transferred to Jeff."
    return f.pick([f"{who} attended the conference and now wants to watch the webcast, I told her she would need to "
                   f"buy the access. ", f"{who}, password not working, I sent a new code. ",
                   f"{who} asking if we offered any kind of Courses? I shared the website. ",
                   "Checking the phones were working alright", f"{who} is trying to get a CAD file for a survey, "
                   "I suggest she send an email"])


wb = workbook()
wb.properties.creator = "Francisco Milland"
ws = wb.active
ws.title = "Sheet1"
ws.append(["CC", "Date", "Send To", "Name", "Last Name", "Email", "Telephone", "Topic", "Background Info",
           "Operator", "Time", "Resolved"])
for cell in ws[1]:
    cell.font = Font(bold=True)
day = datetime.datetime(2023, 1, 3)
n = 0
for i in range(120):
    if f.chance(0.35):
        day += datetime.timedelta(days=r.choice([1, 1, 1, 3]))
    n += 1
    topic = r.choices([t for t, _ in TOPICS], [w for _, w in TOPICS])[0]
    operator = f.pick(STAFF)
    cc = n if i < 105 or f.chance(0.5) else None
    if i == 14:
        cc = "her"
    row = [cc, day, operator if f.chance(0.94) else None, None, None, None, 1, topic, story(topic), operator]
    minutes = r.randrange(0, 15 * 60 + 1) if topic != "NoAnswer-error" else r.randrange(10, 45)
    time = datetime.time(minutes // 60 % 24, minutes % 60) if f.chance(0.82) else None
    if i == 60:
        time = 1.0270833333333333
    resolved = r.choices(["Yes", "No", None], [66, 14, 20])[0]
    row += [time, resolved]
    if i == 50:
        row[3], row[4] = "Olivia", "olivia.ashdownteam@example.com"
    if i == 70:
        row[3], row[4] = "Karen", " "
        row[2] = None
    ws.append(row)
    ws.cell(ws.max_row, 2).number_format = "mm-dd-yy"
    if isinstance(time, datetime.time):
        ws.cell(ws.max_row, 11).number_format = "h:mm"
ws.column_dimensions["I"].width = 13.0
save(wb, "calls-en-ca-helpdesk.xlsx")

if __name__ == "__main__":
    import os
    if os.environ.get("SHOW"):
        for row in ws.iter_rows(values_only=True):
            print(row)
