"""
Shape of dentiva/Howden data/master.xlsx: an Indian corporate insurance broker's master data for a
proof of concept, written by a script (plain values, General format), two sheets:
- brokers: the broker's own staff — id (a first name in lower case: "priya") / name / title
  ("Senior Relationship Manager", "Head of Operations") / region / initials / tone (a colour
  "#0B3B5C") / role (broker, super);
- clients: cin (the company's corporate identity number, L13209RJ1965PLC002138) / short_id (a slug:
  "vedanta", "surya_green") / display_name (the company) / broker_id (the staff id of its
  relationship manager) / secondary_broker_id (rare) / is_prospect ("yes" on the last rows, which
  have no broker; empty on clients).
Values invented.
"""
from fake import Fake, save, workbook

f = Fake("clients-en-in-broker")
STATES = ["RJ", "DL", "MH", "TG", "GJ", "KA", "HR", "TN"]
STAFF = [("meera", "Meera Kapoor", "Senior Relationship Manager", "West and South India", "broker"),
         ("arjun", "Arjun Sethi", "Relationship Manager", "North India and Hyderabad", "broker"),
         ("kavya", "Kavya Arora", "Head of Operations", "All India", "super")]
NAMES = ["Vindhya Cement Limited", "Sahyadri Chemicals Private Limited", "Godavari Roadways Ltd",
         "Nilgiri Pharmaceuticals Pvt Ltd", "Narmada Textiles Ltd", "Kaveri Softworks Systems",
         "Indus Biotech Labs Ltd", "Aravalli Infrastructure Corp", "Konkan Financial Services",
         "Malabar Retail Group", "Garuda Aerospace Components", "Tapti Motors Limited",
         "Chambal Green Energy Pvt Ltd", "Sindhu Healthcare Network", "Ganga QuickCommerce Ltd",
         "Sabarmati Packaging Industries"]


def cin():
    listed = f.pick("LU")
    return (f"{listed}{f.r.randrange(10000, 99999)}{f.pick(STATES)}{f.r.randrange(1960, 2019)}"
            f"{'PLC' if listed == 'L' or f.chance(0.6) else 'PTC'}{f.r.randrange(10**6):06d}")


wb = workbook()
ws = wb.active
ws.title = "brokers"
ws.append(["id", "name", "title", "region", "initials", "tone", "role"])
for sid, name, title, region, role in STAFF:
    ws.append([sid, name, title, region, "".join(w[0] for w in name.split()), f.pick(["#0B3B5C", "#A67C2E", "#4A5568"]),
               role])
ws = wb.create_sheet("clients")
ws.append(["cin", "short_id", "display_name", "broker_id", "secondary_broker_id", "is_prospect"])
for k, name in enumerate(NAMES):
    prospect = k >= 11
    slug = name.split()[0].lower() + ("_" + name.split()[1].lower() if f.chance(0.3) else "")
    broker = None if prospect else f.pick(["meera", "arjun"])
    second = ("arjun" if broker == "meera" else "meera") if broker and k < 2 else None
    ws.append([cin(), slug, name, broker, second, "yes" if prospect else None])
save(wb, "clients-en-in-broker.xlsx")
