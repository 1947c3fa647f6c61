"""
Shape of Laxmi-Narasimha/benztraq "crm sheets/CRM New Leads - <tab>.csv" (at commit dfd2b35): the
Google Sheet "CRM New Leads" of an Indian industrial-packaging firm near Gurugram (VCI film and bags,
desiccants, pallets, boxes, and a European strapping-machine range it distributes), downloaded one
CSV per tab; re-made here as the one workbook with its six tabs, one per sales person or product line.
Every tab has its own header, typed by hand:

- "Ergostrap" (the machine line, ~157 rows in the source): Sr. No. / Customer / "Name " / "Phone No. " /
  Email ID / Status (trailing spaces in two headers). One row per contact at a prospect: several
  names or e-mails in one cell (", " or long runs of spaces, once "(wrong email)"), phones in
  brackets "(+91 98xxx xxxxx, +91 22 xxxx xxxx)", bare or with spaces, a US and a Bulgarian number;
  Status a running log of mails and calls ("Logimat Intro mail sent 10th Feb.. called 11th feb no
  reply") naming the colleague who wrote. The same prospect twice with two contacts; persons as
  customers; a "New Company" placeholder; a place as customer; rows after no. 137 unnumbered.
- "Harjeet Singh": Sr. No / Comapnay / Product / Status / Location / "Dealing  Person" (the staff
  handling it, "Vikram Sir / Ritu"); five bare company names at the bottom without number.
- "Ritu": No / Company / Product / (empty header: remarks) / Location / Status (Quote Sent, In
  Discussion, Order Received, Sample Sent, VRF); number 15 missing; a bare name at the bottom.
- "Sandeep": No / Comapnay / Product / Location / Status (empty) / Remarks.
- "Pooja": No / Comapnay / Product / Phone No / Mail Addrress / Location / Status (Order Received,
  closed, Quote Sent, Hold, following up …) / Country (Domestic / Export) / "6 Mar" (the latest
  remark, headed by its date); phones without "+", one with a trailing apostrophe; numbered empty
  rows 57–70 at the end (57 with a status only).
- "Neha": No / Comapnay / Product / Status / Location / (empty header: a reminder or a name);
  number 10 missing; nine bare company names at the bottom.

Values invented: companies, people, staff, phones (Indian numbers in the 90000 block, others in
555-01xx), e-mails (domains under .test); remark wording and products follow the source.
"""
from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("pipeline-en-in-packagingleads")

STAFF = ["Raghav Sir", "vikram sir", "kavya mam", "harish", "anil sir", "deepak sir", "meenakshi", "rohit sir", "neha", "pooja"]
FIRST = ["Bhavesh", "Pushkar", "Akshay Kumar", "Mihir", "Rajnish", "Jithesh", "Akhil", "Raman", "Harish", "Tarun",
         "Vasant", "Gopal", "Nitesh", "Nilesh", "Naveed", "Anant", "Sohil", "Vijith", "Prashant", "Sankar", "Santosh",
         "Vinay", "Kishor", "Binit", "Vikas", "Sunil", "Kishin", "Biligiri", "Somnath", "Sathish", "Gunaseelan",
         "Himanshu", "Radhen", "Anil", "Sachin", "Manoj", "Edward", "Cyril", "Ivan", "Kavit", "Amit", "Shantilal",
         "Alpesh", "Dnyaneshwar", "Kamal", "Surendra", "Saurabh", "Nishant", "Avinash", "Tushar", "Sudhanshu",
         "Mahesh", "Rajkamal", "Sudhir", "Sandeep", "Neeraj", "Hozefa", "Manojsingh", "Bhupen", "Milind", "Anandrao"]
LAST = ["Patel", "Gounder", "Kumar", "Shah", "Rao", "Nair", "Verma", "Mehta", "Joshi", "Desai", "Kulkarni", "Iyer",
        "Pillai", "Bhatt", "Menon", "Reddy", "Sawant", "Patil", "Chheda", "Thakkar", "Naidu", "Shetty", "Pandya"]
COMPANY = ["Golden Reef Nets Pvt Ltd", "Dovetail Fuel Systems", "L&R Technical Services", "Varuna SPD", "vah",
           "Nexora Steering", "Konark Logistics", "Kiranpur Pumps", "JAX group", "Pinnacle Pharma Solution",
           "Sonstige Industries", "JCM India", "Bhel-Tron", "CIA Automotive India Ltd", "AG Group ", "Varshil Shah Co",
           "Quickline Supply Chain Pvt Ltd (Relay Industries)", "Industrial Switchgear & Controls",
           "Godavari Enterprises Group", "Kalyan Techno Forge", "Mahendra", "Coign Consulting",
           "Dana Anand India Pvt. Ltd.", "SAI SM Enterprises", "Troaxa Safety Systems India Pvt Ltd",
           "OmTrans Logistics Ltd.", "WandG", "Delta Logistic (Division of Delta Enterprises)", "Manik Engineering Pvt. Ltd.",
           "SPOBU", "Miebach Consulting India Pvt. Ltd.", "Expert Value Pack LLP", "TANFAC Industries Limited",
           "Prakash Chemicals Private Limited", "NetraHasta Robotics", "NIDO Machineries Pvt. Ltd.", "Smartest Consultants",
           "Sutlej Textiles and Industries Limited (K K Group)", "TVR Supply Chain Solutions Limited",
           "SUPRIYA LIFESCIENCE LTD.", "NIS-1 Limited", "Pidilux Industries Limited", "Bharat Bijlee Limited",
           "ARMSTRONG DEMATIC", "APEX METAL INDIA", "SUYASH GLOBAL PVT. LTD.", "MNK Service", "Reliant Life Sciences",
           "Thermo Scientific Labs", "Harspan Engineering Pvt. Ltd.", "ELYIUM ENGINEERING", "NORD Drivesystems Pvt. Ltd.",
           "Right Moves Logistics", "Larsen Heavy Machinery Limited (Construction & Mining)", "TODI MILLS"]


