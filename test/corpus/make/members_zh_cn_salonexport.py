"""
Shape of the member file that gysjjt/mgjvip's "curlapi.class.php" (downMembersCvs) writes when it
moves a beauty salon's members out of the 美管家 (meiguanjia) salon system into the import format of
the next one: '<shop>_会员信息.csv'. The shape is taken from the export code; no data file is in the
repository.

- GB2312 CSV (characters outside GB2312 silently dropped: a name loses its rare character), LF line
  ends, no quoting. The header is the next system's import header with its rules in brackets:
  卡号(必填[唯一]), 姓名(必填), 手机号(必填[唯一]), 性别(必填[“0”代表男，“1”代表女]), 卡类型(必填[系统编号]),
  折扣(必填), 卡金余额(必填), 充值总额, 消费次数, 消费总额, 赠送金, 积分, 欠款,
  开卡时间(格式：YYYY-mm-dd), 最后消费时间(格式：YYYY-mm-dd), 生日(格式：YYYY-mm-dd), 会员备注.
- Every data line ends with a comma (one field more than the header). The card number carries a
  leading tab; one line per card, so a member with two or three cards is on two or three lines with
  the same name and phone. 性别 is 0/1 (anything not 男 became 1). 开卡时间 is always 0. A missing
  last visit is 1970-01-01, and a missing birthday took the last-visit date (or 1970-01-01).
  Names are often a surname and 女士/姐/小姐; different women share such a name. Remarks have
  their blanks squeezed out.
Values invented.
"""
import datetime
import os

from fake import FILES, Fake

f = Fake("members-zh-cn-salonexport")

HEADER = ("卡号(必填[唯一]),姓名(必填),手机号(必填[唯一]),性别(必填[“0”代表男，“1”代表女]),卡类型(必填[系统编号]),折扣(必填),"
          "卡金余额(必填),充值总额,消费次数,消费总额,赠送金,积分,欠款,开卡时间(格式：YYYY-mm-dd),最后消费时间(格式：YYYY-mm-dd),"
          "生日(格式：YYYY-mm-dd),会员备注")
CARDS = [("金卡", "8.8折", 5000), ("银卡", "9.5折", 2000), ("钻石卡", "7.5折", 20000), ("储值卡", "无折扣", 1000),
         ("疗程卡", "无折扣", 3800), ("体验卡", "无折扣", 0), ("次卡", "9折", 1280), ("年卡", "8折", 8800)]
RARE = "玥喆珺琇翀堃彧"
TITLES = ["女士", "姐", "小姐", "女士", "阿姨"]
REMARKS = ["老顾客介绍", "对精油过敏", "做过面部护理疗程", "喜欢周末下午来", "朋友圈活动进店", "孕期不做推拿", "皮肤敏感，用温和产品",
           "只做肩颈", "美团团购转会员", "老板娘朋友", "会员日充值赠送500", "要发票", "2019年双十一活动卡", "已搬家，电话回访",
           "卡备注：转卡给妹妹", "做过光子嫩肤", "不要推销产品"]
EPOCH = "1970-01-01"


def member_name():
    k = f.r.random()
    if k < 0.3:
        return f.pick(list("王李张刘陈杨黄赵吴周徐孙胡朱高林何郭马罗")) + f.pick(TITLES)
    if k < 0.36:
        return f.pick(list("王李张刘陈杨")) + f.pick(RARE)          # dropped by GB2312: the surname is left
    if k < 0.4:
        return f.pick(["小", "阿"]) + f.pick(list("敏芳丽娟燕霞婷静红"))
    return f.name_cn()


def money(v):
    return f"{v:.2f}" if f.chance(0.5) else (str(int(v)) if v == int(v) else f"{v:.1f}")


members = []
for i in range(470):
    phone = f.mobile_cn() if f.chance(0.96) else ""
    name = member_name() if phone else f.name_cn()
    sex = 0 if f.chance(0.06) and name[-1] not in "士姐姨" else 1
    last = f.date(datetime.date(2018, 3, 1), datetime.date(2020, 8, 10)) if f.chance(0.9) else None
    born = f.date(datetime.date(1962, 1, 1), datetime.date(2001, 12, 31)) if f.chance(0.55) else None
    remark = f.pick(REMARKS) if f.chance(0.25) else ""
    n_cards = 1 if f.chance(0.84) else (2 if f.chance(0.85) else 3)
    cards = []
    for c in range(n_cards):
        kind, discount, top = f.pick(CARDS)
        if c == 0 and phone and f.chance(0.3):
            number = phone                                    # the phone used as card number
        else:
            number = str(f._unique(lambda: f"{f.r.randrange(100000, 999999)}"))
        recharged = float(top * f.r.randrange(0, 4)) if top else 0.0
        spent = round(f.r.uniform(0, recharged + 800), 1) if f.chance(0.9) else 0.0
        balance = max(recharged - spent, 0)
        cards.append((number, kind, discount, balance, recharged, f.r.randrange(0, 60), spent,
                      f.pick([0, 0, 0, 200, 500]), f.r.randrange(0, 3000) if f.chance(0.6) else 0,
                      f.pick([0] * 12 + [100, 260, 1380])))
    members.append((name, phone, sex, last, born, remark, cards))

lines = [HEADER]
for name, phone, sex, last, born, remark, cards in members:
    last_text = last.isoformat() if last else EPOCH
    birthday = born.isoformat() if born else last_text        # the exporter's fallback
    for number, kind, discount, balance, recharged, times, spent, gift, points, debt in cards:
        values = ["\t" + number, name, phone, str(sex), kind, discount, money(balance), money(recharged), str(times),
                  money(spent), str(gift), str(points), str(debt), "0", last_text, birthday, remark]
        lines.append("".join(v + "," for v in values))

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "members-zh-cn-salonexport.csv"), "wb") as out:
    out.write(("\n".join(lines) + "\n").encode("gb2312", errors="ignore"))

if __name__ == "__main__":
    print("members", len(members), "lines", len(lines) - 1)
