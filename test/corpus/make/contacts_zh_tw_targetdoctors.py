"""
Shape of GibsonFu/xolairmmp "Xolair 客戶清單檢查.xlsx" (at commit 9f49c77): a Taiwanese pharmaceutical rep
team's check of the target-doctor list it took over for one respiratory product (Excel 365): one sheet
原諾華名單 ('the original list'), header in row 1 under an autofilter, frozen below the header, no title,
every cell text. One row per target doctor: Specialty in English (Pulmonology on most; Internal
Medicine, Pediatrics, Rheumatology, Pediatric Pulmonology, Geriatrics …), Tiering (T1/T2), 業代碼 (the
rep's territory), 員工姓名 (the rep; the vacant territory shows its code instead), 客戶代號 (a letter and
six digits, one ten-digit new code), 客戶名稱 (a short hospital name), 聯絡人姓名, 科別 (胸腔內科 on most,
其他科, 風濕免疫科), 職稱 (主治醫師, 部/科主任, 兼任醫師, 副院長). Rows in blocks per territory, within it
per hospital; every hospital has one rep; two part-time doctors are listed at two hospitals. 290
doctors at 84 hospitals, as in the source. Values invented.
"""
from openpyxl.worksheet.filters import AutoFilter

from fake import GIVEN_TW, SURNAMES_TW, Fake, save, workbook

f = Fake("contacts-zh-tw-targetdoctors")
N, HOSPITALS = 290, 84
PLACES = ["基隆", "台北", "北市", "新北", "林口", "桃園", "新竹", "台中", "彰化", "嘉義", "台南", "高雄", "屏東", "宜蘭", "花蓮"]
STEMS = ["長佑", "博仁", "安康", "慈惠", "仁濟", "聖恩", "信義", "康寧", "宏恩", "德生", "光明", "新生", "普仁", "惠民", "弘道",
         "佑心", "榮民", "祐生", "敏恩", "維德"]
SHAPES = ["{p}{s}", "{s}{p}", "{p}{s}醫院", "{s}{p}分院", "{p}市立{s}", "{s}醫學中心"]
TERRITORIES = [("SC11", "潘志明"), ("SC12", "王俊傑"), ("SC13", "陳建宏"), ("SC21", "胡冠宇"), ("SC22", "曾怡君"), ("SC31", "柯承恩"),
               ("SC32", "王雅婷"), ("SC33", "黃家豪"), ("SC41", "蔡宗翰"), ("SC42", "林佳穎"), ("SC43", "賴柏翰"), ("SC44", "SC44")]
SPECIALTY = [("Pulmonology", "胸腔內科")] * 60 + [("Internal Medicine", "其他科")] * 2 + [("Pediatrics", "其他科")] * 2 + \
    [("Rheumatology", "風濕免疫科"), ("Pediatric Pulmonology", "其他科"), ("Geriatrics", "其他科"), ("Infectious Diseases", "其他科")]


def hospital_name():
    return f._unique(lambda: f.pick(SHAPES).format(p=f.pick(PLACES), s=f.pick(STEMS)))


def doctor():
    return f._unique(lambda: f.pick(SURNAMES_TW) + f.pick(GIVEN_TW) + f.pick(GIVEN_TW))


# Hospitals spread over the territories, each with a code; one ten-digit new code.
weights = [6, 9, 7, 6, 9, 8, 6, 8, 5, 7, 7, 6]
hospitals = []
for t, count in zip(TERRITORIES, weights):
    for _ in range(count):
        letter = f.pick("CCCCCCFFLDBA")
        code = f._unique(lambda: f"{letter}{f.r.randrange(1, 60):04d}{f.pick(['00', '01', '02', '05', '06', '07', '08', '11'])}")
        hospitals.append((t, code, hospital_name()))
hospitals[97 % len(hospitals)] = (hospitals[97 % len(hospitals)][0], "2022100001", hospitals[97 % len(hospitals)][2])
assert len(hospitals) == HOSPITALS

# Doctors per hospital: 1 to 15, summing to N.
sizes = [1] * HOSPITALS
for _ in range(N - HOSPITALS):
    i = f.r.randrange(HOSPITALS) if f.chance(0.6) else f.r.randrange(0, HOSPITALS, 7)
    if sizes[i] < 15:
        sizes[i] += 1
    else:
        sizes[sizes.index(min(sizes))] += 1

rows = []
for (territory, code, name), size in zip(hospitals, sizes):
    for k in range(size):
        spec, dept = f.pick(SPECIALTY)
        title = "部/科主任" if k == 0 and size > 3 and f.chance(0.7) else f.pick(["主治醫師"] * 14 + ["部/科主任"] * 2 + ["兼任醫師", "副院長"])
        rows.append([spec, "T1" if f.chance(0.39) else "T2", territory[0], territory[1], code, name, doctor(), dept, title])

# Two part-time doctors also listed at a second hospital of another territory.
for src, dst in ((10, 150), (60, 230)):
    twin = list(rows[dst])
    twin[6], twin[7], twin[8] = rows[src][6], rows[src][7], "兼任醫師"
    rows[dst] = twin

wb = workbook()
ws = wb.active
ws.title = "原諾華名單"
ws.append(["Specialty", "Tiering", "業代碼", "員工姓名", "客戶代號", "客戶名稱", "聯絡人姓名", "科別", "職稱"])
for r in rows:
    ws.append(r)
ws.auto_filter = AutoFilter(ref=f"A1:I{len(rows) + 1}")
ws.freeze_panes = "A2"
for col, width in zip("ABCDEFGHIJ", [19.86, 10.86, 10.86, 11.0, 14.13, 18.0, 14.13, 14.27, 13.13, 8.73]):
    ws.column_dimensions[col].width = width
save(wb, "contacts-zh-tw-targetdoctors.xlsx")

if __name__ == "__main__":
    import json
    import sys
    if len(sys.argv) > 1:
        json.dump(rows, open(sys.argv[1], "w"), ensure_ascii=False)
