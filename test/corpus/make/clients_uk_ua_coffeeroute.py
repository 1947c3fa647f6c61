"""
Shape of Coprofil/KavaCRM "clients.xlsx" (commit 22024fdb089ed2a960d1ff069c0a0e0becca8ef7): the
client points of one route of a Ukrainian coffee-machine service firm in the Kryvyi Rih area, the
seed list of its Django CRM. One sheet "Аркуш1" (Ukrainian Excel), plain header Агент / Назва /
Адреса / Коментар (agent, name, address, comment). 64 points, all of agent ТА3: the name is the
owner's surname in capitals, often with a cut place word ("ШЕВ", "ПРИВ", "ЖОВ", "МИНИ"), or a shop
chain with its number ("ДРУК 135", "ДРУК 50" …), a kind of shop ("ИГРУШКИ", "ШИНОМ ВЕЧЕР"), one
owner with two points ("… 1-1", "… 1-2", "… КАФЕ"); the address is only a Google Maps link — short
goo.gl/maps or maps.app.goo.gl links and long maps.google.com/maps?q=lat,lng&ll=…&z=16 links, two
points sharing one link —, one point without an address; the comment column empty throughout.
All names, links and coordinates invented.
A person imports the 64 points as clients with the agent as owner and the map link as address.
"""
import string

from fake import Fake, save, workbook

f = Fake("clients-uk-ua-coffeeroute")
SUR = ["ПАВЛЕНКО", "ВОВК", "ВАСИЛЕНКО", "ГЕЛАШВИЛИ ШЕВ", "МАРЧУК МИНИ", "ТИМОШЕНКО ПРИВ", "КОМАР", "ЛАХНО",
       "ШЕВЧ МАР", "ПОПОВИЧ", "КАНДИБА ГЛ", "ГОЛОВАТЮК", "ТКАЧУК ЖОВ", "БУТ", "ЛИСЕНКО", "ЧЕРВОНИЙ", "РЕВА",
       "ВЕКЛИЧ", "АВДЕЕНКО", "ИВАНЕНКО ВОСТ 2", "ИГРУШКИ ОР", "ИГРУШКИ", "ШИНОМ ВЕЧЕР", "ПЕСКОВА ЧЕР",
       "ПЕСКОВА 9КВ", "КАПЛАН", "КОСЕНКО", "КОСЕНКО КАФЕ", "БОЛОТНА", "ВОДОГРАЙ", "ДРУК 135", "ДРУК 50",
       "ВАШИНГТОН", "ИВАНЕНКО СОЛН", "ДРУК 35", "ДРУК 124", "ДРУК 15", "ДРУК 105", "ДРУК 34", "АРУТЮНЯН",
       "ЗАХАРЧУК ТЗК", "ДРУК 130", "ДРУК 117", "ДРУК 131", "ДРУК 47", "СИМОНЕНКО 1", "ДРУК 17", "ДРУК 110",
       "ДРУК 122", "ГЛУЩЕНКО РОК", "ЗАХАРЧУК НЕВСК", "ГЛУЩЕНКО СТАС1-1", "ГЛУЩЕНКО СТАС1-2", "ДРУК 111",
       "ДРУК 62", "ДЕЛИВЕРИ 2", "САВЧУК", "БЛАЖКО", "СИМОНЕНКО 7", "КУШНИР", "ДРУК 112", "МАРШАЛ", "РУДЕНКО ШР",
       "МУСТАФАЕВА ГОРЬК"]
assert len(SUR) == 64


def token(n):
    return "".join(f.pick(string.ascii_letters + string.digits) for _ in range(n))


def link(i):
    kind = f.pick(["short"] * 4 + ["long"] * 5 + ["app"])
    if i < 14:
        kind = "short" if i not in (3, 8) else "long"
    if kind == "short":
        return f"https://goo.gl/maps/{token(17)}"
    if kind == "app":
        return f"https://maps.app.goo.gl/{token(17)}"
    lat, lng = f"{47.85 + f.r.random() * 0.35:.6f}", f"{33.25 + f.r.random() * 0.5:.6f}"
    return f"https://maps.google.com/maps?q={lat},{lng}&ll={lat},{lng}&z=16"


wb = workbook()
ws = wb.active
ws.title = "Аркуш1"
for c, h in enumerate(["Агент", "Назва", "Адреса", "Коментар"], 1):
    ws.cell(1, c, h)
shared = None
for i, name in enumerate(SUR):
    r = i + 2
    ws.cell(r, 1, "ТА3")
    ws.cell(r, 2, name)
    if name == "ВОДОГРАЙ":
        continue
    url = link(i)
    if name == "КОСЕНКО":
        url = shared = f"https://maps.app.goo.gl/{token(17)}"
    elif name == "КОСЕНКО КАФЕ":
        url = shared
    ws.cell(r, 3, url)
save(wb, "clients-uk-ua-coffeeroute.xlsx")
