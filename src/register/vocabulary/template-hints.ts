import type { WordTable } from "./words";

/**
 * What an import template writes under (or over) its header to tell the person how to fill it in:
 * which columns must be filled (必填, Required), which may be left empty (选填, Optional), the
 * form a value takes (格式：yyyy-mm-dd, Format: …) and an example (示例, e.g.). A row of such
 * hints is no record. Written folded (简体, lower case): `foldScript` meets 繁體 (必須填寫, 選填).
 */
export const TEMPLATE_HINT_WORDS = {
  /** A cell that is only this word, bracketed or starred or not ("必填", "(选填)", "*Required"). */
  whole: [
    "必填",
    "必填项",
    "必填字段",
    "必须填写",
    "必需",
    "必须",
    "选填",
    "选填项",
    "非必填",
    "可选",
    "可选填",
    "可填",
    "可不填",
    "可为空",
    "不必填",
    "required",
    "required field",
    "optional",
    "optional field",
    "mandatory",
    "not required",
    "compulsory",
    "auto-filled",
    "auto filled",
    "auto-calculated",
    "system generated",
    "system-generated",
  ],
  /**
   * Words that say "required / optional", or that the column fills itself (CRM带入, 系统带入,
   * 自动换算: brought in from a system, worked out), wherever they stand in a short cell.
   */
  inside: [
    "必填",
    "选填",
    "非必填",
    "必须填写",
    "可不填",
    "带入",
    "自动带出",
    "自动生成",
    "系统生成",
    "自动计算",
    "自动换算",
  ],
  /** Words that open a hint, followed by a colon or a space and more ("必填，…", "Optional - …"). */
  opening: ["必填", "选填", "非必填", "可选", "required", "optional", "mandatory"],
  /**
   * Rules a template states in a header's brackets besides required/optional: the value must be
   * unique or filled, or is a system's code (卡号(必填[唯一]), 手机号(不可重复), "ID (unique)").
   */
  rule: [
    "唯一",
    "不可重复",
    "不能重复",
    "不得重复",
    "不可为空",
    "不能为空",
    "不得为空",
    "系统编号",
    "unique",
    "must be unique",
    "not null",
  ],
  /** Labels of a format or an example, before a colon ("格式：yyyy-mm-dd", "示例: 张三", "e.g. 13800000000"). */
  label: [
    "格式",
    "填写格式",
    "日期格式",
    "示例",
    "样例",
    "范例",
    "举例",
    "例如",
    "例",
    "填写说明",
    "填写要求",
    "说明",
    "注意",
    "format",
    "example",
    "examples",
    "e.g.",
    "eg",
    "sample",
    "hint",
    "note",
  ],
  /**
   * Headers of a column saying whether each field must be filled (an instructions sheet's 是否必填
   * | Required?), its values yes or no.
   */
  requirementHeader: [
    "必填",
    "是否必填",
    "必填项",
    "必须",
    "必选",
    "required",
    "mandatory",
    "is required",
  ],
  /** The yes and no written under such a header. */
  yesNo: ["是", "否", "y", "n", "yes", "no", "√", "✓", "✔", "×", "x", "true", "false"],
  /** Requests that open a hint ("请填写手机号", "Please enter the mobile"). */
  request: [
    "请填写",
    "请输入",
    "请选择",
    "请按",
    "下拉选择",
    "从下拉",
    "please enter",
    "please fill",
    "please select",
    "please choose",
    "enter the",
    "select from",
    "choose from",
  ],
} as const satisfies WordTable;

/**
 * Words a test or sample entry is made of: an app's "Test Customer" at "Test Company" by "Example
 * User", 测试客户, 範例公司. Checked on the whole word at a value's start (Latin) or anywhere (CJK).
 */
export const TEST_ENTRY_WORDS = {
  latin: ["test", "testing", "sample", "example", "demo", "dummy", "prueba", "ejemplo"],
  cjk: ["测试", "示例", "样例", "范例", "演示"],
};

/**
 * What a test entry is called after its test word when it is nothing else: "Sample Customer",
 * "Test Client", "Prueba factura", 测试客户, 測試帳號. A name of a test word and one of these is a
 * test account; a test word beside any other word may be a real name ("Sample & Sons").
 */
export const TEST_ENTRY_NOUNS = {
  latin: [
    "customer",
    "customers",
    "costumer",
    "client",
    "clients",
    "user",
    "account",
    "company",
    "member",
    "contact",
    "record",
    "entry",
    "data",
    "invoice",
    "order",
    "cliente",
    "factura",
    "usuario",
  ],
  cjk: ["客户", "用户", "会员", "公司", "账号", "账户", "数据", "记录", "订单"],
};

/**
 * The word a person types into a name to mark a row they entered to try the list out: numbered
 * ("test2", 测试2), beside one other word ("test kiran", "Samina Test", "TEST-Russ") or beside
 * what the entry is ("Journey Test User", "Phone Test Customer"). Only this word: "Testing
 * Services", "Tester" and "Sample" are real names. Written folded (简体, lower case).
 */
export const TEST_MARK_WORDS = {
  latin: ["test"],
  cjk: ["测试"],
};

/**
 * Words a name carries when the account is kept but must not be used any more ("***DO NOT USE",
 * "DO NOT USE - USE # 31801", 请勿使用): a closed or replaced account, not a client to import.
 * Written folded (简体, lower case) and found anywhere in the name.
 */
export const UNUSED_ACCOUNT_WORDS = ["do not use", "don't use", "dont use", "请勿使用", "勿用"];

/**
 * Names of an account that stands for no one in particular: the user who gave no name (匿名用户,
 * Anonymous, 游客, Guest) and the till's account for whoever pays cash (Cash Customer, Walk-in,
 * 散客, 现金客户). A list holding such an account holds no client in it. Written folded (简体,
 * lower case, one space between words; "costumer" is the common misspelling) and matched on the
 * whole value.
 */
export const NO_ONE_NAMES = [
  "anonymous",
  "anonymous user",
  "anonymous customer",
  "guest",
  "guest user",
  "guest customer",
  "visitor",
  "cash",
  "cash customer",
  "cash customers",
  "cash costumer",
  "cash client",
  "cash sale",
  "cash sales",
  "cash account",
  "walk-in",
  "walk in",
  "walkin",
  "walk-in customer",
  "walk in customer",
  "walk-in client",
  "one-time customer",
  "generic cash",
  "generic customer",
  "generic account",
  "匿名",
  "匿名用户",
  "匿名客户",
  "匿名会员",
  "游客",
  "访客",
  "散客",
  "现金客户",
  "现金",
  "零售客户",
  "临时客户",
  "过路客",
] as const;

/**
 * The names every textbook and sample file fills in for "some person" (张三, 李四 … 吴十 in the
 * order they are counted off; John Doe, Joe Bloggs, Max Mustermann): one in a list is a template's
 * example, a list made of them is sample data nobody imports. Written folded (简体, lower case, one
 * space between words) and matched on the whole value.
 */
export const SAMPLE_PERSON_NAMES = [
  "张三",
  "李四",
  "王五",
  "赵六",
  "钱七",
  "孙八",
  "周九",
  "吴十",
  "john doe",
  "jane doe",
  "joe bloggs",
  "fred bloggs",
  "joe public",
  "john q public",
  "john q. public",
  "max mustermann",
  "erika mustermann",
] as const;
