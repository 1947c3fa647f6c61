"""
Shape of damienpine/silvifor-timesheet "Clients.csv" (commit be149d300c2628a6d00aae9ac3df3b61be742296):
the client list of a small Vancouver Island silviculture contractor (tree planting, surveys, browse
protection), kept as a CSV beside its crew, crew-lead, task and block lists to feed a timesheet
web page. ASCII, LF, no BOM, one column headed "Client", 16 names: mostly abbreviations or short
names as the crews say them (a timber-sales agency, a regional district, First Nations with "FN",
licensees with "(legacy)" for the pre-merger names, one licensee split into North / Central /
South operations, a seed orchard, a municipality), in A-Z order, then the contractor's own name
(for its internal hours) and "Woodlot" (the private woodlot owners billed together).
Values invented.
"""
import os

from fake import FILES

NAMES = ["CVRD", "FLTS", "Harbourline Forest (legacy)", "Kelsey Bay FN", "Marlow Lumber", "NCL", "Ridgeway Central",
         "Ridgeway North", "Ridgeway South", "Salal Creek FN", "Saltair Seed Orchard", "Town of East Arbutus",
         "Westcoast Timber (legacy)", "Yellowpoint Holdings", "Silvaterra", "Woodlot"]

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "clients-en-ca-silviculture.csv"), "w", encoding="ascii", newline="") as out:
    out.write("Client\n" + "".join(n + "\n" for n in NAMES))
