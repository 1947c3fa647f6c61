"""
Shape of PaGamO2B/bonio-seo-serpwow output/seo_rankings_20260821.xlsx (commit
689d6dacbcfe40b85d0fbf1b1b180d82eded1d1c): the daily output of a Taiwanese ed-tech company's SEO
rank tracker, written by a scheduled Python job with openpyxl (one sheet Sheet1, everything text,
no widths). Headers Keyword, Rank/Position, URL shown, Timestamp; 33 Traditional-Chinese search
keywords (社會責任, 企業csr, 數位轉型, 線上活動, esg案例, 企業內訓, 新人訓練 …). The search API rejected
every call, so each row holds "ERROR" as the rank, the HTTP error with the full request URL
(percent-encoded keyword, gl=tw, hl=zh-tw) where the ranking URL should be, and the same run time
as text. A keyword-tracking report: nothing a key-account manager would import. The API key in
the URLs is replaced by a placeholder; the keyword list is reworded.
"""
from urllib.parse import quote

from fake import workbook, save

KEYWORDS = ["社會責任", "社會責任例子", "企業回饋社會的例子", "企業csr", "csr活動", "csr案例", "教育csr", "企業公益", "企業公益形象",
            "公益活動有哪些", "數位轉型", "數位轉型定義", "數位轉型案例", "中小企業數位轉型", "線上活動", "線上活動案例", "線上活動企劃",
            "線上互動設計", "esg案例", "企業永續經營", "企業培訓", "企業內訓", "員工教育訓練", "企業內訓課程", "csr是什麼",
            "CSR企業社會責任", "esg 意思", "永續教育", "永續企業", "新人訓練", "線上新人訓練", "sdgs教育", "永續發展教育"]
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(["Keyword", "Rank/Position", "URL shown", "Timestamp"])
for k in KEYWORDS:
    url = ("https://api.serpwow.com/live/search?api_key=EXAMPLEKEY0000000000000000000000&q=" + quote(k)
           + "&gl=tw&hl=zh-tw&device=desktop&search_type=web&num=100")
    ws.append([k, "ERROR", "400 Client Error: Bad Request for url: " + url, "2026-08-21 10:39:44"])
save(wb, "seo-zh-tw-keywordranks.xlsx")
