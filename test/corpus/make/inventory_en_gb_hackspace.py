"""
Shape of OxfordHackspace/Inventory "Inventory.ods": an English hackspace's tool inventory kept in
Excel and saved as OpenDocument (not client data).

- "Master": header Name / Manufacturer / Model / Quantity / Category / Spec / Appearance / Location /
  Location (if in use) / Is Loan / Origin / Additional Information, about 200 items: screwdrivers by
  the dozen, sockets, clamps, files, power tools, soldering irons, LEGO and odds and ends. Name is
  the kind of tool (the same name on many rows); Manufacturer and Model mostly empty, models as
  numbers or codes; Quantity 1, 2 … or "Lots"; Location a shelf and bin ("Shelf 3, Screwdrivers
  Bin", "?"); Is Loan TRUE on a few items lent by members, and Origin names the member who gave or
  lent it, or an auction lot; notes in inches ("8\" shank!").
- "Summary": empty.
Values invented; written by LibreOffice as .ods.
"""
from fake import Fake, save, workbook

f = Fake("inventory-en-gb-hackspace")

DONORS = ["Paul Marsden", "Matt Elwood", "Jared Rayburn", "Sian Pritchard", "Tom Ashcroft", "Gemma Hollins"]
SHELVES = ["Shelf 3, Screwdrivers Bin", "Shelf 4", "Shelf 3, Clamps Bin", "Shelf 2, Cutting", "Shelf 3, Wrench Bin", "?",
           "Shelf 1", "Shelf 2", "Shelf 3, Files Bin", "Shelf 5", "Electronics shelf", "Soldering station"]
BRANDS = ["RS", "Forge Steel", "Draper", "Rolson", "Weller", "Performance Power Pro", "Stanley", "Bondhus", "Steadfast",
          "Bahco", "Silverline", "Irwin", "Homebase", "LEGO", "Erma Limited", "Antex", "Faithfull"]
COLOURS = ["Black", "Red", "Black and red", "Red (translucent)", "Blue", "steel", "Black & green", "Yellow (translucent)",
           "Black plastic, Red rubber grip", "Orange", "Green handle", "Clear plastic box with Orange sticker"]
