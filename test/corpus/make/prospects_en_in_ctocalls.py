"""
Shape of Santosh7338/prod_crm "CRM IMPORT FILE.xlsx": an IT services firm's telecaller sheet of
manufacturing companies called on one day, meant for import into its CRM, one sheet.

- "Sheet1": bold grey header on row 1, 27 columns: Sr No / Date / Company Name / Industry /
  Emp Size / Contact Person Name / Medium / Contact Number / Alternative Number / Email ID /
  Alternative Email ID / Designation / Status / Medium (again) / Challenges / Follow up date /
  Remark, then three more "Follow up date / Remark" pairs and two empty "Follow Up / Remark"
  pairs. 40 companies, one row each, all called on the same day (d-mmm), Industry
  "Manufacturing" and Emp Size "11 to 50 " (trailing space) on every row; the contact is the
  CTO (a CEO twice, an IT Head once), names in any case, "Dr." titles, a first name alone;
  Contact Number a 10-digit number stored as a number, a UK number with its 44 prefix, or "NA"
  (8 rows); Alternative Number mostly "NA", a number, once a landline as text with +91, once a
  number as text with a trailing line break; Email ID a work or personal address, Alternative
  Email ID another or "NA"; Medium / Status / Challenges "NA" on every row; the first follow-up
  date is the call date and its Remark the call's outcome in the caller's words; the further
  pairs hold "NA", the last two pairs nothing.
Values invented.
"""
import datetime

from openpyxl.styles import Font, PatternFill

from fake import Fake, save, workbook

f = Fake("prospects-en-in-ctocalls")
DAY = datetime.datetime(2025, 1, 6)
# (company, contact, designation, phone style, alternative style, remark)
ROWS = [
    ("Kestrel Polymers Ltd", "Vinod Kulkarni", "CTO", "m", "NA", "Do not call again, not interested"),
    ("Ramanath Group", "Sachin Bhosale", "CTO", "m", "NA", "Number out of service"),
    ("Nexora AI Pvt. Ltd.", "Abhay Paranjpe", "CTO", "m", "NA", "No requirement right now"),
    ("Sterling Medical Devices", "Nitin Kamat", "CTO", "m", "NA", "Not Connect"),
    ("Pragati Vision India", "ROHIT S. MALHOTRA", "CTO", "NA", "NA", "No Contact Details"),
    ("Bharat Electro Appliances Ltd", "Mahesh Vasant Gokhale", "CTO", "m", "NA", "Busy"),
    ("SkyTrail Aero Innovations Limited", "Ajay Borkar", "CTO", "m", "NA",
     "they run pilot training and keep all data with their parent company"),
    ("Vardhan AutoComp Systems Ltd", "Shrikant Apte", "CTO", "m", "m", "Not the CTO, handles support tickets only"),
    ("Trinova", "Ganesh Wagh", "CTO", "NA", "NA", "No Contact Details"),
    ("VOLTA MOTO", "Gareth Pryce", "CTO", "uk", "NA", "Invalid No"),
    ("Crestwell Controls", "Sudip Naskar", "CTO", "m", "NA", "Asked to send details on WA"),
    ("Orion Cables", "MANISH ARORA", "CTO", "m", "m", "1st not connect, then said company is run from Dubai, no need"),
    ("Hoshi Electric Co., Ltd.", "Yogesh Dhamne", "CTO", "NA", "NA", "No Contact Details"),
    ("Bluefuel (Deccan Mobility Limited)", "Suresh K.", "CTO", "m", "m", "1st Not Received 2nd Switched Off 3rd Busy"),
    ("Wingspan Labs Private Limited", "Akshay Jadhav", "CTO", "NA", "NA", "No Contact Details"),
    ("Aether Systems", "Mandar Lele", "CTO", "m", "NA", "Not In network"),
    ("RKP ELECTRONICS LTD", "Shweta Karnik", "CTO", "m", "m", "Runs on Tally, 40 staff, not looking at cloud; mail sent"),
    ("Sahyadri Organic Chemicals Ltd.", "Pradeep Nair", "CTO", "m", "m", "1st Not Received and 2nd 3rd Not Exist"),
    ("ZENITH MOTORS", "Debashis Sahu", "CTO", "m", "m", "All not Exist"),
    ("Shree Pressings Pvt. Ltd. - India", "Ketan Bapat", "CEO", "m", "m", "Call Back"),
    ("Convey Tech India Pvt Ltd", "Julien MOREAU", "CTO", "NA", "NA", "No Contact Details"),
    ("FORGE Makes", "Tushar Khandare", "CTO", "m", "NA", "will mail, open to a meeting next week"),
    ("Devrath Technologies Pvt Ltd", "Ramesh Oswal", "CTO", "m", "NA", "driving, call tomorrow"),
    ("Skylark Design Services Pvt. Ltd", "Prakash Kondekar", "CTO", "m", "NA", "Not Received"),
    ("Cyberlink Automation P. Ltd.", "Hemant Patil", "CTO", "m", "NA", "Asked to share details by mail"),
    ("Ampere Grid Private Limited", "Arnab Sen", "CTO", "m", "m", "on 2nd number, asked to share details over WA"),
    ("ACE Packaging World", "Suresh Pillai", "CTO", "m", "land", "Not Received"),
    ("Sagar Defence Systems Limited (Naval Division)", "Rajiv Bhalla", "CTO", "m", "NA", "Call after 1 hour "),
    ("Pinnacle Infotech Services Pvt Ltd.", "Sandeep Ghule", "CTO", "m", "NA", "Busy"),
    ("Ubiquity Edge", "Chirag Shah", "CEO", "m", "mtext", "1st Not Received and 2nd 3rd Not Exist"),
    ("Apex Latex Industries Limited", "Sunanda Das", "CTO", "NA", "NA", "No Contact Details"),
    ("NRS Bearings Limited", "Dr. Karthik Subramanian", "CTO", "m", "NA", "Not Connect"),
    ("Cohesion Life Sciences (formerly Sajan Pharma Ltd.)", "Ankit Bansal", "CTO", "m", "NA", "In a meeting, sent a text"),
    ("Mintleaf Robotics", "Omkar Deshmukh", "CTO", "NA", "NA", "No Contact Details"),
    ("Sunlong (Solara) Technologies", "imran shaikh", "CTO", "m", "m",
     "office in Mumbai but IT is handled by the group team in Singapore; mail shared anyway "),
    ("SIDDHIVINAYAK ENGINEERING INDUSTRIES PRIVATE LIMITED", "Dr. Ajit Vaze", "CTO", "m", "NA", "Not Received"),
    ("Coastal Electricals (India) Limited", "Dr Sameer Dalal", "CTO", "m", "NA", "Not Received"),
    ("Hyotron India Pvt Ltd", "Jatin Ahuja", "CTO", "m", "NA", "in a meeting, tomorrow weekly off, call on friday"),
    ("Adroit Automation Private Limited", "Sayan Chatterjee", "CTO", "NA", "NA", "No Contact Details"),
    ("Canara Fincorp", "Raghav", "IT Head", "m", "NA", "Will connect with CIO, call tomorrow after 11am"),
]
HEAD = ["Sr No", "Date", "Company Name", "Industry", "Emp Size", "Contact Person Name", "Medium", "Contact Number",
        "Alternative Number", "Email ID", "Alternative Email ID", "Designation", "Status", "Medium", "Challenges",
        "Follow up date", "Remark", "Follow up date", "Remark", "Follow up date", "Remark", "Follow up date", "Remark",
        "Follow Up", "Remark", "Follow Up", "Remark"]


