"""
Shape of AnuragPowtshyan/Customer-Complaint-Analyzer-for-Small-Business "complaints.csv" (at commit
c1bd67b): a small business's complaint log as CSV (UTF-8 without BOM, CRLF line ends, no quoting).
Headers Complaint ID / Customer ID / Product / Complaint Category / Date Filed / Date Resolved /
Status / Resolution Time (Days) / Sentiment / Region. Complaint ids are six-digit numbers, the
customer is known only by a five-digit number (a few customers complain twice), the product is one
of ten, the category one of five (Service, Technical Support, Product Quality, Delivery, Billing);
Date Filed is dd-mm-yyyy, Date Resolved dd-mm-yyyy 00:00 or the word Unresolved (about one in
five), Status Resolved/Unresolved, the resolution time 0 on unresolved rows, Sentiment
Neutral/Positive, Region an Indian state or union territory. Values invented.
"""
import datetime
import os

from fake import FILES, Fake

f = Fake("complaints-en-in-smallbiz")

PRODUCTS = ["Fitness Tracker", "Digital Scale", "Home Security System", "Personal Safe", "Cloud Storage",
            "Insurance Plan", "Mobile Banking App", "Weight Loss Program", "Drone Delivery Service",
            "Customer Support Service"]
CATEGORIES = ["Service", "Technical Support", "Product Quality", "Delivery", "Billing"]
REGIONS = ["Andhra Pradesh", "Assam", "Bihar", "Chhattisgarh", "Delhi", "Goa", "Gujarat", "Haryana",
           "Himachal Pradesh", "Jharkhand", "Karnataka", "Kerala", "Ladakh", "Lakshadweep", "Madhya Pradesh",
           "Maharashtra", "Manipur", "Meghalaya", "Mizoram", "Nagaland", "Odisha", "Puducherry", "Punjab",
           "Rajasthan", "Sikkim", "Tamil Nadu", "Telangana", "Tripura", "Uttar Pradesh", "Uttarakhand",
           "West Bengal", "Jammu and Kashmir", "Chandigarh", "Dadra and Nagar Haveli and Daman and Diu"]

customers = [f._unique(lambda: str(f.r.randrange(10000, 100000))) for _ in range(296)]
# A few customers complain twice.
customers += [customers[i] for i in (3, 41, 97, 150)]
f.r.shuffle(customers)

lines = ["Complaint ID,Customer ID,Product,Complaint Category,Date Filed,Date Resolved,Status,"
         "Resolution Time (Days),Sentiment,Region"]
for customer in customers:
    cid = f._unique(lambda: str(f.r.randrange(100000, 1000000)))
    category = f.pick(CATEGORIES)
    filed = f.date(datetime.date(2023, 8, 31), datetime.date(2024, 8, 30))
    if f.chance(0.19):
        resolved, status, days = "Unresolved", "Unresolved", 0
    else:
        days = f.r.randrange(1, 31)
        resolved = (filed + datetime.timedelta(days=days)).strftime("%d-%m-%Y") + " 00:00"
        status = "Resolved"
    sentiment = "Positive" if category == "Technical Support" else "Neutral"
    lines.append(",".join([cid, customer, f.pick(PRODUCTS), category, filed.strftime("%d-%m-%Y"), resolved,
                           status, str(days), sentiment, f.pick(REGIONS)]))

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "complaints-en-in-smallbiz.csv"), "wb") as out:
    out.write(("\r\n".join(lines) + "\r\n").encode("utf-8"))

if __name__ == "__main__":
    if os.environ.get("SHOW"):
        print(len(lines) - 1)
        for line in lines[:8]:
            print(line)
