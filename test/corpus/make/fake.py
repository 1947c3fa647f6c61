"""
Invented values for the corpus generators: every name, phone, e-mail, id and address here is
made up, drawn from a seeded random generator so a generator always writes the same file.

The privacy rules the corpus test checks (test/corpus/corpus.test.ts):
- mainland mobiles are 11 digits starting 1380000; Taiwanese mobiles start 0900; Indian mobiles
  start 90000; US numbers use the fictional 555-01xx block;
- e-mail addresses end in example.com, example.org, example.net or .test.
"""
import datetime
import os
import random
import re
import shutil
import subprocess
import tempfile
import zipfile

from openpyxl import Workbook

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = os.path.normpath(os.path.join(HERE, "..", "files"))

SURNAMES_CN = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN_CN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉玲丹红建国志文斌宇浩凯晨欣怡佳雪琳晓梅海燕子轩雨婷思远嘉俊博")
SURNAMES_TW = list("陳林黃張李王吳劉蔡楊許鄭謝郭洪曾邱廖賴周徐蘇葉莊呂江何蕭羅高簡朱鍾游詹施沈彭胡余盧潘顏梁趙柯翁魏孫戴")
GIVEN_TW = list("志明家豪俊傑建宏冠宇怡君淑芬美玲雅婷佳穎宗翰承恩柏翰詠晴欣妤宜蓁品妍子涵士豪文雄秀英麗華")
FIRST_EN = ["Olivia", "Liam", "Emma", "Noah", "Ava", "Ethan", "Mia", "Lucas", "Amelia", "Mason",
            "Harper", "Logan", "Ella", "Aiden", "Chloe", "Caleb", "Nora", "Owen", "Zoe", "Wyatt"]
LAST_EN = ["Ashdown", "Brightwell", "Carrow", "Dunmore", "Ellery", "Fairbank", "Greyson", "Holloway",
           "Ivers", "Jessop", "Kettering", "Lindqvist", "Marlow", "Northcott", "Oakes", "Pembury"]
FIRST_IN = ["Aarav", "Vivaan", "Aditya", "Ishaan", "Kabir", "Ananya", "Diya", "Saanvi", "Meera",
            "Riya", "Arjun", "Rohan", "Kavya", "Neha", "Pooja", "Harleen", "Gurpreet", "Simar"]
LAST_IN = ["Sharma", "Verma", "Gupta", "Malhotra", "Kapoor", "Mehra", "Bedi", "Sethi", "Arora", "Khanna"]

CITIES_CN = [("广东省", "湛江市", ["赤坎区", "霞山区", "麻章区"]), ("江苏省", "徐州市", ["鼓楼区", "云龙区", "泉山区"]),
             ("浙江省", "杭州市", ["西湖区", "拱墅区", "滨江区"]), ("四川省", "成都市", ["武侯区", "锦江区", "青羊区"]),
             ("北京市", "北京市", ["朝阳区", "海淀区", "丰台区"]), ("上海市", "上海市", ["浦东新区", "徐汇区", "静安区"])]
ROADS_CN = ["民主路", "人民大道", "建设路", "解放路", "中山路", "新华街", "和平路", "青年路", "光明街", "文化路"]
CITIES_TW = [("臺北市", ["信義區", "大安區", "中山區"]), ("新北市", ["板橋區", "中和區", "新店區"]),
             ("臺中市", ["西屯區", "北屯區", "南屯區"]), ("高雄市", ["苓雅區", "前鎮區", "左營區"]), ("臺南市", ["東區", "北區"])]
ROADS_TW = ["忠孝東路", "民生路", "復興北路", "中正路", "成功路", "自由路", "公益路", "文心路"]


class Fake:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self._used = set()

    def pick(self, items):
        return self.r.choice(items)

    def chance(self, p):
        return self.r.random() < p

    def _unique(self, make):
        for _ in range(1000):
            v = make()
            if v not in self._used:
                self._used.add(v)
                return v
        raise RuntimeError("ran out of unique values")

    # people -----------------------------------------------------------------------------------
    def name_cn(self, unique=True):
        make = lambda: self.pick(SURNAMES_CN) + "".join(self.pick(GIVEN_CN) for _ in range(self.r.choice([1, 2, 2])))
        return self._unique(make) if unique else make()

    def name_tw(self, unique=True):
        make = lambda: self.pick(SURNAMES_TW) + "".join(self.pick(GIVEN_TW) for _ in range(2))
        return self._unique(make) if unique else make()

    def name_en(self, unique=True):
        make = lambda: f"{self.pick(FIRST_EN)} {self.pick(LAST_EN)}"
        return self._unique(make) if unique else make()

    def name_in(self, unique=True):
        make = lambda: f"{self.pick(FIRST_IN)} {self.pick(LAST_IN)}"
        return self._unique(make) if unique else make()

    # contact ----------------------------------------------------------------------------------
    def mobile_cn(self):
        return self._unique(lambda: "1380000" + f"{self.r.randrange(10000):04d}")

    def mobile_tw(self, dashed=True):
        n = f"{self.r.randrange(1000000):06d}"
        return self._unique(lambda: f"0900-{n[:3]}-{n[3:]}" if dashed else f"0900{n}")

    def mobile_in(self):
        return self._unique(lambda: "90000" + f"{self.r.randrange(100000):05d}")

    def phone_us(self):
        return self._unique(lambda: f"({self.r.randrange(200, 990)}) 555-01{self.r.randrange(100):02d}")

    def email(self, local):
        return f"{local}@{self.pick(['example.com', 'example.org', 'example.net'])}"

    # places -----------------------------------------------------------------------------------
    def address_cn(self, city=None):
        prov, c, districts = city or self.pick(CITIES_CN)
        return f"{c}{self.pick(districts)}{self.pick(ROADS_CN)}{self.r.randrange(1, 300)}号"

    def address_tw(self):
        c, districts = self.pick(CITIES_TW)
        return f"{c}{self.pick(districts)}{self.pick(ROADS_TW)}{self.r.randrange(1, 200)}號"

    # dates ------------------------------------------------------------------------------------
    def date(self, start, end):
        a, b = start.toordinal(), end.toordinal()
        return datetime.date.fromordinal(self.r.randrange(a, b + 1))


