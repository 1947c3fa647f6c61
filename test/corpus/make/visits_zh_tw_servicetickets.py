"""
Shape of Ken0206/excel_select_Column "download.xls" (at commit 8eb900e): the service tickets an IT
vendor's dispatch system (Maximo) exported for one key account, a Taiwanese telecom operator, as an
HTML table saved under the name .xls (UTF-8, no charset declared, no styles): one table, a header row
of 120 cells (客戶公司名稱 twice: the company, then the company ─ branch; 服務時段 / 合約開始日期 /
合約結束日期 twice; operation-time and operator columns for every ticket state, most of them empty),
then one row per ticket, newest first. Numbers and date-times sit in cells styled
'vnd.ms-excel.numberformat:@' (text): dates as yy-mm-dd hh:mm:ss. A ticket is a service the vendor's
engineer (SSR Name) gave the client: a database health check, general or on-site technical support,
a consultation; it names the client's person on about half, rarely an e-mail; its problem description,
service purpose, process, result, follow-up and the client's requests are long multi-line texts
(health-check checklists with ■/□). Status codes CLS (closed), ACS (accepted), and, from a week in
which the dispatch robot was being tested, empty OPN/ASG tickets and CAN tickets cancelled as
"RPA demo". The original starts with seven blank lines before <html>; they are left out here because
SheetJS (the corpus test's reader) reads such a file as plain text lines. Values invented.
"""
import datetime
import html
import os

from openpyxl.utils import get_column_letter

from fake import FILES, Fake

f = Fake("visits-zh-tw-servicetickets")

HEADERS = ["軟體報修", "STRUCNO", "客戶公司名稱", "客戶編號", "客戶公司名稱", "事件服務編號", "處理進度", "RCMS CALL NO", "是否補單",
           "是否強制開單", "是否SLA逾期", "是否重複報修", "報修時間", "SLA等級", "到場時限", "完成時限", "客戶姓名", "客戶Email", "客戶電話",
           "客戶地址", "合約號碼", "合約狀態", "維護資訊", "服務時段 (Mon-Fri)", "服務時段 (Sat)", "服務時段 (Sun)", "機器SN", "機器類型",
           "機器型號", "服務時段", "合約開始日期", "合約結束日期", "PMR No.", "LPAR", "相關Lpar", "軟體名稱", "軟體類別", "服務時段",
           "合約開始日期", "合約結束日期", "服務型式", "PMR目前狀態", "Defect", "AP Problem", "IBM Handle Time", "客戶系統別", "系統別描述",
           "客戶名稱（RCMS）", "服務地區-全地區", "服務地區-區域", "服務地區-縣市", "服務地區-分行", "服務地區-單位", "故障類型", "問題子類別",
           "Severity Level", "問題描述", "備註/CAG處理過程", "服務之目的或問題徵候之描述", "另約時間訊息", "Queue", "BP Manager Name",
           "SSR Name", "是否為ACCOUNT FSR", "NO, FSR IS", "工作項目", "其他(請說明)", "取消報修原因", "維修代碼1", "維修代碼2", "處理過程",
           "服務或測試結果", "是否需要追蹤或注意事項", "客戶交辦事項/意見", "案件創建時間", "創建者", "案件修改時間", "修改者", "OPN操作時間點",
           "OPN操作人", "EVR操作時間點", "EVR操作人", "WTF操作時間點", "WTF 操作人", "WTR操作時間點", "WTR操作人", "CCU操作時間點",
           "CCU操作人", "PCR操作時間點", "PCR操作人", "SCR操作時間點", "SCR操作人", "PCL操作時間點", "PCL操作人", "ASG操作時間點",
           "ASG操作人", "ADF 操作時間點", "ADF操作人", "PAK操作時間點", "PAK操作人", "ACS操作時間點", "ACS操作人", "APC 操作時間點",
           "APC操作人", "APF操作時間點", "APF操作人", "API操作時間點", "API操作人", "HPE操作時間點", "HPE操作人", "APS操作時間點",
           "APS操作人", "CNT操作時間點", "CNT操作人", "EXP操作時間點", "EXP操作人", "CLS操作時間點", "CLS操作人", "CAN操作時間點",
           "CAN操作人"]
