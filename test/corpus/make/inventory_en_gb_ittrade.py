"""
Shape of itechbill/itech-inventory "stock.csv" (at commit 3e3b52f): a small British used-IT and
telecoms trader's stock list kept as a plain UTF-8 CSV (LF, quotes only where a field holds a
comma) for its home-made inventory program. Header Manufacturer / Product Number / Quantity /
Condition / Description / Location / Last Sale / Last Customer / Last Price / Notes; one row per
part number and condition (the same part twice when some are boxed and some used), grouped by
shelf. Manufacturers are vendor brands (Nortel and HP on most rows, 'Misc' for scrap), part numbers
with trailing spaces on some, conditions NIB / NOB / Used / Scrap, descriptions with trailing
spaces, commas, an en dash and '&'. The three sale columns (last sale date, last customer, last
price) are empty on every row; Notes hold defects ('No RAM', 'Damaged box'), 'Inside MG1000' for
cards still in a chassis, or serial numbers separated by commas.
Values invented.
"""
import csv
import io
import os

from fake import FILES, Fake

f = Fake("inventory-en-gb-ittrade")

PARTS = {
    "Nortel": [("NTDW{0}AA", "Media Gateway Controller card"), ("NTDW{0}BA", "CS1000 CP-PM, 1.6GHz Pentium M"),
               ("NT8D{0}HA", "Digital Line Card XDLC"), ("NTRB{0}DA", "Media Gateway Call Pilot 32 DS30 Card"),
               ("AL4500A{0}-E6", "45{0}TD ERS"), ("DS14040{0}-E5", "86{0} Switch fabric/CPU"),
               ("DS14050{0}-E5", "Dual Input 8005 DC 1462W Power Supply "), ("NTDU{0}DA", "Media Gateway Expansion Chassis"),
               ("NTVQ{0}AB", "Media Gateway Card 8"), ("NTDW{0}E5", "Signalling server HDD kit"),
               ("AA00200{0}-E6", "Power Cord 13A/230V, UK & Ireland"), ("NTBK{0}AA", "D-Channel daughterboard"),
               ("NTDW{0}CA", "Universal Digital Trunk UDT – E1 Release"), ("AA14030{0}-E5", "10Gigabit & STM64 SR XFP Transceiver 850nm ")],
    "HP": [("4{0}273-002", "Modular PDU extension bar (single strip)"), ("4{0}681-001", "BL460c G1 Chassis"),
           ("4{0}527-B21", "BL680c G5 Chassis"), ("45{0}51-001", "Intel Xeon 2.33GHz Quad-Core CPU"),
           ("4{0}785-002", "C7000 Fan module"), ("J9{0}0A", "MAP-320R"), ("KV{0}ET", "HP dc7800"),
           ("AT{0}AV", "HP 6000 SFF Pro"), ("3{0}588-002", "146GB Fiber Channel 15k Hard Drive"),
           ("4{0}064-B21", "P400/256 Controller "), ("AE{0}A", "Brocade 4GB SAN Switch c-Class BladeSystem "),
           ("4{0}976-001", "NC364m Quad Port 1Gbe Mezzanine"), ("AF{0}A", "1U Universal Filler Panel"),
           ("5{0}914-B21", "8-slot Small Form Factor Cage DL380 G6 Kit "), ("AH{0}A ", "RX2660 Base Server – 8GB RAM, 2x 1.4GHz CPU")],
    "Hitachi": [("55292{0}-A", "USP-V FSW Controller"), ("DKR2G-K{0}FC", "146GB Fiber Channel HDD 15000rpm")],
    "Finisar": [("FTLF85{0}P2BNV", "Finisar 4GFC FCAL/GbE SFP "), ("FTLX85{0}D3BCL", "Finisar 10GB 850nm SFP+ ")],
    "Ericsson": [("HRY 102 {0}/3 R1C", "SMU 8x2"), ("HRY102 {0}/3", "SMU 16X2 ")],
    "Avago": [("AFBR-7{0}XPD2-HP1", "10GB 850nm XFP Tranceiver Module ")],
    "Seagate": [("ST3{0}856FC", "Cheetah 15k.5 300GB Fiber Channel Hard Drive")],
    "Oki": [("ML-{0}E", "Oki Microline {0} Elite 9-pin dot matrix printer")],
    "Microsoft": [("D66-000{0}", "USB/PS2 Mouse")],
}
DEFECTS = ["No RAM", "Possibly lacking RAM", "Damaged box", "Box contents are a mess", "No power cord", "No HDDs",
           "Minor damage to some boxes", "With motherboard", "With heatsink", "Pack of 10", "2.8GHz, 1MB CPU; 1GB RAM"]


def serials(n):
    return ", ".join(f.pick(["N0", "A0", "9X", "5B"]) + str(f.r.randrange(10000, 999999)) for _ in range(n))


rows = []
shelf_mix = [("Shelf 1", 11, ["HP", "Hitachi", "Microsoft", "Ericsson", "HP"]),
             ("Shelf 2", 40, ["Nortel"] * 8 + ["HP", "Oki"]),
             ("Shelf 3", 39, ["HP"] * 5 + ["Nortel"] * 3 + ["Hitachi", "Finisar", "Avago", "Seagate"])]
for shelf, count, makers in shelf_mix:
    made = 0
    while made < count:
        maker = f.pick(makers)
        pattern, desc = f.pick(PARTS[maker])
        code = str(f.r.randrange(10, 99))
        part, text = pattern.format(code), desc.format(code)
        note = ""
        if maker == "Nortel" and shelf == "Shelf 2" and f.chance(0.35):
            note = "Inside MG1000"
        elif f.chance(0.2):
            note = f.pick(DEFECTS)
        elif f.chance(0.12):
            note = serials(f.pick([2, 2, 3, 5]))
        cond = f.pick(["Used"] * 5 + ["NIB"] * 2 + ["NOB"] * 2)
        qty = f.pick([1, 1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9, 11, 13, 17, 33, 38, 56, 90, 124, 250])
        rows.append([maker, part, str(qty), cond, text, shelf, "", "", "", note])
        made += 1
        if made < count and f.chance(0.12):       # the same part in a second condition
            other = "NIB" if cond != "NIB" else "NOB"
            rows.append([maker, part, str(f.r.randrange(1, 4)), other, text, shelf, "", "", "", ""])
            made += 1
rows.append(["Misc", "n/a", "1", "Scrap", "Assorted heatsinks", "Shelf 3", "", "", "", ""])

out = io.StringIO()
w = csv.writer(out, lineterminator="\n")
w.writerow(["Manufacturer", "Product Number", "Quantity", "Condition", "Description", "Location", "Last Sale",
            "Last Customer", "Last Price", "Notes"])
w.writerows(rows)
with open(os.path.join(FILES, "inventory-en-gb-ittrade.csv"), "w", encoding="utf-8", newline="") as fh:
    fh.write(out.getvalue())
