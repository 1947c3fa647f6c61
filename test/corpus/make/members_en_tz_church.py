"""
Shape of rbarongo/saypy "Members.xlsx" (at commit 28f8766b): the member register of a church in
Tanzania exported from its pledge-tracking system, one sheet "Members", plain (no bold), column
B about 36 wide.

- Header on row 1: Sno / MEMBER_NAME / CHURCH / MEMBER_ID / FAMILY_ID / DEFAULT_FAMILY_ID /
  OFFICIAL_MEMBER_ID / PLEDGE / GROUP_NAME / GROUP_ALIAS / DEFAULT_GROUP_ALIAS / GROUP_LEADER_ID /
  DEFAULT_GROUP_LEADER_ID / STATUS / PHONE / PHONE2 / EMAIL / RESIDENCE.
- 5926 members, Sno 1 … 5926. MEMBER_NAME mostly in capitals ("ARTHUR NGASANI", initials
  "JOHANES K. SEBASTIAN", apostrophes "MENG'ANYI"), about one in eight in title case (most of
  them in the later rows), couples as "MR & MRS NGALULA", "OSCAR E. RWESSA, (MR. & MRS.)",
  "CLARA JEREMIAH, (MRS. HENRY)", "B. MASATU MR&MRS", dependants "REHEMA c/o BULENGELA", a
  family "Mwashitete Family". CHURCH 1 on every row.
- The first ~1700 rows (the older register) carry MEMBER_ID (usually = Sno), FAMILY_ID /
  DEFAULT_FAMILY_ID (the Sno of the family head) and STATUS "OLD" (17 "UPDATED"); later rows
  mostly only a name. OFFICIAL_MEMBER_ID on one row in twenty.
- 175 members in pledge groups: PLEDGE (200000, 500000, 2000000, 3000000, 6000000, 10000000
  shillings), GROUP_NAME / GROUP_ALIAS / DEFAULT_GROUP_ALIAS ("A1", "F2", once "F" with alias
  "F2"), GROUP_LEADER_ID and DEFAULT_GROUP_LEADER_ID (a member's Sno).
- PHONE on 108 rows in three spellings (+255 7xx…, 7xx… without the 0, 07xx…), PHONE2 on 8;
  EMAIL and RESIDENCE empty throughout.
A person imports every member as a client. Values invented (the source repeated some names;
here they are unique; phones in an invented +255 90000 range).
"""
from fake import Fake, save, workbook

f = Fake("members-en-tz-church")
N = 5926
FIRST = ["ABIGAIL", "ADAM", "AGNES", "AMANI", "ANDREW", "ANNA", "ARTHUR", "BARAKA", "BONIFACE", "CLARA", "DAUDI",
         "DEBORA", "ELIA", "ELIZABETH", "EMMANUEL", "ESTHER", "EVELINA", "FARAJA", "FURAHA", "GABRIEL", "GRACE", "HAPPY",
         "HAWA", "IMANI", "ISAYA", "JANETH", "JOHN", "JOSEPH", "JULIANA", "LILIAN", "LUKA", "MARIAMU", "MARK", "MOSES",
         "NEEMA", "OSCAR", "PAULO", "PENDO", "PETRO", "REHEMA", "ROSE", "SALOME", "SAMWEL", "SARAH", "SHEBA", "TUMAINI",
         "UPENDO", "WINNIE", "YOHANA", "ZAWADI"]
LAST = ["BARONGO", "BUTONDO", "CHISUMO", "KALIVUBA", "LUTERA", "LWAVU", "MASANJA", "MASATU", "MBWAMBO", "MENG'ANYI",
        "MGAYA", "MGONYA", "MKUDE", "MLAY", "MREMA", "MSUYA", "MWAKIBIKI", "MWAKYUSA", "MWANGUNGULU", "MWASHITETE",
        "MYAYA", "NGALULA", "NGASANI", "NJAU", "NYIRENDA", "RWESSA", "SAASITA", "SHAYO", "SHINDIKA", "SWAI", "TEMBA",
        "TITO", "URASSA", "YANGO"]
used = set()


def base_name():
    while True:
        parts = [f.pick(FIRST)]
        if f.chance(0.25):
            parts.append(f.pick(FIRST)[0] + ".")
        elif f.chance(0.3):
            parts.append(f.pick(FIRST))
        parts.append(f.pick(LAST))
        n = " ".join(parts)
        if n not in used:
            used.add(n)
            return n


