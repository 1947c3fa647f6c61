"""
Shape of a mortgage lender's loan upload file, as mharunor/caseStudy keeps it ("File4.xlsx", commit
de8e60df16e8d77b2d9d25b77fa092603bc02cbf), one of the sample files a loan-import service is tested with.

- One sheet "Sheet1": header on row 1 (Loan No / Borrower Name / DOB / Prop Address / cost / Flood Risk), six
  loans numbered 3.0 … 8.0 (floats), two borrowers known by a first name only taking turns, each with the
  same birth date (m/d/yyyy) on every loan; the first borrower's property address on each of theirs, the
  second's left empty; the cost as a float; Flood Risk Yes / No.
Values invented: names, birth dates, address and amounts.
"""
import datetime

from fake import Fake, workbook, save

f = Fake("loans-en-us-borrowerfile")
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Loan No", "Borrower Name", "DOB", "Prop Address", "cost", "Flood Risk"])
a = ("Vivaan", datetime.datetime(1982, 3, 17), "3316 Birchwood Lane", 365000.0, "Yes")
b = ("Ishaan", datetime.datetime(1976, 11, 4), None, 92000.0, "No")
for i in range(6):
    name, dob, addr, cost, flood = a if i % 2 == 0 else b
    ws.append([float(3 + i), name, dob, addr, cost, flood])
    ws.cell(i + 2, 3).number_format = "m/d/yyyy"
save(wb, "loans-en-us-borrowerfile.xlsx")
