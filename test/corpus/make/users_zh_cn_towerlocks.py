"""
Shape of Kalafinaian/HTTPSNode 用户信息.csv (commit 278cb5a991a9f57bf79e729f1dbcaf147cffe11c): the
user accounts of a telecom base-station smart-lock system (Node.js back end), saved as CSV with a
UTF-8 BOM and LF. 33 English camelCase headers (username, realname, phone, userType, companyGroup,
company, userDescription, userGroup, companyCode, managementProvince/City/Area, then
add/delete/query/update Station/Staff/Key actions with queryStaffAction twice, doorAuthorization,
password, accessToken, tokenStartTime, tokenEndTime as Unix seconds, add/delete/query/update
LockAction); true/false flags, blanks where not set. 39 accounts of operators, the tower company's
branches, construction, maintenance and vendor firms: managers, approvers and engineers, a few
nicknames as usernames (a login that differs from the real name), test accounts (测试机 with phone
123, a latin login 无名氏), admin and root with no real name, all passwords 123456, the last row
missing its four lock flags. The system's own users and their rights: nothing to import.
All values invented.
"""
import os
import string

from fake import Fake, FILES

f = Fake("users-zh-cn-towerlocks")
HEAD = ("username,realname,phone,userType,companyGroup,company,userDescription,userGroup,companyCode,"
        "managementProvince,managementCity,managementArea,addStationAction,deleteStationAction,queryStaffAction,"
        "updateStationAction,addStaffAction,deleteStaffAction,queryStaffAction,updateStaffAction,addKeyAction,"
        "deleteKeyAction,queryKeyAction,updateKeyAction,doorAuthorization,password,accessToken,tokenStartTime,"
        "tokenEndTime,addLockAction,deleteLockAction,queryLockAction,updateLockAction")
ORGS = [
    ("101", "运营商", "中国移动绵阳分公司涪城分公司", "管理员", "省级管理员", "1", "四川省", "绵阳市", "涪城区", True),
    ("103", "铁塔公司", "铁塔集团四川省公司绵阳市分公司", "基站管理员", "省级工程师", "1", "四川省", "绵阳市", "涪城区", False),
    ("111", "铁塔公司", "铁塔集团四川省公司德阳分公司", "自定义", "市级管理员", "1", "四川省", "德阳", "德阳市", True),
    ("102", "铁塔公司", "铁塔集团四川省公司乐山分公司", "测试", "省级审批员", "1", "四川省", "乐山", "夹江县", None),
    ("211", "铁塔公司", "铁塔集团四川省公司德阳分公司", "自定义", "市级管理员", "2", "四川省", "德阳", "德阳市", True),
    ("301", "施工公司", "德阳市青松工程公司", "自定义", "管理员", "3", "四川省", "德阳", "德阳市", True),
    ("302", "施工公司", "德阳市青松工程公司", "自定义", "审批员", "3", "四川省", "德阳", "德阳市", False),
    ("401", "代维公司", "绵阳市远帆通信维护公司", "自定义", "管理员", "4", "四川省", "绵阳", "江油市", True),
    ("402", "代维公司", "绵阳市远帆通信维护公司", "自定义", "审批员", "4", "四川省", "绵阳", "绵阳市", False),
    ("501", "厂商公司", "成都市锦程锁具公司", "自定义", "管理员", "5", "四川省", "成都", "成都市", True),
    ("503", "施工公司", "成都市锦程锁具公司", "自定义", "工程师", "5", "四川省", "成都", "成都市", False),
    ("313", "中国联通公司", "中国联通集团四川省公司德阳分公司", "自定义", "市级工程师", "3", "四川省", "德阳", "德阳市", False),
    ("601", "代维公司", "江城通信公司", "自定义", "管理员", "6", "安徽", "芜湖", "芜湖市", True),
    ("702", "厂商公司", "瑞安锁业公司", "自定义", "审批员", "7", "安徽", "芜湖", "芜湖市", False),
]


def flags(kind):
    if kind is True:
        return ["true"] * 13
    if kind is None:
        return ["true", "true", "true", "true", "false", "false", "true", "false", "false", "false", "false", "false", "false"]
    v = ["false"] * 13
    v[2] = v[6] = "true"
    v[12] = f.pick(["true", "false"])
    return v


def token():
    return "".join(f.pick(string.ascii_lowercase + string.digits) for _ in range(f.pick([15, 16])))


lines = [HEAD]
for i in range(39):
    t = f.r.randrange(1462500000, 1469000000)
    if i in (5, 6):          # test accounts
        real = "测试机" if i == 5 else "无名氏"
        user = "测试机" if i == 5 else "tyutcs"
        phone = "123" if i == 5 else f.mobile_cn()
        row = [user, real, phone, "2" if i == 5 else "101", "", "中国移动绵阳分公司涪城分公司", "管理员"] + [""] * 7 + \
              ["true", "", "", "", "true"] + [""] * 7 + ["dlqgtfookm1v2t9", "", "", "true", "true", "true", "true"]
        lines.append(",".join(row))
        continue
    if i in (26, 33):        # admin and root
        user = "admin" if i == 26 else "root"
        row = [user, "", f.mobile_cn(), "000" if i == 26 else "1", "厂商", "中国移动涪城子公司", "中国移动员工", "运营商",
               "000" if i == 26 else "103", "四川省", "绵阳市", "涪城区"] + ["true"] * 13 + ["123456", token() if i == 26 else "",
               str(t) if i == 26 else "", str(t + 86400) if i == 26 else "", "true", "true", "true", "true"]
        lines.append(",".join(row))
        continue
    utype, group, company, desc, ugroup, code, prov, city, area, kind = f.pick(ORGS)
    real = f.name_cn()
    user = real if f.chance(0.75) else f.pick(["小", "阿", "老"]) + real[-1] if f.chance(0.5) else real + f.pick(["家", "二号"])
    tok = [token(), str(t), str(t + 86400)] if f.chance(0.85) else ["", "", ""]
    tail = ["true", "true", "true", "true"] if i != 38 else ["", "", "", ""]
    row = [user, real, f.mobile_cn(), utype, group, company, desc, ugroup, code, prov, city, area] + flags(kind) + \
          ["123456"] + tok + tail
    lines.append(",".join(row))

os.makedirs(FILES, exist_ok=True)
with open(os.path.join(FILES, "users-zh-cn-towerlocks.csv"), "wb") as out:
    out.write(("\ufeff" + "\n".join(lines) + "\n").encode("utf-8"))
