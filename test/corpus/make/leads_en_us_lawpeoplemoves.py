"""
Shape of KPH3802/BizJournal_Scrape "Contacts.csv" (commit afabfe8c22d45bcac210ebdb9ae30d1f3d541249):
prospects scraped from a US business journal's "People on the Move" pages for Houston law firms,
written by a Python scraper (csv module): UTF-8, LF line ends, header Name / Link / Title / Blurb.

Twenty people: the name as announced (middle initials, nicknames inside: "Edward Ed L Ripley",
a suffix "IV"), a link to the announcement (…/potmsearch/detail/submission/<id>/<Name_With_Underscores>?…&ro=<n>),
the title as "Partner at <Firm> LLP" / "Associate at …" / "Of Counsel at …" / "Shareholder at …"
(quoted when the firm holds a comma), and a long blurb in quotes, some with a blank line inside,
curly apostrophes. No phone, e-mail or address. Names, firms, links and blurbs invented.
A person imports the twenty as prospects (person clients): the name, the title as their job
(the firm named inside it); link and blurb go to notes.
"""
import csv
import io
import os

from fake import FILES, Fake

f = Fake("leads-en-us-lawpeoplemoves")
PEOPLE = ["Charles M Hollister", "Michael Danforth", "Jonathan Pryce-Adler", "John Farraday", "Connie Pfaltz",
          "Kathlyn Ostrander", "Sammy Fordyce IV", "Colleen Mikulski", "Brooks Tennant", "Edward Ed L Ripton",
          "Stephanie McGarrity", "Ben Waltham", "Michael L Telfair", "Elizabeth Liz Webber", "Caroline C Paice",
          "Keith A Tayloe", "Gabriela Gabby M Baraza", "Stephen Jacoby", "Justo Menard", "Samuel Loring"]
FIRMS = ["Gable & Burrows LLP", "Kingsley & Spaulding LLP", "Arcadia Jaxon LLP", "Yates Colman LLP",
         "Patel | Garrison", "AZR Law Firm", "Kilmore Crosby & Quade", "Patterson + Sherwood LLP", "Andrews Myles",
         "Shook, Hardin & Bacall L.L.P.", "Nathan Somers Jacobi A Professional Corporation", "Crane Caton & Jameson PC",
         "Kirkwood & Ellison LP", "Hollander & Knight LLP"]
FIRM_OF = [0, 1, 1, 2, 3, 4, 5, 6, 7, 8, 9, 9, 10, 11, 11, 11, 11, 12, 13, 13]
ROLES = ["Partner", "Partner", "Partner", "Partner", "Partner", "Senior Associate Attorney", "Partner", "Shareholder",
         "partner", "Shareholder", "Partner", "Partner", "Associate", "Of Counsel", "Senior Associate", "Associate",
         "Associate", "Partner", "Partner", "Partner"]
AREAS = ["complex commercial litigation", "energy M&A and capital markets transactions", "labor and employment law",
         "appellate matters", "commercial property tax litigation", "personal injury trial work",
         "mergers and acquisitions and private equity", "patent preparation and prosecution",
         "restructuring and creditors’ rights", "product liability and business litigation",
         "lender-side finance and real estate transactions", "environmental compliance",
         "probate and fiduciary litigation", "executive compensation and benefits", "healthcare regulatory compliance"]

rows = [["Name", "Link", "Title", "Blurb"]]
sub = 6488390
for n, (person, firm_i, role) in enumerate(zip(PEOPLE, FIRM_OF, ROLES)):
    sub -= f.r.randint(1, 600)
    first = person.split()[0]
    link = (f"https://www.bizjournals.example.com//houston/potmsearch/detail/submission/{sub}/"
            f"{person.replace(' ', '_')}?l=&time=&ind=86&type=&ro={n}")
    area = f.pick(AREAS)
    blurb = (f"{person.replace(' Ed ', ' (Ed) ').replace(' Liz ', ' (Liz) ').replace(' Gabby ', ' (Gabby) ')} has joined "
             f"{FIRMS[firm_i].split(' LLP')[0]} in its Houston office. {first}’s practice focuses on {area}, "
             f"representing clients in state and federal matters.  ")
    if f.chance(0.3):
        blurb += f"\n\n{first} previously practiced with another Houston firm for {f.r.randint(4, 20)} years."
    else:
        blurb += f"{first} earned a law degree from a Texas law school and serves on a local nonprofit board."
    rows.append([person, link, f"{role} at {FIRMS[firm_i]}", blurb])

buf = io.StringIO()
csv.writer(buf, lineterminator="\n").writerows(rows)
with open(os.path.join(FILES, "leads-en-us-lawpeoplemoves.csv"), "w", encoding="utf-8", newline="") as fh:
    fh.write(buf.getvalue())
print(rows[1][:3], rows[10][:3], rows[14][:3])
