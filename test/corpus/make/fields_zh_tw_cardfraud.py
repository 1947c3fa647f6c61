"""
Shape of a data-contest team's field sheet as chia313339/T_Brain_AI keeps it ("活頁簿1.xlsx", commit
a3664c291e16703ceb28d0da9885cf7ea77e6059): the columns of a bank's credit-card transaction set for a
fraud-detection contest, with what each means and a profile of the training data.

- One sheet "工作表1", header in row 1: 序列 / 欄位 / 說明 / 資料類型 / 新型態 / 是否移除 / 缺失值 / 元素個數;
  23 rows, one per field (bacno 歸戶帳號, txkey 交易序號, locdt 授權日期, … fraud_ind 盜刷註記): its number, code,
  Chinese meaning, type (int / factor), two columns left empty for the team's decisions, the count of
  missing values and of distinct values.
Values invented: the missing and distinct counts (the field list is the contest's published schema).
"""
from fake import Fake, workbook, save

f = Fake("fields-zh-tw-cardfraud")
FIELDS = [("bacno", "歸戶帳號", "int"), ("txkey", "交易序號", "int"), ("locdt", "授權日期", "int"), ("loctm", "授權時間", "int"),
          ("cano", "交易卡號", "int"), ("contp", "交易類別", "int"), ("etymd", "交易型態", "int"), ("mchno", "特店代號", "int"),
          ("acqic", "收單行代碼", "int"), ("mcc", "MCC_CODE", "int"), ("conam", "交易金額-台幣(經過轉換)", "int"),
          ("ecfg", "網路交易註記", "factor"), ("insfg", "分期交易註記", "factor"), ("iterm", "分期期數", "int"),
          ("stocn", "消費地國別", "int"), ("scity", "消費城市", "int"), ("stscd", "狀態碼", "int"), ("ovrlt", "超額註記碼", "factor"),
          ("flbmk", "Fallback註記", "factor"), ("hcefg", "支付形態", "int"), ("csmcu", "消費地幣別", "int"),
          ("flg_3dsmk", "3DS交易註記", "factor"), ("fraud_ind", "盜刷註記", "int")]
rows_total = f.r.randrange(1400000, 1600000)
missing = f.r.randrange(9000, 14000)
DISTINCT = {"bacno": f.r.randrange(90000, 99000), "txkey": rows_total, "locdt": 90, "loctm": f.r.randrange(80000, 86000),
            "cano": f.r.randrange(120000, 135000), "contp": 7, "etymd": 11, "mchno": f.r.randrange(85000, 92000),
            "acqic": f.r.randrange(5800, 6300), "mcc": f.r.randrange(420, 450), "conam": f.r.randrange(70000, 75000),
            "iterm": 9, "stocn": f.r.randrange(98, 110), "scity": f.r.randrange(5500, 5900), "stscd": 5, "hcefg": 9,
            "csmcu": f.r.randrange(68, 76)}
wb = workbook()
ws = wb.active
ws.title = "工作表1"
ws.append(["序列", "欄位", "說明", "資料類型", "新型態", "是否移除", "缺失值", "元素個數"])
for i, (code, meaning, kind) in enumerate(FIELDS):
    miss = missing if code in ("flbmk", "flg_3dsmk") else 0
    ws.append([i + 1, code, meaning, kind, None, None, miss, DISTINCT.get(code, 2)])
save(wb, "fields-zh-tw-cardfraud.xlsx")
