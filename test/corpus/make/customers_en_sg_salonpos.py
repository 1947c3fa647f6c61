"""
Shape of Gdgiri/Workly-FE "Customer List.csv": a Singapore beauty salon's customer list exported
from its point-of-sale system as CSV (UTF-8, LF): an empty first line, the title "Customer List"
quoted on the second, the header on the third.

- Header # / Code / First Name / Last Name / Birthday / Customer Group / Telephone (Mobile) /
  Email / Address. # runs 1…878. Two generations of codes: BS100001… (gaps) for the older
  customers, then a lone "CASH" row (the cash-sale account), then CS00001-1… (gaps).
- First Name holds the whole name as the front desk typed it (a first name only on most, full
  names in capitals, lower case, Chinese, Malay and Indian names); Last Name is filled on a
  handful. Birthday dd-mm without a year on the older customers, dd-mm-yyyy on some newer ones,
  mostly empty. Customer Group BASIC, empty on the newest, once "BASIC (Expr. 14-02-2029)".
  Telephone an eight-digit Singapore mobile on the older block, +65 and eight digits on the newer,
  a few Malaysian +60 and one foreign number, "1234567" once, a digit short or long on some, one
  with a trailing space; Email on two; Address never.
- Two customers were created twice one after the other: the first card empty, the second with the
  phone (and birthday).
Values invented (878 rows as in the source).
"""
import os

from fake import FILES, Fake

f = Fake("customers-en-sg-salonpos")

FIRST = ["Cindy", "Krishia", "Farah", "Lia", "Ayu", "May", "Mingwei", "Shermein", "Rashiqah", "Khristine",
         "Christine", "Cleo", "Wilson", "Qistina", "Sharifa", "Chloe", "Enghua", "Clera", "Jynn", "Elaine",
         "Alicia", "Yating", "Sherly", "Frances", "Vanessa", "Najihah", "Priya", "Anisha", "Zana", "Daniel",
         "Pradeeksha", "Sheryl", "Nadhrah", "Kyrea", "Elizabeth", "Jane", "Suhailah", "Jasmine", "Karen",
         "Sarojini", "Rachael", "Carrie", "Theresa", "Charmaine", "Saraphina", "Tracy", "Joanne", "Divyashree",
         "Shahira", "Amirah", "Chenel", "Helen", "Ruilin", "Saashtika", "Charista", "Venus", "Deanna", "Qian Yi",
         "Yvanne", "Peilin", "Kathir", "Alexander", "Angelin", "Deirdre", "Clara", "Jess", "Kamy", "Eileen",
         "Ranie", "Airah", "Myat", "Thivya", "Cheryl", "Pavittra", "Oprah", "Ayeza", "Dian", "Mitchell", "Amy",
         "Yana", "Debera", "Rashi", "Ian", "Apple", "Bella", "Viranda", "Chenli", "Nadhirah", "Angel", "Kelvin",
         "Belle", "Adelyn", "Kamini", "Ashikin", "Chitra", "Amelia", "Jennifer", "Farella", "Almash", "Valli",
         "Jay", "Wee Teng", "Vishakha", "Sindy", "Rina", "Caelyn", "Kimberly", "Shalini", "Trenna", "Idah",
         "Sean", "Xineth", "Sabrina", "Ting Xuan", "Corin", "Jaahan", "Maria", "Wendy", "Hazel", "Grace",
         "Jaslyn", "Jayanthi", "Ada", "Adeline", "Afrah", "Ailin", "Aishath", "Aisyah", "Alison", "Allyn",
         "Alvin", "Amber", "Amiera", "Andi", "Angela", "Angelica", "Angie", "Annie", "Asidah", "Aslinda",
         "Beverly", "Brahm", "Caroline", "Catherine", "Celine", "Cheri", "Chewyee", "Clarisa", "Dania", "Dawn",
         "Deborah", "Dee", "Deepa", "Denise", "Diana", "Dorothy", "Durga", "Edna", "Eka", "Ekta", "Ella",
         "Estelle", "Esther", "Eunice", "Evelyn", "Felicia", "Florence", "Gayle", "Gina", "Hannah", "Ima",
         "Indah", "Jaime", "Jamie", "Janice", "Jean", "Jenna", "Jenny", "Jessica", "Jiaen", "Jiaying", "Joana",
         "Josephine", "Jovin", "Julia", "Karene", "Kirthana", "Kris", "Kristie", "Kumar", "Leila", "Leyi",
         "Lina", "Lishan", "Lynn", "Magdalene", "Marilyn", "Michelle", "Nadia", "Natasha", "Nerissa", "Nini",
         "Nurul", "Peijuan", "Pooja", "Premala", "Quynh", "Rena", "Rozanne", "Ruth", "Sandra", "Santhi",
         "Sara", "Selina", "Serena", "Shamila", "Shereen", "Siti", "Sonia", "Stephanie", "Sylvie", "Tiffany",
         "Umme", "Valerie", "Vicki", "Winnie", "Yuki", "Zoey", "Shakya", "Natasha", "Ashmita", "Cedric",
         "Giselle", "Jiahui", "Suetmei", "Penny", "Kim", "Haryati", "Clarissa", "Amnah", "Samantha", "Nisha",
         "Vivian", "Irene", "Isha", "Inez", "Shana", "Germaine", "Juliet", "Shumin", "Kexin", "Josie", "Regina",
         "Kavitha", "Tanya", "Jolene", "Aida", "Deepika", "Elsa", "Nabila", "Zakiah", "Richard", "Nozomi",
         "Liana", "Naomi", "Lovisa", "Beela", "Vani", "Gino", "Charlotte", "Gillian", "Muthu", "Anvitha",
         "Nirmala", "Fiona", "Wes", "Shreyaa", "Clare", "Daryl", "Joelee", "Blair", "Akshra", "Eva", "Jerome",
         "Barkha", "Aura", "Sangeetha", "Izah", "Prajna", "Xavier", "Dijah", "Ewan", "Ashley", "Harsha",
         "Rowena", "Margaret", "Karisha", "Ruiqi", "Mildred", "Christy", "Rosy", "Carol", "Annabel", "Mavis",
         "Janaki", "Prabhu", "Adonia", "Vanitha", "Carmen", "Chanchal", "Raihah", "Yongle", "Nivetha", "Kiran",
         "Zeenat", "Klara", "Anna", "Trina", "Anjali", "Janet", "Navdisha", "Jerusha", "April", "Debby",
         "Crystal", "Kala", "Alisha", "Philothea", "Quinn", "Bhavani", "Didi", "Xiaomei", "Mira", "Kaixin",
         "Sherlene", "Benjamin", "Karine", "Yimon", "Davina", "Meryl", "Josandra", "Ilham", "Valencia",
         "Lesley", "Edmund", "Peggy", "Haley", "Fira", "Shreya", "Sherry", "Riciel", "Brandon", "Nabilah",
         "Asha", "Ajay", "Cece", "Lorraine", "Audrey", "Swara", "Khadijah", "Lilian", "Kylie", "Alison"]