def person():
    return f"{f.pick(FIRST)} {f.pick(LAST)}"


def mobile(spaced=None):
    n = f.mobile_in()
    spaced = f.chance(0.5) if spaced is None else spaced
    return f"{n[:5]} {n[5:]}" if spaced else n


def mailbox(name, company):
    dom = "".join(c for c in company.lower().split("(")[0] if c.isalnum())[:14] or "firm"
    first = name.split()[0].lower().strip(".") if name else "info"
    return f"{first}.{name.split()[-1].lower()}@{dom}.test" if name and " " in name else f"{first}@{dom}.test"


def logimat(day):
    base = f"Logimat Intro mail sent {day}th Feb"
    tail = f.pick(["", "", "", ".. called 11th feb no reply", "... called 24th feb no reply", "... failure delivery",
                   ".. called 25th feb - no reply", "... called 11th feb - will connect if there is any requirement",
                   ".. called 24th feb busy and 25th feb - no reply"])
    return base + tail


wb = workbook()

# ---- Ergostrap ----------------------------------------------------------------------------------
ws = wb.active
ws.title = "Ergostrap"
ws.append(["Sr. No.", "Customer", "Name ", "Phone No. ", "Email ID", "Status"])
ERGO = []
ERGO.append(("Golden Reef Nets Pvt Ltd", "Bhavesh ", "(+91 90000 10417)", "goldenreefnets@gmail.test",
             "Intro Mail sent by Raghav Sir on 7th jan and follow up mail sent 16th jan"))
ERGO.append(("Dovetail Fuel Systems", "Pushkar ", "", "pushkar.gounder@dovetailfs.test",
             "Intro Mail sent by Raghav Sir on 23rd dec and follow up mail sent 16th jan"))
ERGO.append(("L&R Technical Services", "Akshay Kumar", "", "akshaykumar.j@lrts.test",
             "Intro mail sent by vikram sir on nov and follow up mail sent  by vikram sir16th jan,, send mail 23rd jan for the online meeting,,, send reminder mail for meeting 16th feb - got reply no requirement as of now"))
ERGO.append(("Varuna SPD", "Mihir Vora, Ishita, Arun", "", "mihir.vora@varuna.test, ishita.c@varuna.test, arun.kumar@varuna.test",
             "Intro mail sent by kavya mam on 19th dec and follow up mail sent on 16th jan"))
ERGO.append(("vah", "Rajnish ", "", "rajnish@vaxy.test",
             "Quote sent by kavya mam on 17th dec and follow up mail sent 16th jan.. revised quote sent by me 28th feb and 5th mar"))
ERGO.append(("Nexora Steering", "Jithesh", "", "jithesh.kr@nexora.test",
             "Quote sent by kavya mam on 11th dec and follow up mail sent 16th jan.. send reminder mail for quote update 5th mar"))
ERGO.append(("Konark Logistics", "Akhil", "", "akhil@kai.konark.test", "Intro mail sent by harish on 22nd dec and follow up mail sent 16th jan"))
ERGO.append(("Kiranpur Pumps", "", "", "", ""))
ERGO.append(("JAX group", "Raman", "", "ramanverma@jaxleather.test",
             "Quote sent by kavya mam on 21st Nov and follow up mail sent 16th jan.. send reminder mail 5th mar"))
ERGO.append(("Dubai United Arab Emirates", "Shahjahan Shaji", "(+9190000" + "10523)", "", "vikram sir taking care"))
ERGO.append((" Javed", "Javed", "(+9190000" + "10634)", "", "vikram sir taking care"))
ERGO.append(("Pinnacle Pharma Solution", "Tarun Patel", "(+91 90000 10745)", "tarun.patel@pinnacle.test", "Intro mail sent 16th jan"))
ERGO.append(("Sachin Pawar", "Sachin Pawar", "(+9190000" + "10856)", "", "called 20th jan - on hold"))
ERGO.append(("Sonstige Industries", "Pushkar", "9000010967", "pushkar.gounder@gmail.test", "Intro mail sent 16th jan"))
ERGO.append(("JCM India", "Rajeev Sarkar, Mr. Nandi, Sumeet Jalla", "", "Rajiv.SARKAR@jcm.test, Mrinmoy.NANDI@jcm.test, Sumeet.JALLA@jcm.test",
             "Intro mail sent by kavya mam on 19th dec and follow up mail sent on 16th jan"))
