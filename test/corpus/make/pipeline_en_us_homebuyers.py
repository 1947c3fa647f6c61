"""
Shape of HDeCherney/Tours-Test1 "Clients.csv" (commit 45990a9a6ab9ddfb5645dd80ff8187d47489e529): a US
real-estate buyer's agent's pipeline of the buyers she works with, kept for a touring app. The
header line is comma-separated (Client,Stage,Required Items,Next Step,Notes) but the eight data
lines were pasted from a spreadsheet and are TAB-separated: a reader that sniffs the delimiter
(SheetJS) takes tabs and keeps the whole header line in A1, one that trusts the header takes
commas and sees each buyer's whole line in column A. Buyers by full name, by first name only, or as a couple ('X and Y');
stages Holding Pattern / Offer Prep / Touring / Under Contract; what is still needed, the next
step and a note ('Ready', 'Order Gifts', a loan officer's first name). UTF-8, LF, no BOM.
Values invented.
"""
import os

from fake import FILES

ROWS = [
    ("Laurel Whitaker", "Holding Pattern", "Visa info", "Tours", "Waiting until May to find out timeline for visa"),
    ("Sean Shim", "Offer Prep", "Wait for green light", "Check in with Samir", "Ready"),
    ("Brianna and Darnell", "Offer Prep", "Brandon FHA", "Offer prep", "FHA spot approval"),
    ("Rigo", "Offer Prep", "Preapproval letter", "Preapproval", "Send to Bianca?"),
    ("Andrew and Margot", "Touring", "Set up tour of Greenlake home", "Offer", "Ready"),
    ("Joshua Baines", "Under Contract", "Check in", "Final walkthrough", "Order Gifts"),
    ("Keon and Jada", "Under Contract", "Bids - electrical/foundation/roof", "Send electric photos/call foundation", "Order Gifts"),
    ("Frederik", "Holding Pattern", "Preinspection", "Preinspection", "May preinspection ready to stage by june"),
]

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "pipeline-en-us-homebuyers.csv"), "w", encoding="utf-8", newline="") as fh:
    fh.write("Client,Stage,Required Items,Next Step,Notes\n")
    for row in ROWS:
        fh.write("\t".join(row) + "\n")
