import type { WordTable } from "./words";

/**
 * Words a workbook uses to say who the people or firms of a list are when they are not the
 * manager's clients: in a sheet's name ("Vendor List", 员工花名册), in the title above its table
 * ("Registered Voters — Ward 12"), or in the header of the column naming each row ("Student Name",
 * 供应商名称). Keyed by the role (its label is the message `role.<key>`). Written once, in
 * Simplified or in English; matching folds 繁 to 简 and compares English words whole, so "staff"
 * meets "Staff List" and "Staff ID", never "Staffing".
 */
export const ROW_ROLE_WORDS = {
  supplier: [
    "supplier",
    "suppliers",
    "vendor",
    "vendors",
    "subcontractor",
    "subcontractors",
    "供应商",
    "供货商",
    "供货单位",
    "供应单位",
    "厂商",
    "承包商",
    "分包商",
  ],
  staff: [
    "employee",
    "employees",
    "emp",
    "staff",
    "personnel",
    "teacher",
    "teachers",
    "faculty",
    "intern",
    "interns",
    "worker",
    "workers",
    "员工",
    "职工",
    "职员",
    "雇员",
    "教职工",
    "教师",
    "实习生",
    "工人",
  ],
  student: ["student", "students", "pupil", "pupils", "trainee", "trainees", "学生", "学童"],
  voter: ["voter", "voters", "elector", "electors", "electoral", "选民", "选举人"],
  player: ["player", "players", "athlete", "athletes", "球员", "运动员", "选手"],
  volunteer: ["volunteer", "volunteers", "志愿者", "义工"],
  team: ["team member", "team members", "teammate", "teammates", "队员", "团队成员", "组员"],
  friend: ["friend", "friends", "classmate", "classmates", "朋友", "好友", "亲友", "同学"],
} as const satisfies WordTable;

/**
 * Roles whose people a business teaches, trains or serves for a fee (a tutoring centre's pupils,
 * a training school's trainees): a list naming them by the role and giving nothing but a way to
 * reach each (学生姓名 | 联系方式) is the business's call list of its clients. A school's own roster
 * says more of each (a class, a year, a roll number, scores). Keys of ROW_ROLE_WORDS.
 */
export const CALLED_CLIENT_ROLES: readonly (keyof typeof ROW_ROLE_WORDS)[] = ["student"];

/**
 * Words before a client word that make it someone's own people instead: a "Team Member", "Staff
 * Member", "Board Members" is no club member, a "Staff Account" no client's account. Written
 * folded, English lower case.
 */
export const OWN_PEOPLE_QUALIFIERS = {
  own: ["team", "staff", "board", "committee", "crew", "faculty", "family", "household"],
} as const satisfies WordTable;

/**
 * Words that say the rows are clients after all, whatever role word stands beside them: a sheet
 * "Customer Staff", a header "Client Name" beside "Employee Name", a member list of a club, the
 * policies the people hold, the consultant looking after each. One of them anywhere in the sheet's
 * name, title or headers keeps the list a client list.
 */
export const CLIENT_SIDE_WORDS = {
  client: [
    "client",
    "clients",
    "customer",
    "customers",
    "cust",
    "member",
    "members",
    "membership",
    "policyholder",
    "policyholders",
    "insured",
    "prospect",
    "prospects",
    "lead",
    "leads",
    "buyer",
    "buyers",
    "account",
    "accounts",
    "debtor",
    "debtors",
    "客户",
    "顾客",
    "会员",
    "投保人",
    "被保险人",
    "被保人",
    "保单",
    "买家",
    "买方",
    "客人",
    // People insured through the list (an employer's group cover: 投保薪资, 加保日) hold the
    // manager's policies: they are the clients, whatever else the list calls them.
    "policy",
    "policies",
    "premium",
    "投保",
    "参保",
    "被保",
    "加保",
    // People who signed with the manager or are looked after by one of its consultants (a study
    // agency's students: 签约日期, 顾问) are its clients.
    "consultant",
    "advisor",
    "adviser",
    "签约",
    "顾问",
  ],
} as const satisfies WordTable;

/**
 * What a header names besides the role word when it names the row ("Supplier Name", "Vendor No",
 * 学生姓名, 员工编号, "Name of the Student"): the row's own name or number, joined by a linking
 * word. A role word before anything else ("Employee Count", 员工职位) describes the row, it does
 * not name it. Written folded, English lower case, one word per entry.
 */
export const ROW_ROLE_NAMING_PARTS = {
  name: ["name", "names", "full", "姓名", "名称", "名字", "全称", "简称"],
  number: ["id", "no", "number", "code", "ref", "编号", "代码", "号码", "号", "工号", "学号"],
  linking: ["of", "the"],
} as const satisfies WordTable;

/**
 * Words of a numbered series of columns a person works through (Task 1.1, Assignment 3, 作业2,
 * 测验1): marked or scored per row, they make the rows trainees or students on a course, not
 * clients. Written once, in Simplified or in English lower case; matching folds 繁 to 简.
 */
export const PROGRESS_SERIES_WORDS = {
  series: [
    "task",
    "assignment",
    "exercise",
    "quiz",
    "homework",
    "lab",
    "作业",
    "任务",
    "练习",
    "测验",
    "实验",
  ],
} as const satisfies WordTable;
