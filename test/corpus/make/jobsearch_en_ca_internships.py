"""
Shape of adinashby-lasalle-college/internship-search-log-Jorgejfp "Contacts.xlsx" (commit
315650619c04c9284d6cb108438d7bf772853820): a Montréal college student's internship-search log kept
in Excel for a course, saved under the name 'Contacts'. One sheet "Sheet1", plain header
Position / Company / Location / Link / Contact Name / Email, 21 job postings: bilingual titles
('STAGE - …', 'Stagiaire … Intern', 'Hiver 2025 – …'), the employer (the same employer on up to four
rows, once under a shorter name), 'Montréal QC • Hybrid remote' style locations, the job-board URL
(a live hyperlink on each), and 'none' in both Contact Name and Email on every row. The student's
own job hunt — employers he applied to, nobody's client: a person imports nothing. Employer names
and posting keys invented.
"""
import random

from fake import save, workbook

R = random.Random(3713)
ROWS = [
    ("STAGE - DevSecOps", "Loto-Boréal", "Montréal QC • Hybrid remote"),
    ("STAGE - DÉVELOPPEMENT WEB", "Loto-Boréal", "Montréal QC • Hybrid remote"),
    ("Formatech - Stagiaire - Conception mécanique Laval", "Amtrex", "Laval QC"),
    ("AI Data Analyst Intern", "Colirapide", "Montréal QC"),
    ("Stagiaire en ingénierie / Engineering Intern", "FM Mutual", "Montréal QC"),
    ("Intern Business Intelligence", "EspaceLogis", "Montréal QC • Hybrid remote"),
    ("Gestionnaire TI", "Pixelune", "Montréal QC"),
    ("IT Technician", "Grand Fleuve Financial Services Inc (GFFS)", "Montréal QC"),
    ("Stagiaire développeur Intern", "Nordlink", "Montréal QC"),
    ("Stagiaire Conception mécanique Laval", "Formatech", "Laval QC"),
    ("Consumer Interactions - Software Development Intern", "Colirapide", "Montréal QC"),
    ("Stagiaire Communication Intern", "Nordlink", "Montréal QC"),
    ("IT Technician", "Grand Fleuve", "Montréal QC"),
    ("Stagiaire logistique et transport - hiver 2025", "Cartonnerie Laurentide", "Montréal QC • Hybrid remote"),
    ("Internship artificial intelligence research developer_(Fintech)", "Crésus Logiciels", "Laval QC • Hybrid remote"),
    ("Stagiaire Machine Learning Intern", "Nordlink", "Montréal QC"),
    ("Stagiaire DevOps", "Nordlink", "Montréal QC"),
    ("Warehouse Productivity - Software Developer – Intern", "Colirapide", "Montréal QC"),
    ("Hiver 2025 – Stagiaire développeur en tests automatisés", "TRAMO", "Montréal QC"),
    ("Stagiaire Achats Indirects", "Coop Agricole Outaouais", "Montréal QC • Hybrid remote"),
    ("Intern Information Technology", "AURUMCAN", "Brossard QC"),
]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
for j, h in enumerate(["Position", "Company", "Location", "Link", "Contact Name", "Email"]):
    ws.cell(1, j + 1, h)
first_key = None
for i, (pos, company, loc) in enumerate(ROWS):
    key = "".join(R.choice("0123456789abcdef") for _ in range(16))
    if i == 1:
        key = first_key  # the second posting links to the first one's page
    first_key = first_key or key
    url = f"https://ca.indeed.example.com/viewjob?jk={key}"
    if i == 0:
        url += "&q=internship&l=Montr%C3%A9al%2C+QC&tk=1i85jrqr4kale800"
    for j, v in enumerate([pos, company, loc, url, "none", "none"]):
        ws.cell(i + 2, j + 1, v)
    ws.cell(i + 2, 4).hyperlink = url
for col, w in zip("ABCDEF", [65.86, 37.0, 27.43, 108.57, 13.57, 5.86]):
    ws.column_dimensions[col].width = w
save(wb, "jobsearch-en-ca-internships.xlsx")
