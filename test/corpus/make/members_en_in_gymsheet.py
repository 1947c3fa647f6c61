"""
Shape of Karan8686/gym_owner_app "Members - Sheet1.csv": a Mumbai-suburb gym's member sheet kept in
Google Sheets behind the owner's app, downloaded as CSV (UTF-8, LF, no quotes, no final newline).

- Header Sr_No / Name / Phone_No / Weight_Month / Weight_Quarterly / Weight_HalfYear / Weight_Yearly /
  Cardio_Weight_Month / Cardio_Weight_Quarterly / Cardio_Weight_HalfYear / Cardio_Weight_Yearly /
  Start_Date / Months / Due_Date / Payment_Date / Image; about 1,300 members numbered down the sheet.
- The fee paid sits in the column of the member's plan (600 a month for weights, 800 with cardio,
  1700 or 1600 a quarter, …), the others empty. Start_Date and Due_Date as D-M-YYYY without zero
  padding, Months 1/3/6/12 (0 on a few, once "12/31/1899" where a 0 was formatted as a date).
- Phone_No a ten-digit mobile, "0" when not known, empty on some, a digit short or too many on a few;
  family members share one number. Names as typed: Title Case, some lower case, stray spaces.
- A member who comes back after a break is entered again as a new row: same name (case may differ),
  same number, a later start. Common names belong to different members with other numbers.
- Payment_Date filled only on the newest rows (D-M-YYYY), the very last ones as bare serial numbers
  (45998); Image a Google Drive link on a few, most on the newest rows; three rows at the end typed
  by the app's developer as tests (no number).
Values invented (mobiles in the 90000 block).
"""
import datetime
import os

from fake import FILES, Fake

f = Fake("members-en-in-gymsheet")

FIRST = ["Aarav", "Aniket", "Ajinkya", "Rajesh", "Ganesh", "Raghav", "Aditya", "Vinayak", "Prathamesh", "Sunny",
         "Deepak", "Prasad", "Siddhesh", "Rupesh", "Pushkar", "Mahesh", "Mohit", "Ritesh", "Pranali", "Komal", "Kunal",
         "Tejas", "Vivek", "Jayesh", "Omkar", "Chaitanya", "Swapnil", "Nilesh", "Harshad", "Saurabh", "Yogesh", "Sagar",
         "Rohan", "Tushar", "Sanket", "Ketan", "Hrishikesh", "Anjali", "Snehal", "Priyanka", "Shraddha", "Neha", "Ishaan",
         "Kabir", "Arjun", "Karthik", "Manoj", "Dinesh", "Santosh", "Umesh", "Pravin", "Nitin", "Sameer", "Vaibhav",
         "Amey", "Atharva", "Soham", "Darshan", "Bhavesh", "Hemant", "Mangesh", "Lalit", "Girish", "Kiran", "Pooja",
         "Rutuja", "Sayali", "Tanvi", "Gauri", "Nikita"]
LAST = ["Kulkarni", "Mhatre", "Gaikwad", "Pednekar", "Khot", "Desai", "Parulekar", "Tawde",
        "Malusare", "Bhoir", "Ghadge", "Lokhande", "Chalke", "Kokate", "Joshi", "Mane", "Nimbalkar", "Karande", "Temkar", "Ambre", "Korde", "Shetye", "Tandel", "Koli", "Bhalerao", "Rane",
        "Kambli", "Sapre", "Godbole", "Apte", "Gokhale", "Sathe", "Phadke", "Tilak", "Vaidya", "Khare",
        "Limaye", "Oak", "Bapat", "Karmarkar", "Dongre", "Wagh", "Bhagat", "Kharat", "Sarang", "Palkar"]

PLANS = [  # column index, fee, months, weight
    (3, "600", 1, 80), (7, "800", 1, 10), (4, "1700", 3, 5), (8, "2300", 3, 1), (5, "3400", 6, 0.4),
    (6, "6500", 12, 0.2), (10, "8900", 12, 0.1)]
HEADER = ["Sr_No", "Name", "Phone_No", "Weight_Month", "Weight_Quarterly", "Weight_HalfYear", "Weight_Yearly",
          "Cardio_Weight_Month", "Cardio_Weight_Quarterly", "Cardio_Weight_HalfYear", "Cardio_Weight_Yearly",
          "Start_Date", "Months", "Due_Date", "Payment_Date", "Image"]
ALPHABET = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"


def dmy(d):
    return f"{d.day}-{d.month}-{d.year}"


