"""
Shape of Harsh220802/Daily_Leads "Leads.csv" (commit 02579d8fb69d2578ad57cc76c0967a6b11726b66): the
daily lead export of an Indian online undergraduate business school's admissions team, pulled from
its application-form platform and pasted day after day into one CSV (UTF-8, CRLF, no BOM). Header:
Registered Name / Registered Email / Registered Mobile / Primary Registration Campaign / User
Registration Date / Region / Country / Form Stage / Form Initiated / Program Name / Annual Household
Income (USD) / Payment Status / User Id / Npf Url, then twelve empty header cells. One block per day
(7-14 May), each block newest first (User Id descending); the first block's rows carry the twelve
trailing empty fields, later rows stop at Npf Url. Everything in capitals: a first name or two as the
name, e-mails in capitals, the mobile as "`+91-9…" (a backtick before the country code; "NA" on a
few), dates "dd/mm/yyyy, hh:mm:ss" in 24-hour time up to 11 May and with AM/PM from 12 May; Region
"NA" on about one row in seven (India, Mexico, Peru … behind it); campaign paths like
"B2C/INFLUENCERCAMPAIGN/…", one with a comma inside (quoted); about one row in eighteen with "#N/A"
for form stage, income and payment (form initiated and programme "NA"); incomes as bands, "0" or
empty; long tracking URLs. Registrants are prospective students from everywhere (India, the
Americas, the Gulf, Africa, South-East Asia).
Values invented (the school is renamed Veda, influencers and URLs replaced; about 300 of 3,451 rows).
"""
import datetime
import os

from fake import FILES, Fake

f = Fake("leads-en-in-applicantexport")
COUNTRIES = [  # country, region as the export writes it, calling code, weight
    ("INDIA", "SOUTH ASIA", "91", 20), ("MEXICO", "LATIN AMERICA", "52", 8),
    ("UNITED STATES OF AMERICA", "NORTH AMERICA", "1", 7), ("UNITED ARAB EMIRATES", "MIDDLE EAST", "971", 5),
    ("PAKISTAN", "SOUTH ASIA", "92", 4), ("COLOMBIA", "LATIN AMERICA", "57", 3), ("PERU", "LATIN AMERICA", "51", 3),
    ("NIGERIA", "AFRICA", "234", 3), ("BANGLADESH", "SOUTH ASIA", "880", 2), ("PHILIPPINES", "SOUTHEAST ASIA", "63", 2),
    ("INDONESIA", "SOUTHEAST ASIA", "62", 2), ("SOUTH AFRICA", "AFRICA", "27", 2), ("ITALY", "EUROPE", "39", 2),
    ("GERMANY", "EUROPE", "49", 2), ("KENYA", "AFRICA", "254", 2), ("SAUDI ARABIA", "MIDDLE EAST", "966", 2),
    ("SINGAPORE", "SOUTHEAST ASIA", "65", 1), ("EGYPT", "AFRICA", "20", 1), ("JAPAN", "EAST ASIA", "81", 1),
    ("ARGENTINA", "LATIN AMERICA", "54", 1)]
NAMES = {
    "INDIA": ["AARAV", "DIYA", "ISHAAN", "KAVYA", "ROHAN", "SAANVI", "VIVAAN", "MEERA", "ARJUN", "NEHA", "ANANYA",
              "HARLEEN", "KABIR", "RIYA", "ADITYA", "POOJA", "SIMAR", "YASH", "TANVI", "DEV"],
    "LATAM": ["MATEO", "VALENTINA", "SANTIAGO", "XIMENA", "DIEGO", "CAMILA", "SEBASTIAN", "LUCIA", "EMILIANO",
              "RENATA", "JUAN PABLO", "MARIA JOSE", "ANA SOFIA", "LUIS FERNANDO"],
    "OTHER": ["OLIVIA", "NOAH", "AMARA", "CHIDI", "ZANELE", "FATIMA", "OMAR", "LAYLA", "HASSAN", "AISHA", "JOSHUA",
              "MARCO", "GIULIA", "LENA", "JONAS", "RIZKY", "PUTRI", "ANGELO", "KWAME", "WANJIRU", "YUKI", "HAMZA"]}
CAMPAIGNS = [("B2C/INFLUENCERCAMPAIGN/RIVERSTONE", 18), ("REFERRAL/VEDA/NA", 18), ("SOCIAL/YOUTUBE/NA", 15),
             ("META/PAID/1,000MEDIA_VEDA_US+DE+UK+FR+IT+SG+MY_BAU_PROS", 12), ("B2C/SOCIALMEDIA9APR/INSTAGRAM", 7),
             ("B2C/INFLUENCERCAMPAIGN/SKYLARK", 4), ("META/5550142/IF_VEDA_LEAD_RMK_WEBSITEVISITORS", 3),
             ("DIRECT/DIRECT/DIRECT", 3), ("ORGANIC/GOOGLE/NA", 2), ("B2B/PARTNER/EDBRIDGE", 2),
             ("GOOGLE/CPC/GOOGLE_SEARCH_SCHOOLNAME_GENERIC_BROAD", 2), ("OTHER/OTHER/OTHER", 1),
             ("WHATSAPP/MIDFUNNEL/STAGE1SA24HOURS", 1)]