def couple():
    last = f.pick(LAST)
    first = f.pick(FIRST)
    n = f.pick([f"MR & MRS {last}", f"{first} {last}, (MR. & MRS.)", f"{first[0]}. {last} MR&MRS",
                f"{last}, MR. & MRS.", f"{first} {last} (MR&MRS)", f"{first} {last}, MRS"])
    if n in used:
        return base_name()
    used.add(n)
    return n


def phone():
    n = f.mobile_in()[5:]
    kind = f.r.random()
    if kind < 0.2:
        return f"+25590000{n[1:]}"
    if kind < 0.3:
        return f"090000{n[1:]}"
    return f"90000{n[1:]}"


wb = workbook()
ws = wb.active
ws.title = "Members"
ws.append(["Sno", "MEMBER_NAME", "CHURCH", "MEMBER_ID", "FAMILY_ID", "DEFAULT_FAMILY_ID", "OFFICIAL_MEMBER_ID", "PLEDGE",
           "GROUP_NAME", "GROUP_ALIAS", "DEFAULT_GROUP_ALIAS", "GROUP_LEADER_ID", "DEFAULT_GROUP_LEADER_ID", "STATUS",
           "PHONE", "PHONE2", "EMAIL", "RESIDENCE"])
GROUPS = ["A1", "A2", "B1", "B2", "C1", "C2", "D1", "E1", "E2", "F2", "F8", "F9"]
leaders = {g: f.r.randrange(200, 5100) for g in GROUPS}
pledge_rows = set(f.r.sample(range(1, N + 1), 175))
phone_rows = set(f.r.sample(sorted(pledge_rows), 60)) | set(f.r.sample(range(1, N + 1), 48))
phone2_rows = set(f.r.sample(sorted(phone_rows), 8))
updated = set(f.r.sample(range(1, 1700), 17))
FIXED = {4: "ARTHUR NGASANI", 10: "BONIFACE MASANJA", 15: "CLARA JEREMIAH, (MRS. HENRY)", 702: "TAINA MENG'ANYI",
         1500: "JANETH MGAYA LWAVU", 2210: "REHEMA c/o BULENGELA", 2211: "WINNIE c/o BULENGELA",
         2300: "Mwashitete Family", 2301: "Furaha Mwashitete", 4302: "MR&MRS YACOBO TITO"}
used.update(FIXED.values())
phone_rows |= {10, 15, 4302}
phone2_rows |= {10}
pledge_rows |= {4, 10, 15, 4302}
for sno in range(1, N + 1):
    if sno in FIXED:
        name = FIXED[sno]
    elif f.chance(0.02):
        name = couple()
    else:
        name = base_name()
        if sno > 1700 and f.chance(0.14) or sno <= 1700 and f.chance(0.02):
            name = name.title().replace("'A", "'a")
    old = sno <= 1700
    member_id = sno if (old and f.chance(0.85)) or (not old and f.chance(0.07)) or sno in pledge_rows else None
    family = None
    if old and f.chance(0.45) or not old and f.chance(0.06):
        family = sno if f.chance(0.6) else f.r.randrange(1, sno + 1)
    default_family = family if family is not None or not old or f.chance(0.1) else sno
    if not old and default_family is None and f.chance(0.02):
        default_family = f.r.randrange(1, N)
    official = sno if f.chance(0.045) else None
    pledge = group = alias = dalias = leader = dleader = None
    if sno in pledge_rows:
        pledge = f.pick([200000] * 8 + [500000] * 2 + [2000000, 3000000, 6000000, 6000000, 10000000, 10000000])
        group = f.pick(GROUPS)
        alias = dalias = group
        leader = dleader = leaders[group]
    if sno == 4:
        pledge, group, alias, dalias, leader, dleader = 200000, "F", "F2", "F2", leaders["F2"], leaders["F2"]
    if sno == 10:
        pledge, group, alias, dalias = 10000000, "A1", "A1", "A1"
        leader = dleader = leaders["A1"]
    status = ("UPDATED" if sno in updated or sno in (10, 15) else "OLD") if old else None
    p1 = phone() if sno in phone_rows else None
    p2 = phone() if sno in phone2_rows else None
    ws.append([sno, name, 1, member_id, family, default_family, official, pledge, group, alias, dalias, leader, dleader,
               status, p1, p2, None, None])
ws["O11"] = "+255900001810"
ws["P11"] = "+255900007810"
ws["O16"] = "900003443"
ws["O4303"] = "0900008487"
ws.column_dimensions["B"].width = 35.9
ws.column_dimensions["C"].width = 17.3
ws.column_dimensions["D"].width = 10.7
save(wb, "members-en-tz-church.xlsx")