assert len(HEADERS) == 120
COL = {}
for i, h in enumerate(HEADERS):
    COL.setdefault(h, i)
BRANCH_COMPANY = 4
TEXT_COLS = {1, 3, 5, 12, 14, 15, 17, 18, 26, 27, 28, 35, 38, 39, 56, 57, 58, 71, 72, 74, 76, 78, 94, 98, 100, 116, 118}

COMPANY = "台灣數聯電信股份有限公司"
BRANCH = COMPANY + "─南區分公司"
ENGINEERS = [("Vivian HC Lin", "VIVLIN"), ("Kevin PY Tsai", "KTSAI"), ("Jason WT Lo", "JASONLO"), ("Amber SY Kuo", "AMBERK"),
             ("Leo CH Fang", "LEOFANG"), ("Ray TS Yeh", "RAYYEH")]
SYSTEMS = [("BILL.N", "BILL.N012"), ("CRMX.M", "CRMX.M031"), ("OSS.N", "OSS.N044"), ("GWDB.D", "GWDB.D020"),
           ("NMS.N", "NMS.N007"), ("PAYX.N", "PAYX.N015"), ("SQM.N", "SQM.N014"), ("EBILL", "")]
SOFTWARE = ["IDS 11.50.FC9", "IDS 11.70.FC8", "IDS 12.10.FC10", "IDS 11.70.FC7"]
PEOPLE = [f.name_tw() for _ in range(7)]
CHECKS = ["資料庫系統資訊", "資料庫效能指標", "Auto Checkpoint", "資料庫資訊", "資料庫備份資訊", "DBSPACE 空間資訊", "DBSPACE 存取狀況",
          "CHUNK 空間資訊", "CHUNK 存取狀況", "Top 10 SQL COST", "最高I/O表格", "Table Extents >100", "Index Level >5",
          "超過七天未做UPDATE STATISTICS", "ONLINE.LOG分析", "ONCONFIG"]


def stamp(dt):
    return dt.strftime("%y-%m-%d %H:%M:%S")


def checklist(flagged):
    lines = []
    for i, item in enumerate(CHECKS, 1):
        bad = item in flagged
        lines.append(f"{i}. {item}: {'□ 正常 ■可調整' if bad else '■ 正常 □可調整'} □改善")
    return "\n".join(lines)


def base_row(no, when, status):
    row = [""] * 120
    row[0] = "Y"
    row[1] = "158204"
    row[2] = COMPANY
    row[3] = "760512"
    row[BRANCH_COMPANY] = BRANCH
    row[COL["事件服務編號"]] = str(no)
    row[COL["處理進度"]] = status
    for c in ("是否補單", "是否強制開單", "是否SLA逾期", "是否重複報修", "Defect", "AP Problem", "是否為ACCOUNT FSR"):
        row[COL[c]] = "N"
    row[COL["報修時間"]] = stamp(when)
    return row


rows = []
tickets = []  # what the label checks: (ticket no, visit date, purpose, next steps, client views)
no = 61940
when = datetime.datetime(2018, 10, 17, 14, 0, 0)
real_days = []
day = datetime.date(2018, 10, 17)
while day > datetime.date(2018, 3, 1):
    real_days.append(day)
    day -= datetime.timedelta(days=f.pick([1, 2, 3, 4, 6, 7]))

# the robot's test week: empty and cancelled tickets in early September
test_start = datetime.datetime(2018, 9, 7, 17, 12, 0)
tests = []
t = test_start
for i in range(24):
    status = "CAN" if f.chance(0.55) else f.pick(["OPN", "OPN", "ASG"])
    tests.append((t, status))
    t -= datetime.timedelta(minutes=f.r.randrange(1, 200), seconds=f.r.randrange(60))

