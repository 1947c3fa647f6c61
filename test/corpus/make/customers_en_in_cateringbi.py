"""
Shape of Jagruti2409/Aahar-Catering-PowerBI-Analysis "Customer_Data.xlsx" (commit
e76c79e26a35ed24a919c5070f18e1f6d7b4d89d): the customer table of a Nashik-area catering
business's Power BI model (sales, menu, staff, expenses in other workbooks), one sheet "Sheet1",
bold header, every cell text.

- Customer_ID (C0001 … C0300) / Customer_Name / Contact_No (ten-digit mobile as text) / Email
  (user<n>@example.com) / City (Dhule, Aurangabad, Nashik, Saputara, "Chh. Sambhajinagar" — the
  same city under its new name) / Type (Individual, Corporate on one in twelve, the corporate
  clients still under a person's name).
- Names made of a few first names and surnames, so one name is shared by up to five customers
  with different ids, phones and cities.
Values invented (mobiles 90000…).
"""
from fake import Fake, save, workbook

f = Fake("customers-en-in-cateringbi")

FIRST = ["Kavya", "Arjun", "Vihaan", "Saanvi", "Aadhya", "Karan", "Varun", "Rohit", "Riya", "Tanvi", "Aditya", "Harsh",
         "Priya", "Arpita", "Sneha", "Omkar", "Pooja", "Siddharth"]
LAST = ["Rane", "Singh", "Deshmukh", "Kumar", "Chaudhari", "More", "Mehta", "Gavaskar", "Sharma", "Joshi", "Patil", "Kulkarni"]
CITIES = ["Dhule", "Aurangabad", "Nashik", "Saputara", "Chh. Sambhajinagar"]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Customer_ID", "Customer_Name", "Contact_No", "Email", "City", "Type"])
for c in ws[1]:
    c.font = c.font.copy(bold=True)
for i in range(1, 301):
    ws.append([f"C{i:04d}", f"{f.pick(FIRST)} {f.pick(LAST)}", f.mobile_in(), f"user{i}@example.com", f.pick(CITIES),
               "Corporate" if f.chance(0.087) else "Individual"])
save(wb, "customers-en-in-cateringbi.xlsx")

if __name__ == "__main__":
    for r in list(ws.iter_rows(values_only=True))[1:6]:
        print(r)