def mobile():
    return int(f.mobile_in())


def mails(company, contact):
    parts = [p for p in contact.lower().replace("dr. ", "").replace("dr ", "").replace(".", "").split() if p]
    first, last = parts[0], parts[-1]
    domain = "".join(ch for ch in company.lower().split()[0] if ch.isalnum())
    work = f"{first}.{last}@{domain}.test" if f.chance(0.7) and last != first else f"{first}@{domain}.test"
    personal = f.email(f"{first}{last if last != first else ''}{f.r.randrange(1, 99) if f.chance(0.4) else ''}")
    if f.chance(0.3):
        return personal, f.email(f"{first[0]}{last}") if f.chance(0.6) else "NA"
    return work, personal if f.chance(0.8) else "NA"


wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(HEAD)
grey = PatternFill("solid", fgColor="FFA6A6A6")
for c in ws[1]:
    c.font = Font(bold=True)
    c.fill = grey
for i, (company, contact, title, phone, alt, remark) in enumerate(ROWS, start=1):
    mail, alt_mail = mails(company, contact)
    phone_v = {"m": mobile, "NA": lambda: "NA", "uk": lambda: int(f"447700900{f.r.randrange(100, 999)}")}[phone]()
    alt_v = {"NA": lambda: "NA", "m": mobile, "land": lambda: f"+91 22 5550 {f.r.randrange(1000, 9999)}",
             "mtext": lambda: f.mobile_in() + "\n"}[alt]()
    row = [i, DAY, company, "Manufacturing", "11 to 50 ", contact, "NA", phone_v, alt_v, mail, alt_mail, title,
           "NA", "NA", "NA", DAY, remark] + ["NA"] * 6
    ws.append(row)
    r = i + 1
    for col in (2, 16):
        ws.cell(r, col).number_format = "d-mmm"
    for col in range(18, 24):
        ws.cell(r, col).number_format = "d-mmm"
widths = [5.7, 10.2, 44.8, 20.8, 8.8, 20.3, 10.5, 17.8, 19, 34.7, 28.8, 18.2, 12, 10, 10.7, 14.3, 67.3, 14.3, 9.5,
          14.3, 7.5, 14.3, 7.7, 9.8, 7.7, 9.8, 7.7]
for j, w in enumerate(widths, start=1):
    ws.column_dimensions[ws.cell(1, j).column_letter].width = w

save(wb, "prospects-en-in-ctocalls.xlsx")
