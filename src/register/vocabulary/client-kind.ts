import { MALAY_GENDER_HEADERS, MALAY_GENDER_VALUES } from "./headers/malay";
import { ROMANCE_GENDER_HEADERS } from "./headers/romance";

/**
 * How a person tells a client's kind from its name when no column says it: a legal form or the
 * kind of body at the end of the name (…有限公司, …医院, …税务局, … Ltd, … GmbH) is an organisation.
 * Company legal forms shared with column profiling are in importer/profile.ts (COMPANY_VALUE);
 * these are the public bodies and branches a client list also holds. Written as they are spelt
 * (both scripts where they differ); English words are matched as whole words, in any case.
 */

/** Endings of a Chinese organisation name (a bracketed branch or campus after it is ignored). */
export const ORGANISATION_ENDINGS_ZH: readonly string[] = [
  "局",
  "厅",
  "廳",
  "署",
  "处",
  "處",
  "委员会",
  "委員會",
  "政府",
  "办事处",
  "辦事處",
  "中心",
  "院",
  "所",
  "站",
  "馆",
  "館",
  "中学",
  "中學",
  "小学",
  "小學",
  "幼儿园",
  "幼兒園",
  "商会",
  "商會",
  "工会",
  "工會",
  "学会",
  "學會",
  "基金会",
  "基金會",
  "联合会",
  "聯合會",
  "分行",
  "支行",
  "分公司",
  "分店",
  "超市",
  "商店",
  "药店",
  "藥局",
  "店",
  // Names a B2B list writes without 公司: a trade or a kind of works at the end (泰州医药高新区管委会,
  // 太仓港集装箱码头, 南通海达船舶重工, 丹阳天工国际). No person's name ends so. Compared folded, so
  // one script is enough (管委會, 碼頭, 國際 meet these).
  "管委会",
  "码头",
  "重工",
  "国际",
  "实业",
  "科技",
  "物流",
  "贸易",
  "控股",
  "置业",
  "地产",
  "传媒",
  "酒店",
  "医药",
  "制药",
  "机械",
  "建材",
  "电子",
  "工厂",
  "船厂",
  // Farms, markets and trades a rural or wholesale list names without 公司 (湛江市金穗水产养殖场,
  // 南召县亿和纸业, 共和县福鑫日化批发部, 如蒂工業).
  "养殖场",
  "农场",
  "牧场",
  "林场",
  "商场",
  "市场",
  "批发部",
  "批发站",
  "纸业",
  "工业",
  "文创",
  "设计",
  "光学",
  // Places of worship a directory lists (北極殿, 玄天宮, 龍山寺, 城隍廟, 聖母堂 … 教會).
  "宫",
  "宮",
  "庙",
  "廟",
  "寺",
  "殿",
  "教会",
  "教會",
];

/** Words anywhere in a Chinese name that make it an organisation (…股份（集团）…, …集团杭州分部). */
export const ORGANISATION_WORDS_ZH: readonly string[] = [
  "有限公司",
  "有限责任",
  "有限責任",
  "股份",
  "集团",
  "集團",
  // Taiwan's foundations and associations: 財團法人…醫院, 社團法人…協會.
  "财团法人",
  "財團法人",
  "社团法人",
  "社團法人",
];

/** Whole words that make an English name an organisation's (legal forms and kinds of body). */
export const ORGANISATION_WORDS_EN: readonly string[] = [
  "ltd",
  "limited",
  "llp",
  "llc",
  "lp",
  "inc",
  "incorporated",
  "corp",
  "corporation",
  "company",
  "plc",
  "gmbh",
  "ag",
  "kg",
  "sa",
  "sas",
  "sarl",
  "srl",
  "spa",
  "nv",
  "bv",
  "pty",
  "pte",
  // South Africa's close corporation (… CC) and non-profit company (… NPC); non-profits anywhere.
  "cc",
  "npc",
  "npo",
  "ngo",
  "bhd",
  // Malaysian and Indonesian legal forms and kinds of business (Syarikat = company, Kedai = shop).
  "sdn",
  "berhad",
  "tbk",
  "syarikat",
  "perniagaan",
  "kedai",
  "restoran",
  "klinik",
  "enterprise",
  "trading",
  "kk",
  "group",
  "holdings",
  "partners",
  "associates",
  "enterprises",
  "industries",
  "bank",
  "university",
  "college",
  "school",
  "academy",
  "hospital",
  "clinic",
  "council",
  "authority",
  "ministry",
  "department",
  "agency",
  "institute",
  "association",
  "foundation",
  "society",
  "trust",
  "hotel",
  // Egypt's joint-stock company (S.A.E, dots dropped) and the Gulf's limited liability company.
  "sae",
  "wll",
  "pvt",
];

/**
 * Legal forms written before the name, in capitals (Indonesia's "PT Maju Jaya Tbk", "CV Sinar
 * Abadi"): the first word of a name of two or more words.
 */
export const ORGANISATION_LEADING_WORDS_EN: readonly string[] = ["pt", "cv"];

/**
 * A client list's own columns also tell its clients' kind. Only a person has a sex: headers of a
 * gender column (folded: spaces and punctuation dropped, lower case) and the values that name one.
 */
export const GENDER_HEADERS: readonly string[] = [
  "性别",
  "性別",
  "客户性别",
  "客戶性別",
  "gender",
  "sex",
  ...ROMANCE_GENDER_HEADERS,
  ...MALAY_GENDER_HEADERS,
];
export const GENDER_VALUES: readonly string[] = [
  "男",
  "女",
  "男性",
  "女性",
  "先生",
  "女士",
  "小姐",
  "m",
  "f",
  "male",
  "female",
  "man",
  "woman",
  "mr",
  "mrs",
  "ms",
  ...MALAY_GENDER_VALUES,
];

/**
 * The ending of a name column's header that only a person's name has: 姓名 (surname and given
 * name; 客户姓名, 會員姓名), where an organisation has a 名称; a Full Name. Written folded.
 */
export const PERSON_NAME_HEADER_ENDINGS: readonly string[] = ["姓名", "fullname"];

/**
 * Words in a name column's header that say its names are organisations' (an "Account Name" in a
 * CRM is a company; 企业名称, 公司名称, 单位名称).
 */
export const COMPANY_NAME_HEADER_WORDS: readonly string[] = [
  "account",
  "company",
  "organisation",
  "organization",
  "business name",
  "firm",
  "企业",
  "企業",
  "公司",
  "单位",
  "單位",
  "机构",
  "機構",
  "商户",
  "商戶",
];

/** An industry written for a private individual on a company list (Industry: Private). */
export const PRIVATE_INDUSTRY_VALUES: readonly string[] = [
  "private",
  "individual",
  "personal",
  "private individual",
  "private client",
  "个人",
  "個人",
  "私人",
  "自然人",
];

/**
 * Courtesy titles written after a Chinese name ("楊靜宜 小姐", "陈杰 先生") or before a Latin one
 * ("Mr. John Lee"): part of how the person was addressed, not of the name. Folded with foldScript.
 */
export const HONORIFICS_AFTER: readonly string[] = ["先生", "小姐", "女士", "太太", "夫人"];
// Not "Dr": Dr Pepper and Dr. Oetker are companies.
export const HONORIFICS_BEFORE: readonly string[] = ["mr", "mrs", "ms", "miss", "mx"];
