"""
Shape of skalamera/auto-assign tickets.xlsx: an education publisher's support tickets pulled from
Freshdesk's API into Excel (bold header row, no other styles), one sheet "Sheet1". 26 snake-case
API headers: group_id / priority (1-3) / requester_id / responder_id (11-digit ids as numbers) /
source (Freshdesk's code: 1 e-mail, 2 portal, 9 widget) / company_id / status (code 2, 4, 6, 10) /
subject / id (the ticket number, descending) / type (Incident, Service Request, End User Request,
mostly empty) / due_by / fr_due_by / description_text (the customer's message, with line breaks,
an "EXTERNAL EMAIL! CAUTION" banner on e-mailed ones, _x000D_ escapes) / created_at / updated_at
(ISO texts "2025-09-22T00:30:21Z") / tags (a Python list as text "['RR']") /
custom_fields_cf_categorization / _subcategory / _issue_detail / _product_type / _product (on the
triaged tickets only) / custom_fields_cf_account_manager (the district's account manager, on
half) / custom_fields_cf_vip (True/False) / custom_fields_cf_district509811 (the customer school
district, in capitals or title case, some with "(realm: …)") / custom_fields_cf_region /
custom_fields_cf_rvp (the regional vice-president). Values invented.
"""
import datetime

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("tickets-en-us-freshdesk")
DISTRICTS = [("ST ALBANS CO PUBLIC SCHOOLS", "Northeast"), ("Riverton Unified School District (realm: riverton)", "West"),
             ("MILLBROOK PUBLIC SCHOOL DIST", "Northeast"), ("MSD Of Harlan County", "Central Southeast"),
             ("Bayview County School District (realm: bayviewschools)", "Central Southeast"),
             ("FAIRHAVEN HARBOR EXEMPT VLG SD", "Central Southeast"), ("OAKDALE CMTY UNIT SD 115", "Central Southeast"),
             ("NEW SALEM COMMUNITY SCHOOLS", "Central Southeast"), ("CEDAR CITY R2 SCHOOL DISTRICT", "Central Southwest"),
             ("TORRANCE CITY SCHOOL DIST", "Northeast"), ("LEEDS CO PUBLIC SCHOOLS", "Northeast"),
             ("PINE LAKE IND SCH DIST 831", "Central Southeast"), ("TULAROSA CITY SCHOOL DISTRICT", "West"),
             ("ARDEN SCHOOL DISTRICT", "Central Southeast"), ("ANDOVER VALLEY UNIF SCH DIST", "West"),
             ("UNION GROVE SCHOOL DISTRICT", "Central Southeast"), ("PALMETTO CO SCHOOL DISTRICT", "Central Southeast"),
             ("Fairmont-Manlius Ctl Sd", "Northeast"), ("Community Unit School District 301", "Central Southeast")]
RVP = {"Northeast": "Helen Marlow", "West": "Maria Ashdown", "Central Southeast": "Maria Ashdown",
       "Central Southwest": "Kyle Northcott"}
AMS = ["Judith Fairbank", "Susan Wick", "Audra Pembury", "Cristina Oakes"]
GROUPS = [67000578161, 67000578162, 67000578163, 67000578164]
AGENTS = [67063081184, 67031011668, 67030529218, 67025683491, 67025131090, 67025156472, 67062322271, 67064466505]
BANNER = ("EXTERNAL EMAIL! CAUTION: This email originated from outside of Lumen Learning Co. Do not click links "
          "or open attachments unless you recognize the sender and know the content is safe._x000D_\n_x000D_\n")
