"""
Shape of RudyIARemodelings/AIAgent "df_filtered_solidity_s.csv" (at commit 12b11c2): a home-remodeling
firm's appointment-setting call centre, an extract from its dialer (a pandas merge written with
to_csv) of the calls that set a meeting, kept for an AI quality-review agent. UTF-8, LF, 13 columns:
id / lead_id / campaign / user / user_id / status_x / status_name / call_length / call_date /
agent_comment / recording_link / status_y / solidity.

- 388 calls from twelve days (21 May – 2 June 2025), newest first; id the dialer's call id,
  lead_id the dialer's lead number (48 leads called more than once), campaign the calling list
  ("Rehash QB TX", "LA Telemarketing", "Seattle Internet", "TX Estimate Guide", "LA Green Division
  RAZ LIST" …), user and user_id the call-centre agent; status_x "MTS" and status_name "Meeting
  Set" on every row; call_length in seconds (0 on a few); agent_comment empty on almost all rows,
  else the dialer's status trail (' |  "RD : 1212375 - 2025-05-30 16:47:34-MTS |  …') or the agent's
  note on the homeowner's project; recording_link a long public play link; status_y the lead's
  status now (MTS, A, MTR, N, NTF, AA, NA, XDROP, DNCL …); solidity "S" on every row.
- No homeowner's name, phone or address anywhere: the people are only lead numbers.

The file reproduces the columns and 200 of the calls. Values invented: ids, agents, comments,
links.
"""
import base64
import csv
import datetime
import io
import os
import string

from fake import FILES, Fake

f = Fake("calls-en-us-remodelingdialer")

HEADERS = ["id", "lead_id", "campaign", "user", "user_id", "status_x", "status_name", "call_length", "call_date",
           "agent_comment", "recording_link", "status_y", "solidity"]
CAMPAIGNS = (["Rehash QB TX"] * 52 + ["TX Telemarketing"] * 46 + ["TX Internet"] * 44 + ["LA Telemarketing"] * 36 +
             ["Seattle Telemarketing"] * 33 + ["Rehash QB LA"] * 27 + ["Bay Area Telemarketing"] * 25 +
             ["Seattle Internet"] * 24 + ["LA Internet"] * 20 + ["Bay Internet"] * 13 + ["LA Green Division RAZ LIST"] * 11 +
             ["TX Estimate Guide"] * 10 + ["Rehash QB Bay Area"] * 9 + ["BAY Estimate Guide"] * 8 + ["LA Estimate Guide"] * 6 +
             ["Rehash Convoso LA"] * 5 + ["Rehash QB Seattle"] * 4 + ["BAY MEETINGS SET"] * 3 + ["TX RAZ"] * 2 +
             ["CONTRACTOR-S APPT"] * 2 + ["LA MEETING SET"] * 2 + ["TX MEETING SET"] * 2 + ["SEATTLE MEETING SET", "LA ADU CAMPAIGN"])
STATUS_Y = (["MTS"] * 193 + ["A"] * 71 + ["MTR"] * 20 + ["N"] * 19 + ["NTF"] * 15 + ["AA"] * 11 + ["NA"] * 9 + ["XDROP"] * 9 +
            ["DNCL"] * 7 + ["MTC"] * 7 + ["DMS"] * 6 + ["SCFU"] * 5 + ["NTC"] * 5 + ["NI"] * 3 + ["INST"] * 3 + ["DROP"] * 2 +
            ["CB", "OI", "FASD"])
AGENT_FIRST = ["Louis", "Norman", "Derek", "Justin", "Chris", "Adan", "Emma", "Alfie", "Ryan", "Aubrie", "Ben", "Max",
               "Alex", "Sofia", "Marcus", "Tyler", "Jasmine", "Kevin", "Priya", "Omar", "Lena", "Victor", "Nadia", "Caleb"]
AGENT_LAST = ["Glassman", "Levin", "Stanton", "Barrow", "Dalton", "Heller", "Garza", "Kellerman", "Ivers", "Tatum",
              "Moorhead", "Hollister", "Jonas", "Reyes", "Whitfield", "Park", "Okafor", "Lindqvist", "Sato", "Duarte"]
AGENTS = []
while len(AGENTS) < 40:
    name = f"{f.pick(AGENT_FIRST)} {f.pick(AGENT_LAST)}"
    if name not in [a[0] for a in AGENTS]:
        AGENTS.append((name, str(f._unique(lambda: f.r.randrange(1199000, 1254000)))))
WEIGHTS = [9, 6, 5, 4] + [1] * 36
NOTES = [
    "Mr. Kofi wants to extend the concrete pavement on his patio, he is the only owner on the title for this property, also considering landscaping designs",
    "2 things, turn garage into bedroom, \neither put in a wall ac hole through brick, wall unit ac, may need an electrician",
    "roof flooring windows need to be reset",
    "stone",
    "kitchen cabinets and counter tops, wife will be at the meeting",
]


def agent():
    return f.r.choices(AGENTS, weights=WEIGHTS)[0]


def link():
    inner = '{"account_id":107389,"u_id":"' + "".join(f.pick(string.ascii_lowercase + string.digits) for _ in range(32)) + '"}'
    token = base64.b64encode(inner.encode().replace(b'"', b"%22").replace(b"{", b"%7B").replace(b"}", b"%7D")
                             .replace(b":", b"%3A").replace(b",", b"%2C")).decode()
    return f"https://recordings.dialer.test/play-recording-public/{token}?rlt=Qx7vPLmw2nR4YeaTdMiemb5ydu5ykKw0ETjdp438EOis"


rows = []
t = datetime.datetime(2025, 6, 2, 18, 25, 10)
call_id = 93753419
leads = []
note_at = {17: 0, 44: 1, 96: 2, 130: 3, 171: 4}
for i in range(200):
    t -= datetime.timedelta(seconds=f.r.randrange(300, 4200))
    if t.hour < 8:
        t = t.replace(hour=18, minute=f.r.randrange(60)) - datetime.timedelta(days=1)
    call_id -= f.r.randrange(1500, 40000)
    if leads and f.chance(0.12):
        lead = f.pick(leads)
    else:
        lead = str(f._unique(lambda: f.r.randrange(4000000, 41000000)))
        leads.append(lead)
    name, uid = agent()
    comment = ""
    if i in note_at:
        comment = NOTES[note_at[i]]
    elif f.chance(0.015):
        stamp1 = (t - datetime.timedelta(days=f.r.randrange(1, 4))).strftime("%Y-%m-%d %H:%M:%S")
        comment = f' |  "RD : {uid} - {stamp1}-{f.pick(["MTS", "MTR", "MTC", "SCFU"])}'
        if f.chance(0.5):
            comment += f' |  "RD : {uid} - {stamp1[:-2]}{f.r.randrange(10, 59)}-{f.pick(["NTF", "MTS"])}'
    length = "0" if f.chance(0.02) else str(f.r.randrange(95, 980))
    rows.append([str(call_id), lead, f.pick(CAMPAIGNS), name, uid, "MTS", "Meeting Set", length,
                 t.strftime("%Y-%m-%d %H:%M:%S"), comment, link(), f.pick(STATUS_Y), "S"])

buf = io.StringIO()
w = csv.writer(buf, lineterminator="\n")
w.writerow(HEADERS)
w.writerows(rows)
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "calls-en-us-remodelingdialer.csv"), "w", encoding="utf-8", newline="") as out:
    out.write(buf.getvalue())
