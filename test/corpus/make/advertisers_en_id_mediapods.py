"""
Shape of dyahrositadinasari/mediaplan "data/client_list.csv": an Indonesian media agency's
advertiser list, one row per billing name, grouped by the agency's pod (account team), the
lookup list of its media-plan input app. UTF-8 with BOM, CRLF line ends, two empty lines at
the end.

- Header: pod,client.
- 406 rows sorted by pod (P02 … P17, P17 the biggest with 70 rows) then by name. Names in the
  Indonesian style "NAME; PT", "NAME PT.", "PT NAME", "NAME TBK; PT.", international ones
  "… Pte Ltd", "… SDN. BHD.", "… INC". One advertiser on one to five rows: the plain billing
  name and variants marked "(INT)", "(COR)", "- (INT)", "(TBK)", "(META)", "(TV)", "(ESP)",
  spelt again in other case or punctuation ("Home Credit …; PT (int)"), double spaces,
  backticks for apostrophes ("L`OREAL"), a brand in brackets ("(PIZZA HUT DELIVERY)"); sister
  companies of a group side by side under different names; a few global media agencies
  billed as clients.
Values invented.
"""
import os

from fake import FILES, Fake

f = Fake("advertisers-en-id-mediapods")

STEMS = ["ANUGRAH", "BINTANG", "CAHAYA", "DUTA", "EKA", "GEMILANG", "HARAPAN", "INTAN", "JAYA", "KARYA", "LESTARI",
         "MAKMUR", "NUSA", "PERKASA", "RAYA", "SEJAHTERA", "TIRTA", "UTAMA", "WIJAYA", "ABADI", "SENTOSA", "MULIA",
         "PRIMA", "SURYA", "BUANA", "MANDIRI", "PERTIWI", "SEMESTA", "CIPTA", "GRAHA"]
TRADES = ["FOODS", "BEVERAGE", "COSMETICS", "PHARMA", "NUTRISI", "TELECOM", "MOTOR", "FINANCE", "PROPERTI",
          "RETAIL", "ELEKTRONIK", "SNACK", "DAIRY", "MULTIFINANCE", "KOSMETIKA", "HOTEL", "DIGITAL", "LOGISTIK"]
FOREIGN = ["VELORA HOLDINGS PTE LTD", "KIRANA BEAUTY SDN. BHD.", "ORCHID LANE INC", "MERIDIAN FOODS ASIA PTE. LTD.",
           "HALCYON DRUG COMPANY PTE LTD", "SUNPEAK ELECTRONICS CO., LTD", "BLUEHARBOR MARKETING (THAILAND) LTD.",
           "NORTHSTAR MEDIA PHILIPPINES; INC.- WAVELINE MEDIA"]


def base():
    return f._unique(lambda: f"{f.pick(STEMS)} {f.pick(TRADES)} {f.pick(['INDONESIA', 'NUSANTARA', 'SEJAHTERA', 'GLOBAL', 'INTI', ''])}".replace("  ", " ").strip())


def plain(b):
    return f.pick([f"{b}; PT", f"{b}; PT.", f"{b} PT.", f"PT {b}", f"PT. {b}", f"{b} TBK; PT.", f"{b}. PT"])


def variants(b, n):
    out = [plain(b)]
    marks = [" (INT)", " (COR)", " - (INT)", " (INT)", "(INT)", " (TBK)", " (ESP)"]
    while len(out) < n:
        style = f.r.random()
        if style < 0.55:
            v = f.pick([f"{b}; PT{f.pick(marks)}", f"{b} PT.{f.pick(marks)}", f"PT {b}{f.pick(marks)}", f"{b}; PT. TBK (INT)"])
        elif style < 0.75:
            v = f"{b.title()}; PT{f.pick(['', ' (int)', ' (INT)'])}"
        elif style < 0.9:
            v = f"{b.replace(' ', '  ', 1)}; PT{f.pick(['', ' (INT)'])}"
        else:
            v = f"{b};PT{f.pick([' (INT)', '(INT)'])}"
        if v not in out:
            out.append(v)
    return out


PODS = [("P02", 4), ("P03", 6), ("P04", 19), ("P05", 7), ("P06", 5), ("P07", 14), ("P08", 17), ("P09", 27), ("P10", 7),
        ("P11", 42), ("P12", 41), ("P13", 18), ("P14", 38), ("P15", 45), ("P16", 46), ("P17", 70)]
rows = []
singles = []
for pod, target in PODS:
    names = []
    while len(names) < target:
        room = target - len(names)
        kind = f.r.random()
        if kind < 0.08 and room >= 1:
            names.append(f.pick(FOREIGN) + f.pick(["", " (INT)"]))
            continue
        n = min(room, f.pick([1, 1, 1, 2, 2, 2, 2, 3, 3, 4, 5]))
        b = base()
        if kind < 0.14:
            b = b + f.pick([" (PIZZA CORNER DELIVERY)", " (KOPI KITA)"])
        vs = variants(b, n)
        if n == 1:
            singles.append((pod, vs[0]))
        names += vs
    names = list(dict.fromkeys(names))
    while len(names) < target:
        b = base()
        names.append(plain(b))
        singles.append((pod, names[-1]))
    names.sort(key=lambda s: s.upper())
    rows += [(pod, n) for n in names]
# Two well-known variants of one cosmetics group in the first pod, as in the source.
rows[0] = ("P02", "L`ARISSE INDONESIA; PT")
rows[1] = ("P02", "L`ARISSE INDONESIA; PT (INT)")
assert len(rows) == 406, len(rows)

with open(os.path.join(FILES, "advertisers-en-id-mediapods.csv"), "w", encoding="utf-8-sig", newline="") as fh:
    fh.write("pod,client\r\n")
    for pod, name in rows:
        fh.write(f'{pod},"{name}"\r\n' if "," in name else f"{pod},{name}\r\n")
    fh.write("\r\n\r\n")
print([s for s in singles if s[0] in ("P05", "P09", "P13", "P16")][:8])
