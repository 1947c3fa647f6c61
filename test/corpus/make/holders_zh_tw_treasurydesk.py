"""
Shape of mark838308/Mark-Wang "主要持有者完整明細表.xlsx" (at commit 53a07ed210e1f88b762b7b6d2acc054b9d2cd59f):
a Taiwanese bank dealer's note on who holds US marketable Treasury debt, saved from a Reuters (Eikon) Excel
session, one sheet 主要持有者完整明細表: a bold centred title merged over A1:G1 (美國政府可流通債務有價證券
主要持有者明細（…最新數據）), the header on row 2 (排名 / 持有者 / 類別 / 持有金額（兆美元） / 佔可流通債務比例 /
近期趨勢 / 備註, no styling) and nine holder groups below, every cell text and left-aligned: the rank as text
'1'…'9', the holder group as '中文名 English name', its kind (外國持有者（合計）, 中央銀行, 國內機構 …),
the amount as text '$8.50兆', the share as '~29.8%', the trend as '+…' / '-…' text and a remark. Column A is
15.7 wide. Market statistics for a desk, no client anywhere.
Values invented: the groups are reworded and every amount, share, trend and remark is made up.
"""
from openpyxl.styles import Alignment, Font

from fake import Fake, save, workbook

f = Fake("holders-zh-tw-treasurydesk")
wb = workbook()
wb.properties.lastModifiedBy = "Reuters"
ws = wb.active
ws.title = "主要持有者完整明細表"
ws["A1"] = "美國政府可流通債務有價證券主要持有者明細（2025年11月估計數據）"
ws["A1"].font = Font(bold=True)
ws["A1"].alignment = Alignment(horizontal="center")
ws.merge_cells("A1:G1")
for i, h in enumerate(["排名", "持有者", "類別", "持有金額（兆美元）", "佔可流通債務比例", "近期趨勢", "備註"]):
    ws.cell(2, i + 1, h)

GROUPS = [
    ("海外官方及民間投資人 Overseas Holders", "外國持有者（合計）", 8.1, "+$87Bn（10月）", "日本、英國、中國大陸為前三大；資料每月延遲兩個月公布"),
    ("聯準會公開市場帳戶 Fed SOMA", "中央銀行", 4.4, "-縮表尾聲", "縮表後餘額回落，市場預期明年停止縮減"),
    ("美國共同基金 Mutual Funds", "國內機構", 3.9, "+持續流入", "貨幣市場基金偏好短天期國庫券"),
    ("退休基金與壽險業 Pensions & Insurers", "國內機構", 3.2, "+平穩", "長天期債券做資產負債配對"),
    ("聯邦信託基金 Federal Trust Funds", "政府內部", 2.7, "-逐年下降", "社會安全信託基金為主，另含醫療與公務員退休基金"),
    ("個人及非營利組織 Households", "國內個人", 2.2, "+增加", "高利率吸引個人直接認購"),
    ("商業銀行 Commercial Banks", "國內金融機構", 1.7, "-小幅減少", "作為流動性準備；部分銀行調降長債部位"),
    ("州及地方政府 State & Local", "政府", 0.6, "+平穩", "現金管理及準備金用途"),
    ("其他 Others（避險基金等）", "其他", 0.8, "+", "含避險基金、交易商庫存及其他"),
]
total = sum(g[2] for g in GROUPS) / 0.98
for n, (holder, kind, amount, trend, note) in enumerate(GROUPS, start=1):
    row = [str(n), holder, kind, f"${amount:.2f}兆", f"~{amount / total * 100:.1f}%", trend, note]
    for j, v in enumerate(row):
        c = ws.cell(2 + n, j + 1, v)
        c.alignment = Alignment(horizontal="left")
ws.column_dimensions["A"].width = 15.7109375
save(wb, "holders-zh-tw-treasurydesk.xlsx")
