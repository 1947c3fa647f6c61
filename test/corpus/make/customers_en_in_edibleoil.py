"""
Shape of amatel-IIITN/Oil-Management-System "customer_details.xlsx" (commit
cd71d5bcaf6494e1020778fb03c4ef579e14516c): the customer sheet of an edible-oil producer's small
management app (customers, demand, employees, production kept in separate workbooks), one sheet
"Sheet1", header on row 1, no formats.

- Customer_ID (a random five-digit number) / Name / State / Address.
- 29 customers (wholesale buyers in Mumbai, Delhi, Chennai, Bangalore, Kolkata, Ahmedabad)
  with Indian state names and shop/office addresses typed as in a directory ("B/h", "Nr", "Opp",
  "(west)", "Shop No 3", "#65", compressed words like "4,kkamarajrd2crsblr-42"; a bare "48/2"),
  then one keyboard-mash test row the app's form saved ("Asdcf" / "maghf" / "hdghc").
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("customers-en-in-edibleoil")

FIRST = ["Divya", "Jack", "Mayawati", "Akhil", "Wafiq", "Naresh", "Amolika", "Smriti", "Binoya", "Julie", "Wafa",
         "Surya", "Kunti", "Raj", "Ibrahim", "Nilima", "Satish", "Munaf", "Parvez", "Savita", "Radhe", "Natwar",
         "Yogesh", "Neerendra", "Darpan", "Kalpana", "Aastha", "Komal", "Chhaya", "Harish", "Lata"]
LAST = ["Muni", "Mani", "Anand", "Chander", "Mukhopadhyay", "Nadkarni", "Sodhani", "Beharry", "Raghavan", "Koshy",
        "Sama", "Balan", "Kamdar", "Gera", "Bhargava", "Vasa", "Srinivasan", "Ramaswamy", "Sahota", "Kumer", "Warrior",
        "Mammen", "Chhabra", "Ramanathan", "Kanda", "Borde", "Rege", "Borra", "Raman"]
PLACES = {
    "Maharashtra": ["{n}, Vakharia Ind Estate, Ram Mandir, Goregaon (west), Mumbai", "B/h, {s} Palace, S V Road, Khar, Mumbai",
                    "Shop No {n}, {s} Villa, Old Nagardas Road, Next To Sarvodaya Hotel, Andheri(e), Mumbai",
                    "Off-{n}, Parvati Industrial Estate, Sun Mill Compound, Delisle Road, Mumbai",
                    "{n}d-2, Basant Park, Opp Chembur Police Station, Chembur, Mumbai",
                    "Flat No.{n} ,plot No 11, {s}, Amritvan Complex, Nr Yashodham School, Goregaon( East), Mumbai"],
    "Delhi": ["{n}/66, Rohtash Nagar", "{n}/2", "{n}, Part 4, Guru Nanak Market, Lajpat Nagar", "{n}08, Basti Harphool Singh, Sadar Bazar",
              "Shop No {n}, R K Puram, Delhi", "{n}19, Gali Taliyan"],
    "Tamil Nadu": ["{n}/1-a Robertson Lane, Mandevalli, Chennai", "{n}, 7th Flr, {s} A-bloc, C-in-c Road, Chennai",
                   "{n} Maddor Street, Choolai, Chennai", "348/old {n}, Mint St, Sowcarpet, Chennai"],
    "Karnataka": ["{n}, 3,sjprdblr-2, T P Lane, S J P Road, Bangalore", "{n}/4, Tsp Road Fort, Kalasipalyam, Bangalore",
                  "{n},kkamarajrd2crsblr-42, Kamaraj Road, Bangalore", "#{n}, Eswaricplx,rajkumarrd,pkshngb21, Prakashnagar, Bangalore"],
    "Gujarat": ["{n}, Girivan Society, O P Road, B/h Sales India, O P Road, Vadodara",
                "{s} Complex, B/h Sbs,nr Stadium Circle, C G Road, Ahmedabad", "Plot No.{n}/91/1, Odhav, Ahmedabad"],
    "West Bengal": ["{n}b,canning Street Kolkata", "{n}, Ezra Street, Kolkata"],
}
STATES = ["Maharashtra"] * 12 + ["Delhi"] * 6 + ["Tamil Nadu"] * 4 + ["Karnataka"] * 4 + ["Gujarat"] * 3 + ["West Bengal"]
SOC = ["Pinky", "Vidhya", "Summet", "Shivalaya", "Anison", "Popular", "Natal"]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Customer_ID", "Name", "State", "Address"])
ids, names = set(), set()
for _ in range(29):
    while True:
        n = f"{f.pick(FIRST)} {f.pick(LAST)}"
        if n not in names:
            names.add(n)
            break
    cid = f.r.randrange(10000, 99999)
    st = f.pick(STATES)
    ws.append([cid, n, st, f.pick(PLACES[st]).format(n=f.r.randrange(1, 120), s=f.pick(SOC))])
ws.append([f.r.randrange(10000, 99999), "Asdcf", "maghf", "hdghc"])
save(wb, "customers-en-in-edibleoil.xlsx")

if __name__ == "__main__":
    for r in list(ws.iter_rows(values_only=True))[:6]:
        print(r)