ERGO.append(("Bhel-Tron", "Nayak, Emaji", "9000011078", "emaninayak@bheltron.test", "Intro mail not sent 20th jan as wrong email id"))
ERGO.append(("New Company", "", "(+9190000" + "11189)", "", "called 20th jan but no requirement as of now will let us know"))
ERGO.append(("CIA Automotive India Ltd", "Vasant Patel", "(+91 90000 11290)", "PATEL.VASANT@cia-india.test",
             "send quote 27th jan along with vidoe demo.. send reminder mail 18th feb for update.. send mail 23rd feb for alternative machine option.. send revised roi details 23rd feb,,, send reminder mail 5th mar for update - got reply not viable "))
ERGO.append(("AG Group ", "Gopal Rawat", "(+1 (248) 555-0143)", "grawat@aggroupna.test",
             "sent mail 26th jan to Frieda to provide the applicable part number for discussion with customer.. send mail 28th jan asking for the picture"))
ERGO.append(("Quickline Supply Chain Pvt Ltd (Relay Industries)", "Nitesh Satre", "(+91 90000 11301, +91 90000 11312)", "nitesh.satre@quickline.test",
             "Intro mail sent 6th Feb and Logimat Intro mail sent 10th Feb"))
ERGO.append(("Industrial Switchgear & Controls", "Nilesh Chheda", "90000 11423",
             "nilesh.chheda@iscb.test                                       isc.nilesh@gmail.test (wrong email)",
             "Intro mail sent 6th Feb... failure delivery.. called 25th feb - no reply"))
ERGO.append(("Mahendra", "Sohil Jain, Feroz Khan", "", "jain.sohil@mahendra.test                                       KHAN.FEROZ@mahendra.test",
             "Intro mail sent 9th Feb"))
ERGO.append(("Coign Consulting", "Vijith Rai / Yusuf Rizvi", "(+91 90000 11534)                                (+91 9000011645)",
             "vijith@coignconsulting.test, yusuf@coignconsulting.test",
             "Logimat Intro mail sent 9th Feb and and Logimat Intro mail sent 10th Feb.. interested for box packing pachine"))
ERGO.append(("NIS-1 Limited", "Ivan Dimitrov", "(+359 555 0187)", "delivery@nis1.test", "Logimat Intro mail sent 10th Feb"))
used = {e[0] for e in ERGO}
# the long run of trade-fair contacts
for company in COMPANY:
    if company in used or len(ERGO) >= 60:
        continue
    name = person()
    phones = f"(+91 {mobile(True)})" if f.chance(0.6) else f"(+91 {mobile(True)}, +91 22 {f.r.randrange(2000, 6999)} {f.r.randrange(1000, 9999)})"
    mails = mailbox(name, company)
    if f.chance(0.15):
        mails += ", info@" + mails.split("@")[1]
    ERGO.append((company, name, phones, mails, logimat(f.pick([9, 10, 10, 10, 11]))))
    used.add(company)
# a second contact at two prospects already listed
ERGO.insert(45, ("SPOBU", "Sandip Panda", f"(+91 {mobile(True)})", "sandip.panda@spobu-in.test", "Logimat Intro mail sent 10th Feb"))
ERGO.insert(52, ("ARMSTRONG DEMATIC", "Sanket Bonde", f"(+91{mobile(False)})", "sanket.bonde@armstrongdematic.test",
                 "Logimat Intro mail sent 10th Feb"))
ERGO += [
    ("Royal Flex", "Mr. Arul Doss", f"(+91{mobile(False)})", "royalprinters@gmail.test", ""),
    ("Vijay", "Vijay", f"(+91{mobile(False)})", "nvijayrao@yahoo.test", ""),
    ("SHREE BALAJI.", "Dhansukh", f"(--+91{mobile(False)})", "", "called 12th feb - no reply"),
    ("Samay Khara", "Samay Khara", f"(+91{mobile(False)})", "", "called 12th feb - no reply"),
    ("Abhiraaj Health", "Abhishek Gupta", f"(+91{mobile(False)})", "", "called 12th feb - they need to pack 15kg tin "),
    ("Schneider Controls", "Niket Bhatt", "", "niket.bhatt@sc.test", "online meeting on 12th feb and intro mail sent "),
    ("Kiranpur Pumps", "Hari Prabhu", "", "pur_casting@kiranpur.test                                   abbas@kiranpur.test",
     "intro mail sent on 13th feb by anil sir"),
]
NO_NUMBER = [
    ("Sudarshan Pigments", "Sunil Phad", "(+91 90000 12041)", "slphad@sudarshanpig.test",
     "intro mail sent on 18th feb.. sned quote 18th feb.. send reminder mail 23rd feb and 26th feb and 5th mar"),
    ("Densa", "Aman Kaushik", "", "aman.kaushik@ap.densa.test", "intro mail sent on 17th feb by vikram sir - got reply forwarded internally and will plan trial if needed"),
    ("Gluco World", "KANJIRAKKAT, JOHN GEORGE", "9000012152", "glucoworldindia@gmail.test", "intro mail sent on 19th feb by pooja"),
    ("Aditya Textiles", "Prabhakaran", "( +91\u00a090\u00a0000\u00a01226\u00a03 )", "prabhakaran.r@adityatex.test",
     "intro mail sent on 20th feb by vikram sir.. vikram sir sent quote 25th feb and 5th mar"),
    ("Pawan", "Pawan", f"(+91{mobile(False)})", "", "called 25th feb - no reply"),
    ("Osin India", " Mr. Pranav Gambhir", f"(+91{mobile(False)})", "pranav@osinindia.test", "called 25th feb - no requirement"),
    ("Gates ", "Jayaseelan", "", "jayaseelan.j@gatesbelts.test", "intro mail sent on 27th feb by meenakshi"),
    ("Zyra Life", "Rajeshwari", "9000012374", "RajeshwariNair@zyralife.test", "intro Mail sent on 12 Feb- no response on calls"),
]
for i, (company, name, phone, mail, status) in enumerate(ERGO, start=1):
    ws.append([i, company, name, phone, mail, status])
