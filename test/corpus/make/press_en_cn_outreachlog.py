"""
Shape of wuoshiwzm/journalist_contact "contact_list.xlsx" (commit
39ec05375a547ab791935ba6ad4c0db44e66cd20): a mainland-Chinese inventor's log of the journalists,
bloggers, forums and companies he pitched his patented glasses to before a crowdfunding launch,
kept in Excel (Chinese Office, 等线 font) with English content and a few 简体 notes.
Not client data: a person imports nothing from it.

- "Sheet1" (log): header people / press | email… | time | info on evernote | (no header over the
  pitch texts in E). One block per target: the person or outlet in A, merged down over the block's
  rows (A2:A6-style) or typed once with blank A cells under it; each row one channel in B (an
  e-mail, 'twitter', 'facebook', a LinkedIn or comment-form link, 'name <address>;', an address and
  a Twitter link stacked in one cell, a bare outlet name); the date (mm-dd-yy) on most rows; notes
  in D ('send email later!', 'leave a msg', '已经申请 还没有加', a D range merged over three rows);
  the pitch e-mail pasted whole into E with its line breaks. Three empty rows after the first
  blocks; the same journalist again on a later row ('facebook 已经加了'); forum / community rows
  with a URL; rows with only a channel ('facebook groups') and a date; a run of eight staff bios
  copied off a magazine's about page (NAME in A, 'NAME\\nbio…' in B); names with a trailing space
  or with the role on a second line; panes frozen at A51.
- "Sheet2": a web page of media e-mail addresses pasted in (Verdana / Arial headings): 24
  'Name (Role, Outlet)' | address rows, a heading, 14 more, then section headings with outlet
  names and letters-page addresses alternating down column A, advice paragraphs, a bare list of the
  same addresses, a cut-off last heading; one hyperlink.
- "reporters": the header name | email and nothing under it.
Values invented: every name, outlet, address, handle and link (outlets' addresses at .test domains).
"""
import datetime

from openpyxl.styles import Alignment, Font

from fake import Fake, save, workbook

f = Fake("press-en-cn-outreachlog")
FIRST = ["Hannah", "Marcus", "Elena", "Tobias", "Priya", "Declan", "Ingrid", "Rafael", "Yvonne", "Callum",
         "Beatrix", "Jonah", "Leona", "Silas", "Margot", "Ewan", "Dara", "Felix", "Greta", "Oren", "Tessa",
         "Rowan", "Imogen", "Anders", "Clio", "Bram", "Odette", "Lachlan", "Mireille", "Quentin"]
LAST = ["Whitlock", "Ferrand", "Osei", "Lindgren", "Varga", "Pemberton", "Castellan", "Haverford", "Quill",
        "Mbatha", "Rasmussen", "Tolliver", "Ashcombe", "Delacroix", "Brennagh", "Kowalczyk", "Strand", "Yardley",
        "Fenwick", "Marchetti", "Okafor", "Thistle", "Belmonte", "Harrow", "Nakagawa", "Ellwood"]
_used = set()


def person():
    while True:
        n = f"{f.pick(FIRST)} {f.pick(LAST)}"
        if n not in _used:
            _used.add(n)
            return n


_handles = {}


def handle(name):
    if name not in _handles:
        _handles[name] = name.lower().replace(" ", "")[:12] + str(f.r.randrange(10, 99))
    return _handles[name]


def pitch(first):
    opening = f.pick(["Dear", "Hi", "Hello"])
    body = f.pick([
        "My name is Leo. Founder of Leo Lab. I just made a revolutionary invention of glasses, patent registered.",
        "My name is Leo, I just make a revolutionary invention of glasses , with patent.\n\nHere is a video introduction : https://video.example.org/watch/airglass",
        "My name is Leo, recently I make a great invention - air glasses.\nit is a redesign of normal glasses, you can wear all day long without feeling uncomfortable.",
        "I am a big fan of your articles, very detail and interesting.\n\nRecently I just registered my patent of glasses, it may be the next generation of glasses.",
    ])
    return f"{opening} {first}{f.pick([',', '.', ''])}\n\n{body}\n\nHope you like it!\n\nLeo"


