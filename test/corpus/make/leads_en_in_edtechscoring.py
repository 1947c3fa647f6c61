"""
Shape of abusen333/Customer-Analysis "Leads.xlsx" (commit
55027056a2c1bf4a7d2388e6c85a2f56ef90d541): an Indian online-education company's lead export
from its marketing-automation system (the "X Education" lead-scoring data), saved through
openpyxl (author admin), one sheet "Leads" A1:AK9241, no widths, no filter.

- 37 columns: Prospect ID (UUID), Lead Number (six digits), Lead Origin, Lead Source, Do Not
  Email, Do Not Call, Converted (0/1), TotalVisits, Total Time Spent on Website, Page Views Per
  Visit, Last Activity, Country, Specialization, How did you hear about X Education, What is your
  current occupation, What matters most to you in choosing a course, Search, Magazine,
  Newspaper Article, X Education Forums, Newspaper, Digital Advertisement, Through
  Recommendations, Receive More Updates About Our Courses, Tags, Lead Quality, Update me on
  Supply Chain Content, Get updates on DM Content, Lead Profile, City, Asymmetrique Activity
  Index, Asymmetrique Profile Index, Asymmetrique Activity Score, Asymmetrique Profile Score,
  I agree to pay the amount through cheque, A free copy of Mastering The Interview, Last Notable
  Activity.
- Form defaults "Select" left in Specialization, How did you hear, Lead Profile and City;
  blanks in many columns; Yes/No flags almost all "No"; "02.Medium" style indexes. No name,
  phone or e-mail anywhere: leads are only ids.
- The original has 9,240 rows; 300 here.
Values invented (ids, numbers, choices).
"""
import uuid
from fake import Fake, workbook, save

f = Fake("leads-en-in-edtechscoring")


def w(*pairs):
    items = []
    for v, n in pairs:
        items += [v] * n
    return f.pick(items)


HEAD = ["Prospect ID", "Lead Number", "Lead Origin", "Lead Source", "Do Not Email", "Do Not Call", "Converted",
        "TotalVisits", "Total Time Spent on Website", "Page Views Per Visit", "Last Activity", "Country",
        "Specialization", "How did you hear about X Education", "What is your current occupation",
        "What matters most to you in choosing a course", "Search", "Magazine", "Newspaper Article",
        "X Education Forums", "Newspaper", "Digital Advertisement", "Through Recommendations",
        "Receive More Updates About Our Courses", "Tags", "Lead Quality", "Update me on Supply Chain Content",
        "Get updates on DM Content", "Lead Profile", "City", "Asymmetrique Activity Index",
        "Asymmetrique Profile Index", "Asymmetrique Activity Score", "Asymmetrique Profile Score",
        "I agree to pay the amount through cheque", "A free copy of Mastering The Interview",
        "Last Notable Activity"]
wb = workbook()
wb.properties.creator = "admin"
ws = wb.active
ws.title = "Leads"
ws.append(HEAD)
num = 660740
for i in range(300):
    num -= f.r.randrange(1, 15)
    origin = w(("Landing Page Submission", 10), ("API", 8), ("Lead Add Form", 2), ("Lead Import", 1))
    visits = None if f.chance(0.015) else w((0, 5), (1, 2), (2, 4), (3, 3), (4, 3), (5, 2), (6, 1), (8, 1), (11, 1))
    time = 0 if not visits else f.r.randrange(20, 2200)
    pages = None if visits is None else 0 if visits == 0 else f.pick([1, 2, 2, 3, 4, 1.5, 2.5, 2.33, 5])
    asym = f.chance(0.54)
    act = w(("Email Opened", 7), ("SMS Sent", 6), ("Olark Chat Conversation", 2), ("Page Visited on Website", 1),
            ("Converted to Lead", 1), ("Email Bounced", 1), (None, 0))
    ws.append([
        str(uuid.UUID(int=f.r.getrandbits(128), version=4)), num, origin,
        None if f.chance(0.004) else w(("Google", 6), ("Direct Traffic", 5), ("Olark Chat", 4), ("Organic Search", 3),
                                         ("Reference", 1), ("Welingak Website", 1), ("google", 1) if False else ("Referral Sites", 1)),
        w(("No", 12), ("Yes", 1)), "No", w((0, 6), (1, 4)), visits, time, pages,
        None if f.chance(0.01) else act,
        None if f.chance(0.27) else w(("India", 40), ("United States", 1), ("United Arab Emirates", 1), ("Singapore", 1)),
        None if f.chance(0.16) else w(("Select", 5), ("Finance Management", 3), ("Human Resource Management", 2),
                                        ("Marketing Management", 2), ("Operations Management", 1), ("Business Administration", 1)),
        None if f.chance(0.24) else w(("Select", 11), ("Online Search", 2), ("Word Of Mouth", 1), ("Student of SomeSchool", 1)),
        None if f.chance(0.29) else w(("Unemployed", 16), ("Working Professional", 2), ("Student", 1)),
        None if f.chance(0.29) else "Better Career Prospects",
        "No", "No", "No", "No", "No", w(("No", 40), ("Yes", 1)), "No", "No",
        None if f.chance(0.36) else w(("Will revert after reading the email", 6), ("Ringing", 4),
                                        ("Interested in other courses", 2), ("Already a student", 1), ("Closed by Horizzon", 1)),
        None if f.chance(0.52) else w(("Might be", 4), ("Not Sure", 3), ("High in Relevance", 2), ("Worst", 1), ("Low in Relevance", 1)),
        "No", "No",
        None if f.chance(0.29) else w(("Select", 8), ("Potential Lead", 3), ("Other Leads", 1)),
        None if f.chance(0.15) else w(("Mumbai", 9), ("Select", 6), ("Thane & Outskirts", 2), ("Other Cities", 2), ("Other Metro Cities", 1)),
        w(("02.Medium", 9), ("01.High", 2), ("03.Low", 1)) if asym else None,
        w(("02.Medium", 6), ("01.High", 5)) if asym else None,
        f.r.randrange(12, 17) if asym else None,
        f.r.randrange(14, 20) if asym else None,
        "No", w(("No", 7), ("Yes", 3)),
        w(("Modified", 7), ("Email Opened", 6), ("SMS Sent", 5), ("Page Visited on Website", 1))])
save(wb, "leads-en-in-edtechscoring.xlsx")
