"""
Shape of HasinduPerera2000/Telecom-Customer-Churn-Analysis "Customer_Data.xlsx" (commit
da2bf3c0244e123bef516d41f966061f9528c387): an Indian telecom operator's anonymised subscriber
table for a churn dashboard (Power BI), one sheet "Customer_Data", General format throughout,
6,418 rows in the source (300 here).

- 32 columns: Customer_ID ("19877-DEL": five digits and the state's first three letters) /
  Gender / Age / Married / State / Number_of_Referrals / Tenure_in_Months / Value_Deal ("Deal 1"
  … "Deal 5" or blank) / Phone_Service / Multiple_Lines / Internet_Service / Internet_Type
  (Cable, DSL, Fiber Optic, blank) / eight Yes/No service flags / Contract (Month-to-Month, One
  Year, Two Year) / Paperless_Billing / Payment_Method / Monthly_Charge (a few negative) /
  Total_Charges / Total_Refunds / Total_Extra_Data_Charges / Total_Long_Distance_Charges /
  Total_Revenue / Customer_Status (Stayed, Churned, Joined) / Churn_Category / Churn_Reason
  (filled for churned rows only).
No names, phones or addresses anywhere. Values invented.
"""
from fake import Fake, save, workbook

f = Fake("subscribers-en-in-telecomchurn")
STATES = ["Delhi", "Maharashtra", "West Bengal", "Karnataka", "Tamil Nadu", "Uttar Pradesh", "Rajasthan", "Gujarat",
          "Andhra Pradesh", "Telangana", "Assam", "Bihar", "Punjab", "Kerala", "Haryana", "Odisha", "Jharkhand",
          "Madhya Pradesh", "Chhattisgarh", "Uttarakhand", "Puducherry", "Jammu & Kashmir"]
REASONS = {"Competitor": ["Competitor had better devices", "Competitor made better offer", "Competitor offered more data",
                          "Competitor offered higher download speeds"],
           "Attitude": ["Attitude of support person", "Attitude of service provider"],
           "Dissatisfaction": ["Network reliability", "Product dissatisfaction", "Service dissatisfaction",
                               "Limited range of services", "Poor expertise of online support"],
           "Price": ["Price too high", "Extra data charges", "Long distance charges", "Lack of affordable download/upload speed"],
           "Other": ["Don't know", "Moved", "Deceased"]}
HEADER = ["Customer_ID", "Gender", "Age", "Married", "State", "Number_of_Referrals", "Tenure_in_Months", "Value_Deal",
          "Phone_Service", "Multiple_Lines", "Internet_Service", "Internet_Type", "Online_Security", "Online_Backup",
          "Device_Protection_Plan", "Premium_Support", "Streaming_TV", "Streaming_Movies", "Streaming_Music", "Unlimited_Data",
          "Contract", "Paperless_Billing", "Payment_Method", "Monthly_Charge", "Total_Charges", "Total_Refunds",
          "Total_Extra_Data_Charges", "Total_Long_Distance_Charges", "Total_Revenue", "Customer_Status", "Churn_Category",
          "Churn_Reason"]
yn = lambda p=0.5: "Yes" if f.chance(p) else "No"

wb = workbook()
ws = wb.active
ws.title = "Customer_Data"
ws.append(HEADER)
ids = set()
for _ in range(300):
    state = f.pick(STATES)
    while True:
        cid = f"{f.r.randrange(10000, 100000)}-{state[:3].upper()}"
        if cid not in ids:
            ids.add(cid)
            break
    tenure = f.r.randrange(1, 37)
    phone = yn(0.9)
    internet = yn(0.78)
    itype = f.pick(["Cable", "DSL", "Fiber Optic", "Fiber Optic"]) if internet == "Yes" else None
    flags = [yn(0.35) if internet == "Yes" else "No" for _ in range(8)]
    monthly = round(f.r.uniform(18, 118), 2) if not f.chance(0.03) else float(-f.r.randrange(1, 10))
    total = round(abs(monthly) * tenure * f.r.uniform(0.7, 1.0), 2)
    refunds = round(f.r.uniform(0, 45), 2) if f.chance(0.08) else 0
    extra = f.pick([10, 20, 30, 40]) if f.chance(0.1) else 0
    ld = round(f.r.uniform(0, 45) * tenure, 2) if phone == "Yes" else 0
    status = f.pick(["Stayed"] * 6 + ["Churned"] * 3 + ["Joined"])
    if status == "Joined":
        tenure = f.r.randrange(1, 7)
    cat = f.pick(list(REASONS)) if status == "Churned" else None
    ws.append([cid, f.pick(["Male", "Female", "Female"]), f.r.randrange(18, 86), yn(0.48), state, f.r.randrange(0, 16), tenure,
               f.pick(["Deal 1", "Deal 2", "Deal 3", "Deal 4", "Deal 5"]) if f.chance(0.45) else None, phone,
               yn(0.45) if phone == "Yes" else "No", internet, itype] + flags +
              [f.pick(["Month-to-Month", "Month-to-Month", "One Year", "Two Year"]), yn(0.6),
               f.pick(["Credit Card", "Bank Withdrawal", "Mailed Check"]), monthly, total, refunds, extra, ld,
               round(total - refunds + extra + ld, 2), status, cat, f.pick(REASONS[cat]) if cat else None])
save(wb, "subscribers-en-in-telecomchurn.xlsx")

if __name__ == "__main__":
    for r in list(ws.iter_rows(values_only=True))[:3]:
        print(r)
