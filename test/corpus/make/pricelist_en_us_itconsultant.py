"""
Shape of seebertIRU/IRUWebsite "Price List.xlsx" (commit b5ba48fe1bfdf4780c510ebd54128e712018bfd7):
the service price list a one-man US IT consultancy keeps in Excel for its web site. One sheet
"Sheet1", bold Segoe UI header on a theme fill, wrapped: Service / Price / Description; 16
services, the price as text ('$150/hr', '$160/person', '$600 flat rate', '$165,000/yr', one a whole
sentence), long chatty descriptions (up to ~900 characters, one row 165 pt high), some starting
with a space, 'Montly' typo. A price list: a person imports nothing. Descriptions re-written, the
owner's name invented.
"""
from openpyxl.styles import Alignment, Font, PatternFill

from fake import save, workbook

ROWS = [
    ("Online Tech Support", "$150/hr", "Remote tech support - stuck on something you just can't crack? Call me! As long as your PC still starts Windows, a remote session is all we need and we'll sort it out together."),
    ("Taxes", "$160/person", "Nobody likes doing income taxes. Tax software makes it bearable though. I have done my own return and those of friends for over twenty years and now offer it as a service. Complicated returns may carry extra filing fees; the flat rate covers my time. I'll walk you through it so next year you can do it yourself."),
    ("Windows Upgrade", "$180/hr", "Nervous about moving to the new Windows? Leave it to me!  I'll back up all of your files properly first and find the way forward with you."),
    ("Home printer install", "$140/hr", "Bought a new printer (or have an old one that won't connect) and want it working? That's me. This is an in-home service, so call today to book a time!"),
    ("Virus Detection and elimination", "$600 flat rate", "Don't throw out that old Windows PC just because it got slow and weird. I'll find out what is running on it, remove the spyware and viruses, and get it going like new again. This is an in-home service because of the many restarts and the on-site look it needs, so call today!"),
    ("Onsite install", "$200/hr", "New computer and no idea where to start? I'll come to your home and get it onto your wifi fast. $100 minimum for in-home service; most installs take under an hour."),
    ("Party!", "$500/hr", " Is your kid glued to online games and never leaves the bedroom? Book the ultimate in-person party for gamers - a LAN party. With wired networking at your venue I'll bring the lag between players down to nothing, host the game of your choice and get the kids in one room again, even while they play on their own laptops and a projector. This price needs three weeks' notice; sooner is possible but costs more. Bring snacks, I bring the cables, switches and the know-how to keep twenty machines happy for an afternoon."),
    ("Event Presentation", "$100/event", " I'll bring a projector and screen to your event for your talk, set up and run the tech side, and you just click my little remote to change slides."),
    ("Hybrid Meetings", "$600/event", "For $600 I bring a computer, camera and projector to the venue you pick. Wifi at the venue helps. I host the video meeting on my own account, so no extra fees, and people can join over the internet, dial in by phone or come in person. Your slides are shared over the same connection, and I keep an eye on the sound so the people at home can hear the room."),
    ("W2 Consulting", "$65/hr", "Business intelligence is no longer just one tool among many - it has become the heart of how a company sees itself. I build the data models, the refresh pipelines and the reports your managers actually open, and I stay to train the people who will keep them running. Hourly on your payroll, on site or remote, for as long as the project needs. I have done this for manufacturers, a hospital group and two county governments, and I know how to get the numbers out of old databases nobody has touched in years without breaking anything. You get documented models, naming that makes sense, and dashboards that load in seconds instead of minutes. If your team already has reports, I will review them first and tell you honestly what to keep. Minimum engagement is three months; longer engagements are welcome and I am happy to work alongside your own staff or an outside vendor."),
    ("Close the business", "$165,000/yr", "Hire Walt Brennick full time on salary.  At this amount or more I close the consultancy and work on YOUR priorities only.  One-year contract minimum, base salary, benefits on top.  A chip maker was the last to take this option, so do what the big players do."),
    ("Retainer Fee", "$300/month", "Need an IT person, but only now and then? Want a data expert to set up your schema and loads and be on call when something breaks later?  Want first claim on my calendar? Keep me on retainer for $300/month, credited against your first invoice for my time.  "),
    ("Small Business Workstation/Server", "$500/hr", "$300 Monthly Refundable Retainer required.  Need cloud services, a file server or a proper backup for the office? I'll design it, buy the parts with you, set up the machines and the network, and document every password and setting so you're never locked out of your own systems. Includes a walk-through for your staff."),
    ("1099 Software Engineering", "$150/hr", "$300 Monthly Refundable Retainer required.  For $150/hr corp-to-corp 1099, full-stack work: databases, back-end services, web front ends and the glue between them. I estimate honestly, report weekly and leave the code in your repository with notes a successor can follow."),
    ("Fix your vibe coded software", "$300/hr", "$300 Montly Refundable Retainer required.  Javascript, HTML, C#, VB, Python, SQL - if a chatbot wrote it and now it doesn't work, I'll find out why and fix it."),
    ("Executive Advisory Consultant", "$300 retainer to discuss, $5000/month if I accept a position on your board", "The benefit of my 30+ years of advice in IT and software engineering.  Up to 10 hours every quarter on top of access to all that experience; only $300 to talk over whether I'm a fit at first, then $15,000/quarter (just $60,000/year - a bargain for a board seat) to sit on your advisory board."),
]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
head_fill = PatternFill("solid", fgColor="FFD9E1F2")
for j, h in enumerate(["Service", "Price", "Description"]):
    c = ws.cell(1, j + 1, h)
    c.font, c.fill, c.alignment = Font(name="Segoe UI", size=11, bold=True), head_fill, Alignment(wrap_text=True)
for i, row in enumerate(ROWS):
    for j, v in enumerate(row):
        c = ws.cell(i + 2, j + 1, v)
        c.font = Font(name="Segoe UI", size=11)
        c.alignment = Alignment(vertical="top", wrap_text=(j < 2) or None)
for col, w in zip("ABC", [35.0, 52.57, 94.14]):
    ws.column_dimensions[col].width = w
for r in range(1, 18):
    ws.row_dimensions[r].height = {11: 165.0, 16: 49.5, 17: 66.0}.get(r, 16.5)
save(wb, "pricelist-en-us-itconsultant.xlsx")
