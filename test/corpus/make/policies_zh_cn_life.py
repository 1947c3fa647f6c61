"""
Shape of scott-wzp/src-AI-practice insurance/policy_data.xlsx: an insurer's policy list with
English snake_case headers and Chinese values — policy_id, age, gender (男/女), birth and
insurance regions (province names), income / education levels, occupation, marital status,
family size, policy_type (product names such as 守护百分百2021), policy_term ("20年"),
premium_amount, start and end dates as date-times, claim_history (是/否), renewal (Yes/No).
No policyholder names. Values invented.
"""
import datetime

from fake import Fake, workbook, save

f = Fake("policies-zh-cn-life")
PROVINCES = ["湖北省", "香港特别行政区", "青海省", "河北省", "陕西省", "四川省", "山西省", "广东省", "浙江省", "江苏省"]
PRODUCTS = ["守护百分百2021", "盛世福优悦版", "平安盛世金越（2023）终身寿险", "盛世福尊悦版", "e生保2023", "平安福2022"]
header = ["policy_id", "age", "gender", "birth_region", "insurance_region", "income_level", "education_level",
          "occupation", "marital_status", "family_members", "policy_type", "policy_term", "premium_amount",
          "policy_start_date", "policy_end_date", "claim_history", "renewal"]
wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ws.append(header)
for i in range(250):
    term = f.pick([10, 20, 20, 30])
    start = datetime.datetime(2012, 1, 1) + datetime.timedelta(days=f.r.randrange(0, 4000))
    end = start.replace(year=start.year + term)
    region = f.pick(PROVINCES)
    row = [20001 + i, f.r.randrange(22, 70), f.pick(["男", "女"]), region, region if f.chance(0.6) else f.pick(PROVINCES),
           f.pick(["高", "中", "低"]), f.pick(["本科", "硕士", "博士", "大专"]), f.pick(["医生", "工程师", "律师", "教师", "会计"]),
           f.pick(["已婚", "单身", "离异"]), f.r.randrange(1, 7), f.pick(PRODUCTS), f"{term}年",
           f.r.randrange(30, 600) * 100 + f.r.randrange(100), start, end, f.pick(["是", "否"]), f.pick(["Yes", "No"])]
    ws.append(row)
    for col in (14, 15):
        ws.cell(ws.max_row, col).number_format = "yyyy\\-mm\\-dd\\ hh:mm:ss"
save(wb, "policies-zh-cn-life.xlsx")
