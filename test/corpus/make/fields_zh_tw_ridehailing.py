"""
Shape of the field dictionary that came with a Taiwanese ride-hailing trip dataset in a MaaS (mobility as a
service) analysis project, as hank1101444/Maas keeps it ("yoxi_欄位說明.xlsx", commit
643251fa69e8b0d3bc2d144fb02296fdce94a383).

- One sheet, 欄位說明, A1:C17: header 欄位名稱 / 欄位說明 / 備註, then one row per column of the trip file:
  the coded column name ('yoxi_0' … 'yoxi_15'), its meaning in 繁體 (行程編號, 司機代號, 乘客編號 with a
  trailing space, 行程開始時間, 上車經緯度, 行駛公尺數, 司機取消代碼, 乘車小費, 乘客偏好代碼 …) and a note
  (how it was anonymised, what 0 / 1 mean; one note runs over two lines in the cell).
Wording re-phrased and the ride service's name invented ('ride' prefix): no personal data in the source either.
A data dictionary: a person imports nothing.
"""
from openpyxl.styles import Alignment

from fake import workbook, save

ROWS = [
    ("行程編號", "每趟行程由系統產生之唯一序號"),
    ("司機代號", "該趟行程之司機代碼(已亂數處理)"),
    ("乘客編號 ", "該趟行程之乘客代碼(已亂數處理)"),
    ("行程開始時間", "該次叫車行程之開始時間"),
    ("行程結束時間", "該次叫車行程之結束時間"),
    ("上車經緯度", "該趟行程之上車地點"),
    ("下車經緯度", "該趟行程之下車地點"),
    ("行駛分鐘數", "該趟行程之行駛時間合計"),
    ("行駛公尺數", "該趟行程之行駛距離合計"),
    ("司機取消代碼", "行程開始前是否遭司機取消 (0:否 1:是)"),
    ("乘客取消代碼", "行程開始前是否遭乘客取消 (0:否 1:是)"),
    ("叫車時間", "於APP叫車之時間"),
    ("訂單取消時間", "行程開始前遭取消之時間"),
    ("乘車小費", "乘客於APP付款時加給之小費金額"),
    ("乘客偏好代碼", "乘客可於APP設定之乘車偏好\n([空白]:無偏好 [1]:不放音樂 [2]:不要交談)"),
    ("乘車金額區間", "該次乘車總費用所屬之級距"),
]

wb = workbook()
ws = wb.active
ws.title = "欄位說明"
ws.append(["欄位名稱", "欄位說明", "備註"])
for i, (meaning, note) in enumerate(ROWS):
    ws.append([f"ride_{i}", meaning, note])
ws["C16"].alignment = Alignment(wrap_text=True)
ws.column_dimensions["A"].width = 12
ws.column_dimensions["B"].width = 14
ws.column_dimensions["C"].width = 48
save(wb, "fields-zh-tw-ridehailing.xlsx")
