"""
Shape of gracelinsweety/RetailDashboard "Customer_Data.xlsx" (commit
8854f33b1591210a344f6d37288e49b5a9b3a294): the customer dimension of an Indian retail sales
dashboard (products and sales in other workbooks), one sheet "Customer_Data", no formats.

- CustomerID (1 … 50, numbers) / CustomerName ("Customer 1" … "Customer 50": placeholder names
  standing for the customers) / Region (North, South, East, West) / City (Mumbai, Ahmedabad,
  Delhi, Pune, Hyderabad, Lucknow, Jaipur, Bangalore, Bhubaneswar, Guwahati, Kolkata, Chennai,
  each always in its region).
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("customers-en-in-placeholdernames")
CITIES = [("West", "Mumbai")] * 7 + [("West", "Ahmedabad")] * 6 + [("North", "Delhi")] * 5 + [("West", "Pune")] * 5 + \
         [("South", "Hyderabad")] * 5 + [("North", "Lucknow")] * 4 + [("North", "Jaipur")] * 4 + [("South", "Bangalore")] * 3 + \
         [("East", "Bhubaneswar")] * 3 + [("East", "Guwahati")] * 3 + [("East", "Kolkata")] * 3 + [("South", "Chennai")] * 2

wb = workbook()
ws = wb.active
ws.title = "Customer_Data"
ws.append(["CustomerID", "CustomerName", "Region", "City"])
for i in range(1, 51):
    region, city = f.pick(CITIES)
    ws.append([i, f"Customer {i}", region, city])
save(wb, "customers-en-in-placeholdernames.xlsx")

if __name__ == "__main__":
    for r in list(ws.iter_rows(values_only=True))[1:4]:
        print(r)
