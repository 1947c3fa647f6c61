"""
Shape of Shivangi-Raj/Medisure "doctors.xlsx" (commit 9334056f2d88f0c13d156f247678de0a3568fdc2): a
student project's raw material for a doctor-finder app — a local-search directory's web pages
copied and pasted into Excel.

- "doctors": one column of specialty names with a trailing space ("Cardiologists ", …), no header.
- "cardiologists": a whole search-results page pasted into column A from row 96: the menu of
  related searches ("… near me"), "See More See Less", popular areas, "Also use for:" with
  unrelated services, "Map View / Near Me / Sort By / Filter", then one block per listing spread
  over a dozen rows with gaps (the listing title "… in <area>, Bangalore", the shortened name,
  the rating as a number, "n Votes " twice, the truncated and full address with the PIN code,
  "Click here to view your friends rating", categories, "Book Appointment", experience and fee),
  a two-column table of surgery costs in rupee ranges, and the site's login, password and
  feedback dialog texts at the bottom.
- "Sheet3": empty.
Clinic names and addresses invented.
"""
from fake import Fake, save, workbook

f = Fake("directory-en-in-doctorpaste")
r = f.r

SPECIALTIES = ["Ayurvedic Doctors", "Cardiologists", "Chest Specialists", "Cosmetic Surgeons", "Dentists", "Dermatologists",
               "Diabetologists", "Dietitians", "ENT Specialists", "Eye Specialists", "Gastroenterologists",
               "General Physicians", "General Surgeons", "Gynaecologists", "Hair Transplant Surgeons", "Homeopathic Doctors",
               "Infertility Specialists", "Laparoscopic Surgeons", "Nephrologists", "Neurologists", "Neurosurgeons",
               "Oncologists", "Orthopaedic Doctors", "Paediatricians", "Physiotherapists", "Plastic Surgeons",
               "Psychiatrists", "Psychologists", "Pulmonologists", "Rheumatologists", "Sexologists", "Sleep Specialists",
               "Speech Therapists", "Spine Surgeons", "Sports Medicine Doctors", "Allergists", "Andrologists",
               "Anaesthetists", "Audiologists", "Bariatric Surgeons", "Child Psychologists", "Colorectal Surgeons",
               "Counsellors", "Critical Care Specialists", "Endocrinologists", "Family Physicians", "Geriatricians",
               "Haematologists", "Hepatologists", "Immunologists", "Internal Medicine Doctors", "Interventional Radiologists",
               "Naturopathy Doctors", "Neonatologists", "Nutritionists", "Occupational Therapists", "Oral Surgeons",
               "Orthodontists", "Pain Management Specialists", "Pathologists", "Periodontists", "Podiatrists",
               "Prosthodontists", "Radiologists", "Siddha Doctors", "Skin Specialists", "Trichologists",
               "Ultrasonologists", "Unani Doctors", "Urologists", "Vascular Surgeons", "Veterinary Doctors"]
RELATED = ["Cardiologists", "Cardiac Surgeon Doctors near me", "Vascular Surgery Doctors near me",
           "Doctors For Varicose Veins Treatment near me", "Cardiothoracic Surgeons near me",
           "Paediatric Cardiologist Doctors near me", "Interventional Cardiologists near me",
           "Pace Maker Implantation Doctors near me", "Non Invasive Cardiologist Doctors near me",
           "Dermatologists near me", "ENT Doctors near me", "Orthopaedic Doctors near me", "Paediatricians near me",
           "Dentists near me", "Neurologists near me", "Psychiatrists near me", "Physiotherapists near me",
           "On Call Doctor near me", "See More See Less"]
AREAS = ["Rajajinagar", "Malleswaram", "Indiranagar", "Koramangala", "Vijayanagar", "Jayanagar", "Jp Nagar",
         "Marathahalli", "Yelahanka"]
ALSO = ["Personal Loans", "Packers And Movers", "Car Hire", "Travel Agents", "Schools", "Electricians", "Beauty Spas",
        "Transporters", "Estate Agents", "See More See Less"]
