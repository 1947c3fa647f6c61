"""
Shape of kasivasu/Datasets Dealers.xlsx (commit 9ebdde344325154d1f76c56d050ee5ea84cdeee9): a
manufacturer's dealer master used beside a dealer-sales table in a BI course, one sheet "Dealers",
plain header, no styling: Dealer (code D1…D51) / Dealer Name (made-up one-word firm names, two in
lower case) / State / District / Pincode (number) / Lat / Lon. Rows in state order, a district
twice in some states; the last row is "Unknown", a catch-all dealer for unattributed sales, on the
same district, pincode and coordinates as the row above. Values invented.
"""
from fake import Fake, save, workbook

f = Fake("dealers-en-in-salesdataset")
PLACES = [("Andhra Pradesh", "Guntur", 522), ("Andhra Pradesh", "Nellore", 524), ("Assam", "Nagaon", 782),
          ("Assam", "Dhubri", 783), ("Assam", "Jorhat", 785), ("Bihar", "Gaya", 823), ("Bihar", "Purnia", 854),
          ("Chattisgarh", "Bilaspur", 495), ("Gujarat", "Bharuch", 392), ("Gujarat", "Mehsana", 384),
          ("Gujarat", "Junagadh", 362), ("Gujarat", "Surat", 394), ("Haryana", "Karnal", 132), ("Haryana", "Karnal", 132),
          ("Jammu & Kashmir", "Baramulla", 193), ("Jharkhand", "Dhanbad", 826), ("Karnataka", "Mandya", 571),
          ("Kerala", "Kottayam", 686), ("Kerala", "Kannur", 670), ("Kerala", "Alappuzha", 688),
          ("Madhya Pradesh", "Vidisha", 464), ("Maharashtra", "Akola", 444), ("Maharashtra", "Latur", 413),
          ("Maharashtra", "Sangli", 416), ("Maharashtra", "Dhule", 424), ("Maharashtra", "Sangli", 416),
          ("Maharashtra", "Wardha", 442), ("Maharashtra", "Beed", 431), ("Nagaland", "Mokokchung", 798),
          ("Odisha", "Balasore", 756), ("Punjab", "Bathinda", 151), ("Punjab", "Kapurthala", 144),
          ("Rajasthan", "Bhilwara", 311), ("Tamil Nadu", "Erode", 638), ("Tamil Nadu", "Vellore", 632),
          ("Tamil Nadu", "Tirunelveli", 627), ("Tamil Nadu", "Dindigul", 624), ("Tamil Nadu", "Karur", 639),
          ("Tamil Nadu", "Erode", 638), ("Telangana", "Nalgonda", 508), ("Telangana", "Warangal", 506),
          ("Tripura", "Dhalai", 799), ("Uttar Pradesh", "Banda", 210), ("Uttar Pradesh", "Sitapur", 261),
          ("Uttar Pradesh", "Sitapur", 261), ("Uttar Pradesh", "Bareilly", 243), ("Uttar Pradesh", "Jalaun", 285),
          ("Uttarakhand", "Chamoli", 246), ("Uttarakhand", "Almora", 263), ("West Bengal", "Nadia", 741)]
A = ["Tri", "Zen", "Quad", "Vol", "Dan", "Fin", "Lex", "Hot", "Kin", "Bio", "Zum", "Ran", "Sun", "Gold", "Open", "Year",
     "Stat", "Plus", "Tough", "Code", "Cone", "Lab", "Ron", "Groove", "Scot", "Kon", "Can", "Black", "Street", "Fase"]
B = ["lane", "dex", "tech", "zim", "phase", "ware", "quote", "plex", "strip", "base", "zap", "how", "holdings", "com",
     "drill", "find", "city", "high", "code", "fan", "hex", "job", "dom", "zoom", "ity", "tax", "electrics", "corp"]
LAT = {"Andhra Pradesh": (16.0, 81.0), "Assam": (26.3, 92.5), "Bihar": (25.5, 85.5), "Chattisgarh": (21.5, 81.9),
       "Gujarat": (22.5, 72.0), "Haryana": (29.0, 76.5), "Jammu & Kashmir": (34.0, 74.7), "Jharkhand": (23.7, 86.3),
       "Karnataka": (12.5, 76.7), "Kerala": (10.0, 76.3), "Madhya Pradesh": (23.5, 77.8), "Maharashtra": (19.5, 76.0),
       "Nagaland": (26.3, 94.5), "Odisha": (21.3, 86.8), "Punjab": (30.8, 75.2), "Rajasthan": (25.3, 74.6),
       "Tamil Nadu": (10.8, 78.2), "Telangana": (17.5, 79.2), "Tripura": (23.9, 91.8), "Uttar Pradesh": (27.0, 80.5),
       "Uttarakhand": (30.0, 79.3), "West Bengal": (23.2, 88.4)}

wb = workbook()
ws = wb.active
ws.title = "Dealers"
ws.append(["Dealer", "Dealer Name", "State", "District", "Pincode", "Lat", "Lon"])
names = set()
last = None
for i, (state, district, pin) in enumerate(PLACES, 1):
    while True:
        n = f.pick(A) + f.pick(B)
        if n not in names:
            names.add(n)
            break
    if i in (7, 23):
        n = n.lower()
    la, lo = LAT[state]
    last = [f"D{i}", n, state, district, pin * 1000 + f.r.randrange(1, 999), round(la + f.r.uniform(-0.8, 0.8), 4),
            round(lo + f.r.uniform(-0.8, 0.8), 4)]
    ws.append(last)
ws.append([f"D{len(PLACES) + 1}", "Unknown"] + last[2:])
save(wb, "dealers-en-in-salesdataset.xlsx")
