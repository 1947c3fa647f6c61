"""
Shape of crisrui7/hk-insurance-dividend "ctf_sample_data.csv" (at commit 3fc49dc0304826a4f2a25256fb39515ec706dbb1): a
Hong Kong life insurer's published dividend fulfilment ratios, written by a scraper's sample-data script for a
comparison tool, UTF-8 without BOM, LF line ends. English snake_case header: company / product_name / product_type /
category / currency / policy_year / fulfillment_rate / status / data_year / last_updated, then one row per product ×
dividend kind (週年紅利, 終期紅利, 復歸紅利, 終期分紅) × currency × policy year: the insurer's name in simplified
characters, product names in 「」 with traditional and simplified characters mixed, 分紅人壽保險, 美元 / 港元 / 人民幣,
the policy year 1…11, the ratio 100.0 or empty, a status word (normal, discontinued, not_launched, no_termination,
no_dividend, not_reached_yet), 2024 and an ISO date. 48 rows, no quoting needed.
Values invented: insurer and product names, ratios and statuses.
"""
import os

from fake import FILES, Fake

f = Fake("dividends-zh-hk-fulfilmentratios")
COMPANY = "富泰人寿"
# product, [(category, currency, years, status of each year)]
PLANS = [
    ("「永承」壽險計劃", [("週年紅利", "美元", ["discontinued", "normal", "normal", "normal", "normal", "not_launched"]),
                     ("終期紅利", "美元", ["discontinued", "no_termination", "normal", "normal", "normal", "not_launched"])]),
    ("「丰盈100」壽險計劃", [("週年紅利", "美元", ["normal"] * 11),
                        ("終期紅利", "美元", ["no_dividend", "no_dividend"] + ["normal"] * 9)]),
    ("「金龍 68」壽險計劃", [("週年紅利", "美元", ["no_dividend", "no_dividend", "no_dividend", "not_launched"]),
                        ("終期紅利", "美元", ["no_termination", "normal", "no_termination", "not_launched"])]),
    ("「薪火 • 傳家」儲蓄壽險計劃2（尊尚版）", [("復歸紅利", "美元", ["not_reached_yet"]), ("復歸紅利", "港元", ["not_reached_yet"]),
                                   ("復歸紅利", "人民幣", ["not_reached_yet"]), ("終期分紅", "美元", ["not_reached_yet"]),
                                   ("終期分紅", "港元", ["not_reached_yet"]), ("終期分紅", "人民幣", ["not_reached_yet"])]),
]
lines = ["company,product_name,product_type,category,currency,policy_year,fulfillment_rate,status,data_year,last_updated"]
for product, blocks in PLANS:
    for category, currency, statuses in blocks:
        for year, status in enumerate(statuses, start=1):
            rate = "100.0" if status == "normal" else ""
            lines.append(",".join([COMPANY, product, "分紅人壽保險", category, currency, str(year), rate, status, "2024",
                                   "2026-02-06"]))
os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "dividends-zh-hk-fulfilmentratios.csv"), "w", encoding="utf-8", newline="") as fh:
    fh.write("\n".join(lines) + "\n")