events = []
for i, d in enumerate(real_days):
    hour = f.pick([(9, 30, 0), (13, 30, 0), (14, 0, 0), (10, 0, 0), (f.r.randrange(8, 19), f.r.randrange(60), f.r.randrange(60))])
    events.append((datetime.datetime(d.year, d.month, d.day, *hour), "ACS" if i == 0 else "CLS"))
for t, status in tests:
    events.append((t, status))
events.sort(key=lambda e: e[0], reverse=True)

for when, status in events:
    no -= f.r.randrange(3, 40)
    row = base_row(no, when, status)
    eng, code = ENGINEERS[0] if status in ("OPN", "ASG", "CAN") and f.chance(0.85) else f.pick(ENGINEERS)
    row[COL["SSR Name"]] = eng
    created = when - datetime.timedelta(minutes=f.r.randrange(0, 150), seconds=f.r.randrange(60))
    if status in ("OPN", "ASG", "CAN"):
        created = when
    row[COL["案件創建時間"]] = stamp(created)
    row[COL["創建者"]] = code
    modified = created + datetime.timedelta(minutes=f.r.randrange(1, 9), seconds=f.r.randrange(60))
    row[COL["案件修改時間"]] = stamp(modified)
    row[COL["修改者"]] = code
    row[COL["OPN操作時間點"]] = stamp(created + datetime.timedelta(minutes=f.r.randrange(0, 4), seconds=f.r.randrange(60)))
    row[COL["OPN操作人"]] = code
    row[COL["機器SN"]] = f.pick(["06C7D5R", "65B5892", "061FFBR", "06F2EEP", "HP001", "LIN00001"])
    kind = f.pick(["系統健檢", "系統健檢", "技術支援-一般", "技術支援-到場", "技術支援-到場"]) if status in ("CLS", "ACS") else \
        f.pick(["技術支援-一般", "技術支援-一般", "技術支援-到場", "系統健檢"])
    if status == "ACS":
        kind = "系統健檢"
    row[COL["故障類型"]] = kind
    if status in ("CLS", "ACS"):
        row[COL["SLA等級"]] = f.pick(["D", "D", "B"])
        row[COL["到場時限"]] = "0"
        row[COL["完成時限"]] = "0"
        row[COL["軟體類別"]] = "INFORMIX"
        row[36 + 1] = f.pick(["A", "A", "A", "C"])
        row[38] = "13-05-01"
        row[39] = "16-04-30"
        row[COL["軟體名稱"]] = f.pick(SOFTWARE)
        row[COL["LPAR"]] = f.pick(["DB1 (AIX 5.3)", "EBDB1 (AIX 7.1)", "CVDB1 (AIX 7.1)", "INDB1 (AIX 7.1)", "PNDB03"])
        if f.chance(0.15):
            row[COL["機器類型"]], row[COL["機器型號"]] = f.pick([("9117", "MMA"), ("9119", "595"), ("8231", "E2B")])
        row[COL["ASG操作時間點"]] = stamp(created + datetime.timedelta(minutes=4, seconds=f.r.randrange(60)))
        row[COL["ASG操作人"]] = "MAXIMO_DISPATCHER@EXAMPLE.COM"
        row[COL["PAK操作時間點"]] = stamp(when + datetime.timedelta(seconds=1))
        row[COL["PAK操作人"]] = code
        row[COL["ACS操作時間點"]] = stamp(when + datetime.timedelta(seconds=2))
        row[COL["ACS操作人"]] = code
        if status == "CLS":
            row[COL["CLS操作時間點"]] = stamp(when + datetime.timedelta(hours=f.pick([1, 3, 4, 8]), minutes=f.pick([0, 30])))
            row[COL["CLS操作人"]] = code
        sysname, sysdesc = f.pick(SYSTEMS)
        if f.chance(0.6):
            row[COL["客戶系統別"]] = sysname
            row[COL["系統別描述"]] = sysdesc
        if f.chance(0.55):
            row[COL["客戶姓名"]] = f.pick(PEOPLE)
            if f.chance(0.15):
                row[COL["客戶Email"]] = f.email("dbadmin")
        row[COL["服務型式"]] = f.pick(["到場", "到場", "", "", "遠端", "e-mail"])
        inst = f.pick(["ol_shm1", "ifxpd2", "gsms58", "nifx9_1", "tris_db"])
        if kind == "系統健檢":
            purpose = f.pick(["Health check report分析", "Health check report 分析", "Informix健診服務", "執行雙月份Informix健檢", "定期檢查"])
            flagged = [f.pick(CHECKS)] if f.chance(0.3) else []
            result = f"針對{sysname} instance {inst}解釋收集到的health check data\n{checklist(flagged)}"
            follow = f"{inst}\n1. {flagged[0]}\n建議安排時間調整，以免影響查詢效能。" if flagged else \
                f.pick(["本次健診結果一切正常", "本次健診結果一切正常", "1. 本次健診檢查項目正常", ""])
            row[COL["問題描述"]] = purpose
            row[COL["服務之目的或問題徵候之描述"]] = purpose
            row[COL["備註/CAG處理過程"]] = result if f.chance(0.7) else ""
        else:
            purpose = f.pick([f"{sysname} DB升版12.10 - 測試作業", "DB 同步相關問題諮詢", f"{inst} 有 chunk down，狀態停留在 CKPT",
                              "系統效能不佳", "配合主機升級至新版作業系統，請協助資料庫停機與啟動", "資料庫備份失敗，請協助確認"])
            result = f.pick(["1. 上傳 source\n2. 關閉舊版資料庫\n3. 安裝新版\n4. 修改 onconfig, sqlhosts 設定檔\n5. 開啟新版資料庫進行 convert",
                             "提供常用查詢db, table, columns 相關script", "電話確認另一台無 chunk down 的情況，先將 primary 切換後重新啟動",
                             "調整參數後重新執行，效能恢復正常"])
            follow = f.pick(["已完成", "已完成", "系統運作正常，無須調整。", "已將資料收集完成，會再提供相關報告", ""])
            row[COL["問題描述"]] = purpose if f.chance(0.9) else ""
            row[COL["服務之目的或問題徵候之描述"]] = purpose if f.chance(0.7) else ""
            row[COL["備註/CAG處理過程"]] = result if f.chance(0.5) else ""
            if f.chance(0.4):
                row[COL["問題子類別"]] = f.pick(["系統升版", "現場待命", "系統調整", "系統問題"])
        row[COL["服務或測試結果"]] = result
        row[COL["是否需要追蹤或注意事項"]] = follow
        views = ""
        if len(tickets) in (5, 23, 41):
            views = (["報修時間 17:59\n回應時間 17:59\n到場時間 20:05", "報修時間 18:35\n回應時間 分析log後回覆\n到場時間 N/A",
                            "==============================\n已請工程師完成監控設定並測試簡訊通報，後續將視實際使用情況調整，謝謝協助。"])[(5, 23, 41).index(len(tickets))]
        row[COL["客戶交辦事項/意見"]] = views
        tickets.append((str(no), when.date().isoformat(), purpose, follow, views))
    else:
        row[COL["SLA等級"]] = "D"
        if status == "ASG":
            row[COL["ASG操作時間點"]] = stamp(created + datetime.timedelta(minutes=3))
            row[COL["ASG操作人"]] = "MAXIMO_DISPATCHER@EXAMPLE.COM"
        row[COL["服務型式"]] = f.pick(["", "", "到場", "遠端", "e-mail"])
        if f.chance(0.2):
            row[COL["客戶姓名"]] = "王大明"
        if status == "CAN":
            row[COL["取消報修原因"]] = f.pick(["RPA demo", "RPA demo", "RPA demo", "RPa DEMO", "testing ticket for RPA", "RPA測試用", "temp"])
            row[COL["CAN操作時間點"]] = stamp(when + datetime.timedelta(hours=f.r.randrange(0, 30), minutes=f.r.randrange(60)))
            row[COL["CAN操作人"]] = f.pick(["KTSAI", code])
            if f.chance(0.3):
                row[COL["問題描述"]] = f.pick(["系統效能不佳", "資料庫crash", "<TEST>系統效能不佳", "asdfasdf", "RPA Technical issue"])
    rows.append(row)


