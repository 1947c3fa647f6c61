"""
Invented names for the two Hebei bank-branch corpus files (clients-zh-cn-corpdeposits and
clients-zh-cn-deptaccounts): corporate customers, account managers. Everything is made up.
"""

PLACES = ["石家庄", "河北", "邢台", "保定", "定州", "沧州", "衡水", "唐山", "廊坊", "正定"]
WORDS = ["文通", "铭派", "益丰", "文轩", "华兴", "苗吉", "羲融", "沣川", "阳洁", "岭峰", "恒瑞", "博远", "冀中",
         "泰和", "润达", "锦华", "天宇", "众诚", "广源", "金泽", "裕丰", "佳禾", "北辰", "燕赵", "凯达", "鸿运",
         "中科", "融信", "安泰", "德隆", "晨光", "新锐", "华创", "盛世", "宏图", "宝丰", "通达", "瑞祥"]
TRADES = ["国际贸易有限公司", "机电有限公司", "生物医药有限公司", "贸易有限公司", "电器设备有限公司", "商贸有限公司",
          "园林绿化工程有限公司", "生物科技有限公司", "建筑装饰工程有限公司", "新材料科技有限公司", "物业服务有限公司",
          "商贸有限责任公司", "化纤有限公司", "新能源科技有限公司", "光伏发电有限责任公司", "物流有限公司",
          "建设工程有限公司", "信息技术有限公司", "餐饮管理有限公司", "医疗器械有限公司"]
ODD = ["{p}{w}创业投资基金合伙企业（有限合伙）", "{p}{w}产业投资基金合伙企业（有限合伙）", "{w}河北会计师事务所（普通合伙）",
       "{p}{w}律师事务所", "{p}市裕华区{w}幼儿园", "{p}{w}互联网上网服务中心", "{p}{w}中医门诊部",
       "嘉兴{w}股权投资合伙企业(有限合伙)", "{p}{w}农产品销售专业合作社", "{p}{w}有限公司{p2}分公司"]


def company(f, used, odd=0.08):
    for _ in range(1000):
        if f.chance(odd):
            name = f.pick(ODD).format(p=f.pick(PLACES), w=f.pick(WORDS), p2=f.pick(["上海", "北京", "天津"]))
        else:
            name = f.pick(PLACES) + f.pick(WORDS) + f.pick(TRADES)
        if name not in used:
            used.add(name)
            return name
    raise RuntimeError("ran out of company names")