wb = workbook()
ws = wb.active
ws.title = "Sheet1"
BASE = Font(name="等线", size=11)
WRAP = Alignment(wrap_text=True, vertical="center")
rows = []        # (A, B, C, D, E)
merges = []


def block(name, channels, day, note_rows=None, merged=True, pitch_rows=()):
    start = len(rows) + 2
    for i, ch in enumerate(channels):
        a = name if i == 0 else None
        d = (note_rows or {}).get(i)
        e = pitch(name.split()[0]) if i in pitch_rows else None
        rows.append([a, ch, day if ch is not None else None, d, e])
    if merged and len(channels) > 1:
        merges.append(f"A{start}:A{start + len(channels) - 1}")


d0 = datetime.datetime(2017, 8, 21)
day = lambda n: d0 + datetime.timedelta(days=n)

j1 = person()
block(j1, [f.email("editors"), "twitter", "facebook", f"https://www.linkedin.example.org/in/{handle(j1)}/",
           "https://www.wearablesdaily.example.org/wearable-tech/how-to-motivate-you-123#comment_form"],
      day(0), pitch_rows=(0, 2, 4))
rows.append([f"youtube-Tech Reviews(https://video.example.org/user/{handle('techrev')}/about)", f.email(handle("gabe")), day(0), None, None])
block("designboard", [f.email("awards"), f.email("blogs"), None, None], day(1),
      note_rows={0: f"{person().replace(' ', '')}  http://codex.designboard.example.org/"})
rows.append([None, None, None, None, None])
j2 = person()
a2 = f.email(handle(j2))
rows.append([handle(j2)[:-2] + " ", f"{a2} <{a2}>;", None, None, None])
rows.append([None, f"https://twitter.example.org/{handle(j2)} ", None,
             f"{handle(j2)} https://twitter.example.org/{handle(j2)} https://kinja.example.org/{handle(j2)}", pitch(j2.split()[0])])
merges.append(f"A{len(rows)}:A{len(rows) + 1}")
rows.append([None, None, None, None, None])
j3 = person()
rows.append([j3 + " ", f"{f.email('hello')} \nhttps://twitter.example.org/{handle(j3)}", None, f"Design Weekly author: {j3} ", pitch(j3.split()[0])])
j4 = person()
rows.append([f"{j4}\n\ngameplanet reporter", f"https://twitter.example.org/{handle(j4)}/media\n\nhttps://www.linkedin.example.org/in/{handle(j4)}/", day(8), None, pitch(j4.split()[0])])
rows.append([j1, "facebook 已经加了", day(8), None, None])
rows.append(["facebook 官方记者群", "https://www.facebook.example.org/groups/media.publishers/", day(10), "已经申请 还没有加", None])
rows.append([None, None, day(10), "申请加了一些FB 记者群", None])
for g in ["Journalism & Social Media", "Fashion Blog", "JournoTech: Tools, Apps & Tips for Journalists", "European Journalism Forum"]:
    rows.append([g, f"https://communities.example.org/{f.r.randrange(10**17, 10**18)}", day(10),
                 f.pick(["Hi Guys & Ladies, I invent the most beautiful & revolutionary glasses, patent registered. Would you like to see it?",
                         None, "the most beautiful & revolutionary glasses ever"]), None])
rows.append([None, "facebook all groups", day(13), None, None])
merges.append(f"D{len(rows) - 1}:D{len(rows) + 1}")
rows.append([None, "google communities", day(13), None, None])
rows.append([None, "reditt", day(13), "has been removed, check why", None])
rows.append([None, "facebook all groups", day(13), None, None])
rows.append([None, "FramesOnline.example.com", day(14), "contact twitter ,facebook, inquiry", None])
rows.append([None, f"https://twitter.example.org/{handle(person())}", None, None, None])
rows.append([None, "https://twitter.example.org/Medium", None, None, None])
rows.append([None, "facebook groups", day(17), None, None])
block("lumen", ["https://lumen.example.com/contact/", f.email("support"), "https://lumen.example.com/faqs/",
                "https://lumen.example.com/maximizing-work-performance", f.email("pr")], day(17),
      note_rows={0: "leave a msg", 1: "send email", 2: "leave a msg", 3: None, 4: "email"}, pitch_rows=(3,))
