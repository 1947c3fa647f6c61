"""
Shape of Sahilpaleja68300/Tickets-Management-Dashboard "Tickets.xlsx": an Indian IT-security managed
service provider's helpdesk tickets for its corporate clients, exported from its ticketing tool and
saved in WPS Spreadsheets.

- One sheet "Sheet1", header Ticket ID / Title / Client / Project / Ticket_Type / Assigned_to /
  Last_Activity / Status / Ticket Type / Short Description about Ticket / Closure Resolution /
  Process for Verification (two "Ticket Type" columns, one with an underscore), 440 tickets, newest
  activity first, all cells General text.
- Ticket ID "HTS#467"; Title starts with the client's short name and often ends "P2 Case" /
  "P3 Case"; Client is a short name for 20 corporate clients (asset managers, insurers, advisers,
  an engineering firm), a handful with most tickets; Project the support contract ("NGIF: ZIA Day 2
  Support", "Waterline Advisors - AWS Support", "-" on some); Ticket_Type the product line (Zscaler /
  AWS / Cylance / MSP360 / SilverPeak technical support, Notifications); Assigned_to the MSP's
  engineer; Last_Activity text "2024-12-24 06:29 pm"; Status Closed or Open; Ticket Type the support
  level (Level 1–4, Phone Support, Audit); Short Description the issue ("." on the oldest);
  Closure Resolution empty everywhere; Process for Verification Completed / Yes / empty.
Values invented.
"""
import datetime

from openpyxl.styles import Font

from fake import Fake, save, workbook

f = Fake("tickets-en-in-securitymsp")

# short name, long name for projects, weight
CLIENTS = [("NGIF", "NGIF", 88), ("Waterline", "Waterline Advisors", 72), ("Harbrook", "Harbrook", 51),
           ("KMFL", "KM Financial", 42), ("Relay Capital", "Relay Capital", 36), ("DSVI", "DS Vora Investments", 32),
           ("Sahyadri Ergo", "Sahyadri Ergo", 26), ("Mitsuwa Life Asset Management", "Mitsuwa India Mutual Fund", 22),
           ("Jayant Engineering Pvt. Ltd.", "Jayant Engineering", 14), ("Avantika Securities", "Avantika Securities", 10),
           ("Kirloskar Tubes", "Kirloskar Tubes", 8), ("Prabhat Housing Finance", "Prabhat HFC", 7),
           ("Coastal Shipping Ltd", "Coastal Shipping", 6), ("Meridian AMC", "Meridian AMC", 5),
           ("Sundaram Textiles", "Sundaram Textiles", 5), ("Udaan Logistics", "Udaan Logistics", 4),
           ("Vasudha Pharma", "Vasudha Pharma", 4), ("Orbit Broking", "Orbit Broking", 3),
           ("Trident Alloys", "Trident Alloys", 3), ("Zenith Realty", "Zenith Realty", 3)]
TYPES = [("Zscaler Technical Support", 230, "ZIA Support"), ("AWS - Technical Support", 128, "AWS Support"),
         ("Cylance - Technical Support", 29, "Cylance Support"), ("Notifications", 28, "ZIA Support"),
         ("MSP360 - Technical Support", 14, "MSP360 Backup"), ("SilverPeak / Aruba - Technical Support", 11, "SD-WAN Support")]
ENGINEERS = [("Nilesh Parekh", 170), ("Subhash Gaikar", 138), ("Deepika Gandhe", 94), ("Swapnil Pandit", 25),
             ("Vikram Dhawale", 7), ("Purva Pawaskar", 5), ("Rohan Ketkar", 1)]