for company, name, phone, mail, status in NO_NUMBER:
    ws.append([None, company, name, phone, mail, status])
ERGO_ROWS = len(ERGO) + len(NO_NUMBER)

# ---- Harjeet Singh ---------------------------------------------------------------------------------
ws = wb.create_sheet("Harjeet Singh")
ws.append(["Sr. No", "Comapnay", "Product", "Status", "Location", "Dealing  Person"])
for r in [
    (1, "KML", None, "No new update.", "Binola", None),
    (2, "Uno Lumina", "LD Bags", "Rates shared for Poly. MOQ details awaited for revised rates.", "Gurgaon", "Vikram Sir / Ritu"),
    (3, "Spark Lumina", "VCI Bag, RP Oil", "VCI order received and dispatched. RP Oil trial is ongoing. Ayush Ji will confirm tomorrow.", "Noida", "Vikram Sir / Ritu"),
    (4, "HSMI ", "VCI Paper , Desiccant", "Samples will be submitted within 2–3 days.", "Manesar", "Vikram Sir / Neha"),
    (5, "Varuna ", "Desiccant", "Lumex is involved in this project. Pending from Lumex end.", "Gurgaon", "Vikram Sir"),
    (6, "Sazuki", None, "Rajesh Ji is not responding. We need to plan a meeting, but awaiting his confirmation.", "Gurgaon", "Vikram Sir"),
    (7, "CHN", None, "Indore Sales Person (Abhishek) will be visiting their indore warehouse tomorrow.\nDay after tomorrow, Deepak Ji will have a meeting with Shaurya Ji in Noida (CHN).", "Indore / Noida", "Deepak Sir / Ritu"),
    (8, "Sonalka", None, "No new project.", "Hoshiarpur\n", "Neha"),
    (9, "IFC ", "PP Strap, Filamant tape, No marking tape", "Samples delivered (3 sizes). Approval awaited.", None, "Ritu"),
    (10, "LJ", None, "No new project.", None, None),
    (11, "Caparo ", None, "No new project.", None, None),
    (None, "Honda Cars Parts", None, None, None, None), (None, "Heron", None, None, None, None),
    (None, "MIL", None, None, None, None), (None, "MCL", None, None, None, None), (None, "Mothersun", None, None, None, None),
]:
    ws.append(list(r))

