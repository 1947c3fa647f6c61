"""
Shape of a Malaysian B2B seller's lead sheet scraped from Apollo.io and matched against the company registry
by a Python script (openpyxl), as imjhanC/Appollo-Web-Scrap keeps it ("leads.xlsx", commit
3c0c7a216f4ce48a9ca641dade03ee23c2b89fa0).

- One sheet "Sheet1", header on row 1: Name / Position / Company / Email / Phone / City / Country /
  Extracted Company Name; five people, all 'Engineer', every cell text, no styles.
- Company as Apollo shows it (a government department with its Malay name in brackets, multinationals);
  phones in international form (+60…, a head-office +81 number, a US '(310)-…' number) and one
  'Request Mobile Number' placeholder; City a town or a state.
- One row shifted by the scraper's comma split: the company 'Cohu, Inc.' became 'Cohu' in Company and 'Inc.'
  in Email, so the e-mail sits under Phone, 'N/A 0' under City and the town under Country.
- Extracted Company Name: the registry names found for the company joined with '-' in capitals, or 'No result'.
Values invented: people, companies, e-mails, phones, towns, registry names.
"""
from fake import workbook, save

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
rows = [
    ["Name", "Position", "Company", "Email", "Phone", "City", "Country", "Extracted Company Name"],
    ["Nurul Izzah Rahman", "Engineer", "Department of Irrigation and Drainage Malaysia [Jabatan Pengairan dan Saliran Malaysia]",
     "nurulizzah@jps-gov.test", "+60355500142", "Shah Alam", "Malaysia",
     "IRRIGATION SERVICES-IRRIGATION WORKS-DRAINAGE ENGINEERING COMPANY"],
    ["Hafiz Kamarudin", "Engineer", "Hitachi Astemo", "hafiz.kamarudin@hitachi-astemo.test", "+81355500117", "Senai",
     "Malaysia", "HITACHI ASTEMO (MALAYSIA) SDN. BHD.-HITACHI ASTEMO LTD.-HITACHI ASTEMO SALES MALAYSIA SDN. BHD."],
    ["Daniel Ooi", "Engineer", "Varex", "Inc.", "daniel.ooi@varex.test", "N/A 0", "Penang",
     "VAREX IMAGING MALAYSIA SDN. BHD.-VAREXTEK ENTERPRISE"],
    ["Karthik Subramaniam", "Engineer", "Kestrel Instruments", "ksubramaniam@kestrel-inst.test", "(408)-555-0131",
     "Johor", "Malaysia", "No result"],
    ["Lim Weiquan", "Engineer", "TERA Automation", "limweiquan@tera-automation.test", "Request Mobile Number",
     "Selangor", "Malaysia", "TERA AUTOMATION SDN. BHD."],
]
for r, row in enumerate(rows, 1):
    for c, v in enumerate(row, 1):
        ws.cell(r, c, v)
save(wb, "leads-en-my-apolloengineers.xlsx")