LEVELS = [("Level 2", 217), ("Level 4", 83), ("Level 3", 82), ("Level 1", 48), ("Phone Support", 7), ("Audit", 3)]
ISSUES = {
    "Zscaler Technical Support": ["ZPA authentication not working in trusted network", "Pilot users getting ZPA connecting error",
                                  "URL whitelisting request", "Hosting providers application need to block",
                                  "SSL inspection bypass for banking portal", "ZCC app not connecting after update",
                                  "Policy creation for new department", "Tunnel down alert", "Cloud firewall rule change",
                                  "Browser isolation request", "User unable to access intranet", "Bandwidth control policy"],
    "AWS - Technical Support": ["Amazon ElastiCache UAT service update", "IPSec VPN with PAM solution", "EC2 instance not reachable",
                                "S3 bucket access issue", "RDS snapshot restore", "Cost optimisation review",
                                "IAM user creation", "CloudWatch alarm configuration", "Trail license renewal"],
    "Cylance - Technical Support": ["App dynamic agent issue", "Cylance 3.3 customized setup", "Agent upgrade failure",
                                    "False positive quarantine", "Device policy change"],
    "Notifications": ["SAML request signing certificate update notification", "Maintenance window notification",
                      "Service degradation notification", "New release notification"],
    "MSP360 - Technical Support": ["RMM technical assistance", "Backup job failed", "Restore request", "Licence renewal"],
    "SilverPeak / Aruba - Technical Support": ["Orchestrator upgrade", "Branch link flapping", "Appliance replacement"],
}

weights = [c[2] for c in CLIENTS]
tickets = []
numbers = f.r.sample(range(1, 500), 440)
numbers.sort()
t = datetime.datetime(2024, 2, 12, 16, 12)
for n in numbers:
    t += datetime.timedelta(minutes=f.r.randrange(60, 1300))
    while t.weekday() == 6:
        t += datetime.timedelta(days=1)
    client = f.r.choices(CLIENTS, weights)[0]
    kind = f.r.choices(TYPES, [x[1] for x in TYPES])[0]
    issue = f.pick(ISSUES[kind[0]])
    sep = f.pick(["- ", ": ", " - ", "-", ": "])
    title = f"{client[0]}{sep}{issue}"
    if f.chance(0.45):
        title += f" {f.pick(['P2', 'P3', 'P3', 'P4'])} Case"
    project = "-" if f.chance(0.06) else f"{client[1]}{f.pick([': ', ' - ', ' - '])}{kind[2]}"
    if client[0] == "NGIF" and kind[0].startswith("Zscaler"):
        project = "NGIF: ZIA Day 2 Support"
    engineer = f.r.choices(ENGINEERS, [e[1] for e in ENGINEERS])[0][0]
    level = f.r.choices(LEVELS, [x[1] for x in LEVELS])[0][0]
    description = issue if n > 30 else "."
    if f.chance(0.2) and description != ".":
        description = f"{client[0].split()[0].upper()} : {f.pick(['New requirement : ', ''])}{issue}"
    verification = f.r.choices(["Completed", None, "Yes"], [354, 83, 3])[0]
    tickets.append([f"HTS#{n}", title, client[0], project, kind[0], engineer, t, "Closed", level, description, None,
                    verification])
for k in (-1, -2, -5, -9):
    tickets[k][7] = "Open"
    tickets[k][11] = None
tickets[200][5] = None                          # one ticket not assigned
tickets.sort(key=lambda r: r[6], reverse=True)

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Ticket ID", "Title", "Client", "Project", "Ticket_Type", "Assigned_to", "Last_Activity", "Status",
           "Ticket Type", "Short Description about Ticket", "Closure Resolution", "Process for Verification"])
for c in ws[1]:
    c.font = Font(bold=True)
for r in tickets:
    r = list(r)
    r[6] = r[6].strftime("%Y-%m-%d %I:%M ") + ("am" if r[6].hour < 12 else "pm")
    ws.append(r)
for col, w in zip("ABCDEFGHIJKL", [12.2, 54.0, 43.2, 54.0, 51.3, 20.2, 25.6, 8.1, 17.6, 54.0, 24.3, 32.4]):
    ws.column_dimensions[col].width = w

save(wb, "tickets-en-in-securitymsp.xlsx")