# ---- Ritu ---------------------------------------------------------------------------------------------
ws = wb.create_sheet("Ritu")
ws.append(["No", "Company", "Product", None, "Location", "Status"])
RITU = [
    ("Jindal Pipes Limited", "Stretch Film", "Sent quote 11th feb ", "New Delhi", "Quote Sent"),
    ("Nordic Renewable Technologies", "Honeycomb Boxes", "Send quote 15th dec and got reply 11th feb will update as awaiting confirmation from finance team", "Denmark", "Quote Sent"),
    ("CHN", "Carton Boxes and LDPE", "meeting on 16th feb for discussion on criteria before collecting samples", "Noida ", "In Discussion"),
    ("UD Haulers", "Wood packing", "need to send them quote for ply wood and jungle wood", "Bengaluru", "In Discussion"),
    ("Intech", "Corrugated Box", "need to send them quote asking for details", "Gurgaon", "In Discussion"),
    ("Pumba", "Mono Carton Box, BOPP Tapes, Polycover", "Sent Quote 26th dec and will update next week", "Haryana", "Quote Sent"),
    ("Uno Lumina", "LDPE Poly Bag", "Revised quote shared of LDPE Polybag 22nd dec and in discussion with Mr. Ashok Soni and Harjeet sir.. waiting for moq details", "Haryana", "Quote Sent"),
    ("Varuna Suzuki Trading India Pvt. Ltd.", "Pinewood Pallets", "PO received (1,50,000 - order value),, one sample sent and order delivered", "Noida", "Order Received"),
    ("Freuden-NOK Pvt. Ltd. (fst)", "JCB Polybag Printed", "trial order 27k delivered and new PO reecived          (1 Lacs)  ", "Tamil Nadu", "Order Received"),
    ("Eternia", "Corrugation Box", "quoation shared 7th nov - following up.. Will update this next week", "Maharashtra", "Quote Sent"),
    ("JBL Auto", "Export Packing - Complete packing", "Quote shared 3rd dec - following up", "Haryana", "Quote Sent"),
    ("Daimon quotes", "3 Ply Box", "Quotation shared 6th oct - revised quote shared 1st dec (B1 and B2 sheets) - following up", "Gurgaon", "Quote Sent"),
    ("Nexora Steering", "VCI", "Quote sent of vci items 29th jan and samples delivered and  quote sent of bopp tape and stretch film 2nd feb .. will update after 15th feb as on leave", "Tamil Nadu", "Sample Sent"),
    ("SRP", "Vci Poly Tube", "vendor code formalities done … following up for next quarter PO", "Jetapur", "VRF"),
    ("Lumina ", "VCI Bags, stretch film and wooden", "Quotation shared.. Meeting done and revised quotation shared.. PO received for vci bag (90k)", "Noida", "Quote Sent"),
    ("Yamuna Motor India", "Long term Protection proposal - packing design", "Long term proposal for 10 year sent for VCI Pouch, aluminium Pouch, desiccant and manpower.. Revised quote shared 18th nov.. Will update 2nd week of december.. Discussed and will update next week", "Haryana", "Quote Sent"),
    ("Uchida", "VCI film, poly bag, desiccant, HDPE tape, Adpack Paper", "quote sent and sample shared and sent to japan and will update in 45 days and revised adpack quote to be sent", "Chennai", "Sample Sent"),
    ("AbInfra - Dennis", "Shrink Film", "quoation shared and samples to be resend and revised quote to be shared.. Meanwhile he wil update us regrading the samples and cif quote to be sent", "Belgium", "Quote Sent"),
    ("TurboCORE Dynamics", "VCI Solution and Shrink Wrap", "shared the distributorship catalogue.. Following up", "Malaysia", "In Discussion"),
    ("Pt Artha", "Distributorship", "shared the details and waitng for his reply", "Indonesia", "In Discussion"),
    ("Cynlr", "Packaging Solutions", "need to send them quote", "Mumbai", "In Discussion"),
    ("Anna Villa - Propa Group", "Pallet Box, Desiccant and VCI Bag", "Quote shared for Pallet Box and desiccant and sent VCI Bag Quote,, will follow up feb mid week", "Italy", "Quote Sent"),
    ("The Ply Studio", "Distributorship", "need to discuss online next week for distributorship", "Pune", "In Discussion"),
    ("Dexgreen", "Foldable plastic crates", "called him 30th jan and need to send him revised quote", "Pune", "Quote Sent"),
    ("Varuna SPD", "Bubble guard bins", "following up on the quote shared", "Gurgaon", "Quote Sent"),
    ("TY Optics", "Botton and top tray design", "samples sent and meeting for new projects done.. need to send him amended sample and quote for other 2 samples ", "Gujarat", "In Discussion"),
    ("L&R Hyderabad", "Shrink Film", "called 27th jan and will discuss this week", "Hyderabad", "In Discussion"),
    ("Holisol Logistics Pvt. Ltd.", "Tarpauline", "Shared the revised quote 28th jan - got reply 2nd feb rates ok waiting for customer confirmation.. called yesterday and will get order by tuesday", "New Delhi", "Quote Sent"),
    ("Esteem Labels Pvt. Ltd", "VCI Paper and Desiccant", "Samples sent and TDS and MSDS files shared 7th jan and following up", "Nashik", "Sample Sent"),
    ("STELLANTRA AUTOMOBILES", "VCI Zip Lock Bag and Self Adhesive Bag", "Quoation shared and sample send vci zip lock bag 2D on 20th nov.. Samples not okay and following up for re-trial.. Called 4th feb and will share details of vci and desiccants after 2 weeks", "Tamil Nadu", "Sample Sent"),
    ("Ashok Haulage Limited", "Sponge Rubber tape", "Quotation shared and followingup for sampling trial", "Lucknow", "Sample Sent"),
    ("L & R Valves - Maheshkumar", "VCI Biodegradable Film", "will let us know this next year 1st quarter.. Called will update once new project starts", "Tamil Nadu", "Quote Sent"),
    ("Marelli Mothersun Automotive - Pune and sanand", "Desiccant", "Samples under trial.. Sample reports received and some error.. Will discuss next week", "Pune", "Sample Sent"),
    ("Sharda Auto Industries Ltd.", "Mahendra VCI Bag", "Quotation shared and samples approved and now waiting for costing settlement at their end.. Will resume this month second week", "Pune", "Sample Sent"),
]
n = 0
for r in RITU:
    n += 1
    if n == 15:
        n = 16
    ws.append([n] + list(r))
