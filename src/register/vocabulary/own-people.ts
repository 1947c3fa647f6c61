import type { WordTable } from "./words";

/**
 * Headers of a column giving each person's part in one team or project ("Role", 角色, 分工): a
 * list of people whose only description is the part each plays, with no column naming the firm
 * they work at, is the holder's own team (a project's lead, programmers and artists), not clients.
 * A header is matched whole, folded (繁 to 简, English lower case, no spaces or punctuation), so a
 * "Contact Role" or "Role Type" is not one.
 */
export const OWN_ROLE_HEADERS = {
  role: [
    "role",
    "roles",
    "teamrole",
    "projectrole",
    "角色",
    "分工",
    "职责",
    "团队角色",
    "项目角色",
  ],
} as const satisfies WordTable;

/**
 * Headers of the name a user signs in with to the organisation's own system (Username, Userid,
 * 用户名, 登录名). Beside a post or a department (职位, Department) they make the rows the system's
 * users, the organisation's own people, even with no password column (an import template for new
 * users). Matched whole or as the header's head ("Userid 用户编号"), folded. Not "account" or 账号,
 * which a client list uses for the client's own account.
 */
export const USER_LOGIN_HEADERS = {
  login: [
    "username",
    "userid",
    "loginname",
    "loginid",
    "用户名",
    "登录名",
    "登录账号",
    "用户账号",
    "使用者名称",
    "使用者账号",
    "登入名称",
    "登入账号",
  ],
} as const satisfies WordTable;
