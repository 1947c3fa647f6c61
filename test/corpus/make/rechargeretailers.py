"""
Invented retailers of a Bihar telecom distributor, shared by the two generators made after
PalakEnterprises/DailyReport (orders and collections of the same month name the same shops).
"""
from fake import Fake

WORDS = ["SHIV", "MAA TARA", "RAJ", "ANKUR", "SONU", "PAPPU", "DEEPAK", "LAXMI", "GANESH", "BABA", "JAI MATA DI", "ROSHAN",
         "VIKASH", "NEW", "MAHADEV", "KRISHNA", "SAI", "RAUSHAN", "GUPTA", "SHREE", "BAJRANG", "AMAN", "RAHUL", "NIRAJ"]
KINDS = ["TELECOM", "MOBILE CENTER", "COMMUNICATION", "MOBILE POINT", "KIRANA STORE", "GENERAL STORE", "PHONE GHAR",
         "ELECTRONICS", "DIGITAL STUDIO", "PAN DUKAN", "RECHARGE CENTRE", "TELECOM & ELECTRIC", "MOBILE GALLERY"]
AREAS = ["KESHOPUR", "SONBARSA", "RAMPUR", "BHARTHUA", "KHAIRA", "DAUDPUR", "MIRZAGANJ", "Baruna", "TILAIYA", "Karpi",
         "NAURANGA", "Dhanuki"]


def retailers():
    f = Fake("rechargeretailers-pool")
    out = []
    seen = set()
    while len(out) < 100:
        name = f"{f.pick(WORDS)} {f.pick(KINDS)}"
        if name in seen:
            continue
        seen.add(name)
        if f.chance(0.12):
            name = name.lower()
        elif f.chance(0.08):
            name = name.title()
        if name.endswith("CENTRE") and f.chance(0.3):
            name = name[:-1]
        code = f"66{f.r.randrange(0, 2200000):07d}"
        area = f.r.choices(AREAS, weights=[14, 13, 12, 9, 8, 7, 4, 3, 3, 2, 2, 1])[0]
        out.append({"name": name, "code": code, "area": area})
    return out