def cell(i, value):
    if value and i in TEXT_COLS:
        return f"\t\t\t\t\t\t\t<td style= 'vnd.ms-excel.numberformat:@ '>{html.escape(value, quote=False)}</td>\n\n"
    return f"\t\t\t\t\t\t\t<td>{html.escape(value, quote=False)}</td>\n\n"


out = ["<html xmlns:x='urn:schemas-microsoft-com:office:excel' xmlns='http://www.w3.org/TR/REC-html40'>\n\n",
       "\t\t\t<head>\n\t\t\t\t<!--[if gte mso 9]>\n\t\t\t\t\t<xml>\n\t\t\t\t\t\t<x:ExcelWorkbook>\n\t\t\t\t\t\t\t<x:ExcelWorksheets>\n"
       "\t\t\t\t\t\t\t\t<x:ExcelWorksheet>\n\t\t\t\t\t\t\t\t\t<x:WorksheetOptions>\n\t\t\t\t\t\t\t\t\t\t<x:Selected/>\n"
       "\t\t\t\t\t\t\t\t\t</x:WorksheetOptions>\n\t\t\t\t\t\t\t\t</x:ExcelWorksheet>\n\t\t\t\t\t\t\t</x:ExcelWorksheets>\n"
       "\t\t\t\t\t\t</x:ExcelWorkbook>\n\t\t\t\t\t</xml>\n\t\t\t\t<![endif]\n\t\t\t\t-->\n\t\t\t</head>\n\n\t\t\t<body>\n\t\t\t\t<table>\n\t\t\t\t\t<tr>\n\n"]
