"""
Shape of YJH-JianHui/roster 员工档案导入模板.xlsx: an HR system's import template, one sheet per
kind of record, each under a title row and a 【说明】 line (both merged across), with bilingual
headers "中文_english" in row 3. Five of its sheets: 员工主表 (one row per employee: name, ID
number, gender, birth month, ethnicity, status 在职, phone, e-mail, emergency contact, home and
current address in parts, hire date), 任职记录 (postings: company, department levels, post, grade),
合同记录 (contracts), 家庭成员 (family members) and 入职公司前工作经历 (earlier employers), the last
four keyed by the employee's name and ID number. The organisation's own people, not clients.
Values invented (ID numbers are random digits).
"""
import datetime

from fake import Fake, workbook, save

f = Fake("staff-zh-cn-hrimport")
PLACES = [("云南省", "昆明市", "五华区"), ("云南省", "昆明市", "官渡区"), ("河北省", "遵化市", ""), ("四川省", "成都市", "武侯区")]
ROADS = ["人民西路", "北京路", "建设路", "青年路"]

staff = []
for i in range(36):
    born = f.date(datetime.date(1965, 1, 1), datetime.date(2002, 12, 31))
    staff.append({
        "name": f.name_cn(),
        "id": "53" + "".join(str(f.r.randrange(10)) for _ in range(4)) + born.strftime("%Y%m%d") + f"{f.r.randrange(1000):03d}" + "1",
        "born": born,
        "hired": f.date(datetime.date(2008, 1, 1), datetime.date(2025, 6, 30)),
    })


def sheet(wb, title, note, headers, rows, first=False):
    ws = wb.active if first else wb.create_sheet()
    ws.title = title
    ws.cell(1, 1, title)
    ws.cell(2, 1, note)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(headers))
    ws.merge_cells(start_row=2, start_column=1, end_row=2, end_column=len(headers))
    for j, h in enumerate(headers):
        ws.cell(3, j + 1, h)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if v is not None:
                ws.cell(4 + i, j + 1, v)


wb = workbook()
main_rows = []
for s in staff:
    prov, city, district = f.pick(PLACES)
    now = f.pick(PLACES)
    main_rows.append([
        s["name"], s["id"], f.pick(["男", "女"]), s["born"].strftime("%Y-%m"), "汉族", f.pick(["群众", "中共党员"]),
        f.pick(["本市城镇", "外埠农村"]), f.pick(["未婚", "已婚"]), prov, f"{city}公安局", "2020-08-10", "2040-08-10",
        "在职" if f.chance(0.9) else "离职", f.mobile_cn(), f"{f.r.randrange(10**8, 10**9)}@example.com" if f.chance(0.5) else "",
        f.name_cn(), f.pick(["父亲", "母亲", "配偶", "哥哥"]), f.mobile_cn(), prov, city, district,
        f"{f.pick(ROADS)}{f.r.randrange(1, 300)}号", None, None, None, now[0], now[1], now[2],
        f"{f.pick(ROADS)}{f.r.randrange(1, 300)}号", None, s["hired"].isoformat(), s["hired"].isoformat(), None,
        f"/images/p{len(main_rows)}.jpg",
    ])
sheet(wb, "员工主表", "【说明】每名员工一行；身份证号为全系统唯一标识，不可修改。",
      ["姓名_real_name", "身份证号_id_card_no", "性别_gender", "出生年月_birth_date", "民族_ethnicity",
       "政治面貌_political_status", "户籍属性_hometown_type", "婚姻状况_marital_status", "籍贯_native_place",
       "发证机关_id_card_authority", "发证日期_id_card_issue_date", "证件到期日_id_card_expire_date",
       "当前状态_current_status", "联系方式_phone", "个人邮箱_email_personal", "紧急联系人_emergency_contact_name",
       "与本人关系_emergency_contact_relation", "紧急电话_emergency_contact_phone", "户籍省_domicile_province",
       "户籍市_domicile_city", "户籍区/县_domicile_district", "户籍详细地址_domicile_address_detail",
       "户籍补充地址_domicile_address_detail_extra", "户籍邮编_domicile_postal_code", "户口类型_domicile_hukou_type",
       "现住省_current_province", "现住市_current_city", "现住区/县_current_district",
       "现住详细地址_current_address_detail", "现住补充地址_current_address_detail_extra",
       "当前公司入职日_hire_date", "连续司龄起算日_tenure_base_date", "工前年限_pre_work_years", "照片路径_photo_path"],
      main_rows, first=True)

