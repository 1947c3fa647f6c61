/**
 * What makes a name read as a person's: a common Chinese surname in front (in Simplified form;
 * Traditional names are folded with foldScript before they are compared), a polite form of
 * address after it, and, for a name in Latin letters, no word of a legal form or a kind of body.
 */

/** The common single-character surnames of the mainland, Taiwan and Hong Kong (Simplified). */
export const COMMON_SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏" +
  "吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万" +
  "钱严覃武戴莫孔向汤赖洪游詹庄施涂翁柯萧简连纪温欧卓巫邢车齐康伍安倪牛鲁聂庞祝包左殷单甘关凌申" +
  "丘戚柳苗葛童季骆岳宁蓝尤阮麦练全辛滕易常乔文樊兰俞饶章耿席柴焦谷颜邬宫华梅盛裴管褚阎云蒲邝冼" +
  "岑区";

/** Two-character surnames: 欧阳, 司马, 张简 … */
export const COMPOUND_SURNAMES = [
  "欧阳",
  "司马",
  "上官",
  "诸葛",
  "司徒",
  "东方",
  "皇甫",
  "慕容",
  "令狐",
  "张简",
  "范姜",
  "夏侯",
  "尉迟",
  "公孙",
];

/** Polite forms of address written after a name (陈先生, 林小姐, 王太太): the name is a person's. */
export const NAME_HONORIFICS = ["先生", "小姐", "女士", "太太", "夫人", "老师", "医生", "博士"];

/**
 * Familiar forms of address a caller writes after a surname instead of the given name (张姐, 李哥,
 * 王总, 刘经理): with the polite ones, a surname and one of these stands for a person whose full
 * name the list may give elsewhere.
 */
export const FAMILIAR_ADDRESS = ["姐", "哥", "总", "经理", "老板", "师傅", "阿姨", "叔"];

/**
 * Personal titles written before a Latin-letter name (lower case, without their dot): Mrs Ada
 * Obi, Dr. Ken Mills, Engr. Musa Bello, Bldr. (Mrs) Tola Ade. A name behind one is a person's.
 */
export const NAME_TITLES = [
  "mr",
  "mrs",
  "ms",
  "miss",
  "mx",
  // Madam, as Singapore and Malaysia write it for a married or older woman.
  "mdm",
  "madam",
  "dr",
  "prof",
  "sir",
  "dame",
  "rev",
  "pastor",
  "chief",
  "alhaji",
  "alhaja",
  "engr",
  "arc",
  "bldr",
  "barr",
  "hon",
  "atty",
  "capt",
  "shri",
  "smt",
  "sri",
];

/** Words that make a Latin-letter name an organisation's, not a person's (lower case). */
export const ORGANISATION_WORDS = [
  "ltd",
  "limited",
  "inc",
  "incorporated",
  "llc",
  "llp",
  "plc",
  "corp",
  "corporation",
  "co",
  "company",
  "gmbh",
  "ag",
  "sa",
  "bv",
  "group",
  "holdings",
  "bank",
  "trust",
  "foundation",
  "association",
  "society",
  "council",
  "school",
  "college",
  "university",
  "hospital",
  "clinic",
  "church",
  "club",
  "partners",
  "services",
  "solutions",
  "systems",
  "trading",
  "logistics",
  "foods",
  "store",
  "shop",
  "studio",
  "agency",
];
