"""
Shape of 1413224/SheXiaoLong "会员.xlsx" (commit 5223abe4ef87350050296d18a3d1b67f5d687086): a
product manager's outline of a shop app's membership scheme (会员体系), typed as a tree in Excel,
one sheet "Sheet1", A1:E53, no header row.

- Column A holds the branches (付费会员, 等级会员, 权益, 目标设定及用户模型, 积分获取, 积分消耗,
  等级权益, 成长值), B to E the sub-branches, each parent merged down over its children
  (A7:A10, A11:A23, B11:B22, D11:D17, A24:A37, A39:A53, B48:B53 ...).
- Points rules, user groups, privileges and an RFM growth-value scale ("7天以内=5成长值"); no
  member, customer or person anywhere. Nothing to import.
Wording re-typed (it names no person).
"""
from fake import workbook, save

wb = workbook()
ws = wb.active
ws.title = "Sheet1"
ROWS = {
    1: ["付费会员"], 2: ["等级会员"], 3: ["权益", "功能"], 4: [None, "完成任务奖励", "拉新等"],
    7: ["目标设定及用户模型", "新用户"], 8: [None, "普通用户"], 9: [None, "核心用户"], 10: [None, "种子用户"],
    11: ["积分获取", "获取积分的行为", "登录签到等", "新手任务", "新注册"],
    12: [None, None, None, None, "完善个人资料"], 13: [None, None, None, None, "首次关注店铺"],
    14: [None, None, None, None, "首次分享商品"], 15: [None, None, None, None, "首次发布商品"],
    16: [None, None, None, None, "首次购物成功"], 17: [None, None, None, None, "首次完成评价"],
    18: [None, None, None, "每日任务", "每日登录"], 19: [None, None, None, None, "日常签到"],
    20: [None, None, None, None, "分享商品"], 21: [None, None, None, None, "邀请好友"],
    22: [None, None, None, None, "好友首单成功"],
    23: [None, "积分获取的规则", "积分获取的行为、分值及条件"],
    24: ["积分消耗", "功能特权类", "免广告"], 25: [None, None, "产品功能扩展", "领取生日礼包"],
    26: [None, None, None, "单次操作获得更多经验值"], 27: [None, None, None, "达到活动参与门槛等"],
    28: [None, "资源优先类", "官方热门推荐"], 29: [None, None, "优先参与活动"], 30: [None, None, "提高活动中奖率"],
    31: [None, None, "优先客服处理"], 32: [None, "视觉差异类", "头像、昵称、挂件装饰"], 33: [None, None, "登录动态效果等"],
    34: [None, "兑换抵现类", "（限时/优先）兑换礼品"], 35: [None, None, "参与抽奖"], 36: [None, None, "商城消费抵现等"],
    37: [None, "积分折现", "100比1"], 38: ["等级权益"],
    39: ["成长值", "获取", "每月登录N次"], 40: [None, None, "邀请好友"], 41: [None, None, "好友首单成功"],
    42: [None, None, "购物消费"], 43: [None, None, "评价"], 44: [None, "扣减", "删除评价"], 45: [None, None, "退货"],
    46: [None, None, "清零", "计算周期"], 47: [None, None, None, "计算时间"],
    48: [None, "RFM模型", "R（消费间隔）", "7天以内=5成长值"], 49: [None, None, None, "7~30天=10成长值"],
    50: [None, None, "F（消费频次）", "10次以上 = 10成长值"], 51: [None, None, None, "5~10次 = 5成长值"],
    52: [None, None, "M（消费金额）", "1000元以上 = 100成长值"], 53: [None, None, None, "500-1000元 = 50成长值"],
}
for r, vals in ROWS.items():
    for i, v in enumerate(vals):
        if v is not None:
            ws.cell(r, i + 1, v)
for rng in ["A39:A53", "B39:B43", "C46:C47", "B44:B47", "C48:C49", "C50:C51", "C52:C53", "B48:B53", "B34:B36",
            "A24:A37", "D18:D22", "D11:D17", "B11:B22", "A7:A10", "A11:A23", "C25:C27", "B24:B27", "B28:B31", "B32:B33"]:
    ws.merge_cells(rng)
for col, w in {"A": 17.875, "B": 18.25, "C": 35.25, "D": 27.0, "E": 18.5}.items():
    ws.column_dimensions[col].width = w
save(wb, "plan-zh-cn-membershipoutline.xlsx")