rows[-5 + 3][3] = pitch(person().split()[0])
rows[-5 + 3][4] = None
rows.append([None, "lumen linkedin", day(18), pitch(person().split()[0]), None])
rows.append([None, "journalist on linkedin", day(18), pitch(" "), None])
rows.append([None, f.email("labs") + " ", day(18), "need to send", None])
rows.append([None, f"https://twitter.example.org/{handle(person())}?lang=en&lang=en", day(18), "send email later!", None])
rows.append([None, f.email("pr"), day(18), "send email later!", None])
rows.append([None, "facebook groups", day(18), None, None])
bio_owner = person()
rows.append([None, f"https://twitter.example.org/{handle(bio_owner)}", day(19), "reply in twitter", None])
rows.append([None, f"https://www.facebook.example.org/pg/{bio_owner.replace(' ', '-')}-{f.r.randrange(10**14, 10**15)}/photos/?ref=page_internal", None, "message", None])
ROLES = ["is the Editorial Director here at HG. You can follow her on Twitter and Instagram.",
         "is a freelance writer from Dallas. Her writing has appeared on several magazines, to name a few.",
         "is the deputy editor here at HG. You can often find her combing through vintage shops.",
         "is a fashion loving writer who splits her time between two cities.",
         "is a Brooklyn-based freelance writer who loves to lift up women with the powerful buoy of words.",
         "is the Entertainment Editor here at HG. Her favorite things include: ducks, dinosaurs and donuts.",
         "is a Toronto-born, Los Angeles-based journalist, and weekend editor at HG.",
         "is a Brooklyn-based writer and stand up comedian."]
for i, role in enumerate(ROLES):
    n = bio_owner if i == 0 else person()
    rows.append([n.upper(), f"{n.upper()}\n{n.split()[0]} {role}", None, None, None])
rows.append([None, None, None, "Hi every one, My name is Leo, I just made an revolutionary invention of glasses, which you can wear all day long without feeling uncomfortable.", None])
rows.append([None, "facebook groups", day(21), "Hi Guys & ladies, \nI make a great invention - air glasses.\nit is a redesign of normal glasses.", None])
rows.append([None, "facebook groups", day(24), None, None])
rows.append([None, "NewTech Reviews \nhttps://plus.example.org/+NewTechReviews\nhttps://www.facebook.example.org/NewtechReviews/\nhttp://newtechreviews.example.net/\n", None, pitch("there"), None])
rows.append([None, "http://newtechreviews.example.net/", None, None, None])
rows.append([None, f"https://video.example.org/channel/UC{f.r.randrange(10**15, 10**16)}", None, None, None])
rows.append([None, None, None, None, None])
rows.append([None, "HardwareHub\nhttps://video.example.org/channel/UChardwarehub\nhttps://twitter.example.org/hardwarehub", None, None, None])
rows.append([None, "5 Amazing Inventions You NEED To See #8\nhttps://video.example.org/watch?v=abc123\nFiver \nhttps://video.example.org/channel/UCfiver", None, None, None])

header = ["people / press", "email…", "time", "info on evernote", None]
for j, v in enumerate(header):
    if v is not None:
        c = ws.cell(1, j + 1, v)
        c.font = BASE
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        if v is None:
            continue
        c = ws.cell(i + 2, j + 1, v)
        c.font = BASE
        if j == 2:
            c.number_format = "mm-dd-yy"
        if isinstance(v, str) and ("\n" in v or len(v) > 40):
            c.alignment = WRAP
for m in merges:
    ws.merge_cells(m)
for col, w in {"A": 17.5, "B": 46.0, "C": 19.625, "D": 64.5, "E": 54.375}.items():
    ws.column_dimensions[col].width = w
ws.freeze_panes = "A51"

# Sheet2: a pasted web page of media e-mail addresses ------------------------------------------
ws2 = wb.create_sheet("Sheet2")
V9 = Font(name="Verdana", size=9)
H = Font(name="Arial", size=14, bold=True)
B9 = Font(name="Verdana", size=9, bold=True)
out = []
OUTLETS_TV = ["Channel Nine News", "Evening Bulletin TV", "Radio Meridian", "Northline Broadcasting"]
ROLES_TV = ["Director", "Head of TV News", "Editor, Late Programme", "Editor, News 24", "Editor, Ten O'Clock News",
            "Editor, News Online", "Editor, Morning Programme", "Editor, Evening Programme", "Political Editor",
            "News reporter – often covers crime", "Reporter", "Presenter"]
