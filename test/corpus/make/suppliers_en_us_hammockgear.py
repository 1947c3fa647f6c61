"""
Shape of HummingbirdHammocks/suppliers "suppliers.csv": a small US hammock and camping-gear
maker's list of its own suppliers (fabric mills, cord and hardware makers, sticker printer,
contract sewing shop, finished-goods factories in China), kept as CSV for an internal
purchasing tool. UTF-8, LF line ends, no newline after the last row.

- Header: Name,Type,Website,Items. 17 suppliers, not sorted; Type Raw Materials / Finished
  Goods / Manufacturer; Website a URL (some Alibaba shop links with tracking parameters), empty
  on four rows, a phone number on one; Items a comma-joined list of the products bought there
  (the sewing shop's list runs to 40 items), quoted; inch marks doubled twice over where a
  JSON-like list was pasted (three quotes, an inch mark as four). Chinese factory names with
  "Co.,Ltd" inside the quotes.
Not client data: these are the company's suppliers. Values invented.
"""
import os

from fake import FILES

COLOURS = ["Moss Green", "Fern Green", "Glacier Blue", "Ember Orange", "Dusk Purple", "Granite Gray"]
LINES = [
    'Name,Type,Website,Items',
    'Eastline Textiles Corp.,Raw Materials,http://eastlinetextiles.example.com/,"' + ",".join(f"{c} Nylon" for c in COLOURS) + ',White Nylon"',
    'Silnylon By The Yard,Raw Materials,https://silnylonbytheyard.example.com/,"Sand Brown Silpoly,Olive Drab Silpoly"',
    'K.R.T Cordage,Raw Materials,https://krtcordage.example.com/,1200# Dyneema',
    '"Ningbo Haixin Plastic Parts Co.,Ltd",Raw Materials,86-574-55501234,"Nylon Toggle,Quick Adjuster Buckle,Strap Bead,Glow Tensioner"',
    'LXCord,Raw Materials,,"Green Ridgeline Cord,Gray Drawcord"',
    'Xiamen Happy Eight,Raw Materials,https://xmhappyeight.example.com/,Cord Lock',
    'Decal Forge,Raw Materials,https://decalforge.example.com/,"' + ",".join(f"Logo Decal {c}" for c in ["Black"] + COLOURS + ["White", "Sand Brown", "Olive Drab"]) + '"',
    'Tovelin,Raw Materials,,"""1"""" Gray Webbing"",""2"""" Gray Webbing"""',
    'Brookside Outdoor,Finished Goods,https://brooksideoutdoor.example.com/,"Permethrin Spray,Picaridin Lotion"',
    'PatchWorks,Finished Goods,https://www.patchworks.example.com/,"Seam Sealer Bulk,Repair Tape Flex Patches,Repair Tape Silnylon Patches,Repair Tape Mesh Patches,Seam Sealer Retail,Gear Cleaner Pro,Carabiner Light Kit"',
    '"Hebei Feiyue Industry And Trade Co.,Ltd",Finished Goods,http://hbfeiyue-trading.example.com,"Wren Bug Net,Swift Bug Net"',
    'Ningde Era Outdoor Limited,Finished Goods,https://ndera.example.com/?spm=a2700.55501234.0.0.11203e5fQ7JkLm,Thrush Pillow',
    '"Anhui Brightway International Trading Co., Ltd.",Finished Goods,,Plover Sleeping Pad',
    'BagDepot Poly Bags,Raw Materials,https://www.bagdepot.example.com/,"""Poly Bag 4"""" x 6"""""",""Poly Bag 6"""" x 8"""""",""Poly Bag 8"""" x 10"""""""',
    '"Xian Jintai New-metal tech Co.,Ltd.",Finished Goods,,"Titanium Pegs,Titanium Pegs+"',
    '"Zhejiang Province Pujiang County Xinglong Leisure Products Industrial Co., Ltd.",Raw Materials,https://xinglong.example.com/?spm=a2700.55501234.0.0.11203e5f9PQrSt,Steel Wall Bracket',
]
models = ["Single Hammock", "Single+ Hammock", "Long Hammock"]
items = [f"{m} {c}" for m in models for c in COLOURS]
items += [f"Double Hammock Gray and {c}" for c in COLOURS[:5]]
items += ["Kestrel Tarp Sand Brown", "Kestrel Tarp Olive Drab", "Osprey Tarp Sand Brown", "Osprey Tarp Olive Drab",
          "Tree Straps 1 Inch", "Tree Straps+ 1 Inch", "Tree Strap Extensions ", "Replacement Strap Webbing 1 inch - 5 ft",
          "Replacement Strap Webbing 1 inch - 10 ft", "Replacement Strap Bag Tree Straps", "Replacement Strap Bag Tree Straps+",
          "Replacement Whoopie Sling ", "Replacement Toggle Link Set Black", "Tree Straps 2 Inch", "Tree Straps+ 2 Inch",
          "Replacement Strap Webbing 2 inch - 5 ft", "Replacement Strap Webbing 2 inch - 10 ft"]
LINES.append('Lone Star Sewing Works,Manufacturer,https://lonestarsewing.example.com/,"' + ",".join(items) + '"')

with open(os.path.join(FILES, "suppliers-en-us-hammockgear.csv"), "w", encoding="utf-8", newline="") as fh:
    fh.write("\n".join(LINES))
