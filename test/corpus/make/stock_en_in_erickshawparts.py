"""
Shape of DivyanshTuli25/SparePartsE-Rick "Stock3.xlsx" (commit 1908d0ba15f1e6339751ceb9c146410f60238c1e):
an Indian e-rickshaw assembler's spare-parts stock, written with openpyxl. One sheet "Sheet1", bold
header on row 1: Parts / Stock / Required per vehicle / Round Model / Loader / Flexi Model / Round
Models that can be made / Loaders that can be made / Flexi Models that can be made / E-Rickshaws that
can be made; 135 parts (differentials, brake parts, lamps, batteries, seat sets, tyres …) with the
count in stock (0 on about one in seven), how many one vehicle needs, how many each model needs (0
when the model doesn't use it) and how many vehicles the stock allows, computed as
floor((stock + 1) / need) — so an out-of-stock part with need 1 still "makes" 1. No client, no
supplier, no price.
Values invented.
"""
from fake import Fake, save, workbook
from openpyxl.styles import Font

f = Fake("stock-en-in-erickshawparts")
PARTS = ["Differential", "Differential 48", "Loader Differential Lever Gear", "Handle T", "Handle Bearing",
         "Head lamp bracket", "Handle Bar", "Brake / Yoke Lever Assembly", "Brake rod long", "Brake rod small",
         "Brake shoe set", "Hand brake cable", "Accelerator cable", "Kamani Shocker", "Kamani Loader", "Front Shocker",
         "U Bolt", "Leaf spring pin", "Junction box", "Wiring harness", "Controller 1000 48v", "Controller 1200 60v",
         "Motor 1000w", "Motor 1200w", "Converter 48-12", "Charger 48v 15A", "Charger 60v 15A", "Battery 120ah",
         "Battery 150ah", "Battery Patti Rear (T-Patti)", "Battery Patti Front", "Switch assembly(l/r)",
         "Key switch", "Meter 48v", "Meter 60v", "Front Horn", "Reverse buzzer", "Indicator Yellow Front",
         "Indicator Yellow Rear DRL", "Head lamp LED", "Tail lamp set", "Rear number lamp", "Scroll Light", "Foglight",
         "Taxi light cover", "Taxi light bulb and holder", "Rear view mirror set", "Wiper motor", "Wiper blade",
         "Front Axle Rod NORMAL RIM", "Front Axle Rod ALLOY WHEEL", "Rear Axle Set", "Hub front", "Hub rear",
         "Front Brake Drum Set NORMAL RIM", "Front Brake Drum Set ALLOY WHEEL", "Rear Brake Drum", "Rim 12 inch",
         "Wheel Cover Alloy", "Tyre(3.75-12)", "Tube(3.75/4.00-12)", "Tyre(4.00-12)", "Mud flap set", "Mud guard front",
         "Foot mat rubber", "FM Wooden", "Floor board", "Seat Set(4) Standard", "Seat Set(5) Deluxe", "Seat Set(5) Eco",
         "Back rest cushion", "Seat belt", "Grab handle", "Roof sheet", "Roof frame", "Curtain(Full) set",
         "Curtain(Half) set", "Side guard", "Front guard chrome", "Rear guard", "Windshield glass",
         "Windshield rubber", "Dashboard panel", "Dashboard sticker set", "Body sticker set", "Number plate frame",
         "Fender front", "Chassis front", "Chassis rear", "Loader tray", "Loader side door", "Loader hinge set",
         "Steering column", "Steering bush", "Fork set", "Fork bearing cup", "Stand centre", "Stand side",
         "Toolkit", "Jack 1 ton", "Nut bolt kit", "Washer kit", "Cotter pin kit", "Grease 500g", "Red tape meter",
         "Insulation tape", "Cable tie packet", "Fuse box", "Fuse 15A", "Relay 48v", "MCB 32A", "Socket charging",
         "Speaker set", "Music system", "Mobile charger point", "First aid box", "Fire extinguisher",
         "Reflector tape", "Reflector set", "Paint touch-up", "Lock set door", "Hinge door", "Handle door",
         "Rubber beading", "Foam sheet", "Rexine meter", "Cushion foam", "Not pad and pen", "Owner manual",
         "Warranty card", "Gear oil 1L", "Brake oil", "Spark guard", "Motor mount", "Motor cover"]

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Parts", "Stock", "Required per vehicle", "Round Model", "Loader", "Flexi Model",
           "Round Models that can be made", "Loaders that can be made", "Flexi Models that can be made",
           "E-Rickshaws that can be made"])
for c in ws[1]:
    c.font = Font(bold=True)
for part in PARTS[:135]:
    need = f.pick([1, 1, 1, 1, 2, 2, 4])
    stock = 0 if f.chance(0.14) else f.pick([f.r.randrange(20, 900), f.r.randrange(1, 20) * 20])
    x = f.r.random()
    flags = [need] * 3 if x < 0.45 else [need, 0, 0] if x < 0.75 else [need, need, 0] if x < 0.85 else [need, 0, need]
    made = [(stock + 1) // q if q else 0 for q in flags]
    ws.append([part, stock, need, *flags, *made, (stock + 1) // need])
save(wb, "stock-en-in-erickshawparts.xlsx")
