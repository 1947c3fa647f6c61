"""
Shape of satyamsingh85/Real_Estate_Project "Customer Details.xlsx" (at commit c6d1a85cb4d988f8272a781621ff65028c4b671b):
the client table behind a real-estate agency's Power BI report. One sheet Sheet1, header ClientID / Name / Img (not
bold), ten clients: ClientID typed as 1 on the first row and =A2+1, =A3+1 … below (results cached), the client's
full name, and in Img the web address of a portrait photo (an image-search or pin URL, each cell also a hyperlink),
column C 111 wide. Values invented (names, photo addresses at example.com).
"""
from openpyxl.styles import Font

from fake import CachedFormulas, workbook

NAMES = ["Harper Ellison", "Mason Whitfield", "Chloe Ramsey", "Ethan Caldwell", "Grace Holloway", "Lucas Pemberton",
         "Zoe Fairbanks", "Owen Hartley", "Lily Ashworth", "Caleb Kingsley"]
HOSTS = ["https://images.example.com/236x/{a}/{b}/{c}/{a}{b}{c}portrait.jpg",
         "https://search.example.com/th?id=OIP.{a}{b}{c}Hq&w=150&h=236&c=8&rs=1&qlt=90&o=6&dpr=1.3&pid=3.1&rm=2",
         "https://images.example.com/474x/{a}/{b}/{c}/{a}{b}{c}photo.jpg"]
PICK = [0, 1, 2, 0, 0, 1, 2, 0, 0, 0]

cf = CachedFormulas()
wb = workbook()
wb.properties.creator = "Agency Analyst"
wb.properties.lastModifiedBy = "Agency Analyst"
ws = wb.active
ws.title = "Sheet1"
ws.append(["ClientID", "Name", "Img"])
for i, name in enumerate(NAMES):
    r = 2 + i
    if i == 0:
        ws.cell(r, 1, 1)
    else:
        cf.formula(ws, f"A{r}", f"=A{r - 1}+1", i + 1)
    ws.cell(r, 2, name)
    a, b, c = f"{(i * 37) % 90 + 10:02x}", f"{(i * 53) % 90 + 10:02x}", f"{(i * 71) % 90 + 10:02x}"
    url = HOSTS[PICK[i]].format(a=a, b=b, c=c)
    cell = ws.cell(r, 3, url)
    cell.hyperlink = url
    cell.font = Font(color="0563C1", underline="single")
ws.column_dimensions["A"].width = 7.44140625
ws.column_dimensions["B"].width = 15.44140625
ws.column_dimensions["C"].width = 111.21875
cf.save(wb, "clients-en-global-realestatebi.xlsx")