SURN = ["Tan", "Lim", "Lee", "Ng", "Wong", "Goh", "Chua", "Chan", "Koh", "Teo", "Ong", "Ang", "Yeo", "Tay",
        "Sim", "Chia", "Low", "Toh", "Chong", "Ho", "Loh", "Yap", "Lau", "Foo", "Neo", "Heng", "Seah", "Poh",
        "binte Ismail", "binte Rahman", "Abdullah", "Hamid", "Kaur", "Singh", "Pillai", "Nair", "Raj", "Kumar",
        "Sharma", "Patrick", "Fernandez", "Santiago", "Mesina", "Legaspi"]


def name():
    first = f.pick(FIRST)
    form = f.r.random()
    if form < 0.55:
        text = first
    elif form < 0.8:
        text = f"{first} {f.pick(SURN)}" if f.chance(0.7) else f"{f.pick(SURN)} {first}"
    else:
        text = f"{f.pick(SURN[:28])} {first} {f.pick(['Hui', 'Ling', 'Ting', 'Wei', 'Xin', 'Yi', 'En'])}"
    case = f.r.random()
    if case < 0.3:
        text = text.upper()
    elif case < 0.55:
        text = text.lower()
    return text


def mobile_sg():
    return f._unique(lambda: f.pick("89") + "555" + f"{f.r.randrange(10000):04d}")


def odd(number):
    r = f.r.random()
    if r < 0.3:
        return number[:-1]                       # a digit short
    if r < 0.6:
        return number + f.pick("0123456789")     # a digit too many
    if r < 0.8:
        return number + " "
    return "1" + number                          # a stray leading digit