STAGES = [("PERSONAL INFORMATION", 59), ("ACADEMIC INFORMATION & EXTRACURRICULARS", 26),
          ("BOOK YOUR VEDA TRIAL - APTITUDE TEST", 8), ("ESSAYS", 2)]
INCOMES = [("LESS THAN $20,000", 45), ("", 19), ("0", 16), ("$20,000 - $50,000", 9), ("$50,000 - $100,000", 4),
           ("$100000 - $200000", 1)]


def weighted(items):
    x = f.r.uniform(0, sum(w for *_, w in items))
    for item in items:
        x -= item[-1]
        if x <= 0:
            return item
    return items[-1]


def person(country):
    pool = NAMES["INDIA"] if country in ("INDIA", "PAKISTAN", "BANGLADESH") else \
        NAMES["LATAM"] if country in ("MEXICO", "COLOMBIA", "PERU", "ARGENTINA") else NAMES["OTHER"]
    return f.pick(pool)


def url(campaign):
    src, medium, name = (campaign.split("/") + ["NA", "NA"])[:3]
    if f.chance(0.4):
        return "HTTPS://APPLY.EXAMPLE.NET/UG-APPLICATION-FORM-2024"
    return (f"HTTPS://APPLY.EXAMPLE.NET/UG-APPLICATION-FORM-2024?UTM_SOURCE={src}&UTM_MEDIUM={medium}"
            f"&UTM_CAMPAIGN={name.replace(',', '')}&FBCLID=PAZXH0{f.r.getrandbits(64):016X}")


header = ["Registered Name", "Registered Email", "Registered Mobile", "Primary Registration Campaign",
          "User Registration Date", "Region", "Country", "Form Stage", "Form Initiated", "Program Name",
          "Annual Household Income (USD)", "Payment Status", "User Id", "Npf Url"] + [""] * 12
rows = []
uid = 187800
emails = set()
for day in range(7, 15):
    n = 37 if day < 14 else 41
    block = []
    ids = sorted(uid + i * 2 + f.r.randrange(0, 2) for i in range(n))[::-1]  # newest first
    uid = ids[0] + 1
    for k in range(n):
        country, region, cc, _ = weighted(COUNTRIES)
        if f.chance(0.15):
            region = "NA"
        name = person(country)
        if f.chance(0.25):
            name = f"{name} {f.pick(NAMES['OTHER'] + NAMES['LATAM'])}"
        local = name.replace(" ", "") + str(f.r.randrange(1, 999))
        while local in emails:
            local += "X"
        emails.add(local)
        email = f.email(local).upper()
        if cc == "91":
            phone = f"`+91-{f.mobile_in()}"
        else:
            phone = f"`+{cc}-5550{f.r.randrange(100000, 999999)}"
        if f.chance(0.007):
            phone = "NA"
        campaign = weighted(CAMPAIGNS)[0]
        t = datetime.datetime(2025, 5, day, 23, 59, 59) - datetime.timedelta(seconds=int((k + f.r.random()) * 86000 / n))
        when = t.strftime("%d/%m/%Y, %I:%M:%S %p") if day >= 12 else t.strftime("%d/%m/%Y, %H:%M:%S")
        if f.chance(0.055):
            stage, initiated, programme, income, payment = "#N/A", "NA", "NA", "#N/A", "#N/A"
        else:
            stage = weighted(STAGES)[0]
            initiated = "UG APPLICATION FORM 2025" if not f.chance(0.014) else "NA"
            programme = "YETTOBECOLLATED" if f.chance(0.64) else "NA"
            income = weighted(INCOMES)[0]
            payment = "PAYMENT APPROVED" if stage.startswith("BOOK") or f.chance(0.02) else "PAYMENT PENDING"
        block.append([name, email, phone, campaign, when, region, country, stage, initiated, programme, income,
                      payment, str(ids[k]), url(campaign)])
    if day == 7:
        block = [r + [""] * 12 for r in block]
    rows += block

# rows the label checks
rows[5][:3] = ["TANVI", "TANVI.R77@EXAMPLE.COM", "`+91-9000012345"]
rows[5][6], rows[5][5] = "INDIA", "SOUTH ASIA"
rows[-3][:3] = ["WANJIRU", "WANJIRU.K204@EXAMPLE.ORG", "`+254-5550712044"]
rows[-3][6], rows[-3][5] = "KENYA", "AFRICA"


def field(v):
    return '"' + v.replace('"', '""') + '"' if any(c in v for c in ',"\n') else v


lines = [",".join(field(v) for v in r) for r in [header] + rows]
with open(os.path.join(FILES, "leads-en-in-applicantexport.csv"), "wb") as out:
    out.write(("\r\n".join(lines) + "\r\n").encode("utf-8"))
