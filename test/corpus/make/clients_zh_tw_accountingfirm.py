"""
Shape of Waynegg8/horgoscpa "活頁簿1.csv" (at commit f8e46e8): a Taiwanese accounting firm's client
list, saved from Excel as CSV in Big5 (code page 950: a character outside it became "?"), LF line
ends, multi-line notes in quotes. One row per client company (short names, no 有限公司), 23 columns:
統一編號 (the eight-digit business number, leading zeros kept), 公司名稱, 狀態 (營業 / 停業), 負責 (the firm's
staff member in charge, given name only; rows come in blocks per staff member), 聯絡人1 (the person
the firm deals with, usually with a role: 負責人…, 會計…, …會計師, 財務經理…, 老闆娘…, …小姐; another
client's accountant for related companies), 聯絡人2 (rare), 電話 (rare: one landline with an
extension on two related companies), Mail ("無" for none, or empty, or an address), 發票數(月) (invoices
a month, written the way Excel's accounting format shows them: " 20 ", " -   ", " 1,000 " quoted),
then twelve service columns marked V (記帳 bookkeeping, 營業稅, 營所稅, 二代健保, 扣繳, 暫繳, 盈餘分配,
股東平台, 簽證, 執行業務, 機關團體, 工商) — full for the first staff member's clients, mostly bookkeeping
alone for the last one's, none for prospects awaiting a quote —, 難度1-5 (empty on every row) and 備註
(working notes: numbered items in one line or over several lines, "無。", who referred the client,
related companies). Values invented (the original holds the firm's real clients, contacts and
e-mail addresses).
"""
import csv
import io
import os

from fake import FILES, Fake

f = Fake("clients-zh-tw-accountingfirm")

HEADER = ["統一編號", "公司名稱", "狀態", "負責", "聯絡人1", "聯絡人2", "電話", "Mail", "發票數(月)", "記帳", "營業稅", "營所稅",
          "二代健保", "扣繳", "暫繳", "盈餘分配", "股東平台", "簽證", "執行業務", "機關團體", "工商", "難度1-5", "備註"]
NAME_CHARS = "仟鑽日央進昇有泩彥輝睿杰梅川天青米吉翱祥振中昊遠大士邦爵特舜國群亨慶易明品順黃蘋御饗宸鳴淼無藏冠果思嘉人豪辰榮建安永信廉風輝律一橋快得盛鈺金溢優治正茵喜田澤馥樂尚銀偉光前景比如志恆范特吉市成裕福記興和芯萊基龍門八福"
SUFFIX = ["", "", "", "", "科技", "國際", "投資", "生技", "文化事業", "管顧", "商標", "地政", "食品", "工業"]
STAFF = ["紜蓁", "柏澄", "凱閔"]
NOTES_FULL = ["雙月底提醒客戶單月5日前提供憑證", "1.憑證約單月10號會送過來。2.要繳營業稅，收到後先處理(自繳)。",
              "1.核金流(跟客戶要存摺內頁掃描檔)", "1.單月10號收憑證。", "1.單月5號前通知客戶郵寄營業稅資料。2.有外銷(零稅率)",
              "1.每期申報營業稅都要按T(進項稅分攤產生-直扣法)。2.年底申報營業稅要按T-Y-Z。", "1.營業稅檢查兩次，客戶不喜歡有錯誤及更正。",
              "定期使用自然人憑證下載勞健保勞退資料(客戶有授權)", "上班時間比較晚1030", "1.要收租金(代收)",
              "1.雙月底就可以提醒客戶單月5日前寄出憑證。", "繳款單部分用MAIL，LINE通知",
              "1.單月5號前通知客戶郵寄營業稅資料。10號還沒收到要再次提醒客戶。2.營業稅要繳稅優先處理"]
NOTES_LONG = ["1.需要開立發票的話，請提前通知{p}。\n2.{p}偶爾會開發票給自己的事務所，申報營業時要跟其確認本期有無開立發票。",
              "當年度有土地買賣的話要請{p}會計師簽證。", "每期都要開租金發票。", "總所聯絡人為{p}小姐。\n",
              "1.專做外銷，外幣計價採移動平均法。\n2.公司自行購買發票。\n3.關係企業為{c}公司\n4.暫結、結帳時需要調整其他應收款餘額。\n5.接班人為小兒子{p}，近年有家族財產問題需處理，會詢問會計師意見。",
              "銷貨有分40%訂金、50%交機、10%驗收，暫結、結帳時需要跟{p}確認預收貨款金額。", "1.{c}老闆自己開的公司。\n2.沒有其他憑證，只有記帳費要入帳。",
              "資料要同步提供給{p}會計師，其會為協會分析、編製財報。", "1.會計師的朋友，要謹慎處理。\n2.每兩個月會將資料拿過來事務所。",
              "1.資料要同步EMAIL給負責人信箱。\n2.負責人在大陸工作，每年回臺灣1-2次。\n", "1.公司剛開始營業。\n2.有電子發票，營業稅時要下載。",
              "負責人為?{g}，其有打算過戶房子，到時要買發票，再跟會計師確認。", "1.{c}公司的關係企業。\n2.專營投資公司。",
              "{p}律師介紹的，要謹慎處理。", "監察人為{p}。"]
