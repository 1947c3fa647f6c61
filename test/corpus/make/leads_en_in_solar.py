"""
Shape of hardtohandle2005/JK-crm leads.xlsx: a rooftop-solar lead sheet — Date (two spellings:
2025-05-06 and 06/05/2025, all text), Consumer Name, Address (a sector or a full flat address),
Mobile No. (text, some with a leading 0, one phone shared by several family members), Ref. no,
KW, Reference, and unlabelled status columns to the right (Sent / a date / Yes). Values invented.
"""
from fake import Fake, workbook, save

f = Fake("leads-en-in-solar")
p1, p2, p3 = f.mobile_in(), f.mobile_in(), "0" + f.mobile_in()
FLAT = "412 C, block D, Sunrise apartments, sector 21B, gurugram, haryana"
rows = [
    ["2025-05-06", "Harleen", "Sector 21B", p1, "16P", "20", None, None, "Sent"],
    ["2025-05-06", "Simar", "Sector 21B", p1, "12P", "15", None, None, "Sent"],
    ["2025-05-06", "Meera Sethi", "Sector 21B", p2, "14P", "15", None, None, "Sent"],
    ["06/05/2025", "Saanvi", "sec 21", p1, None, "15", "we", None, None, None, "2025-05-06"],
    ["06/05/2025", "Gurpreet", "sec 21", p2, None, "5", "we", None, None, None, None, None, "Yes"],
    ["06/05/2025", "Kabir", "sec 21", p2, None, "15", "we"],
    ["2025-05-06", "Khanna", "Nehru Nagar", p1, "15P", "5", None, None, "Sent"],
    ["06/05/2025", "Kabir", "Sector 21B", p1, None, "20", "we"],
    ["06/05/2025", "rohan", "Sector 21B", p1, None, "15", "we", None, None, None, "2025-05-06", "kdm", "Yes"],
    ["2025-05-06", "Rohan", "Sector 21B", p1, "17P", "15", None, None, "Sent"],
    ["06/05/2025", "Simar", FLAT, p3, None, "10", "Me"],
    ["07/05/2025", "Diya", "Sunrise apartments", p3, None, "10", "Simar"],
    ["2025-05-07", "Rk", FLAT, p3, "18P", "10", None, None, "Sent"],
]
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Date", "Consumer Name", "Address", "Mobile No.", "Ref. no", "KW", "Reference"])
for row in rows:
    ws.append(row)
ws.column_dimensions["B"].width = 10
ws.column_dimensions["G"].width = 12.7
save(wb, "leads-en-in-solar.xlsx")