DEPTS = ["生产制造部", "产品研发一部", "财务部", "综合管理部"]
POSTS = ["装配调试员", "调试工程师", "会计", "行政专员"]
postings = []
for s in staff:
    start = s["hired"]
    for k in range(f.r.randrange(1, 4)):
        end = start + datetime.timedelta(days=f.r.randrange(200, 1200))
        postings.append([s["name"], s["id"], start.isoformat(), end.isoformat() if k < 2 else None, "正式", "鼎承", None,
                         f.pick(DEPTS), None, None, None, f.pick(POSTS), "", "", f.pick(["初技一级", "设计师四档", "中级"])])
        start = end + datetime.timedelta(days=1)
sheet(wb, "任职记录", "【说明】唯一键=身份证号+开始日期；新增直接追加行；姓名列仅供维护人员查阅，导入时忽略。",
      ["姓名[冗余]_real_name", "身份证号_id_card_no", "开始日期_start_date", "结束日期_end_date", "人员类型_record_type",
       "用工公司_company", "劳动关系隶属_labor_relation_company", "一级部门_dept_level1", "二级部门_dept_level2",
       "三级部门_dept_level3", "组别_group_name", "岗位名称_position_name", "职级_job_level", "职类_job_class",
       "职级职类_job_level_class"], postings)

contracts = [[s["name"], s["id"], "1", s["hired"].isoformat(), f.pick(["无固定期限", (s["hired"] + datetime.timedelta(days=1095)).isoformat()]), "劳动合同"] for s in staff]
sheet(wb, "合同记录", "【说明】唯一键=身份证号+签订次数seq+开始日期；新签合同直接追加行并递增seq。",
      ["姓名[冗余]_real_name", "身份证号_id_card_no", "签订次数_seq", "开始日期_start_date", "到期日期_end_date",
       "合同类型_contract_type", "备注_remark"], contracts)

family = []
for s in staff[:30]:
    for rel in f.r.sample(["父亲", "母亲", "配偶"], 2):
        family.append([s["name"], s["id"], rel, f.name_cn(), None, None, None, f.pick([None, "务农", "昆明市第一中学"]), None,
                       f.mobile_cn() if f.chance(0.5) else None])
sheet(wb, "家庭成员", "【说明】唯一键=身份证号+称谓+成员姓名；新增成员直接追加行。",
      ["姓名[冗余]_real_name", "身份证号_id_card_no", "称谓_relation", "成员姓名_member_name", "出生年月_birth_date",
       "政治面貌_political_status", "学历_education_level", "工作单位_work_unit", "职务_position", "联系方式_phone"], family)

earlier = [[s["name"], s["id"], f.pick(["昆明星光百货有限公司", "云南远达机械厂", "昆明市第三研究所"]),
            "2001-02-02", "2005-03-01", None, f.pick(["国有企业", "私营企业"]), f.pick(["营业员", "财务", None]), None]
           for s in staff[:20]]
sheet(wb, "入职公司前工作经历", "【说明】唯一键=身份证号+工作单位+开始时间；新增经历直接追加行。",
      ["姓名[冗余]_real_name", "公民身份号码_id_card_no", "工作单位_company_name", "开始时间_start_date",
       "结束时间_end_date", "行业_industry", "单位属性_company_type", "职务_position", "薪资_salary"], earlier)
save(wb, "staff-zh-cn-hrimport.xlsx")