ws.append([None, "Pumba", None, None, None, None])

# ---- Sandeep ------------------------------------------------------------------------------------------
ws = wb.create_sheet("Sandeep")
ws.append(["No", "Comapnay", "Product", "Location", "Status", "Remarks"])
for r in [
    (1, "Shivalik Forge", "VCI ", "Solan", None, "Order Received for the month of Feb-26"),
    (2, "Bosk", "VCI/LDPE", "Jaipur", None, "will continue visit from 1st dec"),
    (3, "Enviotech Solutions ", "Desiccants ", "Chennai", None, "Will submit them quotation today"),
    (4, "Lifeline", None, None, None, "As per requirement "),
    (5, "J.K Mani", "VCI Bags", "Nashik", None, "Payment will release in this week 13th Feb-26"),
    (6, "HMSI", "VCI Paper/HDPE Paper", None, None, "Need to submit them sample next week"),
    (7, "Lumex Ind", "Desiccants, ESD Foam", None, None, "Meeting with tthem on 21st Feb- 26"),
    (8, "Sirena ", "Monocarton Boxes", None, None, "Need to followup with Concept packaging for printing  "),
    (9, "Holisol", "VCI bags/", None, None, "Need to send them mail for RFQ for all region"),
]:
    ws.append(list(r))

