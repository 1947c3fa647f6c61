"""
Shape of gbilleyPeco/cost-to-serve "Account List.xlsx" (commit
5d36881211f6837bf5a99f8e70d5f32f688c2dad): a US pallet-pooling company's list of the key corporate
accounts its analysts run a cost-to-serve model for.

- One sheet "Selected Accounts": Corporate Code / Corporate Description / Evaulate (sic) / Base
  Model / Account Model in row 1 (plain, an autofilter over A1:E52 that stops one row short of
  the data); 52 accounts in rows 2–53.
- Corporate Code a number in text-formatted cells (five digits, 14xxx–19xxx and 80xxx–91xxx, two
  runs each in ascending order); Corporate Description the customer's legal or trading name
  (Inc., LLC, "Co.", a "(Renter)" and a "(Canada)" qualifier, one account named after its
  partner in brackets); one code on two rows with the name once with and once without the
  full stop of "Inc."; Evaulate Y on two rows, N elsewhere; Base Model the same folder path on
  every row; Account Model a formula joining the path and the name (="C:\\...\\Baseline - "&B2&"\\").
Values invented.
"""
from xml.sax.saxutils import escape

from fake import CachedFormulas, Fake, workbook

f = Fake("accounts-en-us-palletpool")
r = f.r

BASE = "C:\\Volley\\Batch Process\\Baseline\\"
FIRST_RUN = [(14285, "Hollis Confectionery Company"), (14739, "Bluewater Paper Corp"), (14864, "Green Leaf Produce Incorporated"),
             (14904, "Premier Tissue LLC"), (14994, "Warehouse Club (Renter)"), (15011, "Cascadia Tissue Group"),
             (15738, "Brightman Foods Company"), (80290, "Marlow Confectionery"), (80293, "Sorrento Paper America Corp"),
             (80500, "Brightman Canada"), (81377, "Cascadia Tissue Group (Canada)"), (81384, "Fieldstone Farms Retail"),
             (81398, "Fairbank Poultry Farms, Inc."), (81688, "Mabel's Tea Company, Inc."), (82408, "Oakhouse Foods"),
             (86410, "Keyway Pallet Systems Inc"), (87025, "Clearspring Bottling, LLC"), (88008, "Refreshwell North America"),
             (91572, "Schroeder Dairy Foods"), (91901, "Windmill Foods INC.")]
SECOND_RUN = [(14258, "Lakeshore Sugar Company"), (14791, "Aurelia Organic Dairy"), (14867, "Poly-Plains, L.P."),
              (15021, "Westbrook Packaging"), (15055, "Sunnyfield Mills, Inc."), (15191, "Avalon Company"),
              (15282, "Abernathy Nutrition"), (15323, "Central Lawn & Pet Company"), (15459, "Frayne Produce"),
              (15470, "Ferris Candy Company"), (15472, "Nonna's Foods LLC"), (15630, "FXR"),
              (15896, "Karsten Foods Corp"), (16559, "Ambrose Flexibles North America"), (17064, "Salerno Foods Inc."),
              (17064, "Salerno Foods Inc"), (17088, "GPX"), (18981, "Simonds Wet Pet Foods"),
              (19680, "PLD Laboratories Inc."), (80274, "Hartmaster Group Inc."), (80308, "Marlow Canada, Inc."),
              (80327, "Seakist"), (80590, "NorCal Egg Foods"), (81009, "Amplitude Snack Brands"),
              (81399, "Northern Paper (IBS Fieldstone Farms Retail)"), (85557, "Rosehill Farms"),
              (85759, "Silverline Plastics"), (86253, "Bridgeport Bakery Inc."), (86283, "Basin Valley Cooperative"),
              (88027, "Bonita Canning Co."), (89364, "Purewell Company"), (90149, "Unilux")]
YES = {14867, 85557}

wb = workbook()
cf = CachedFormulas()
ws = wb.active
ws.title = "Selected Accounts"
for j, h in enumerate(["Corporate Code", "Corporate Description", "Evaulate", "Base Model", "Account Model"], start=1):
    ws.cell(1, j, h)
for i, (code, name) in enumerate(FIRST_RUN + SECOND_RUN, start=2):
    ws.cell(i, 1, code).number_format = "@"
    ws.cell(i, 2, name)
    ws.cell(i, 3, "Y" if code in YES else "N")
    ws.cell(i, 4, BASE)
    cf.formula(ws, f"E{i}", f'="C:\\Volley\\Batch Process\\Baseline - "&B{i}&"\\"',
               escape(f"C:\\Volley\\Batch Process\\Baseline - {name}\\"))  # the result as XML text
ws.auto_filter.ref = "A1:E52"
for col, w in {"A": 16.43, "B": 37.43, "C": 10.14, "D": 32.14, "E": 67.86}.items():
    ws.column_dimensions[col].width = w

cf.save(wb, "accounts-en-us-palletpool.xlsx")