ISSUES = [
    ("Delete customizations", "How do I delete customizations that I no longer want? "),
    ("Grades won't share", "Parents can't access grades for unit 1 week 2 assessments even though I shared it with students.  Share with students feature not working.  "),
    ("Plan and Teach", "My teaching plans are not listed in plan and teach.  i have to create a new plan everytime.  How do I access plans I have created?"),
    ("Single sign-on", "Our school is transitioning all our programs onto single sign-on._x000D_\n_x000D_\nIs there an additional fee to roster with it?"),
    ("Inability to access particular questions and view the whole page", "Please help us be able to answer all questions and view the materials on the page. The split page is too congested for them to view."),
    ("Tech Admin", "I can no longer log into tech admin now that I have a universe account."),
    ("User Role", "How can I change a staff member from Teacher role to School Admin role? \n\nShe should be a school admin for her elementary school, not a teacher."),
    ("eAssessments", "I can only find the printable assessments. Where are the eAssessments?"),
    ("Grammar & Spelling Teacher Edition", "I am looking for the online version of the grammar & spelling teacher book in our library. Currently I can only see the 6th grade version."),
    ("Digital Subscription Fulfillment Email", "Greetings,\n\nWe just received an email confirming our purchase of additional products and noticed that one of the two emails for Rostering contacts is wrong."),
    ("Issue on iPad", "Assignment is not functional on iPad. I have attached a video of issue."),
    ("assessment changes", "Can you please give me access to revise assessments at the district level? I had access last year and do not believe I currently do. "),
    ("Sample Anchor Charts", "Is there a place that holds all of the sample anchor charts? I am wanting them already grouped by unit."),
    ("Instructional Slides", "Our Dual Language teachers are wondering if instructional slides are being created for this resource."),
    ("Kinder & TK", "What values can I put in the class column for Kinder & TK students.  Our SIS system uses 0 and -1."),
    ("New Rostering Contact", "Please add our new data coordinator as the rostering contact for the district."),
    ("Reading", "My class just took the unit 1 reading assessment and I cannot find the reports."),
    ("Status Email Subscription", "Good day,  Is there a way that our users can sign up for a status email notification when there is an issue?\xa0 "),
    ("TA access", "Good morning, One of our teaching assistants needs access. Can we add her as an admin or do we have to put her in as a co-teacher?"),
    ("Password reset not received", "Teachers at two schools never get the password reset email."),
    ("Class roster missing students", "Three students who enrolled last week do not show on my class roster."),
    ("Printing the teacher guide", "When I print the teacher guide the last pages come out blank."),
    ("Audio not playing", "The read-aloud audio does not play on Chromebooks."),
    ("Invoice copy", "Could you send a copy of the invoice for our renewal? Our business office needs it."),
]
TRIAGE = [("Access Management", "Modify Access", "Role Change", "Not Product Specific", "Not Product Specific"),
          ("Onboarding/Rostering", "Rostering Confirmation", "Update Contact", "Not Product Specific", "Not Product Specific"),
          ("End User Request", "Request for Info", "Product Question", "Adelante", "- c2023"),
          ("Technical Issue", "Reports", "Missing or Incomplete Data", "Not Product Specific", "Not Product Specific")]


def iso(d):
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


rows = []
ticket = 322350
created = datetime.datetime(2025, 9, 22, 9, 30, 21)
for k, (subject, text) in enumerate(ISSUES):
    ticket -= f.r.randrange(3, 40)
    created -= datetime.timedelta(minutes=f.r.randrange(20, 600))
    district, region = DISTRICTS[k % len(DISTRICTS)]
    source = f.r.choices([9, 2, 1], weights=[15, 4, 3])[0]
    desc = (BANNER + text) if source == 1 else text
    triaged = f.chance(0.3)
    priority = f.r.choices([1, 2, 3], weights=[18, 3, 1])[0]
    due = created + datetime.timedelta(days=7 if priority == 1 else 1)
    row = [f.pick(GROUPS), priority, 67000000000 + f.r.randrange(10 ** 8), f.pick(AGENTS), source,
           67000000000 + f.r.randrange(2 * 10 ** 6), f.pick([2, 2, 2, 4, 6, 10]), subject, ticket,
           f.pick(["Incident", "Service Request", "End User Request"]) if triaged else None,
           iso(due.replace(minute=0, second=0) if f.chance(0.6) else due), iso(created + datetime.timedelta(hours=2)),
           desc, iso(created), iso(datetime.datetime(2025, 9, 22, 12, f.r.randrange(60), f.r.randrange(60))),
           f.pick(["['RR']"] * 6 + ["[]", "['plan&teach', 'RR']"])]
    row += list(f.pick(TRIAGE)) if triaged else [None] * 5
    row += [f.pick(AMS) if f.chance(0.5) else None, False, district, region, RVP[region]]
    rows.append(row)
rows[16][15] = "['VIP', 'RR']"
rows[16][22] = True

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["group_id", "priority", "requester_id", "responder_id", "source", "company_id", "status", "subject", "id",
           "type", "due_by", "fr_due_by", "description_text", "created_at", "updated_at", "tags",
           "custom_fields_cf_categorization", "custom_fields_cf_subcategory", "custom_fields_cf_issue_detail",
           "custom_fields_cf_product_type", "custom_fields_cf_product", "custom_fields_cf_account_manager",
           "custom_fields_cf_vip", "custom_fields_cf_district509811", "custom_fields_cf_region", "custom_fields_cf_rvp"])
for c in ws[1]:
    c.font = Font(bold=True)
for row in rows:
    ws.append(row)
for col, width in zip("ABCDEFGHIJKMNOPQRSTUVWXYZ", [12, 7.1, 12, 12.1, 6.6, 21.7, 6, 53.6, 7, 15.3, 19.6, 50, 22.4, 19.6,
                                                    16.7, 28.6, 27, 26.4, 28.1, 23.2, 32, 19, 43.8, 21.9, 19.2]):
    ws.column_dimensions[col].width = width
save(wb, "tickets-en-us-freshdesk.xlsx")