ROLES = ["負責人{p}", "會計{p}", "{p}會計師", "財務經理{p}", "老闆娘{p}", "助理{p}", "行政{p}", "{s}小姐", "{p}", "會計{s}小姐",
         "{p}專利師", "{p}地政士", "經理{p}"]


def company():
    return f._unique(lambda: "".join(f.pick(NAME_CHARS) for _ in range(f.pick([2, 2, 2, 3]))) + f.pick(SUFFIX))


def ban():
    return f._unique(lambda: f"{f.r.randrange(0, 100000000):08d}" if f.chance(0.06)
                     else f"{f.r.randrange(10000000, 99999999)}")


def contact():
    p = f.name_tw()
    return f.pick(ROLES).format(p=p, s=p[0])


def invoices():
    n = f.pick([5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 60, 75, 90, 125, 150, 160, 200, 410, 1000])
    return f" {n:,} "


rows = []
referrer = f.name_tw()
for block, (staff, size) in enumerate(zip(STAFF, [20, 8, 40])):
    for i in range(size):
        name = company()
        status = "停業" if block == 0 and i >= size - 2 else "營業"
        c1 = contact()
        c2 = ""
        mail = "無" if block < 2 else ""
        if f.chance(0.2):
            mail = f.email(f"acct{f.r.randrange(100, 999)}")
        inv = invoices() if f.chance(0.8 if block < 2 else 0.35) else (" -   " if block < 2 and f.chance(0.3) else "")
        flags = [""] * 12
        if block < 2:
            flags[:8] = ["V"] * 8
            if f.chance(0.15):
                flags[f.r.randrange(0, 8)] = ""
            if status == "停業":
                flags = ["", "", "V", "V", "V", "", "", "V", "", "", "", ""]
                inv = ""
            note = f.pick(NOTES_FULL) if status == "營業" else ""
        else:
            if i < 28:
                flags[0] = "V"
            if f.chance(0.2):
                flags[8] = "V"
            note = f.pick(NOTES_LONG + ["無。"] * 6) if i < 34 else "跟會計師確認報價金額。"
            note = note.format(p=f.name_tw(unique=False), c=f.pick([r[1] for r in rows] or [name]), g=f.name_tw()[1:])
            if f.chance(0.15):
                c2 = f.pick(["老闆娘{p}", "負責人{p}", "姐姐{p}", "工務{p}"]).format(p=f.name_tw())
        rows.append([ban(), name, status, staff, c1, c2, "", mail, inv] + flags + ["", note])

# The first staff member's long first note, over one line with numbered items.
rows[0][22] = ("1.每月月底跟客戶約收憑證回來記帳，每月5日前(遇假日可彈性延後)給上個月報表(印資產負債表、損益表、傳票) "
               "2.每月記帳(核金流)，要申報營業稅的進項扣抵聯另外放，傳票後面釘收執聯。3.年底要做應付利息、應付薪資"
               "4.記帳完要列印當月資產負債表、損益表、財產目錄，送報表給負責人。")
rows[0][17] = "V"
rows[0][20] = "V"
rows[0][10:17] = [""] * 7
# Two related companies share one accountant, her landline with an extension and one e-mail.
shared = f"士邦會計{f.name_tw()[0]}小姐"
landline = f"04-2300{f.r.randrange(1000, 9999)}#202"
for r in (13, 14):
    rows[r][4] = shared
    rows[r][6] = landline
    rows[r][7] = "shibang.acct@example.com"
rows[13][8] = " 1,000 "
# Several clients share one referring accountant as their contact.
for r in (29, 31, 32, 34, 50, 51, 58):
    rows[r][4] = f"{referrer}會計師"
# The last staff member's newest prospects: no services yet.
for r in rows[56:]:
    r[9:21] = [""] * 12

text = io.StringIO()
writer = csv.writer(text, lineterminator="\n")
writer.writerow(HEADER)
writer.writerows(rows)
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "clients-zh-tw-accountingfirm.csv"), "wb") as out:
    out.write(text.getvalue().encode("big5"))

if __name__ == "__main__":
    if os.environ.get("SHOW"):
        for n, row in enumerate(rows, start=2):
            print(n, row)
