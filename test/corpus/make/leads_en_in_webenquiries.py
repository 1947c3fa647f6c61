"""
Shape of a software studio's website contact-form enquiries, appended to Excel by its site backend,
as in reddotorg123/REDDOT "data/contacts.xlsx" (commit f5bf9aa59331c31c605d77fc64617605fb0c64db;
written by a JavaScript xlsx library, everything as text): one sheet 'Contacts', header on row 1:
Date / Name / Email / Phone / Service / Budget / Timeline / Message. Date is the browser's local
time string '13/3/2026, 8:43:08 pm'; Budget and Timeline are form codes ('gt-50k', '1-3-months') or
empty; the first rows are the developer's test submissions ('Test User', test@…, '1234567890',
'This is a test message …'), and real enquiries follow, one person now and then sending the form
twice. The real file holds three rows; this one fourteen, as after a few weeks. Values invented.
"""
import datetime

from fake import Fake, save, workbook

f = Fake("leads-en-in-webenquiries")

SERVICES = ["Generative AI", "SaaS Applications", "Web Development", "Mobile Apps", "UI/UX Design", "Cloud & DevOps"]
BUDGETS = [None, "lt-10k", "10k-25k", "25k-50k", "gt-50k"]
TIMELINES = [None, "asap", "1-3-months", "3-6-months", "flexible"]
ASKS = ["i need saas project", "Need a website for my clinic with online booking", "Looking for a chatbot for our customer support",
        "We want an app for our restaurant orders", "Please share a quote for an inventory system", "need help moving our app to cloud",
        "Can you redesign our company website?", "Interested in an AI tool to summarise documents"]


def stamp(t):
    hour = t.hour % 12 or 12
    return f"{t.day}/{t.month}/{t.year}, {hour}:{t.minute:02d}:{t.second:02d} {'am' if t.hour < 12 else 'pm'}"


rows = []
t = datetime.datetime(2026, 3, 13, 20, 43, 8)
test = ["Test User", "test@example.com", "1234567890", "Generative AI", None, None, "This is a test message to verify CSV and Excel storage."]
rows.append([stamp(t)] + test)
t += datetime.timedelta(minutes=4, seconds=11)
rows.append([stamp(t)] + test)
people = []
for k in range(10):
    name = f.name_in() if k % 4 else f.name_in().split(" ")[0].lower()
    local = name.lower().replace(" ", ".")
    phone = f.mobile_in()
    phone = f.pick([phone, phone, "+91 " + phone, "+91" + phone])
    people.append((name, f.email(local), phone, f.pick(SERVICES), f.pick(BUDGETS), f.pick(TIMELINES), f.pick(ASKS)))
for k, p in enumerate(people):
    t += datetime.timedelta(hours=f.r.randrange(5, 60), minutes=f.r.randrange(60), seconds=f.r.randrange(60))
    rows.append([stamp(t)] + list(p))
    if k in (2, 6):  # sent the form twice
        t += datetime.timedelta(minutes=1, seconds=f.r.randrange(5, 50))
        rows.append([stamp(t)] + list(p))

wb = workbook()
ws = wb.active
ws.title = "Contacts"
ws.append(["Date", "Name", "Email", "Phone", "Service", "Budget", "Timeline", "Message"])
for row in rows:
    ws.append(row)
save(wb, "leads-en-in-webenquiries.xlsx")
if __name__ == "__main__":
    for row in rows:
        print(row)
