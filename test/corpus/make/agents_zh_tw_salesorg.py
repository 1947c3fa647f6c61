"""
Shape of m9606286/salesorg "agents.xlsx" (at commit 95abbf97e1c30dc0ec5e9b708bc18a0052fe188a): a
Taiwanese insurance sales organisation's roster of its own people, kept in Excel and read by a small
Streamlit page that lists each 營業處's agents (one sheet 工作表1, saved by Excel):

- header 營業處 / 業務 / 職階 / 直屬主管 / 身分證字號 / 直屬身分證字號 / 角色 on row 1;
- five back-office staff on top with only a name, an ID number (one a placeholder of repeated 8s)
  and role 'staff';
- then 126 agents (role 'agent') in four 營業處, the big one first: each head a 副總 whose upline is
  written 領導人 and whose upline ID is an empty string; ranks 副總 / 處長 / 協理 / 經理 / 主任 (總監
  in a smaller 處); the first part of the big 處 sorted by the upline's name, the later rows
  appended as they joined; some uplines are people listed further down, two are not on the list;
  four-character names (double surnames, a married woman's), a funeral-services company signed
  up as an agent with its 8-digit business number and an empty-string rank, one ID number typed
  with an extra digit;
- ID numbers in the Taiwanese shape (letter, 1 or 2, eight digits), also repeated as the upline's.
Not client data: the organisation's own agents and staff.
Values invented: names, ID numbers (wrong check digits), branch names and the hierarchy.
"""
from fake import GIVEN_TW, SURNAMES_TW, Fake, save, workbook

f = Fake("agents-zh-tw-salesorg")
LETTERS = "ABCDEFGHJKLMNPQRSTUVXYWZIO"


def person():
    return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))


def id_number(letter=None):
    def make():
        first = letter or f.pick("AAAAFFFFFHHKLQSNPCJ")
        body = f"{f.pick('12')}{f.r.randrange(10000000):07d}"
        code = LETTERS.index(first) + 10
        total = code // 10 + (code % 10) * 9 + sum(int(d) * w for d, w in zip(body, [8, 7, 6, 5, 4, 3, 2, 1]))
        check = (10 - total % 10) % 10
        return f"{first}{body}{(check + 1 + f.r.randrange(9)) % 10}"

    return f._unique(make)


rows = []
# back-office staff
for k in range(5):
    rows.append([None, person(), None, None, "F888888888" if k == 2 else id_number(), None, "staff"])


def branch(name, size, ranks, sort_upto):
    head = (person(), id_number())
    people = [head]
    members = [(name, head[0], "副總", "領導人", head[1], "", "agent")]
    for k in range(size - 1):
        rank = f.pick(ranks)
        upline = f.pick(people[: max(1, len(people))])
        me = (person(), id_number())
        if f.chance(0.06):
            me = (f.pick(SURNAMES_TW) + person(), me[1])  # a double surname / married name
        people.append(me)
        members.append((name, me[0], rank, upline[0], me[1], upline[1], "agent"))
    # two uplines who are not on the list themselves
    if size > 50:
        for k in (17, 44):
            ghost = (person(), id_number())
            n, me, rank, _, mid, _, role = members[k]
            members[k] = (n, me, rank, ghost[0], mid, ghost[1], role)
    first = sorted(members[1:sort_upto], key=lambda r: r[3])
    rest = members[sort_upto:]
    f.r.shuffle(rest)
    return [list(members[0])] + [list(r) for r in first] + [list(r) for r in rest]


big = branch("鵬程處", 109, ["處長"] * 2 + ["協理"] * 2 + ["經理"] * 6 + ["主任"] * 14, 62)
small = branch("美寶處", 7, ["處長", "協理", "經理", "經理"], 7)
small.insert(5, ["美寶處", "安和生命禮儀有限公司", "", small[1][1], f"{f.r.randrange(10000000, 99999999)}",
                 small[1][4], "agent"])
small = small[:7]
third = branch("嘉禾處", 7, ["處長", "總監", "總監", "總監"], 7)
third[4][4] = third[4][4][:2] + str(f.r.randrange(10)) + third[4][4][2:]  # an extra digit
fourth = branch("星河方舟處", 3, ["總監", "經理"], 3)
rows += big + small + third + fourth

wb = workbook()
ws = wb.active
ws.title = "工作表1"
for j, h in enumerate(["營業處", "業務", "職階", "直屬主管", "身分證字號", "直屬身分證字號", "角色"], 1):
    ws.cell(1, j, h)
for i, r in enumerate(rows, 2):
    for j, v in enumerate(r, 1):
        if v is not None:
            ws.cell(i, j, v)
ws.column_dimensions["E"].width = 13.2
ws.column_dimensions["F"].width = 16.4
save(wb, "agents-zh-tw-salesorg.xlsx")