def workbook():
    wb = Workbook()
    # A fixed creation time keeps regenerated files byte-stable apart from the zip clock.
    wb.properties.creator = "corpus generator"
    wb.properties.created = datetime.datetime(2024, 1, 1)
    wb.properties.modified = datetime.datetime(2024, 1, 1)
    return wb


def save(wb, name, libreoffice=None):
    """
    Writes files/<name>. With libreoffice set to a filter ("xlsx", "xls", "ods"), the workbook is
    first written by openpyxl, then opened and saved by LibreOffice: formulas get computed
    values, and the file is one another producer wrote.
    """
    os.makedirs(FILES, exist_ok=True)
    path = os.path.join(FILES, name)
    if not libreoffice:
        wb.save(path)
        return path
    filters = {"xlsx": "xlsx:Calc MS Excel 2007 XML", "xls": "xls:MS Excel 97", "ods": "ods"}
    with tempfile.TemporaryDirectory() as tmp:
        stem = os.path.splitext(name)[0]
        raw = os.path.join(tmp, "in", stem + ".xlsx")
        os.makedirs(os.path.dirname(raw))
        wb.save(raw)
        out = os.path.join(tmp, "out")
        subprocess.run(["soffice", "--headless", "--calc", "--convert-to", filters[libreoffice], "--outdir", out, raw],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       env={**os.environ, "HOME": tmp})
        shutil.copy(os.path.join(out, stem + "." + libreoffice), path)
    return path


def _save_rewritten(wb, name, rewrite):
    """Writes files/<name>, each worksheet's XML passed through rewrite(member name, text)."""
    os.makedirs(FILES, exist_ok=True)
    path = os.path.join(FILES, name)
    with tempfile.TemporaryDirectory() as tmp:
        raw = os.path.join(tmp, "raw.xlsx")
        wb.save(raw)
        with zipfile.ZipFile(raw) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
            for item in zin.infolist():
                data = zin.read(item.filename)
                if item.filename.startswith("xl/worksheets/sheet"):
                    text = data.decode("utf-8")
                    changed = rewrite(item.filename, text)
                    if changed != text:
                        data = changed.encode("utf-8")
                zout.writestr(item, data)
    return path


def save_with_cached_results(wb, name, columns, cell, sheet="xl/worksheets/sheet1.xml"):
    """
    Writes files/<name> with a last result cached in each formula cell of the given columns, as
    Excel or Google Sheets leave them (openpyxl writes formulas without one). cell(col, row, attrs,
    formula) returns the cell's XML: the formula with its cached value, e.g. an error (t="e").
    """
    pattern = re.compile(r'<c r="([' + columns + r'])(\d+)"([^>]*?)(?: t="\w+")?><f>(.*?)</f><v\s*/?>(?:</v>)?</c>')

    def rewrite(member, text):
        if member != sheet:
            return text
        return pattern.sub(lambda m: cell(m.group(1), int(m.group(2)), m.group(3), m.group(4)), text)

    return _save_rewritten(wb, name, rewrite)


class CachedFormulas:
    """
    Formulas on any sheet of a workbook with the last result Excel or Google Sheets cached in each
    (openpyxl writes formulas without one): formula() writes a cell and remembers its result,
    save() writes files/<name> with every result in place. A result may be a number, a text, an
    error ("#NAME?", written as one) or empty ("" or None: the formula computed nothing).
    """
    CELL = re.compile(r'<c r="([A-Z]+\d+)"([^>]*?)(?: t="\w+")?><f>(.*?)</f><v\s*/?>(?:</v>)?</c>')

    def __init__(self):
        self.results = {}

    def formula(self, ws, ref, text, cached):
        ws[ref] = text
        self.results[(ws.title, ref)] = cached

    @staticmethod
    def _cell(values, m):
        ref, attrs, text = m.group(1), m.group(2), m.group(3)
        value = values.get(ref)
        if value is None or value == "":
            return f'<c r="{ref}"{attrs} t="str"><f>{text}</f><v></v></c>'
        if isinstance(value, str) and value.startswith("#"):
            return f'<c r="{ref}"{attrs} t="e"><f>{text}</f><v>{value}</v></c>'
        if isinstance(value, str):
            return f'<c r="{ref}"{attrs} t="str"><f>{text}</f><v>{value}</v></c>'
        return f'<c r="{ref}"{attrs}><f>{text}</f><v>{value}</v></c>'

    def save(self, wb, name):
        sheet_files = {w.title: f"xl/worksheets/sheet{i + 1}.xml" for i, w in enumerate(wb.worksheets)}
        by_file = {}
        for (title, ref), value in self.results.items():
            by_file.setdefault(sheet_files[title], {})[ref] = value

        def rewrite(member, text):
            values = by_file.get(member)
            return text if values is None else self.CELL.sub(lambda m: self._cell(values, m), text)

        return _save_rewritten(wb, name, rewrite)


def rows_into(ws, rows, start_row=1):
    for i, row in enumerate(rows):
        for j, value in enumerate(row):
            if value is not None:
                ws.cell(start_row + i, j + 1, value)