# ---- Pooja --------------------------------------------------------------------------------------------
ws = wb.create_sheet("Pooja")
ws.append(["No", "Comapnay", "Product", "Phone No", "Mail Addrress", "Location", "Status", "Country", "6 Mar"])
POOJA = [
    ("Shyam Metalworks", "VCI Film", "Kalkata ", "Order Received", "Domestic", "New RFQ received-following up(LDPE roll)"),
    ("Procucev/Viraj", "VCI Paper Laminated", "Bangalore ", "closed", "Domestic", None),
    ("Sree Solutions", "Honeycomb Paper", "Bangalore ", "closed", "Domestic", None),
    ("Fanux India", "Be Dry Desiccant", "Banglore ", "Order Received", "Domestic", "Delivered- dont have new requirement"),
    ("TMS", "Diesel C box -|| VW skoda  box || Ericssion", "Gurgaon", "In Discussion", "Domestic", "RFQ's on going"),
    ("OJI", "VCI Film", "Faridabad", "Quote Sent", "Domestic", "Hold from their customers end"),
    ("SD Biosense", "HIC", "IMT Manesar", "closed", "Domestic", "Customer dont responds"),
    ("Web Spring Global", "WellAir", "Jharkhand ", "closed", "Domestic", None),
    ("Mech Glide Solutions", "Bopp Tape, VCI Paper", None, "closed", "Domestic", None),
    ("Stuewe Larson India pvt Ltd", "VCI Film", "Imt Manesar", "closed", "Domestic", None),
    ("Hawk Advance Technology", "LD Bag", None, "Hold", "Domestic", None),
    ("CISEL", "Desiccant, HIC, LD Bag", "Italy", "following up", "Export", "next follow up- 3rd Feb"),
    ("Waltonia", "RP Oil", "Bangladesh", "following up", "Export", "No response"),
    ("Berger Global", "RP Oil", "Germany", "following up", "Export", "No response"),
    ("Almeer Technical Services Co.", "VCI Film Roll", "UAE", "Order Received", "Export", "Delivered shipment in Jan 26"),
    ("San Automotive", "RP793", "Faridabad", "Order Received", "Domestic", "Delivered, no new requirement"),
    ("TARA Autocomp", "Tray", "Pune", "Hold", "Domestic", "Sent WhatsApp to ritika to resume the enquiry."),
    ("Plasser", "Al roll", "Faridabad", "Hold", "Domestic", "No new requirement "),
    ("Wika", "VCI Paper", "Gaziabad", "Order Received", "Domestic", "vci poly order received"),
    ("HPCR", "C box", "Pune", "Waiting for response", "Domestic", "VRF Submitted- Neha mam"),
    ("Ficus PAX", "VCI", "UAE", "Order Received", "Export", "We need to respond on the query-Vikram sir"),
    ("Nader distilleries", "Air Coloum Bags", "Lebnon", "closed", "Export", None),
    ("Al Khaleej", "VCI HDPE Rolls", "UAE", "Sample Sent", "Export", "sample not approved they are sending their sample to check- sample not received yet"),
    ("Forvia- Hela India lighting", "Tray", "Ambala", "In Discussion", "Domestic", "Quote shared, follow up with customer"),
    ("Weelilgreens", "Punnet Boxes, MAP Bags", "USA", "closed", "Export", None),
    ("Vikrant", "Moisture Absorbant Pads", "Canda", "closed", "Export", None),
    ("Magnum Packaging", "Film Front Bags", "UK", "closed", "Export", None),
    ("Kirti", "VCI-9000012485 | 9000012596", "Mumbai", "Hold", "Domestic", None),
    ("Pumpi", "Barrier film", "Macedonia", "closed", "Export", "They arranged locally"),
    ("Gadre Marine Export,", "Moisture Absorbant Pads", "Ratnagiri", "closed", "Domestic", "customer sample received- sent to China supplier"),
    ("Tysen", "Moisture Absorbant Pads", "USA", "closed", "Export", None),
    ("Tri-wall", "VCI", "Chennai", "Quote Sent", "Domestic", "On hold- next followup on 14-2"),
    ("EMI Solutions", "VCI Film", "Banglore", "Order Received", "Domestic", "Sent quote on VCI Paper on 9th, next follow up on 14-2"),
    ("Total Packaging Solutions FZE", "VCI Film", "UAE", "closed", "Export", "all done from here: waiting for customer to respond"),
    ("QOS MÜHENDİSLİK SAN. ve TİC. LTD. ŞTİ.", "Sea Worthy packaging", "Thailand", "closed", "Export", "Not able to provide support in Thailand."),
    ("Blain India Pvt. Ltd.", "VCI Film", "Gujarat", "Order Received", "Domestic", "Trial Order- 2 rolls delivered (GST + Freight to be paid)"),
    ("Thulir Farm Fresh", "MAP Bags", "Tamil Nadu", "Quote Sent", "Domestic", "sent normal stock samples, customer will revert next week"),
    ("Defence R&D Lab", "Propasec & MBB", "Bangalore", "Quote Sent", "Domestic", "Following up- in process from their end (slow pace)"),
    ("Rio Exports", "BE Dry Ultra Desiccant", "Delhi", "Quote Sent", "Domestic", "sent sample of BE dry, requirement hold as of now next follow up 16-2"),
    ("Sami Figeac", "VCI Film", "UAE", "Quote Sent", "Export", "Jawad Whats app- not responding following up next 16-2"),
    ("HCR", "ESD, Tape, Homeycomb paper, C box", "Hyderabad", "In Discussion", "Domestic", "Resent lldpe samples and quote, waiting for feedback"),
    ("Anima Wings", "HIC", "Romania", "Waiting for response", "Export", "Can't match the requirement, sent 3, 6 dot HIC. Next follow up 16-2"),
]
PHONED = {
    "Pacific Logistics Solutipns": ("VCI Film, Shrink Film, VCI Tablets, Aluminum", "966 555 0143", "Rauof@pacificlgs.test", "KSA", "following up", "Export", "customer: we need the product but let me confirm the quantity"),
    "Saideep Rock Drills Pvt Ltd": ("VCI Paper Roll", " 91 90000 12707'", "purchase@saideep.test", "Bangalore", "Order Received", "Domestic", "sample order received & delivered"),
    "GreyLine Analytics Pvt. Ltd. | Singapore": ("Cushioning requirement", "91 90000 12818'", "nilmani.kumar@greyline.test", "Singapore", "Quote Sent", "Domestic", "Customer: will be sharing an email in upcoming days with you, containing a few query from our/client end."),
    "Maa Satti Trading": ("VCI Film", "91 90000 12929", "maasattitrading@gmail.test", "Bhiwadi", "Quote Sent", "Domestic", "16/0.093 (16/sqm): 173/kg VCI Film"),
    "Bosk": ("Slip Sheet", "91 90000 13030", "Dinesh.T@in.bosk.test", "Bangalore", "Quote Sent", "Domestic", "mail sent of quote"),
    "AL Khaleej": (None, "971 555 0162", "Praveen", "UAE", "Quote Sent", "Export", None),
}
n = 0
for r in POOJA:
    n += 1
    company, product, loc, status, country, note = r
    ws.append([n, company, product, None, None, loc, status, country, note])
    if n == 42:
        n += 1
        c = "Pacific Logistics Solutipns"
        p = PHONED[c]
        ws.append([n, c, p[0], p[1], p[2], p[3], p[4], p[5], p[6]])
for c, row6 in [("Jindal Aluminum", ("VCI Paper Laminated", "Banglore", "Quote Sent", "Domestic", "Suggested propaflex: not interested ")),
                ("Napina", ("LLDPE", "IMT Manesar", "Order Received", "Domestic", "Order cancelled")),
                ("Shiv Shakti Traders", ("VCI 3D Bag", "Bangalore", "Quote Sent", "Domestic", "Waiting for customers feedback"))]:
    n += 1
    ws.append([n, c, row6[0], None, None, row6[1], row6[2], row6[3], row6[4]])
n += 1
p = PHONED["Saideep Rock Drills Pvt Ltd"]
ws.append([n, "Saideep Rock Drills Pvt Ltd", p[0], p[1], p[2], p[3], p[4], p[5], p[6]])
for c, row6 in [("Aisen", ("Few RFQ's on Tray", "Rohtak", "Quote Sent", "Domestic", "followup on RFQ's frequently")),
                ("Kanchee & Co.", ("BE Dry 70 Gm", "tamilnadu", "Quote Sent", "Domestic", "updated status Feb end.")),
                ("Fabrindia", (None, None, "Quote Sent", "Domestic", "paperSy machine- 3 machines fabrindia, Anirudh, chennai")),
                ("KML", (None, None, "Quote Sent", "Domestic", "Discuss with Harjeet sir")),
                ("CMT", ("C  Box", None, "Quote Sent", "Domestic", "specs asked from customer"))]:
    n += 1
    ws.append([n, c, row6[0], None, None, row6[1], row6[2], row6[3], row6[4]])
