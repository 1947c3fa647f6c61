"""
Shape of tkong1998/clubhouse-management-software data/member.csv (commit
f96643f4b7d649e14585bd23e3367f59d5f944cb): the member file of a Hong Kong student's clubhouse
booking application (Java), plain comma-separated text written by hand: a header
"member_id, name, address, email, phone" with a space after every comma — in the rows too, so
each value but the first starts with a space — LF line ends and no newline after the last row.
Four residents of one estate with member ids member001…, placeholder names (ONE Member …), a
floor and the estate as address (two on the same floor), an e-mail on the estate's domain and an
eight-digit Hong Kong number. A member list a person imports as clients. Domain and numbers
invented.
"""
import os

from fake import FILES

rows = [
    ("member_id", "name", "address", "email", "phone"),
    ("member001", "ONE Member", "1/F Harbour Crest", "member01@example.com", "31905678"),
    ("member002", "TWO Member", "2/F Harbour Crest", "member02@example.com", "31906789"),
    ("member003", "THREE Member", "3/F Harbour Crest", "member03@example.com", "31907890"),
    ("member004", "FOUR Member", "3/F Harbour Crest", "member04@example.com", "31907891"),
]
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "members-en-hk-clubhouse.csv"), "w", encoding="utf-8", newline="") as out:
    out.write("\n".join(", ".join(r) for r in rows))
