/**
 * Words for a client's relatives as a client list names them in its headers (配偶姓名, 子女1生日,
 * "Spouse Name", "Child 1 DOB"), and the parts of a relative such a header gives. Written folded
 * (简体, lower case, no spaces or punctuation): headers are folded before they are looked up, so
 * 兒子/儿子 and 父親/父亲 are one spelling each.
 */
import type { WordTable } from "./words";

/** The relation a header's leading word names, by relation key (written to Family.relation). */
export const RELATIVE_WORDS: Readonly<Record<string, readonly string[]>> = {
  spouse: [
    "配偶",
    "爱人",
    "老公",
    "老婆",
    "太太",
    "丈夫",
    "妻子",
    "夫人",
    "伴侣",
    "spouse",
    "wife",
    "husband",
  ],
  child: [
    "子女",
    "孩子",
    "小孩",
    "儿女",
    "儿子",
    "女儿",
    "长子",
    "长女",
    "次子",
    "次女",
    "幼子",
    "幼女",
    "child",
    "children",
    "kid",
    "kids",
    "son",
    "daughter",
  ],
  father: ["父亲", "爸爸", "father", "dad"],
  mother: ["母亲", "妈妈", "mother", "mom", "mum"],
  parent: ["父母", "parent", "parents"],
  sibling: ["兄弟姐妹", "兄弟", "姐妹", "sibling", "siblings", "brother", "sister"],
};

/**
 * What the rest of a relative's header gives, by Family field: the bare relative word (配偶,
 * "Spouse") is their name. A phone has no Family field: it is kept in the member's notes.
 */
export const RELATIVE_PARTS: Readonly<Record<string, readonly string[]>> = {
  memberName: ["", "姓名", "名字", "名称", "name", "fullname", "sname", "nameof"],
  birthday: [
    "生日",
    "出生日期",
    "出生年月",
    "出生年月日",
    "生年月日",
    "出生",
    "dob",
    "birthday",
    "birthdate",
    "dateofbirth",
    "sdob",
    "sbirthday",
  ],
  age: ["年龄", "岁数", "age", "sage"],
  occupationOrSchool: [
    "职业",
    "工作",
    "工作单位",
    "单位",
    "学校",
    "就读学校",
    "就读",
    "occupation",
    "job",
    "school",
    "employer",
    "soccupation",
    "sschool",
  ],
};

/**
 * Header words that make a relative's column a count, a flag or a plan rather than one relative's
 * detail: 子女数, 子女人数, "Number of children", 子女教育金 (tested on what follows the relative).
 */
export const NOT_RELATIVE_DETAIL =
  /数|几个|有无|是否|教育金|教育基金|保险|保单|险|^(?:count|number|no|numberof|has|have)$|plan|fund|insurance|policy/;

/**
 * Words for the members of a client's household as a group (家庭成员 over 姓名 | 关系 | 年收入,
 * "Household member income"): their columns describe someone other than the client. Written
 * folded.
 */
export const HOUSEHOLD_MEMBER_WORDS = {
  member: [
    "家庭成员",
    "家属",
    "家人",
    "亲属",
    "共同生活人",
    "family member",
    "family members",
    "household member",
    "household members",
    "dependant",
    "dependent",
  ],
} as const satisfies WordTable;

/**
 * A bracketed qualifier naming the row's own subject ("DOB (Primary)", "Name (Client)", 电话（本人）,
 * "Email (Main)"): the header is the field's, for the client themself. Written folded. A qualifier
 * naming a relative ("DOB (Spouse)") is a relative's column instead.
 */
export const SUBJECT_QUALIFIER_WORDS = {
  subject: [
    "本人",
    "主",
    "主要",
    "客户",
    "客户本人",
    "自己",
    "self",
    "primary",
    "client",
    "customer",
    "main",
    "principal",
    "own",
  ],
} as const satisfies WordTable;

/**
 * Header words naming a unit of the organisation keeping the list (所属支行, 营业部, 网点, a team,
 * "Branch"): ours, not the client's industry, employer or address. Written folded.
 */
export const OWN_UNIT_HEADER_WORDS = {
  ownUnit: [
    "支行",
    "分行",
    "网点",
    "营业部",
    "营业厅",
    "所属机构",
    "经办机构",
    "branch",
    "bookingcentre",
    "bookingcenter",
    "team",
    "团队",
    "小组",
    "组别",
  ],
} as const satisfies WordTable;

/**
 * A person's role on a policy, written beside 本人 in a relation column ("本人(要保人)", "Self
 * (Policyholder)"): the person is still the client themself.
 */
export const POLICY_ROLE_WORDS = {
  role: [
    "要保人",
    "投保人",
    "被保人",
    "被保险人",
    "主被保险人",
    "户主",
    "policyholder",
    "proposer",
    "applicant",
    "insured",
    "life assured",
    "owner",
  ],
} as const satisfies WordTable;
