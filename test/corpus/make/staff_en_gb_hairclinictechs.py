"""
Shape of drascom/HT-CRM "Teknisyen Listesi.csv" (commit edfce46631efddb284cd9d6a70130b106f804553):
the technician list of a Turkish-run hair-transplant clinic in England, kept for its booking app
(CSV saved from Excel as Windows-1252, CRLF). Header ",,Phone Number,Availability ,Status,period,Notes"
(the running number and the name columns have no header, "Availability " with a trailing blank,
"period" in lower case). Fourteen technicians: a number 1-14, a first name
(one "A Ð B" pair, an ampersand mangled by a re-save, one with a surname, one with a
trailing blank), UK mobiles typed with the leading 0 as text and one Italian number with 0039, the
days they can work in English or Turkish remarks ("Bizi Yari yolda birakti"), Self Employed /
Sponsorlu, Full Time / Part Time (one blank), notes in Turkish and English, some with the pound
sign in Windows-1252 and commas inside quotes. Names and numbers invented (UK mobiles in Ofcom's
07700 900xxx drama range).
A person imports nothing: the clinic's own freelance and sponsored staff, not clients.
"""
import os

from fake import FILES

ROWS = [
    ("1", "Adebayo", "07700900114", "All Days", "Self Employed", "Full Time", ""),
    ("2", "Tendai", "07700900231", "Mon-Tue-Wed", "Sponsorlu", "Part Time", "8 Vaka alabiliyoruz per month"),
    ("3", "Ebiere", "07700900347", "All Days", "Self Employed", "Full Time", "Only implantions yapabiliyor, extractions helping"),
    ("4", "Navya", "07700900452", "Bizi Yari yolda birakti", "Sponsorlu", "Part Time", ""),
    ("5", "Chaitanya", "07700900568", "Bizi Yari yolda birakti", "Sponsorlu", "Part Time", ""),
    ("6", "Mariam", "07700900673", "Leedste yasiyor", "Self Employed", "Full Time", "Konaklama & Yol dahil 380-420 \u00a3"),
    ("7", "Milica", "07700900789", "Fazla graft calismak istemiyor", "Self Employed", "Full Time", ""),
    ("8", "Mahnaz \u00d0 Zohreh", "07700900815", "Tue-Friday", "Self Employed", "Full Time", ""),
    ("9", "Beverley", "07700900926", "Available all", "Self Employed", "Full Time", "DHI Fue biliyor sadece"),
    ("10", "Claudio", "00393000000571", "2 days available // Mon & Tuesday", "Self Employed", "Part Time",
     "From September 3 days, Can work payroll from September"),
    ("11", "Shahnaz", "07700900162", "Fully available", "Self Employed", "Part Time", ""),
    ("12", "Sravya", "07700900278", "Fully available", "Sponsorlu", "Part Time", "We can sponsor her"),
    ("13", "Sagar Thapa", "07700900383", "Fully available", "Self Employed", "Part Time", "Istemiyor Calismak"),
    ("14", "Monika ", "07700900494", "Fully available", "Self Employed", "", "Ekime gelecek sadece, 15 \u00a3 per hour"),
]


def cell(v):
    return f'"{v}"' if ("," in v or '"' in v) else v


lines = [",,Phone Number,Availability ,Status,period,Notes"] + [",".join(cell(v) for v in row) for row in ROWS]
text = "\r\n".join(lines)
with open(os.path.join(FILES, "staff-en-gb-hairclinictechs.csv"), "wb") as out:
    out.write(text.encode("cp1252", errors="strict"))