def add_months(d, months):
    m = d.month - 1 + months
    y, m = d.year + m // 12, m % 12 + 1
    last = [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return datetime.date(y, m, min(d.day, last))


def drive_link():
    ident = "1" + "".join(f.pick(ALPHABET) for _ in range(32))
    if f.chance(0.5):
        return f"https://drive.google.com/uc?export=view&id={ident}"
    return f"https://drive.google.com/file/d/{ident}/view?usp=drivesdk"


def member_name():
    return f._unique(lambda: f"{f.pick(FIRST)} {f.pick(LAST)}")


N = 1300
START = datetime.date(2023, 1, 10)
members = []   # (name, phone) of members with a real number, for comebacks and families
rows = []
for i in range(N):
    late = i > N - 90
    r = f.r.random()
    if members and r < 0.025 and i > 100:
        name, phone = f.pick(members)
        if f.chance(0.3):
            name = name.lower() if f.chance(0.5) else name[0].lower() + name[1:]
        comeback = True
    else:
        comeback = False
        if members and f.chance(0.04):
            name = f.pick(members)[0].strip()      # a namesake: another member, another number
        else:
            name = member_name()
        k = f.r.random()
        if k < 0.11:
            phone = "0"
            name = member_name()                   # nobody else has this name
        elif k < 0.13:
            phone = ""
            name = member_name()
        elif members and k < 0.15:
            phone = f.pick(members)[1]                # a family member's number
        else:
            phone = f.mobile_in()
            if f.chance(0.006):
                phone = phone[:-1]
            elif f.chance(0.003):
                phone = phone + f.pick("0123456789")
            members.append((name, phone))
    if f.chance(0.02):
        name = name + " "
    if f.chance(0.004):
        name = " " + name
    if late:
        start = datetime.date(2025, 10, 1) + datetime.timedelta(days=f.r.randrange(0, 66))
    else:
        span = (datetime.date(2025, 12, 1) - START).days
        start = START + datetime.timedelta(days=int(span * min(1.0, (i / N) * f.r.uniform(0.3, 1.4))))
    col, fee, months = None, None, None
    pick = f.r.uniform(0, sum(p[3] for p in PLANS))
    for c, fe, mo, w in PLANS:
        pick -= w
        if pick <= 0:
            col, fee, months = c, fe, mo
            break
    if col is None:
        col, fee, months = PLANS[0][:3]
    if col == 4 and start.year == 2025 and f.chance(0.5):
        fee = "1600"
    row = [""] * 16
    row[0] = str(i + 1)
    row[1] = name
    row[2] = phone
    row[col] = fee
    row[11] = dmy(start)
    m_text = str(months)
    if f.chance(0.003):
        m_text, months = "0", 0
    row[12] = m_text
    row[13] = dmy(add_months(start, months) - datetime.timedelta(days=1))
    if late and f.chance(0.5):
        row[14] = dmy(start + datetime.timedelta(days=f.r.randrange(-3, 25)))
    if f.chance(0.03) or (late and f.chance(0.3)):
        row[15] = drive_link()
    rows.append(row)

rows[int(N * 0.61)][12] = "12/31/1899"
# the developer's test rows, payment dates as serial numbers
for nick, col, fee, months, serial in [("admintest", 6, "6500", 12, "45998"), ("abcd", 3, "600", 1, "45998"),
                                       ("dev", 4, "1600", 3, "46016")]:
    start = datetime.date(2025, 12, f.r.randrange(5, 26))
    row = [""] * 16
    row[0], row[1], row[col] = str(len(rows) + 1), nick, fee
    row[11], row[12] = dmy(start), str(months)
    row[13] = dmy(add_months(start, months) - datetime.timedelta(days=1))
    row[14], row[15] = serial, drive_link()
    rows.append(row)
for r in rows[-9:-3]:
    if r[14]:
        r[14] = str(45990 + f.r.randrange(0, 8))

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "members-en-in-gymsheet.csv"), "w", encoding="utf-8", newline="") as out:
    out.write("\n".join(",".join(r) for r in [HEADER] + rows))

if __name__ == "__main__":
    import collections
    key = lambda r: (" ".join(r[1].split()).lower(), r[2])
    real = [r for r in rows if r[2] not in ("0", "")]
    seen = collections.Counter(key(r) for r in real)
    comebacks = sum(v - 1 for v in seen.values())
    print("rows", len(rows), "comeback rows", comebacks, "clients", len(rows) - comebacks)