CLINICS = [("Hrudaya Cardiology Clinic", "Kumara Park West", "No 41, 9th Cross, Kumara Park West, Bangalore - 560020, Near Ganesha Temple "),
           ("Sanjeevini Heart Centre", "Banashankari 2nd Stage", "No.88/2, 27th Cross, Banashankari 2nd Stage, Bangalore - 560070, Opp Water Tank "),
           ("Nandi Multispeciality Hospital", "Richmond Town", "No.12, Hosur Road Service Lane, Richmond Town, Bangalore - 560025, Near Bus Depot "),
           ("Kaveri Heart Institute", "Sanjay Nagar", "3rd Floor, Kaveri Towers, 80 Feet Road, Sanjay Nagar, Bangalore - 560094 "),
           ("Arogya Cardiac Care", "Electronic City Phase 1", "Plot 7, Velankani Drive, Electronic City Phase 1, Bangalore - 560100 "),
           ("Suraksha Heart & Vascular Clinic", "Hebbal", "No.5/1, Bellary Road, Hebbal, Bangalore - 560024, Next to Flyover "),
           ("Chaitanya Hospital (Ch)", "BTM Layout 2nd Stage", "No.16/17, 16th Main, BTM Layout 2nd Stage, Bangalore - 560076, Near Udupi Hotel "),
           ("Dr. Vasudev Heart Clinic", "Basavanagudi", "No 23, DVG Road, Basavanagudi, Bangalore - 560004, Above Medical Store "),
           ("Sparsh Cardio Centre", "Whitefield", "ITPL Main Road, Whitefield, Bangalore - 560066, Opp Forum Mall Gate 2 ")]
FOOTER = ["Enter verification code sent on +91 - Submit ", "Re-send verification code ", "× Change Password", "New Password",
          "Re-enter Password", "Submit", "Your password has been changed successfully", "Done", "×", "Forgot Password",
          None, "Ok", "Switching Profile...", "x", "Profile Information", "X", None, "Critics Rating ", None,
          "Critics rating is an average of top 5 media critics of", "the country", None, "X", None, "JD User Ratings ",
          None, "X X X X X X X", None, "Are you sure you want to delete this Rating / Review.", None, "Yes No", None,
          "OK", "Please Click on the appropriate link to provide feedback:", "I am a Registered customer. ",
          "Feedback on information provided. ", "Feedback on staff. ", "Issues with Online orders. ", "New Listing. ",
          "Suggestions with User Interface. ", "Any other issue. "]

wb = workbook()
ws = wb.active
ws.title = "doctors"
for i, s in enumerate(SPECIALTIES, 1):
    ws.cell(i, 1, s + " ")

page = wb.create_sheet("cardiologists")
row = 96


def put(value, gap=1, col=1):
    global row
    if value is not None:
        page.cell(row, col, value)
    row += gap


for line in RELATED:
    put(line)
row += 2
put("Popular Areas")
put("Cardiologists in Bangalore")
for a in AREAS:
    put(f"Cardiologists in {a}")
put("See More See Less", 2)
put("Also use for:")
for s in ALSO:
    put(s)
row += 1
for s in ["Map View", "Near Me", "Sort By ", "Filter "]:
    put(s)
row += 1
for name, area, address in CLINICS:
    votes = r.randrange(20, 7000)
    put(f"{name} in {area}, Bangalore", 2)
    put((name[:27] + ".. ") if len(name) > 27 else name + " ", 3)
    put(round(r.uniform(3.8, 4.7), 1))
    put(f"{votes} Votes ", 2)
    put(f"{votes} Votes ", 2)
    put(f"{area[:18]}.. | more.. {address}", 2)
    put("Click here to view your friends rating ", 2)
    put("Cardiologists, Cardiac Hospitals,  .. ", 2)
    put("Sagar & 2 more freinds rated", 3)
    put("Book Appointment ")
    put("Click here to view your friends rating Cardiologists " +
        (f"Exp: {r.randrange(5, 30)} yrs Fee: {r.choice([300, 500, 700])} INR " if r.random() < 0.4 else ""))
row += 3
page.cell(row, 1, "Type of Surgery")
page.cell(row, 2, "Cost")
row += 1
for op, cost in [("Bypass surgery", "Rs. 70,000 to Rs. 6,00,000"), ("Angioplasty", "Rs. 50,000 to Rs. 5,00,000"),
                 ("Open Heart Surgery", "Rs. 1,80,000 to Rs. 3,60,000"), ("Heart Valve Replacement", "Rs. 70,000 to Rs. 8,50,000"),
                 ("Coronary Angiography", "Rs. 26,000 to Rs. 36,000"), ("Heart Transplant", "Rs. 27,00,000 to Rs. 42,00,000")]:
    page.cell(row, 1, op)
    page.cell(row, 2, cost)
    row += 1
row += 4
for line in FOOTER:
    put(line)
page.column_dimensions["A"].width = 21.9
wb.create_sheet("Sheet3")

save(wb, "directory-en-in-doctorpaste.xlsx")
