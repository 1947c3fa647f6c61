"""
Shape of J-cyber0/RavenAI "CRM.xlsx": the call log of a small US outbound AI voice agent that
phones leads (San Antonio home-service prospects), exported from the telephony API and saved in
Excel, one sheet.

- "Sheet1": header on row 1, no title, the API's field names: sid / fromNumber / toNumber /
  duration / direction / cachedLeadName / outcome / timestamp.
- 11 calls made on one day: sid the provider's call id ("CA" + 32 hex digits); fromNumber and
  toNumber 11-digit numbers stored as numbers (toNumber with the "0" number format), the first
  two calls from a test number to one lead, the last row pasted as text with "+1" in front;
  duration in seconds; direction "outbound-api" on every row; cachedLeadName only the lead's
  first name (one lead called twice); outcome "Greeted" or "Left a Voicemail"; timestamp as text
  "yyyy-mm-dd hh:mm:ss". Columns B and C widened, nothing else formatted.
Values invented (US numbers in the 555-01xx block).
"""
from fake import Fake, save, workbook

f = Fake("calls-en-us-voiceagent")


def hexid():
    return "CA" + "".join(f.pick("0123456789abcdef") for _ in range(32))


def number(area):
    return int(f"1{area}55501{f.r.randrange(100):02d}")


TEST_FROM = number(248)  # area codes beginning with 2: an 11-digit 1-3…/1-9… would read as a mainland mobile
AGENT_FROM = number(206)
LEADS = [("Marcus", "Greeted"), ("Marcus", "Greeted"), ("Denise", "Greeted"), ("Rosa", "Greeted"),
         ("Trent", "Greeted"), ("Walter", "Left a Voicemail"), ("Glenda", "Left a Voicemail"),
         ("Arturo", "Greeted"), ("Esteban", "Greeted"), ("Ignacio", "Greeted"), ("Lupita", "Greeted")]
TIMES = ["2024-02-09 04:51:20", "2024-02-09 05:04:58", "2024-02-09 09:01:11", "2024-02-09 09:02:01",
         "2024-02-09 09:03:03", "2024-02-09 09:03:19", "2024-02-09 09:04:02", "2024-02-09 09:04:47",
         "2024-02-09 09:05:49", "2024-02-09 09:06:49", "2024-02-09 09:10:37"]
DURATIONS = [81, 225, 36, 18, 107, 123, 210, 103, 240, 367, 599]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["sid", "fromNumber", "toNumber", "duration", "direction", "cachedLeadName", "outcome", "timestamp"])
first_lead = number(210)
for i, ((name, outcome), ts, dur) in enumerate(zip(LEADS, TIMES, DURATIONS)):
    frm = TEST_FROM if i < 2 else AGENT_FROM
    to = first_lead if i < 2 else number(210)
    if i == len(LEADS) - 1:
        frm, to = f"+{frm}", f"+{to}"
    ws.append([hexid(), frm, to, dur, "outbound-api", name, outcome, ts])
    if not isinstance(to, str):
        ws.cell(ws.max_row, 3).number_format = "0"
ws.column_dimensions["B"].width = 13.14
ws.column_dimensions["C"].width = 13.14

save(wb, "calls-en-us-voiceagent.xlsx")