def cell(v):
    # The export quotes only texts with a space (or a comma) in them.
    v = "" if v is None else str(v)
    if " " in v or "," in v or '"' in v:
        return '"' + v.replace('"', '""') + '"'
    return v


rows = []
codes_bs = sorted(f.r.sample(range(1, 176), 160))
for k, c in enumerate(codes_bs):
    bday = f"{f.r.randrange(1, 29):02d}-{(k * 12 // 160 + 5) % 12 + 1:02d}"     # birthdays by month from June
    phone = mobile_sg()
    group = "BASIC"
    if k >= 152:
        bday, group, phone = "", "" if k != 158 else "BASIC", "+65" + phone
    if f.chance(0.02):
        phone = odd(phone)
    rows.append([f"BS{100000 + c}", name(), "", bday if f.chance(0.97) else "", group, phone, "", ""])
# The front desk typed a last name on a few, and one card has nothing but a name.
rows[113][1] = rows[113][1].split()[0].capitalize()
rows[113][2], rows[113][3], rows[113][4], rows[113][5] = f.pick(SURN[:28]), "", "", ""
rows[144][5] = ""
rows.append(["CASH", "CASH", "", "26-07", "BASIC", "", "", ""])
codes_cs = sorted(f.r.sample(range(1, 726), 717))
for k, c in enumerate(codes_cs):
    code = f"CS{c:05d}-1"
    if k < 270:
        group, phone = "BASIC", mobile_sg()
        if f.chance(0.015):
            phone = odd(phone)
    else:
        group, phone = "", "+65" + mobile_sg()
        if f.chance(0.006):
            phone = "+60" + "1" + f.pick("0123") + "555" + f"{f.r.randrange(10000):04d}"
        if f.chance(0.08):
            phone = ""
    bday = ""
    if k >= 270 and f.chance(0.04):
        bday = f"{f.r.randrange(1, 29):02d}-{f.r.randrange(1, 13):02d}-{f.r.randrange(1978, 2005)}"
    elif k >= 690 and f.chance(0.2):
        bday = f"{f.r.randrange(1, 29):02d}-{f.r.randrange(1, 13):02d}"
    rows.append([code, name(), "", bday, group, phone, "", ""])
n = len(rows)
cs0 = 161
rows[cs0][4] = "BASIC (Expr. 14-02-2029)"
rows[cs0][5] = ""
rows[cs0 + 1][5] = "1234567"
rows[cs0 + 300][5] = "+358" + "40" + "555" + "1234"                # a Finnish number
for k in (cs0 + 12, cs0 + 450):
    rows[k][6] = f.email(rows[k][1].split()[0].lower() + "sg" + str(f.r.randrange(10, 99)))
# Last names typed separately on a few newer cards.
for k in (cs0 + 470, cs0 + 655):
    rows[k][1] = f.pick(FIRST).lower()
    rows[k][2] = f.pick(SURN[:28]).lower()
# Two customers created twice in a row: an empty card, then the real one.
for k, twin, bday in ((cs0 + 275, "Baani", "14-08-1980"), (cs0 + 500, "seetohmeifah", "")):
    rows[k][1] = rows[k + 1][1] = twin
    rows[k][3] = rows[k][5] = rows[k][6] = ""
    rows[k + 1][3] = bday
    if not rows[k + 1][5]:
        rows[k + 1][5] = "+65" + mobile_sg()

# A card without a phone keeps a name nobody else has, so that only the two doubles above are repeats.
seen = {}
for r in rows:
    seen.setdefault(r[1].lower(), []).append(r)
for key, same in seen.items():
    if len(same) > 1 and key not in ("baani", "seetohmeifah"):
        for r in same:
            if not r[5] and not r[2]:
                r[1] = f"{r[1]} {f.pick(SURN[:28]).upper() if r[1].isupper() else f.pick(SURN[:28])}"

HEADER = ["#", "Code", "First Name", "Last Name", "Birthday", "Customer Group", "Telephone (Mobile)", "Email",
          "Address"]
lines = ["", '"Customer List"', ",".join(cell(h) for h in HEADER)]
for i, r in enumerate(rows, 1):
    code, nm, last, bday, group, phone, mail, addr = r
    lines.append(",".join(cell(v) for v in [i, code, nm, last, bday, group, phone, mail, addr]))
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "customers-en-sg-salonpos.csv"), "w", encoding="utf-8", newline="") as out:
    out.write("\n".join(lines) + "\n")
