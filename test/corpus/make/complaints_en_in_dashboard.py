"""
Shape of prachi-dataanalyst/Customer-Complaints-Analytics customer_complaints.xlsx: a complaint
log (Complaints_Data: Complaint_ID, Customer_Name, Age, Gender, City, an Indian State,
Product_Category, Complaint_Type, dates typed as text, Complaint_Status Closed/Open/Pending,
Priority, Rating, Resolution_Time, and after an empty column three summary formulas), two pivot
sheets (Row Labels / Count of … / Grand Total) and a Dashboard with KPI cells and charts.
Re-saved by LibreOffice so the summary formulas carry values. Values invented.
"""
import datetime

from openpyxl.chart import BarChart, PieChart, Reference

from fake import Fake, workbook, save

f = Fake("complaints-en-in-dashboard")
PLACES = [("Delhi", "Delhi"), ("Mumbai", "Maharashtra"), ("Patna", "Bihar"), ("Jaipur", "Rajasthan"),
          ("Lucknow", "Uttar Pradesh"), ("Chandigarh", "Punjab"), ("Bhopal", "Madhya Pradesh"), ("Kochi", "Kerala"),
          ("Ahmedabad", "Gujarat"), ("Pune", "Maharashtra")]
TYPES = {"Electronics": ["Delivery Delay", "Damaged Product", "Warranty Issue", "Installation Issue"],
         "Banking": ["Payment Issue", "Transaction Failed", "Card Blocked"],
         "E-commerce": ["Wrong Item", "Refund Delay", "Delivery Delay"]}
wb = workbook()
ws = wb.active
ws.title = "Complaints_Data"
ws.append(["Complaint_ID", "Customer_Name", "Age", "Gender", "City", "State", "Product_Category", "Complaint_Type",
           "Complaint_Date", "Resolution_Date", "Complaint_Status", "Priority", "Rating", "Resolution_Time"])
N = 40
rows = []
for i in range(N):
    city, state = f.pick(PLACES)
    cat = f.pick(list(TYPES))
    start = datetime.date(2025, 1, 1) + datetime.timedelta(days=i)
    days = f.r.randrange(2, 9)
    status = f.pick(["Closed"] * 6 + ["Pending"] * 2 + ["Open"])
    rating = f.r.randrange(1, 5)
    row = [2001 + i, f.name_in(), f.r.randrange(21, 45), f.pick(["Male", "Female"]), city, state, cat, f.pick(TYPES[cat]),
           start.isoformat(), (start + datetime.timedelta(days=days)).isoformat(), status,
           f.pick(["High", "Medium", "Low"]), rating, days]
    rows.append(row)
    ws.append(row)
ws["P2"] = f"=COUNTA(A2:A{N + 1})"
ws["P3"] = f"=AVERAGE(M2:M{N + 1})"
ws["P4"] = f"=MAX(N2:N{N + 1})"

by_state = wb.create_sheet("Sheet1")
by_state["A3"], by_state["B3"] = "Row Labels", "Count of Complaint_ID"
states = sorted({r[5] for r in rows})
for k, s in enumerate(states):
    by_state.cell(4 + k, 1, s)
    by_state.cell(4 + k, 2, sum(1 for r in rows if r[5] == s))
by_state.cell(4 + len(states), 1, "Grand Total")
by_state.cell(4 + len(states), 2, N)

by_status = wb.create_sheet("Sheet2")
by_status["A3"], by_status["B3"] = "Row Labels", "Sum of Complaint_ID"
for k, s in enumerate(["Closed", "Open", "Pending"]):
    by_status.cell(4 + k, 1, s)
    by_status.cell(4 + k, 2, sum(r[0] for r in rows if r[10] == s))
by_status["A7"], by_status["B7"] = "Grand Total", sum(r[0] for r in rows)

dash = wb.create_sheet("Dashboard")
dash["B2"], dash["C2"] = "Total Complaints", N
dash["E2"], dash["F2"] = "Average Rating", round(sum(r[12] for r in rows) / N, 1)
dash["H2"], dash["I2"] = "Max Resolution Time", max(r[13] for r in rows)
bar = BarChart()
bar.title = "Complaints by State"
bar.add_data(Reference(by_state, min_col=2, min_row=3, max_row=3 + len(states)), titles_from_data=True)
bar.set_categories(Reference(by_state, min_col=1, min_row=4, max_row=3 + len(states)))
dash.add_chart(bar, "B5")
pie = PieChart()
pie.title = "Status"
pie.add_data(Reference(by_status, min_col=2, min_row=3, max_row=6), titles_from_data=True)
pie.set_categories(Reference(by_status, min_col=1, min_row=4, max_row=6))
dash.add_chart(pie, "H5")
save(wb, "complaints-en-in-dashboard.xlsx", libreoffice="xlsx")