for c in ["GreyLine Analytics Pvt. Ltd. | Singapore", "Maa Satti Trading", "Bosk", "AL Khaleej"]:
    n += 1
    p = PHONED[c]
    ws.append([n, c, p[0], p[1], p[2], p[3], p[4], p[5], p[6]])
POOJA_ROWS = n
n += 1
ws.append([n, None, None, None, None, None, "Quote Sent", "Domestic", None])
for k in range(n + 1, 71):
    ws.append([k])

# ---- Neha ---------------------------------------------------------------------------------------------
ws = wb.create_sheet("Neha")
ws.append(["No", "Comapnay", "Product", "Status", "Location", None])
NEHA = [
    (1, "NBC", "HM Poly Bags", "No update received from NBC", "Jaipur", None),
    (2, "Honda Cars Parts", "VCI Film, HDPE, Wooden", "We need to submit the samples for VCI HDPE Paper, and desiccant", "Manesar", None),
    (3, "Yamuna", "VCI Paper, RP Oil", "Waiting for update for our trail order approval", "Chennai, TN", "reminder"),
    (4, "Eisher", "Corrugated Boxes", "No response ", "Indore", "abhishek"),
    (5, "Skodia", "Compostable Bag, Transmission packaging", "No response ", "Pune", None),
    (6, "Socomex", "EPE Foam", "Need to send the samples", "Gurgaon", None),
    (7, "Royal Enfold", "LD Autobags, Laminated Pouches", "Will receive Autobags Po by this week... For VCI bags, they used our bags in export shipment; Will update feb 1st week ", "Chennai", None),
    (8, "Varuna", "Paper Shredder Machine", "Demo completed..quote submitted. Project is on hold", "Gurgaon", None),
    (9, "Mahendra & Mahendra", "VCI Bags, Desiccant, Tape", "Order received ", "Mumbai", None),
    (11, "SMG", "Tarpauline", "Sample approved.. will proceed for E Auction", "Gujrat", None),
    (12, "C&S Electricals", "ESD Bags, LD Ziplock Bags", "Will receive the Po next week", "Noida", None),
    (13, "Utkarsh", "Wooden Pallets", None, "Bhiwadi", None),
    (14, "Kiswok", "VCI Bags", "Samples approved, Po is on hold", "Kolkata", None),
    (15, "Lumex", "EP Foam", "Sample approved, Asking for revised prices.. will plan a meeting in feb last week", "Bawal", None),
    (16, "Sonia", "VCI Bags", "Order Received", "Bhiwadi", None),
    (17, "T Sazuki", "Wooden Pallet", "No requirement yet..will confirm for the meeting", "Manesar", None),
    (18, "Onassis", "VCI Bags", "Order Received, quote sent for new sizes", "Manesar", None),
    (19, "Sadhu Forgings", "VCI HDPE Bags, VCI Paper", "Will send Po next week", "Faridabad", None),
    (20, "Jindal Aluminium Limited", "VCI Sheet", "Quote sent.. need to send the samples", "Bangalore", None),
    (21, "Dzinepack", "VCI Bags", None, "Pune", None),
    (22, "GM Hitech", "VCI Bags, Wooden Pallet", None, "Bhiwadi", None),
    (23, "JONEJA HYDRAULICS PRIVATE LIMITED", "Wooden Boxes", "They may have a requirement. Will check and update", "Bhiwadi", None),
    (24, "Creative Crofts", "RP Oil", "No requirement yet", "Aligrah UP", "rohit sir"),
    (25, "Sleek", "VCI Bags", "Samples approved, will receive trail po soon", "Rohtak", None),
    (26, "Mega Metal", "Wooden Boxes (Set)", "New enquiry received for wooden & corrugated boxes.. Will submit the quote", "Bhiwadi", None),
    (None, "Kiranpur Pumps", None, None, None, None), (None, "isgec", None, "NEW PO status", None, None),
    (None, "Metsa", None, None, None, None), (None, "Fitsol", None, None, None, None), (None, "NRB", None, None, None, None),
    (None, "Brothers packaging", None, None, None, None), (None, "Setco ", None, None, "Deepak", None),
    (None, "Maxop", None, None, None, None), (None, "Vaxy", None, None, None, None),
]
for r in NEHA:
    ws.append(list(r))

for ws in wb.worksheets:
    for c in ws[1]:
        c.font = Font(bold=True)
    ws.freeze_panes = "A2"

save(wb, "pipeline-en-in-packagingleads.xlsx")
if __name__ == "__main__":
    print("Ergostrap rows", ERGO_ROWS, "Pooja rows", POOJA_ROWS, "Ritu", len(RITU) + 1, "Neha", len(NEHA))