for i in range(24):
    n = person()
    role = ROLES_TV[i % len(ROLES_TV)]
    outlet = OUTLETS_TV[i // 6]
    out.append((f"{n} ({role}, {outlet})", f"{n.lower().replace(' ', '.')}@{outlet.split()[0].lower()}news.test", V9))
out.append(("Newspaper editors/writers", None, B9))
PAPERS = ["The Lantern", "The Harbour Post", "The Weekly Standard-Bearer"]
for i in range(14):
    n = person()
    paper = PAPERS[i // 5]
    role = f.pick(["Editor", "US Editor", "Chief Commentator", "Asia correspondent", "Foreign Editor",
                   "Political editor", "Economics editor", "Associate political editor"])
    out.append((f"{n} ({role}, {paper})", f"{n[0].lower()}.{n.split()[1].lower()}@{paper.split()[-1].lower()}.test", V9))
out.append(("Newspaper Email Addresses", None, H))
out.append(("Note: always include your postal address & phone number (they demand it).", None, V9))
out.append(("You can, of course, give bogus details.", None, V9))
letters = []
for section, names in [("UK newspapers:", ["The Lantern", "The Harbour Post", "The Daily Beacon", "The Morning Ledger",
                                            "The Sunday Ledger", "Daily Courier", "Evening Herald", "Financial Chronicle",
                                            "The Sun Dial", "The Mirrorball", "Daily Post (Northtown)", "The Continental",
                                            "The Island Independent", "The Morning Lark"]),
                       ("Magazines/Other:", ["Weekly Review", "Timepiece", "New Thinker", "The Economy Journal",
                                             "Today (Radio Meridian morning news)", "PM (Radio Meridian evening news)"]),
                       ("US Newspapers:", ["Northtown Times", "The Market Street Journal", "Capital Post", "Harbor City Times",
                                           "Nation Today", "Bay Chronicle", "Lakeside Sun Times", "Valley Mercury",
                                           "Commonwealth Globe", "Sound Times", "Gulf Chronicle", "Harborside Sun"])]:
    out.append((section, None, B9))
    for n in names:
        a = f"{f.pick(['letters', 'letters', 'editor', 'opinion', 'mailbox'])}@{n.split('(')[0].split()[-1].lower()}.test"
        out.append((n, None, B9))
        out.append((a, None, V9))
        letters.append(a)
out.append(("(Click here for a longer list of US and other countries newspaper emails).", None, V9))
link_row = len(out) + 2
out.append((None, None, V9))
out.append(("Crafty Multiple Mailings", None, H))
out.append(("Newspapers want to be the sole recipient of a letter. So, if you’re sending a letter to multiple recipients, make sure you disguise the fact.\u00a0Either send a\u00a0separate\u00a0email to each newspaper, or save time by using a group mailing program.", None, V9))
out.append(("If you use a group mailer, you can make things easy by importing a list of email addresses you want to use. As a start, you might want to copy & paste the following list into a .txt file.", None, V9))
for a in letters[:12]:
    out.append((a, None, Font(name="Courier New", size=10, bold=True)))
out.append((None, None, V9))
out.append(("How to be Publis", None, H))
for i, (a, b, font) in enumerate(out):
    r = i + 3
    if a is not None:
        c = ws2.cell(r, 1, a)
        c.font = font
        c.alignment = Alignment(wrap_text=True)
    if b is not None:
        c = ws2.cell(r, 2, b)
        c.font = Font(name="Verdana", size=8)
        c.alignment = Alignment(wrap_text=True)
ws2.cell(link_row, 1).hyperlink = "http://www.example.org/newspaper-emails"
ws2.column_dimensions["A"].width = 42.125
ws2.column_dimensions["B"].width = 46.125

ws3 = wb.create_sheet("reporters")
ws3["A1"] = "name"
ws3["B1"] = "email"

save(wb, "press-en-cn-outreachlog.xlsx")