# name, category, spec choices, count, location
KINDS = [("Screwdriver", ["Flat head screwdriver", "Phillips head screwdriver", "Hex driver", "Pozidriv screwdriver"],
          [None, None, "3/16\"", "PZ2", "4mm"], 29, "Shelf 3, Screwdrivers Bin"),
         ("Socket driver", ["Hex socket driver"], ["8", "10", "12", "13"], 7, "Shelf 3, Wrench Bin"),
         ("Mini G clamp", ["Clamp"], ["50mm", "75mm"], 3, "Shelf 3, Clamps Bin"),
         ("Medium spring clamp", ["Clamp"], [None], 2, "Shelf 3, Clamps Bin"),
         ("Quick release bar clamp", ["Clamp"], ["150mm", "300mm"], 6, "Shelf 3, Clamps Bin"),
         ("20cm File", ["File"], ["Flat", "Half round", "Round"], 3, "Shelf 3, Files Bin"),
         ("Needle file set", ["File"], ["Assorted"], 2, "Shelf 3, Files Bin"),
         ("Steel Rule", ["Measurement"], ["30cm", "15cm"], 2, "?"),
         ("Tape measure", ["Measurement"], ["5m", "8m"], 3, "Shelf 1"),
         ("Junior Hacksaw", ["Saw"], [None], 2, "Shelf 2, Cutting"),
         ("Hacksaw", ["Saw"], ["300mm"], 2, "Shelf 2, Cutting"),
         ("Combination spanner", ["Spanner"], ["8", "10", "13", "17", "19"], 9, "Shelf 3, Wrench Bin"),
         ("Adjustable spanner", ["Spanner"], ["150mm", "250mm"], 3, "Shelf 3, Wrench Bin"),
         ("19 piece drill bit set", ["Drill bits"], ["HSS"], 2, "Shelf 1"),
         ("Cordless Drill Driver 14.4V with battery", ["Drill Driver, Cordless"], [None], 2, "Shelf 4"),
         ("14.4V Drill battery", [None], [None], 2, "Shelf 4"),
         ("Jigsaw", ["Power tools"], ["Mains"], 2, "Shelf 5"),
         ("Orbital sander", ["Power tools"], ["Mains"], 2, "Shelf 5"),
         ("Rotary tool", ["Power tools"], [None], 3, "Shelf 5"),
         ("Hot glue gun", ["Power tools"], ["Mains"], 3, "Shelf 5"),
         ("Soldering iron", ["Soldering"], ["25W", "40W"], 6, "Soldering station"),
         ("Soldering iron stand", ["Soldering"], [None], 4, "Soldering station"),
         ("Desoldering pump", ["Soldering"], [None], 3, "Soldering station"),
         ("Multimeter", ["Electronics"], [None], 4, "Electronics shelf"),
         ("Wire strippers", ["Electronics"], [None], 4, "Electronics shelf"),
         ("Side cutters", ["Pliers"], ["120", "150mm"], 5, "Shelf 2, Cutting"),
         ("Long nose pliers", ["Pliers"], [None], 4, "Shelf 2"),
         ("Hammer", ["Hammer"], [None, "16oz"], 4, "Shelf 4"),
         ("Allen key set", ["Hex keys"], ["Metric", "Imperial"], 4, "Shelf 3, Wrench Bin"),
         ("Safety glasses", [None], [None], 5, "Shelf 1"),
         ("Anti-static mat", [None], [None], 1, "Shelf 4"),
         ("Roll of PAT Testing stickers", [None], [None], 1, "Shelf 4"),
         ("17 Compartment Organiser", [None], [None], 2, "Shelf 4"),
         ("Misc. LEGO", ["LEGO"], [None], 2, "Shelf 4"),
         ("LEGO Creative Bucket", ["LEGO"], [None], 1, "Shelf 4"),
         ("100 mW FM transmitter", [None], [None], 1, "Shelf 4"),
         ("Large Heavy Crimping Tool", [None], [None], 1, "Shelf 4"),
         ("Bench vice", ["Workshop tools"], ["100mm"], 2, "Shelf 5"),
         ("Centre punch", ["Workshop tools"], [None], 3, "Shelf 2"),
         ("Scriber", ["Workshop tools"], [None], 3, "Shelf 2"),
         ("Box of screws", ["Fixings"], ["Assorted"], 3, "Shelf 1"),
         ("Cable ties", ["Fixings"], ["Assorted"], 2, "Shelf 1"),
         ("Breadboard", ["Electronics"], ["830 point"], 4, "Electronics shelf"),
         ("Arduino Uno", ["Electronics"], [None], 3, "Electronics shelf"),
         ("Raspberry Pi", ["Electronics"], ["Model B"], 2, "Electronics shelf"),
         ("Oscilloscope", ["Electronics"], [None], 1, "Electronics shelf"),
         ("Bench power supply", ["Electronics"], ["0-30V"], 1, "Electronics shelf"),
         ("Craft knife", ["Cutting"], [None], 4, "Shelf 2, Cutting"),
         ("Cutting mat", ["Cutting"], ["A3"], 2, "Shelf 2, Cutting"),
         ("Heat gun", ["Power tools"], ["Mains"], 1, "Shelf 5"),
         ("Mitre box", ["Saw"], [None], 1, "Shelf 2, Cutting"),
         ("Wood chisel", ["Workshop tools"], ["6mm", "12mm", "19mm"], 3, "Shelf 2")]
NOTES = ["Unit conversion table printed on one side", "8\" shank!", "hex shank", "Not a Forge Steel driver.  6\" long.",
         "4.5\" long", "Square shank", "Stubby", "Missing one bit", "Needs new battery", "Handle cracked",
         "Looks like it might strip wire.", "Donation"]

items = []
for name, categories, specs, count, shelf in KINDS:
    for _ in range(count):
        brand = f.pick(BRANDS) if f.chance(0.6) else None
        model = None
        if brand and f.chance(0.3):
            model = f.r.randrange(100, 300000) if f.chance(0.6) else f"{f.pick(['WX', 'CLM', 'CZE-', 'TCP'])}{f.r.randrange(10, 200)}"
        quantity = f.pick([1] * 8 + [2, 2, 3, 5, 8, "Lots"]) if "set" not in name.lower() else 1
        category = f.pick(categories) if f.chance(0.85) else None
        spec = f.pick(specs) if f.chance(0.5) else None
        appearance = f.pick(COLOURS) if f.chance(0.75) else None
        location = shelf if f.chance(0.8) else f.pick(SHELVES + [None, None])
        loan = True if f.chance(0.02) else None
        origin = None
        if loan or f.chance(0.12):
            origin = f.pick(DONORS) if f.chance(0.6) else f"Auction lot {f.r.randrange(1, 12)}"
        note = f.pick(NOTES) if f.chance(0.28) else None
        items.append([name, brand, model, quantity, category, spec, appearance, location, None, loan, origin, note])
items[57][8] = "Arcade lab"
items[12][9] = True
items[12][10] = DONORS[1]

wb = workbook()
ws = wb.active
ws.title = "Master"
ws.append(["Name", "Manufacturer", "Model", "Quantity", "Category", "Spec", "Appearance", "Location",
           "Location (if in use)", "Is Loan", "Origin", "Additional Information"])
for item in items:
    ws.append(item)
ws.append([])
wb.create_sheet("Summary")

save(wb, "inventory-en-gb-hackspace.ods", libreoffice="ods")