for h in HEADERS:
    out.append(f"\n\t\t\t\t\t\t<td>\n\t\t\t\t\t\t\t{h}\n\t\t\t\t\t\t</td>\n\n")
out.append("\t\t\t\t\t</tr>\n\n")
for row in rows:
    out.append("\t\t\t\t\t\t<tr>\n\n")
    out.extend(cell(i, v) for i, v in enumerate(row))
    out.append("\t\t\t\t\t\t</tr>\n\t\t\t\t\t\n")
out.append("\t\t\t\t</table>\n\t\t\t</body>\n\t\t</html>\n\n")
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "visits-zh-tw-servicetickets.xls"), "w", encoding="utf-8", newline="\n") as fh:
    fh.write("".join(out))

if __name__ == "__main__":
    if os.environ.get("SHOW"):
        from collections import Counter
        print(len(rows), Counter(r[6] for r in rows))
        print("real tickets", len(tickets))
        for t in tickets[:6] + tickets[-3:]:
            print(t[0], t[1], t[2][:30], "|", t[3][:30].replace("\n", "/"), "|", t[4][:20].replace("\n", "/"))
        for t in tickets:
            if t[4]:
                print("VIEWS", t[0], t[1], t[2][:30], t[4][:30].replace("\n", "/"))
        print([get_column_letter(i + 1) + ":" + h for i, h in enumerate(HEADERS) if i in (2, 4, 5, 6, 12, 16, 17, 40, 53, 56, 57, 58, 62, 67, 71, 72, 73, 74, 116)])
