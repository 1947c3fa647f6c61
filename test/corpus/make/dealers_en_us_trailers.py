"""
Shape of Walton-Trailers/walton-trailers-website "Customer List - Sheet1.csv": a Utah trailer
maker's dealer list pasted from its accounting software's customer report into Google Sheets and
downloaded as CSV (UTF-8, LF, quotes only where a comma is, no final newline).

- Two columns, "Customer full name" and "Ship address", 33 dealers in alphabetical order across the
  Mountain West and the Pacific states.
- Names: trailer sales yards, equipment and implement dealers, a powersports shop, a service station,
  "…, LLC" quoted; one dealer group with three yards written "Name - Town" and another with two.
- Ship address the street, town, state and ZIP in one line without commas ("645 North 400 East
  Huntington UT 84528"); lines run together where the report broke them ("…AveSuite 101", the
  dealer's name glued in front of the street, "…Street WSpringville, UT 84663"); a PO Box; a state
  written out.
Values invented.
"""
import os

from fake import FILES


ROWS = [
    ("Alpine Auto & Trailer Sales", "412 North 300 East Huntington UT 84528"),
    ("Ashdown Trailer Sales", "880 Hwy 99E Harrisburg OR 97446"),
    ("Badger Creek Trailer Sales", "2215 S Cliffs Drive Pocatello ID 83204"),
    ("Brightwell Equipment", "3120 Commerce Drive Salt Lake City UT 84123"),
    ("Canyon Custom Trailers", "10177 E Stockton Blvd Elk Grove CA 95624"),
    ("Carrow Auto", "1840 So Hwy 89 Perry UT 84302"),
    ("C&K Trailers", "2740 US 93 S Kalispell MT 59901"),
    ("Dunmore Equipment", "4417 Jackrabbit Ln. Belgrade MT 59714"),
    ("Ellery Trailer Store", "3902 W Winnemucca Blvd. Winnemucca NV 89445"),
    ("Fairbank Trailers", "215 West 100 South Rupert ID 83350"),
    ("Gem Valley Trailer Sales", "64 Industrial Park Rd St. Anthony ID 83445"),
    ("Greyson Plains Trailers", "3870 East 74th Ave Commerce City CO 80022"),
    ("Holloway Turf & Equipment", "10120 W 1st St. La Grande OR 97850"),
    ("Ivers Trailers", "Ivers Trailers18340 Main StreetCarey, ID 83320"),
    ("J3 Trailers", "275 North 800 East Genola UT 84655"),
    ("Jessop Trailer Sales", "10540 84th St NE Lake Stevens WA 98258"),
    ("Kettering Trailers", "512 S Best Business AveSuite 104 Kuna ID 83634"),
    ("Lindqvist Trading Post", "1150 E. Railroad St. Laurel MT 59044"),
    ("Marlow Power Sports", "608 5th St. Rock Springs WY 82901"),
    ("Marlow's Cycle", "1290 Mountain City Hwy Elko NV 89801"),
    ("Northcott Trailer Sales", "5120B Old Redwood Hwy Petaluma CA 94954"),
    ("Oakes Sales", "4830 10th Ave. S. Great Falls MT 59405"),
    ("Pembury Motors", "2610 Big Horn Ave Cody Wyoming 82414"),
    ("Pine Ridge Trailers", "1385 U.S. Hwy 40 Heber City UT 84032"),
    ("Ridgeline Trailer Boss", "7605 Martin Way E Olympia WA 98516"),
    ("Sagebrush Trailer Sales, LLC", "PO Box 512 Dillon MT 59725"),
    ("Summit Implement - Logan", "460 W 2500 N North Logan UT 84341"),
    ("Summit Implement - Preston", "188 N 800 W Preston ID 83263"),
    ("Summit Implement - Tremonton", "9120 N 5200 W Tremonton UT 84337"),
    ("Timberline Service Station", "1275 E. 1st St. Cle Elum WA 98922"),
    ("Two Rivers Trailer Sales", "1392 S 270 E St. George UT 84790"),
    ("Wasatch Front Trailers - Layton", "655 South Main St. Layton UT 84041"),
    ("Wasatch Front Trailers - Springville", "1120 S 2000 WSpringville, UT 84663"),
]


def cell(text):
    return f'"{text}"' if "," in text else text


os.makedirs(FILES, exist_ok=True)
lines = ["Customer full name,Ship address"] + [f"{cell(n)},{cell(a)}" for n, a in ROWS]
with open(os.path.join(FILES, "dealers-en-us-trailers.csv"), "w", encoding="utf-8", newline="") as out:
    out.write("\n".join(lines))
