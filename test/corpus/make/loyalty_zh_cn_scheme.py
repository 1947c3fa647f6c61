"""
Shape of 1413224/SheXiaoLong "会员.xlsx": a shop app's membership-scheme outline typed into one
sheet as a tree, written in Excel: five columns, each level one column further right, parents
merged down over their children (A23:A36, B38:B42 …), two lone title lines on top, two empty rows,
and leaves such as "7天以内=5成长值" or "100比1". Words about members, points (积分), levels and
RFM, but no member in it: a person imports nothing. Wording invented in the same manner.
"""
from fake import rows_into, save, workbook

wb = workbook()
ws = wb.active
ws.title = "Sheet1"

TREE = [
    ["付费会员"],
    ["等级会员"],
    ["权益", "功能"],
    [None, "完成任务得奖励", "邀请新人等"],
    [],
    [],
    ["目标与用户分层", "新用户"],
    [None, "普通用户"],
    [None, "活跃用户"],
    [None, "核心用户"],
    ["积分获取", "可得积分的行为", "签到、登录等", "新人任务", "首次注册"],
    [None, None, None, None, "补全个人资料"],
    [None, None, None, None, "首次收藏店铺"],
    [None, None, None, None, "首次分享商品"],
    [None, None, None, None, "首次下单成功"],
    [None, None, None, None, "首次写评价"],
    [None, None, None, "日常任务", "每日登录"],
    [None, None, None, None, "每日签到"],
    [None, None, None, None, "分享商品"],
    [None, None, None, None, "邀请好友"],
    [None, None, None, None, "好友首单完成"],
    [None, "积分规则", "每种行为的分值与条件", None, None],
    ["积分使用", "特权类", "去广告"],
    [None, None, "功能扩展", "生日礼包"],
    [None, None, None, "单次操作多得经验"],
    [None, None, None, "达到活动门槛"],
    [None, "资源类", "首页推荐"],
    [None, None, "优先参加活动"],
    [None, None, "提高中奖机会"],
    [None, None, "客服优先处理"],
    [None, "外观类", "头像框、昵称颜色、挂件"],
    [None, None, "登录动效"],
    [None, "兑换类", "（限时）兑换礼品"],
    [None, None, "参加抽奖"],
    [None, None, "下单抵扣现金"],
    [None, "积分抵现", "100比1"],
    ["等级权益"],
    ["成长值", "获得", "每月登录满N次"],
    [None, None, "邀请好友"],
    [None, None, "好友首单完成"],
    [None, None, "购物消费"],
    [None, None, "写评价"],
    [None, "扣除", "删除评价"],
    [None, None, "退货退款"],
    [None, None, "周期清零", "计算周期"],
    [None, None, None, "清零时间"],
    [None, "RFM模型", "R（最近一次消费）", "7天以内=5成长值"],
    [None, None, None, "7~30天=10成长值"],
    [None, None, "F（消费次数）", "10次以上 = 10成长值"],
    [None, None, None, "5~10次 = 5成长值"],
    [None, None, "M（消费金额）", "1000元以上 = 100成长值"],
    [None, None, None, "500-1000元 = 50成长值"],
]
rows_into(ws, TREE)
# Each parent is merged down over its children, up to the next row with a cell at its level or left.
for i, row in enumerate(TREE):
    for c, value in enumerate(row):
        if value is None or c == len(row) - 1:
            continue
        j = i + 1
        while j < len(TREE) and TREE[j] and all(v is None for v in TREE[j][:c + 1]):
            j += 1
        if j - i > 1:
            ws.merge_cells(start_row=i + 1, start_column=c + 1, end_row=j, end_column=c + 1)
for col, width in zip("ABCDE", [16, 14, 26, 22, 16]):
    ws.column_dimensions[col].width = width
save(wb, "loyalty-zh-cn-scheme.xlsx")
