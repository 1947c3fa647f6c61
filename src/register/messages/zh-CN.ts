import type { MessageCode } from "./en";

/** 简体中文 texts of every coded message; placeholders as in en.ts. */
export const zhCN: Record<MessageCode, string> = {
  "import.title-row": "读作表格上方的标题，未导入。",
  "import.own-sheet": "未导入：此工作表是{what:msg}。",
  "import.no-header": "此工作表中未找到表头行，其中的行未导入。",
  "import.no-header-very-hidden":
    "此工作表为深度隐藏（系统存放自用数据之处，例如导出的元数据），且没有表头行；未导入。",
  "import.sheet-unrecognised":
    "此工作表未被识别为台账工作表，其中的行未导入。可用映射指明其类型，例如“{sheet}!*=客户”。",
  "import.name-from-number":
    "没有列写客户名称：每行的客户以 {header} 中它自己的编号命名，这些编号各不相同。",
  "import.required-unmapped":
    "没有列对应“{field:field}”，而每一行{registerSheet:sheet}都需要它，因此这些行被拒绝。请用“{sheet}!表头={field:field}”映射一列。",
  "what.issues-sheet": "上次导入的问题清单，不是客户数据",
  "what.settings-sheet": "台账设置，不是客户数据",

  "import.row-rejected": "行被拒绝：{reason:msg}",
  "import.planned-visit-next":
    "{date} 的拜访是计划中的拜访，尚未发生（{why:msg}）：其日期已记为第 {row} 行 {visitOn} 拜访的下次拜访日期。",
  "import.planned-visit-left-out":
    "{date} 的拜访是计划中的拜访，尚未发生（{why:msg}）：未作为拜访导入；该客户没有更早的拜访可记下次拜访日期，内容保留于此。",
  "import.planned-visit-kept":
    "{date} 的拜访是计划中的拜访，尚未发生（{why:msg}）：此客户没有更早的拜访可记下次拜访日期，因此按其日期保留；台账把晚于今天的拜访视为计划中的下次拜访，而不是已完成的拜访。",
  "reason.planned-marked": "标注为预定或计划",
  "reason.planned-future": "日期晚于导入当天",
  "reason.planned-not-done": "只填了计划日期，实际日期空白",
  "import.row-skipped": "行被跳过：{reason:msg}。",
  "reason.total": "小计或合计行",
  "reason.section": "分组标题行",
  "reason.note": "注释或占位文字，不是记录",
  "reason.key-not-in-master": "它的编号在所补充的“{master}”中找不到客户",
  "reason.empty-slot": "这一行没有写任何人：只有流水号和各栏在许多行上重复的值",
  "reason.memo-line": "上方记录的备注续行（文字已并入该记录的备注），不是记录",
  "reason.test-entry":
    "测试或示例账户（名称只是测试字样，或标明这一行是测试，如“测试2”“王芳（测试客户）”），不是客户",
  "reason.unused-account":
    "名称注明不得再使用的账户（名称注明“请勿使用”）：已关闭或已被取代，不是客户",
  "reason.mailing-list": "邮件群组（名称是多个同时收信的电子邮件地址），是一群人，不是一个客户",
  "reason.no-one":
    "不代表任何特定对象的账户（现金销售、散客、匿名或访客用户、名称被略去、只剩占位符号），不是客户",
  "reason.anonymous-visitor": "没有姓名，昵称表明用户未留名（匿名）：匿名访客，不是客户",
  "reason.nameless-line":
    "没有姓名，也没有可辨认任何人的电话、邮箱或编号，而表中其他行都写了人：这一行不关于任何人（一笔交易、一个合计或一条备注），不是客户",
  "reason.number-only":
    "没有姓名，只有电话、邮箱或编号，而表中其他行都写了人：这一行没有写明是谁（邮件列表里的地址、未填名称的账户），不是客户",
  "reason.lookup-errors": "每个单元格都是公式错误（#N/A）：查找没有找到内容，不是客户",
  "reason.unfilled-stub":
    "没有姓名，也没有写了名字的行都有的其他资料，只有编号或电话和每行都有的内容：这一行没人填写，不是客户",
  "reason.nickname-only":
    "没有姓名，只有昵称，也没有可联系或识别此人的电话、邮箱或编号：访客，不是客户",
  "reason.cancelled": "已取消的拜访（写有取消原因）：并未发生",
  "reason.hint": "模板的填写提示（必填／选填／格式／示例），不是记录",
  "reason.partner-address": "是 {company} 的地址（{type}），不是客户",
  "reason.repeated-header": "重复的表头行",
  "reason.continues-rejected": "它接续第 {continues} 行，而该行已被拒绝。",
  "reason.required-columns-missing": "没有列包含必填的{fields:fields}。",
  "reason.required-empty": "{field:field}（{column}）为空。",
  "reason.required-unreadable": "{field:field}（{column}）：{problem:msg}",
  "import.column-filled-down":
    "{column} 列：{count} 个空白单元格（第 {first}–{last} 行）已按上方一行填充；这些行都属于上方所写的客户。",
  "import.column-merged-down":
    "{column} 列：合并单元格覆盖的 {count} 个单元格（第 {first}–{last} 行）按合并区域顶部所写的值读取。",
  "import.client-filled-down": "客户单元格为空，此行已关联到上方第 {previousRow} 行的客户。",
  "import.continuation-conflict":
    "此行接续第 {mainRow} 行的客户，但给出了另一个“{field:key}”；保留 {kept}，另一个值已放入备注。",

  "value.unreadable-kept": "{problem:msg} 该单元格留空，原值已放入备注。",
  "value.unreadable-kept-column": "{problem:msg} 该单元格留空，原值已放入“{extra}”列。",
  "value.unreadable": "{problem:msg} 该单元格留空。",
  "value.warning": "{problem:msg}",
  "value.column-kept":
    "{column} 列有 {count} 个值无法读取，例如：{problem:msg} 这些单元格留空，原值已放入备注。各值：{values}；所在行：{rows}。",
  "value.column-kept-extra":
    "{column} 列有 {count} 个值无法读取，例如：{problem:msg} 这些单元格留空，原值已放入“{extra}”列。各值：{values}；所在行：{rows}。",
  "value.column-warning":
    "{column} 列有 {count} 个值有提示，例如：{problem:msg} 各值：{values}；所在行：{rows}。",
  "value.below-min": "数值 {value} 小于允许的最小值 {min}。",
  "value.above-max": "数值 {value} 大于允许的最大值 {max}。",
  "value.year-from-title":
    "{column} 栏：{count} 个日期没有写年份（例如 {example}），已按表格标题所写的唯一年份 {year} 年读取。",
  "value.roc-column":
    "{column} 列使用民国纪年（{evidence}）；其中两位和三位数的年份已按民国年读取（113 → 2024）。",
  "value.period-annualised":
    "{column} 列的金额按月或按季填写（见表头）；台账记的是全年金额，已乘以 {factor} 记录（如 {value} → {annual}）。",
  "value.risk-scale-assumed":
    "{column} 列以数字表示风险等级，表头未写明等级范围；最高为 {highest}，已按 1–{top} 级读取（{bands}：保守型 / 稳健型 / 积极型）。如范围不同，请在表头写明（如“风险等级(1-7)”）。",
  "value.percent-column":
    "{column} 列的比例按百分数填写（0 到 100），已按百分比读取（如 {value} → {percent}%）。",
  "value.two-digit-years":
    "{column} 列的其他日期都写四位年份；其中只能是年份的两位数年份（如 {example}）已按 1950–2049 年读取。",
  "value.short-years-first":
    "{column} 列的日期以两位数年份开头（如 {example}）：整列开头两位数几乎不变、末两位随日变化，故开头两位已按 1950–2049 年读取。",
  "value.premium-annualised": "保费 {value} 为{frequency}；台账记的是年缴保费，已记为 {annual}。",
  "value.loan-negative":
    "贷款以正数余额（{value}）填写；台账中贷款的市值记为负数，已记为 −{value}。",
  "raw.empty-cell": "空单元格",
  "raw.invalid-date": "无效的日期",
  "raw.unreadable": "无法读取的值",
  "value.date-serials":
    "{column} 列中的数字没有日期格式；已按 Excel 日期序号读取（{system} 日期系统），例如 {example} → {iso}。",
  "value.term-not-years": "期限 {value} 不是整数年；已按原样保留，未作换算。",
  "value.id-number-checksum": "证件号码 {value} 校验位不符；已按原样保留，请核对。",
  "value.birthday-from-id": "{count} 个空白生日已按 {column} 列的身份证号填写（校验位无误）。",
  "value.id-number-checksum-column":
    "{column} 列中有 {count} 个证件号码校验位不符（如 {examples}）；已按原样保留，请核对。",
  "value.credit-code-checksum":
    "统一社会信用代码 {value} 校验码不符（GB 32100）；已按原样保留，请核对。",
  "value.id-number-as-number": "证件号码 {value} 以数字形式保存，可能已丢失位数；请核对。",

  "map.no-record-subject":
    '没有列指明这些{registerSheet:sheet}记录关于谁：{headers:quoted}都可能是客户。如果其中一列是客户，请用映射指定，例如 "{sheet}!{header}=客户"。',
  "map.override-ignored": "此列的映射设置被忽略：{why:msg}。",
  "map.override-taken": "已有另一列映射到“{override}”",
  "map.override-unknown": "“{override}”不是{registerSheet:sheet}工作表的字段",
  "map.unit-ambiguous": "此表头中的单位有歧义（{unit:msg}）；其值已放入备注，未作猜测。",
  "map.row-numbers": "此列是连续的行号，未导入（每个问题都注明了源行号）。",
  "map.unmapped-notes":
    "此列不对应{registerSheet:sheet}的任何字段；其值已以“{header}：值”的形式加入备注。{doubt:opt}",
  "map.unmapped-extra":
    "此列不对应{registerSheet:sheet}的任何字段；其值保存在额外的列“{extra}”中。{doubt:opt}",
  "map.doubt": "看起来像{near:key}（置信度 {nearConfidence}），但依据不足：{why1:msg}。",
  "map.doubt-2":
    "看起来像{near:key}（置信度 {nearConfidence}），但依据不足：{why1:msg}；{why2:msg}。",
  "map.no-register-sheet":
    "映射“{mapping}”没有指明台账工作表；请使用以下之一：{sheets}，或用“-”排除此工作表。",
  "map.unit-zhao": "“兆”既可指百万（10^6），也可指万亿（10^12）",
  "map.why.header-is": "表头“{header}”就是“{field:key}”的表头（{confidence}）",
  "map.why.header-resembles": "表头“{header}”近似“{field:key}”的表头（{confidence}）",
  "map.why.header-elsewhere": "该表头恰是另一张工作表（{otherSheet:sheet}）的“{otherField:field}”",
  "map.why.subject": "表头指明了这一行的主体",
  "map.why.owner": "表头指的是负责人",
  "map.why.system-user": "表头指的是录入或修改记录的用户：有列注明负责人时以该列为准",
  "map.why.contact": "表头指的是联系人",
  "map.why.values-contradict": "数据与之不符：{values:msg}",
  "map.why.values-agree": "数据相符：{values:msg}",
  "map.why.placeholder-header": "按数据判断：表头“{header}”是控件名或占位名，不是表头",
  "map.why.values-only": "数据：{values:msg}",
  "map.values.phone": "{share} 是电话号码",
  "map.values.email": "{share} 是电子邮件地址",
  "map.values.date": "{share} 是日期",
  "map.values.words": "{share} 是已知的“{field:key}”词语",
  "map.values.serial": "连续编号",
  "map.values.distinct": "{share} 互不相同",
  "map.values.text": "{text} 文字，{numbers} 数字，{dates} 日期",
  "map.values.numbers": "{share} 是数字",
  "map.values.address": "{share} 是地址",
  "map.values.id-number": "{share} 是证件号码",
  "map.values.birthdays": "{share} 是 18 至 100 年前的日期，很少重复（生日）",
  "map.values.recent-dates": "{share} 是近 15 年内的日期（成为客户的日期）",
  "map.values.person": "{share} 是人名",
  "map.values.ranges": "{share} 是区间（20-50万、50万以上），按原样保留",
  "map.values.company": "{share} 是公司名称",
  "map.why.short-codes":
    "这些值是简短编码（C0005、T0021），比任何证件号码都短：不作为证件号码，保留在备注中，可用 --map 指定",
  "map.why.rounded-numbers":
    "{share} 的值是只按表格显示方式保存的长数字（如 2.1E+14），后面的位数已丢失：这样的数字代表许多号码、对不上任何人，因此不作为客户编号；保留在备注中，除非用 --map 指定",
  "map.why.names-no-one":
    "{share} 的值是{kind:msg}（{examples}）：不是任何人或企业的名称，这一列说不出每行是谁；保留在备注中，可用 --map 指定",
  "map.no-one.opaque": "系统生成的键（UUID、哈希值）",
  "map.no-one.bands": "勾选的区间（年龄段、价格档）",
  "map.no-one.countries": "国家或地区名称",
  "map.no-one.periods": "月份或季度（一月、Q3）",
  "map.why.masked-numbers":
    "{share} 的值是隐去部分数字的号码（004-613-****92157）：打码的账号或卡号对不上任何人，不作为客户编号，保留在备注中，可用 --map 指定",
  "map.why.in-charge-contact":
    "{rows} 行中有 {distinct} 个不同的人：是每个客户自己的负责人（联系人），不是负责多个客户的员工",
  "map.why.staff-by-repetition":
    "{rows} 行客户中只有 {distinct} 个人名，平均每人对应 {each} 个客户：是负责多个客户的员工（负责人）",
  "map.why.owner-superior":
    "“{header}”写的是 {staff} 中员工的上级（每人总是同一个上级）：负责客户的是员工，不是上级",
  "map.why.staff-under-superior":
    "{rows} 行中有 {distinct} 个人，每人总在同一个“{header}”之下：是负责客户的员工（负责人）",
  "map.why.owner-fewer-clients":
    "“{header}”中每个人对应的客户比 {staff} 少，或者写的不是人名：负责客户的员工是那一列",
  "map.why.in-charge-owner":
    "{rows} 行中只有 {distinct} 个人，各自出现在多行：是负责多个客户的员工（负责人）",
  "map.why.lead-temperature": "这些值是线索的意向程度（热/温/冷、高/低意向）：保留在备注中",
  "map.why.product-category": "表头“{header}”指产品：即投诉的类别",
  "map.why.complaint-type":
    "表头“{header}”说明出了什么问题（产品另有一列）：没有其他投诉内容列时作为投诉内容",
  "map.why.override": "由调用方的映射指定",
  "map.why.remembered": "上次导入同一版式时手动选择（台账已记住）",
  "map.why.staff-ids": "其值是“{sheet}”所列员工的编号，每人负责多个客户",
  "map.why.record-key":
    "“{of}”列写记录名称，本列是导出系统给该记录的内部编号（CRM 的关联 ID）：不是台账编号，放入备注",
  "map.why.account-party": "作为按每人所属客户（{subject}）建立的客户的“{field:field}”",
  "map.why.subject-client":
    "作为按每行所写客户（{subject}）建立的{registerSheet:sheet}记录的“{field:field}”",
  "map.why.balance-asset":
    "余额：每位客户最近一期的数字建为{registerSheet:sheet}记录（{field:field}），该列也保留在备注中",
  "map.why.deal-party":
    "作为按每笔商机的对象（{subject}）建立的{registerSheet:sheet}记录的“{field:field}”",
  "map.why.numbered-group":
    "与 {first} 相同的表头、不同的编号：每组有值的栏各成一条{registerSheet:sheet}记录，按 {first} 的方式读取",
  "map.why.review-date":
    "表头写的是与客户接触的日期：读入拜访记录表（{field:field}），每行有日期的客户一次拜访",
  "map.why.relative":
    "表头写的是客户的{relation:msg}：读入家庭成员表（{field:field}），每行写到的每位亲属一位成员",
  "relation.spouse": "配偶",
  "relation.child": "子女",
  "relation.father": "父亲",
  "relation.mother": "母亲",
  "relation.parent": "父母",
  "relation.sibling": "兄弟姐妹",
  "map.why.dependant-row":
    "该栏只在本人姓名或编号空白的行填写：是上方成员的眷属，记入家庭成员表（{field:field}）",
  "map.why.actual-over-plan":
    "表中计划与实际并列：本栏是实际发生的，记为拜访的{field:field}（计划栏 {plan} 保留在备注）",
  "map.why.plan-twin":
    "与实际栏 {actual} 并列的计划：保留在备注；只填了计划的行是尚未发生的计划拜访，不是已完成的拜访",
  "map.why.household-relation":
    "名单按家庭填写：每位亲属与上方客户的关系记入家庭成员表（{field:field}）",
  "map.why.household-name":
    "名单按家庭填写：本人（户主）那一行是客户的姓名，其他各行是亲属的姓名，记入家庭成员表（{field:field}）",
  "map.why.held-products":
    "表头写的是客户已持有的保险：单元格中列出的每个险种各建一张保单，记入保单表（{field:field}）",
  "map.why.tier-column":
    "表头和取值写的是人为给客户定的级别：记入客户分级表，作为该客户的“{field:field}”，原值作为调整原因",
  "map.why.staged-party":
    "“{header}”一列在多数行写的是不同的对象，旁边写着每笔生意进行到哪一步：是每个商机的客户",
  "map.why.drawn-client": "其值指向工作表“{sheet}”中的记录：是每行的客户，不是新的潜在客户",
  "map.why.contact-column":
    "表头写的是该企业的联系人（{contact}）：读入联系人表，作为其“{field:field}”，关联到该客户",
  "map.why.held-policy-column":
    "与已持有的保险（{products} 栏）一起读入，作为保单的“{field:field}”",
  "map.why.row-numbers": "数据按 1、2、3……逐行递增：是行号，不是身份标识",
  "map.why.error-values": "每个值都是公式错误（{example}）：没有可读的数据",
  "map.why.name-many-ids":
    "同一个名字对应 {id} 的多个编号（“{name}”对应 {count} 个）：是经办人员，不是客户",
  "map.why.address-types":
    "“{header}”是 Odoo 的地址类型（联系人、发票地址……）：说明该行是什么，不是客户类型或地址",
  "map.why.repeats-name": "“{header}”重复每行的名称（名称本身，或名称加一个人名）：没有自己的内容",
  "map.why.user-names": "“{header}”中是人名：负责这些客户的用户（销售员）",
  "map.why.do-not-modify":
    "表头“{header}”标明这是系统自用列（记录标识、校验值、时间戳），不是给人看的",
  "map.why.side-note": "表格旁的备注（“{header}”），不是一栏",
  "map.why.transaction": "同一买家的各行取值不同：它记录的是每笔交易，而非客户本身，不写入备注",
  "map.why.hidden": "在源表中是隐藏列：看表的人看不到它",
  "map.why.names-something": "表头“{header}”是一个名称",
  "map.why.name-every-row":
    "表头“{header}”在每一行都写有名称（{rows} 行中 {filled} 行）：这是该行的名称",
  "map.why.second-name":
    "只有 {rows} 行中的 {filled} 行写有名称，而“{header}”每行都有：这是第二个名称（备注）",
  "map.why.distinct-subject": "{filled} 行中有 {distinct} 个不同的值：是这一行的主体",
  "map.why.only-naming": "只有表头“{header}”是名称",
  "map.why.names-person": "表头“{header}”指的是人",
  "map.why.person-beside": "表头“{header}”指的是主体之外的人",
  "map.why.many-rows": "{filled} 行中只有 {distinct} 个不同的名字：是负责多行的人",
  "map.why.attached": "与这一行相关的人",
  "map.why.insured-client": "没有投保人列：被保险人就是客户",
  "map.why.income-persons": "客户类型列表明客户是个人：这是他们自己的收入",
  "map.why.income-personal-ids": "证件号码列是个人身份证号：这是客户自己的收入",
  "map.why.income-sex-column": "多数行填有性别：客户是个人，这是他们自己的收入",
  "map.why.employer-nature-persons": "客户是个人：这是其工作单位的性质，不是企业性质",
  "map.why.name-part": "表头“{header}”是姓名的一部分：与另一部分合并",
  "map.why.name-initial-by-values":
    "{given}、{initial}、{family} 三列合起来在 {rows} 行中的 {people} 行读作人名：是名、中间名缩写与姓，已合并",
  "map.why.name-parts-by-values":
    "{given} 列与 {family} 列合起来在 {rows} 行中的 {people} 行读作人名，单独一列则不然：是名与姓，已合并",
  "map.why.twin-text":
    "{other} 在两列都有值的行上与本列是同一 {field} 文字，且各自填了对方空着的行：两列合并，相同文字只读一次",
  "map.why.organisation-is-client":
    "“{header}”的值是机构名称：机构是客户，“{person}”中的人是那里的人",
  "map.why.number-of-people-met":
    "编的是 {person} 中的人，同一客户（{client}）有多个编号：不是客户的编号",
  "map.why.company-is-client": "表头“{header}”是客户的公司：公司才是客户，“{person}”是该公司的人",
  "map.why.person-at-client": "表头“{header}”是拜访时见到的客户方人员：列为参加人员",
  "map.why.attendees-part": "表头“{header}”也是参加拜访的人：与其他参加人员合并",
  "map.why.owner-among-clients":
    "其中 {share} 的姓名本身就是本清单的客户：这是介绍该客户的人，不是负责的人员",
  "map.why.company-no-employer":
    "客户是企业，企业没有工作单位：这一列写的是另一家机构（母公司或集团）",
  "map.why.alternate-name": "表头是名称的另一种写法（另一种语言或曾用名）：先用更直接的名称列",
  "map.why.category-over-product": "表头直接写明类别：这一列是类别，产品列“{header}”记入备注",
  "map.why.product-beside-category": "这是产品，旁边另有写明类别的列（“{header}”）：按原样记入备注",
  "map.why.insured-number-client":
    "保单未写投保人，也未写被保险人姓名：被保险人编号“{header}”即客户编号",
  "map.why.net-premium": "表头是净保费（扣除佣金或分保后）：先用毛保费或一般的保费列",
  "map.why.company-no-occupation": "客户是企业，企业没有职业：这是其联系人的职务",
  "map.why.people-at-organisations":
    "无表头：{people} 位人员各占一行、写有职务或科室，分属 {organisations} 个单位（{share} 读作单位名称），每人都是该客户的联系人",
  "map.why.organisation-people-header":
    "“{person}”下的人员各写有所在单位（“{header}”：{firms} 个单位、{people} 位人员，同一单位有多人），表头称其为联系人，每人都是该客户的联系人",
  "map.why.organisation-people-order":
    "“{header}”写明每人所在的单位，写在人名之前，多人同属一个单位（{firms} 个单位、{people} 位人员），每人都是该客户的联系人",
  "map.why.firm-people":
    "“{header}”所列的单位下有多位人员（{firms} 个单位、{people} 位人员），每人各占一行、写有自己的资料，每人都是该客户的联系人",
  "map.why.contacts-account":
    "联系人导出表：人员分属“{header}”所列的客户（{accounts} 个客户、{people} 位人员），每人都是该客户的联系人",
  "map.why.person-described":
    "这一行说的是人：{fields:quoted}描述的是个人（身份证号、生日），不是公司",
  "map.why.second-employer":
    "客户是个人，“{header}”也是公司名称，但 {employer} 已经写明各人的工作单位：放入备注",
  "map.why.employer-number": "客户是个人，{employer} 是其公司：“{header}”是公司的编号，不是客户的",
  "map.why.number-of-some":
    "“{header}”只有 {share} 的行填了号码，而 {own} 给每个客户都编了号：它是部分客户才有的某样东西的编号，不是客户编号",
  "map.why.own-number":
    "没有一栏是客户编号，而“{header}”给各行的客户编了号（{filled} 行中有 {distinct} 个不同的编码，不是流水序号）：名单按它管理",
  "map.why.number-many-people":
    "其中 {count} 个编号（如 {example}）出现在不同的人（姓名不同，证件号或电子邮箱也不同）的行上：它编的是这些人持有的东西，不是客户",
  "map.why.name-joined-to-number":
    "几乎每一行的 {whole} 都是客户编号 {number} 加上这一栏的名称：这才是客户的名称",
  "map.why.number-and-name": "只是 {number} 与 {name} 连在一起（公式的副本）：放入备注",
  "map.why.employer-of-persons": "客户是个人，而“{header}”是公司名称：即各人的工作单位",
  "map.why.name-on-more-rows":
    "在 {filled} 行写明客户，而 {other} 只填了 {few} 行：这一列说明每一行是谁",
  "map.why.name-on-few-rows":
    "{rows} 行中只填了 {filled} 行，而 {subject} 几乎每行都写明客户：只是这些行的附加信息",
  "map.why.firm-rows":
    "凡在“{person}”中写了人的行，“{header}”中也写了公司，另有 {firmOnly} 行（共 {firmRows} 行）只写了公司：每一行是公司的",
  "map.why.firm-leads": "“{header}”写在“{person}”的人之前，且每行是不同的公司：每行说的是公司",
  "map.why.firm-contact": "“{firm}”中公司的联系人",
  "map.why.contact-is-client":
    "员工添加的客户名单（企业微信/微信）：“{header}”是客户本人，“{company}”是其工作单位",
  "map.why.same-address": "{share} 的行是同一个地址：记录者自己的邮箱，排在客户各自的邮箱列之后",
  "map.why.deal-money": "商机表中唯一标明币种（{unit}）的金额列：每笔商机的价值",
  "map.why.revenue-companies": "客户是企业，企业没有个人收入：这是其带来的收入",
  "map.why.visit-notes-discussed": "拜访记录中没有别的内容列，这一备注列就是洽谈要点",
  "map.why.phone-fallback":
    "表头“{header}”是同一客户的另一个电话号码：“{primary}”为空时作为电话，否则放入备注",
  "map.why.registered-address": "户籍登记的地址，另有客户居住或收件的地址（“{header}”）：记入备注",
  "map.why.company-with-contact": "表头“{header}”每行写一家公司，旁边是其联系人：公司是客户",
  "map.why.phone-fullest":
    "无表头的表中填有电话号码行数最多的一列：作为电话，其他电话列只在它为空时使用",
  "map.why.phone-ranked-first":
    "表头“{header}”表明它是第一个电话列：作为电话，其他电话列只在它为空时使用",
  "map.why.phone-mobile": "表头“{header}”是手机号码：作为电话，其他电话列只在它为空时使用",
  "map.why.call-number":
    "通话记录的每一行都有电话号码，且没有一栏写客户名称：以所拨打的号码认定客户",
  "map.why.call-moment": "通话记录的每一行都有带时刻的日期：通话的时间",
  "map.why.call-outcome": "通话记录中每通电话的结果（接通与否）：通话的情况",
  "map.why.call-said": "通话记录中最长的文字：通话中说了什么",
  "map.why.phone-length":
    "{share} 的值只是十位或十一位数字，是电话号码的长度而不是证件号码的：电话号码",
  "map.why.mostly-zero": "{share} 的值为零：同一字段另有填写金额的列时，优先用那一列",
  "map.why.calendar-years": "{share} 的值是公历年份（2019、2025）：是某事发生的年份，不是期限",
  "map.why.phone-part": "表头“{header}”是同一客户的另一个电话号码：与电话合并",
  "map.why.compliance-risk":
    "此表是反洗钱审查（政要、受益所有人、制裁）：这个风险等级是银行对客户的评级，不是客户的风险偏好",
  "map.why.masked-phones": "其中 {share} 的号码已打码（138****1234）：按原样保留，不用来区分客户",
  "map.why.month-day": "其中 {share} 的生日没有年份（03-15）：这些留在备注中，不会编造年份",
  "map.why.address-part": "表头“{header}”是地址的一部分：按当地写法并入地址",
  "map.why.date-part": "表头“{header}”是分三列书写的日期中的{part:msg}：与另外两列合成一个日期",
  "map.date-part.year": "年",
  "map.date-part.month": "月",
  "map.date-part.day": "日",
  "map.why.row-own-number":
    "每行一个不同的编号，而{name}中的名称反复出现：这是该行自身的编号，不是客户的",
  "map.why.region": "表头“{header}”是地区：与地址合并",
  "map.why.address-continues": "无表头：其值（城镇、邮编或州省）接续旁边的地址，已并入地址",
  "map.why.place-values": "其中 {share} 的值是地名：并入地址",
  "map.why.attached-is-subject": "没有列指明这一行的主体，而“{header}”每行是不同的人：即客户",
  "map.why.record-subject":
    "表头“{header}”指明每条记录关于谁（{filled} 行中有 {distinct} 个不同的名字）：即客户",
  "map.why.group-holder":
    "第 {header} 列没有表头；其中 {filled} 个名字各写在一组行的第一行（共 {groups} 组），下面留空：每组记录都属于组首所写的人，即客户",
  "map.why.names-by-values":
    "没有表头指明这一行的主体；“{header}”是人名或单位名称，{filled} 行中有 {distinct} 个不同：是客户名称",
  "map.why.key-by-values":
    "没有表头指明客户编号；“{header}”在第一列，每行一个不同的代码（{filled} 行中 {distinct} 个）：是每个客户自己的编号",
  "map.why.first-names": "没有表头指明这一行的主体；“{header}”是第一列互不相同的名称",
  "sheet.why.pivot": "其中有数据透视表标签，例如“{label}”",
  "sheet.why.dashboard": "其名称“{name}”表明它是仪表板",
  "sheet.why.cluster": "其表头{headers:quoted}和数字描述的是分组，不是客户",
  "sheet.why.catalogue": "其表头{headers:quoted}描述的是产品，且没有列指明客户",
  "sheet.why.header-only": "只有表头，下面没有数据行",
  "sheet.why.order-lines":
    "其表头{headers:quoted}描述的是售出的商品，且“{header}”中的买家在许多行重复出现（{rows} 行中只有 {buyers} 位买家）：这是订单簿，每行一件售出的商品",
  "sheet.why.claims":
    "其表头{headers:quoted}记录的是针对保单的理赔，每行一笔理赔：名册中没有存放理赔的工作表",
  "sheet.why.transactions": "其表头{headers:quoted}记录的是销售或订单，每行一笔交易",
  "sheet.why.supplier-names":
    "{column} 栏列出的是工作表“{sheet}”中的供应商（{total} 方中有 {count} 方）：各行是关于供应商的，不是客户",
  "sheet.why.suppliers":
    "其各行是采购记录（{evidence:quoted}）：{column} 栏是供货的供应商，不是客户",
  "sheet.why.trades":
    "各行是买卖交易，不是持有的资产：{rows} 行中“{first}”×“{second}”等于“{amount}”，且资金有进有出（有买有卖）",
  "sheet.why.periods": "其各列是期间（{headers:quoted}），填的是数字",
  "sheet.why.progress":
    "其中 {count} 列是编号排列的任务（{headers:quoted}），逐行打分或标记：记录的是完成这些任务的人的进度，不是客户",
  "sheet.why.checklist":
    "其中 {count} 列只有勾和叉（{marks:quoted}）：是逐行记录各项工作是否完成的核对表",
  "sheet.why.flags": "其中 {count} 列只有 0 和 1 标记",
  "sheet.why.summary-name": "其名称“{name}”且大多是数字：是汇总表",
  "sheet.why.form-lines":
    "其栏目{headers:quoted}在 {forms} 张单据上各写一次，下面只有一行内容：是每张单据自己的信息，不是记录列表",
  "sheet.why.aggregates": "其表头{headers:quoted}是计数和求和，每行一组",
  "sheet.why.place-figures":
    "其各行是地点（{places:quoted}）及其统计数字（{figures:quoted}），没有任何一栏可联系或编号某人：是按地点的统计，不是客户",
  "sheet.why.dropdown-lists":
    "其各列{headers:quoted}是选项清单：每列各是一串互不重复的词，长短不一，各行不是记录",
  "sheet.why.lookup": "它是只有一两列标签或代码的简短列表",
  "sheet.why.place-table":
    "其名称“{name}”表明各行是地点，没有一行写明客户或联系方式：是地点对照表，不是客户",
  "sheet.why.lookup-name":
    "其名称“{name}”且只有几列简短的词语或代码：是下拉选项（字典）表，不是客户",
  "sheet.why.field-list":
    "其列“{header}”为每行给出数据类型（文本、数值、日期）：各行是表单或数据表的字段，不是记录",
  "sheet.why.field-names":
    "其列“{header}”每行是程序里的一个字段名（ride_0、cust_id），旁边写着各字段的含义：是说明另一个文件各列的字段说明，不是记录",
  "sheet.why.settings": "其各列{headers:quoted}是设置：每行一个键及其值",
  "sheet.why.workbook-parts":
    "其中一列列出的是本工作簿自身的部件（{names:quoted}）：其他表格的表头或单元格区域，是工作簿的辅助内容，不是记录",
  "sheet.why.sheet-index":
    "其中一列列出的是本工作簿的其他工作表（{names:quoted}）：它是工作簿的目录",
  "sheet.why.metrics": "其各行是指标（{labels:quoted}）及其数值，不是记录",
  "sheet.why.projection":
    "其各行逐年加一（{headers:quoted}：{from} … {to}），旁边是各列金额：这是一份保单或计划的逐年演示，不是记录",
  "sheet.why.ledger-headings":
    "其列“{header}”写的是账簿的科目或收支项目（{examples:quoted}）：是钱的去向或来源，不是人或公司，也没有哪一列写出或能联系到任何人",
  "sheet.why.points": "其列“{header}”给出加分或扣分（+500、扣200）：各行是计分规则，不是记录",
  "sheet.why.bands":
    "其各行是从“{low}”到“{high}”的区间，每段从上一段的终点开始：是价格或费率表，不是客户",
  "sheet.why.client-repeats":
    "同一客户编号（{header}）在多行重复出现，每行有日期（{date}）和金额（{amount}）：每行一笔交易",
  "sheet.why.party-repeats":
    "“{header}”中的同一名称在多行重复出现，每行有日期（{date}）和金额（{amount}），而“{sheet}”已逐一列出客户：每行一笔交易，没有新客户",
  "sheet.why.staff": "其表头{headers:quoted}描述的是同事（部门、职位、工号），不是客户",
  "sheet.why.logins": "其表头{headers:quoted}是登录账号和密码：这是用户账号清单，不是客户",
  "sheet.why.shared-password":
    "“{header}”列几乎每一行都是同一个密码：这是要开通的用户账号的初始密码，是本单位自己的用户，不是客户",
  "sheet.why.staff-logins":
    "其表头{headers:quoted}是登录用的用户名及其职位或部门：这是本单位系统自己的用户，不是客户",
  "sheet.why.own-unit-names":
    "{column} 栏列出的是工作表“{sheet}”中本单位自己的店铺或分支机构（{total} 个名称中有 {count} 个）：各行是这些店铺或机构，不是客户",
  "sheet.why.own-units":
    "其各行是“{header}”列出的门店或网点，并记有只有经营者自己才会记录的信息（{evidence:quoted}：经营方式、开业日期、面积、是否在营）：是本单位自己的店铺或分支机构，不是客户",
  "sheet.why.founders":
    "{header} 列写的是每人在同一机构中的角色，其中有创始人（{roles:quoted}），且没有列写他们所在的公司：是本机构自己的团队，不是客户",
  "sheet.why.staff-evidence":
    "其名称、表头和内容（{evidence:quoted}）描述的是本单位的人员（部门、职务、分机），不是客户",
  "sheet.why.staff-serving":
    "其人员是“{sheet}”在“{header}”中作为客户经理列出的本单位员工：不是联系人",
  "sheet.unsure.summary":
    '无法确定它是{registerSheet:sheet}（{score}）还是{runnerUp:msg}：{why:msg}。如果它是{registerSheet:sheet}：--map "{sheet}!*={target:sheet}"',
  "sheet.unsure.summary-behind":
    '无法确定它是{registerSheet:sheet}（{score}）：{runnerUp:msg}的可能更高，因为{why:msg}。如果它是{registerSheet:sheet}：--map "{sheet}!*={target:sheet}"',
  "sheet.unsure.few-named": "{rows} 行中只有 {named} 行在“{header}”中写明是谁",
  "sheet.unsure.no-subject": "{rows} 行中没有任何一栏写明每行是谁",
  "sheet.unsure.key-only": "{rows} 行只在“{header}”中给出代码，没有客户的其他资料",
  "sheet.unsure.no-holder": "{rows} 行中没有一行写明是谁的资产（没有客户名称或编号）",
  "sheet.unsure.no-policy":
    "{rows} 行只用“{header}”指客户，却没有保单的任何资料（保单号、险种、保险公司、被保险人或保障期间）：按编号记的数字，不是谁的保单",
  "sheet.unsure.evidence":
    "其各行的证据不支持客户资料（证据 {evidence}，低于 {margin}），最主要的是{against:msg}",
  "sheet.evidence.figures": "其 {share} 的栏是数字",
  "sheet.evidence.periods": "其 {share} 的栏是期间（月份、年份）",
  "sheet.evidence.identifiers": "其所列名称中 {share} 是字段名（如 Cust_Id、客户名称）",
  "sheet.evidence.dated":
    "其所列名称中 {share} 以日期开头（如 20240102）：按日记录的一列列数字，不是客户",
  "sheet.evidence.standIns": "其所列名称中 {share} 不是真实的人（如张三、测试客户、散客）",
  "sheet.evidence.headerless": "它没有表头行",
  "sheet.evidence.othersNotData": "工作簿中其他表格有 {share} 不是台账数据",
  "sheet.evidence.nothing": "其各行没有写明或联系到任何人",
  "sheet.unsure.weak-class": "其表头几乎不像任何台账工作表",
  "sheet.unsure.runner-up-none": "非台账数据（{runnerUpScore}）",
  "sheet.unsure.runner-up-sheet": "{runnerUpSheet:sheet}（{runnerUpScore}）",
  "kind.unsure": "无法确定如何读取的表",
  "import.sheet-unsure": "未导入，{reason:msg}",
  "mapping.unsure": "{where}：不导入，{reason:msg}",
  "sheet.why.plans-on-offer":
    "其各行只列保障条件（保额、保费、年限），不指明客户、被保险人、保单号，也没有保障起止日期：这是在比较的待选产品，不是谁持有的保单",
  "sheet.why.no-client":
    "其各行不指明客户，而旁边的“{sheet}”按客户列出同类记录：这是参考数据，不是客户持有的",
  "sheet.why.breakdown":
    "其数字（{figures:quoted}）与列出客户的“{sheet}”相同，只是改按“{header}”分列：是同一笔业务按产品、月份或地区的分析，不是客户",
  "sheet.why.replaced":
    "其各行在“{header}”中指向“{sheet}”里较晚生效的记录（{rows} 行）：是已被那些记录取代的旧期，不是现行记录，导入会把每笔再加一次",
  "sheet.why.profile-of":
    "其各行都是“{sheet}”中的客户，其余各列都不是登记表字段：这是附在名单旁的档案，不是客户记录",
  "sheet.why.same-people": "所列的人大多已在客户名单“{list}”中：是从那里摘出的，没有新的客户",
  "sheet.why.instructions": "各行说明每个字段如何填写（{header}：必填或选填），不是记录",
  "sheet.why.hidden-copy":
    "是隐藏的工作表，其各行是“{source}”中的记录（其{column}列的 {count} 个值中有 {found} 个在那里）：是数据透视表或报表的数据源，已从“{source}”导入",
  "sheet.why.hidden-rows":
    "是隐藏的工作表，其各行逐格都在“{source}”中（{count} 行中有 {found} 行）：是数据透视表或报表的数据源，已从“{source}”导入",
  "sheet.why.rows-copy":
    "其各行逐格都在“{source}”中（{count} 行中有 {found} 行），那里的行这里也几乎都有：是副本，已从“{source}”导入一次",
  "sheet.why.drawn-repeats":
    "其各行指向“{source}”中的记录（其{column}列的 {count} 个值中有 {found} 个在那里），有的记录占了好几行：记的是为它们做的事（配送、电话、车次），没有新的记录",
  "sheet.why.drawn-from":
    "其各行是“{source}”中的记录（其{column}列的 {count} 个值中有 {found} 个在那里），另加自己的列（{own:quoted}）：是从那里做出的工作清单，没有新的记录",
  "sheet.why.copy-held":
    "其各行是“{source}”中的记录（其{column}列的 {count} 个值中有 {found} 个在那里），所写的内容那里都有（{held}% 的值在那里的对应行中）：是副本，已从“{source}”导入一次",
  "sheet.why.same-list-kept":
    "与“{source}”是同一份名单（其{column}列的 {count} 个值中有 {found} 个在那里，两表所写的内容彼此都有）：只从“{source}”导入一次，那里 {namedSource}% 的行写有名称，这里只有 {namedHere}%",
  "sheet.why.test-tab":
    "其表名表明这是测试或示例（“{word}”），而“{sheet}”中是同类的记录：导入真实的记录，不导入试用的行",
  "sheet.why.duplicates-tab":
    "其表名表明列的是重复的记录（“{word}”），同类的记录在“{sheet}”中：不再重复导入",
  "sheet.why.view-beside":
    "其各行又是{range}处表格中的记录（其{column}列的 {rows} 个值中有 {found} 个指向那里的行，如{values:quoted}）：是由该表做出的视图，不是另外的记录",
  "sheet.why.lookup-of":
    "其{column}列逐一列出“{sheet}”的{other}列在 {rows} 行中所用的值（其 {count} 个值中有 {found} 个在这里，如{values:quoted}）：是这些值的对照表，不是记录",
  "sheet.why.copy-of": "其每一行都重复“{sheet}”中的一行：是副本，已从那里导入",
  "sheet.why.period-grid": "其各行是每个客户每期一行、所有客户同样的期间：是历年数字，不是记录",
  "sheet.why.buyer-log-merged":
    "按客户清单读取：工作簿中没有客户清单，而本表的 {rows} 行是交易记录，{column} 栏列出 {count} 位买家，每位买家的名称只写一次、合并单元格覆盖其订单的各行（{merged} 行）；每位买家即为一位客户，其各行合并为一条。",
  "sheet.why.buyer-log-papers":
    "按客户清单读取：工作簿中没有客户清单，而本表的 {rows} 行是销售记录，每行在 {papers} 栏有各自的订单或发票号（开给买家的单据，不是买家持有的资产），{column} 栏列出 {count} 位买家，多位在多行重复出现；每位买家即为一位客户，其各行合并为一条。",
  "sheet.why.buyer-log":
    "按客户清单读取：工作簿中没有客户清单，而本表的 {rows} 行是交易记录，{column} 栏列出 {count} 位买家，多位在多行重复出现（{evidence:quoted}在同一买家的各行一致）；每位买家即为一位客户，其各行合并为一条。",
  "sheet.why.member-log":
    "按客户清单读取：其 {rows} 行是交易记录（{headers:quoted}），但每行都带有该会员本人的资料（{personal}），同一会员各行一致；按 {column} 栏区分的 {count} 位会员即为客户，每位会员的各行合并为一条。",
  "sheet.why.linked-client-list":
    "按客户清单读取：“{other}”的 {column} 栏用本表的 {id} 指明每行的客户（其 {count} 个编号中有 {found} 个在本表）。",
  "sheet.why.guests":
    "其表头和标题（{evidence:quoted}）列的是活动的宾客（分组、桌号、人数、礼金），不是客户",
  "sheet.why.guests-phonebook": "只有姓名和电话，放在宾客名单“{list}”旁边：是通讯录，不是客户",
  "sheet.why.outline":
    "“{header}”的各项按缩进分成三层以上、层层嵌套：是工作的大纲（项目、阶段、任务），不是客户名单",
  "sheet.why.no-one-named":
    "它的 {rows} 行都没有写出客户名称（没有列写名称，或名称列每一行都是空的）：不写任何人的行没有可登记的内容；如果某一列确实是名称，请把它映射为名称",
  "sheet.why.code-only-rows":
    "各行没有写任何人：只有“{header}”（{ids} …）把每行连到一个客户，工作簿里没有哪张表列出这些客户，其他表头也没说各行要记什么：是按客户编号记的别的东西（价格、申请），没有可导入的",
  "sheet.why.sorting-names":
    "“{header}”在 {rows} 行中只写了 {names} 个名称：这些名称只是把各行分组（商户、网点、渠道），各行记的是别的东西，不是客户名单",
  "sheet.why.daily-report":
    "它是 {days} 个以日期命名、版式相同的工作表之一，每天列出同样的 {names} 个名称和当天的数字，没有任何联系方式：是每天填报的报表（团队或门店的业绩），不是客户名单",
  "sheet.why.staff-on-rows":
    "没有列指明客户：其中的姓名（{names:quoted}）在许多行反复出现，旁边是其所属单位（{units:quoted}），是经办各行的员工",
  "sheet.why.row-role": "其名称、标题或表头（{evidence:quoted}）表明各行是{role:msg}，不是客户",
  "sheet.why.no-contact":
    "其表头（{headers:quoted}）记的是日期、金额或付款，却没有指明客户，也没有说明任何一次接触（地点、人员、目的、谈话内容）：是账目，不是拜访记录",
  "sheet.why.no-complaint":
    "其表头（{headers:quoted}）只因任何带日期的记录都有的词（状态、日期、类型、备注）而像投诉；表中没有任何地方指明投诉、工单或出了什么问题",
  "sheet.why.complaints-against-others":
    "没有列写明投诉人，而 {header} 列写的是被投诉的 {count} 家不同企业（{firms:quoted}）：是公开的对他人的投诉记录，不是您的客户提出的投诉",
  "sheet.why.complaint-history":
    "{header} 列在多行写同一投诉（{rows} 行中只有 {complaints} 个投诉）：是投诉的变更记录，不是投诉本身",
  "sheet.why.unreached-pursuit":
    "表中没有任何联系方式（电话、邮箱或地址），其表头（{headers:quoted}）记的是{pursuit:msg}：是为此列出的人员，不是客户",
  "sheet.why.unreached-first-names":
    "{header:quoted} 列只写名字（{examples:quoted}），旁边只有日期和年份，表中没有任何联系方式（电话、邮箱或地址）：无法分辨、也无从往来的人，不是客户",
  "pursuit.exam": "考试及考生",
  "pursuit.penalty": "主管机关的处罚",
  "pursuit.attendance": "进出场所的签到签退",
  "pursuit.pay": "员工的工资",
  "role.supplier": "供应商",
  "role.staff": "本单位员工",
  "role.student": "学生",
  "role.voter": "选民",
  "role.player": "球员或运动员",
  "role.volunteer": "志愿者",
  "role.friend": "本人的亲友和同学（私人联系人）",
  "role.team": "团队成员",
  "sheet.why.role-people": "其所列人员中有 {share} 在“{sheet}”中列为{role:msg}：在这里也不是客户",
  "sheet.why.staff-people":
    "其中 {share} 的人员是“{sheet}”所列的本单位人员：这是员工资料，不是客户",
  "mapping.loose-cells": "{where}：没有表头的零散单元格，不导入",
  "mapping.no-table": "{where}：未找到表格",
  "mapping.not-data":
    '{where}：不导入（{kind:msg}：{reason:msg}）；如果是台账数据：--map "{tab}!*=客户"',
  "mapping.not-imported": "{where}：不导入",
  "mapping.sheet": "{where} → {registerSheet:sheet}（置信度 {confidence}；表头行 {headerRows}）",
  "mapping.sheet-no-rows":
    "{where} → {registerSheet:sheet}（置信度 {confidence}；表头行 {headerRows}）：表头下没有数据行，未导入；下面的列对应可保存，用于填好数据的工作簿",
  "mapping.sheet-form":
    "{where} → {registerSheet:sheet}（置信度 {confidence}；表单：第 {rows} 行的标签与值，是一条记录）",
  "mapping.sheet-headerless":
    "{where} → {registerSheet:sheet}（置信度 {confidence}；没有表头行：按各列的值识别）",
  "mapping.no-header": "（无表头）",
  "mapping.column": "{letter} {header} → {field:field} {confidence}",
  "mapping.column-notes": "{letter} {header} → （备注） {confidence}",
  "mapping.column-row-numbers": "{letter} {header} → （行号） {confidence}",
  "mapping.column-elsewhere": "{letter} {header} → {target:sheet}.{field:field}（{why:msg}）",
  "mapping.column-transaction": "{letter} {header} → （每笔交易各自的值，未导入）",
  "mapping.column-hidden": "{letter} {header} → （隐藏列，未导入）",
  "mapping.samples": "  例如 {samples}",

  "link.duplicate-client": "重复的客户：{how:msg}。",
  "link.merged-into": "已合并到{target:msg}（{match:msg}）",
  "link.target-client": "客户 {targetId}",
  "link.target-row": "来自 {targetSheet} 第 {targetRow} 行的记录",
  "link.target-existing": "台账中已有的记录",
  "link.match-id": "客户编号相同（{matchId}）",
  "link.match-contact": "姓名相同，且电话或邮箱相同",
  "link.match-bare": "姓名相同，双方都没有电话或邮箱",
  "link.match-card-again": "与上一行或下一行同名，且其中一张只有名称和编号：同一客户连续建了两次",
  "link.match-name-only": "姓名相同，且两行都没有电话、邮箱、证件号码或生日",
  "link.match-id-number": "证件号码相同",
  "link.match-addressed-name-phone": "电话相同，其中一个名字是姓氏加称呼（如“朱女士”与“朱鹏浩”）",
  "link.match-name-phone": "姓名和电话相同",
  "link.match-name-email": "姓名和邮箱相同",
  "link.match-name-birthday-address": "姓名、生日和地址相同",
  "link.match-name-across-sheets": "名称相同，且在两个工作表中都是唯一的客户",
  "link.match-company-name": "企业名称相同，且两行的电话、地址、编号都没有不一致",
  "link.same-client-rows":
    "第 {row} 行（{sheet}）与第 {otherRow} 行（{otherSheet}）是同一客户（{match:msg}）；已合并为一个客户，有冲突的值已放入备注。",
  "link.apart-birthday": "，但生日不同",
  "link.apart-id-number": "，但证件号码不同",
  "link.apart-client-id": "，但客户编号不同",
  "link.apart-phone": "，但电话不同",
  "link.apart-email": "，但邮箱不同",
  "link.apart-address": "，但地址不同",
  "link.apart-several": "，且同名客户不止一位，仅凭名称无法判断是哪一位",
  "link.match-name-same-sheet": "同一工作表中姓名相同，且生日、证件号码、电话和邮箱都没有不同",
  "link.same-name": "另有客户同名（{otherIds}）{why:opt}；作为另一个客户保留。",
  "link.updated": "已更新{target:msg}的“{field:key}”：{other} → {kept}。",
  "link.later-row":
    "{target:msg}的“{field:key}”采用日期较晚的第 {row} 行（{date}）：{kept}；较早的值 {other} 已放入备注。",
  "link.newer-sheet":
    "{target:msg}的“{field:key}”采用较新的工作表“{sheet}”：{kept}；较早的值 {other} 已放入备注。",
  "link.conflict": "{target:msg}的“{field:key}”有冲突：保留 {kept}，另一个值 {other} 已放入备注。",
  "link.also-owner":
    "{target:msg}也由 {other} 跟进（同一客户的另一行）：负责人保留 {kept}，{other} 已放入备注。",
  "link.also-owner-many":
    "{sheet} 中有 {count} 位客户还由另一位员工跟进（同一客户的另一行）：保留一位负责人，另一位已放入备注；例如 {examples}。",
  "link.ids-elsewhere":
    "{rows} 行只用 {column} 指明客户（{count} 个不同编号），本次导入和台账中都没有这些编号的客户：编号按原样保留，导入定义这些编号的客户清单后即与客户关联。",
  "link.unknown-id": "没有客户的编号是 {id}；此行已保留但未关联客户，编号已放入备注。",
  "link.unknown-id-by-name":
    "没有客户的编号是 {id}；此行指明的客户 {name} 只有一位（{clientId}）：已关联到该客户，编号已放入备注。本表其他编号对不上任何客户的行也按客户名称同样关联，不再逐行说明。",
  "link.no-client": "此行没有指明客户；已保留但未关联客户。",
  "link.rows-no-client": "{count} 行没有指明客户；均已保留但未关联客户。所在行：{rows}。",
  "link.rows-unlinked-name":
    "{count} 行所写的客户在名册和本次导入中都没有（{values}）；均已保留但未关联客户，名称已放入备注。所在行：{rows}。",
  "link.unlinked-name": "{why:msg}；此行已保留但未关联客户，名称已放入备注。",
  "link.no-client-named": "没有名为 {name} 的客户",
  "link.several-named": "有多个客户名为 {name}（{ids}）",
  "import.policyholder-column":
    "{column} 栏已作为由 {subject} 栏建立的客户的“{field:field}”（保单备注中也保留一份）。",
  "import.form-read":
    "按表单读取：第 {from}–{to} 行的“标签：值”是一条{registerSheet:sheet}记录（{fields} 个字段），不是表格。",
  "import.linked-to-form":
    "这些行未写客户；它们位于本表 {name} 的表单（第 {row} 行）下方，已关联到该客户。",
  "import.loans-as-assets":
    '各列写的是贷款本身的要素（{columns}）：每行按借款人持有的一笔贷款（资产回顾）读取，姓名用于关联借款人。如果各行就是借款人本身：--map "{sheet}!*=客户"。',
  "import.deal-stages-as-pipeline":
    '“{column}”一列写的是每笔生意进行到哪一步（已报价、洽谈中、已下单、某个阶段）：每行按所写客户的一个商机（开发进度）读取。如果各行就是客户本身：--map "{sheet}!*=客户"。',
  "import.deal-shape-as-pipeline":
    '本表的表头与工作表“{source}”相同，而那张表按每笔生意进行到哪一步读作商机：本表各行也按商机（开发进度）读取，“{column}”一列写的是每个商机的客户。如果各行就是客户本身：--map "{sheet}!*=客户"。',
  "import.lost-sales-as-pipeline":
    '“{columns}”一列写的是生意没做成的原因：只有商机才会丢，所以每行按所写客户的一个商机（开发进度）读取。如果各行就是客户本身：--map "{sheet}!*=客户"。',
  "import.service-calls-as-visits":
    '各行是为客户提供的服务（{words}），表中没有“投诉”之类的字样：每行按与客户的一次接触（拜访记录）读取。如果各行是客户报告的故障：--map "{sheet}!*=客户投诉"。',
  "import.headerless-list":
    "此表没有可识别的表头行：从第 {first} 行起每一行都按{registerSheet:sheet}记录读取，各列只凭其值识别（{fields:fields}），请核对映射。",
  "import.assets-from-classes":
    "已从各资产类别栏 {columns} 建立 {count} 条资产记录：客户持有的每一类各记一条，记为本行持有；合计栏是各类之和，不另记资产。这些栏也保留在客户备注中。",
  "import.assets-from-balance":
    "已从余额栏 {columns} 建立 {count} 条资产记录：每位客户取最近一期的数字，记为本行持有；这些栏也保留在客户备注中。",
  "import.family-from-insured":
    "已从 {insured} 栏建立 {count} 位家庭成员：保单的被保险人不是该客户本人时，按 {relation} 栏的关系记为该客户的家庭成员。",
  "import.owner-from-title":
    "没有栏位写明客户的负责人；表格上方的“{line}”写明了 {owner}，已将其设为本表 {count} 位客户的负责人。",
  "import.policies-by-household":
    "本保单清单按家庭填写：{relation} 栏写明为本人（本人、户长）的行，已从 {subject} 栏建立客户；其下方 {count} 位亲属已作为该客户的家庭成员读入；每一行的保单都属于该家庭的客户，被保险人为该行的人（其中 {policies} 张在亲属的行上）。",
  "import.visits-from-review-dates":
    "已从接触日期栏位 {columns} 建立 {count} 次拜访：上次的日期是当天的一次拜访，下次的日期是它的下次拜访日期（该行没有上次日期时，是当天计划的一次拜访），关联到该行的客户；这些栏位不再写入客户的备注。",
  "import.family-from-columns":
    "已从亲属栏位 {columns} 建立 {count} 位家庭成员：客户那一行写到的每位亲属一位，关联到该客户，关系取自表头；这些栏位不再写入客户的备注。",
  "import.tiers-from-column":
    "已从 {column} 栏读入 {count} 个客户级别：每位客户在表中的级别记入客户分级表的调整级别（人为决定，重新计算分级时保留）；不是登记册级别的值仍写入客户的备注。",
  "import.contacts-from-columns":
    "已从联系人栏位 {columns} 建立 {count} 位联系人：企业那一行写到的每个人一位，关联到该企业，职务、电话、邮箱取自姓名旁的栏位；企业仍是客户，保留自己的电话和邮箱。",
  "import.policies-from-held":
    "已从 {products} 栏建立 {count} 张保单：客户那一行列出的每个险种一张，关联到该客户{premiumNote:opt}；这些栏位不再写入客户的备注。",
  "import.policies-from-held-premium":
    "。{premium} 栏的保费：只列一个险种时记入该保单；列出多个险种时是客户的合计，记入列出的第一张并加注说明，除非单元格按险种分别写了金额",
  "import.policies-of-household-members":
    "其中 {count} 张保单列在亲属那一行（关系见 {relation} 栏）：投保人是该家庭的客户，被保险人是该亲属，关系写在保单备注中。",
  "import.visits-from-calls":
    "这是一份外呼名单：{outcome} 栏显示已接通的 {count} 次通话，已按 {date} 栏的日期记为电话拜访；未接通、空号等通话不记为拜访。",
  "import.family-from-dependant-rows":
    "{count} 行本人姓名或编号空白、在 {column} 栏写明眷属：已作为其上方成员的家庭成员读入，而不是客户。",
  "import.memo-lines":
    "{count} 行只有上一条记录的备注续行（导出时换行未加引号）：已并入其上方记录的备注，未作为记录读入。",
  "import.joined-by-key":
    "本表自身没有客户名称：每一行按{column}并入“{master}”中对应的客户（{count} 个编号中有 {found} 个在那里），不另立客户。",
  "import.empty-slots":
    "有 {count} 行没有写任何人，也没有自己的内容，只有流水号或各栏在许多行上重复的值（第 {rows} 行）：视为名单中的空位，未作为客户导入。",
  "import.derived-unmatched":
    "其中 {count} 行的{column}在“{source}”中找不到（第 {rows} 行：{keys}）：这些行没有随本表导入；如是新记录，请补到“{source}”中",
  "import.named-rows":
    '本工作簿中没有可认出的登记数据，但工作表“{sheet}”是一份逐行不同的名单：{column} 栏在 {rows} 行中各写着一个不同的人或单位，因此按它最像的名单——客户名单——读取，每行作为一个客户导入，由该栏指明客户，并对应其明显的栏（电话、电子邮件、证件号、编号）。如果这不是客户名单，用 --map "{sheet}!*=-" 将其排除。',
  "import.clients-by-values":
    '本工作簿中没有按表头可认出的登记数据，但工作表“{sheet}”按其值看是一份对象名单：{column} 栏在 {rows} 行中每行写着一个不同的对象，因此每行都已作为客户导入，由该栏指明客户。如果这不是客户名单，用 --map "{sheet}!*=-" 将其排除；要改用其他栏作客户，用 --map "{sheet}!表头=客户名称"。',
  "import.party-of-each-row":
    "{column} 栏每行是不同的一方，而 {grouped} 栏只有 {groups} 方、各占多行：各行按 {column} 栏读取，{grouped} 栏放入备注。",
  "import.label-lines":
    "其各行由 A 列的标签区分：标为“{label}”的 {count} 行是客户，每行一位；其余 {others} 行（别的标签及其下的行）是属于客户的内容，不是客户，未导入",
  "import.firms-as-clients":
    "这份名单每家公司只列一位联系人，工作簿里也没有其他表把这些公司列为客户：每家公司按客户读取，那位联系人作为其常用联系人，而不是读入联系人表。",
  "import.values-as-clients":
    "这张表的表头里没有任何台账表的用语：已按数据本身读取，就像人看的那样——{name} 栏是名称，{contact} 栏是其电话或电子邮件——每行按客户读取。",
  "import.people-as-clients":
    "这份人员名单没有指明他们所属的公司或客户（没有单位栏、没有共用的客户编号，工作簿里也没有客户清单）：每个人按客户读取，而不是联系人。",
  "import.group-rows-subject":
    "本表按客户分组填写：{count} 个标题行（第一个在第 {first} 行）各自写明其下方行所属的客户，表中没有客户栏；已将每个标题读作其下方 {rows} 行的客户，标题行本身不是记录。",
  "import.family-from-household":
    "本客户清单按家庭填写：{relation} 栏写明为亲属（配偶、子女等）的 {count} 行，已作为其上方客户的家庭成员读入，而不是客户。",
  "import.clients-from-accounts":
    "工作簿中没有客户清单：已从 {column} 栏（每人所属的客户）建立 {count} 位企业客户；表中每人都已作为所属客户的联系人，没有所属客户的人则建为个人客户。",
  "import.clients-from-deals":
    "工作簿中没有客户清单：已从 {column} 栏（每笔商机的对象）建立 {count} 位客户，商机都已关联到各自的客户。",
  "import.deal-party-column": "{column} 栏已作为由 {subject} 栏建立的客户的“{field:field}”。",
  "import.name-stand-in":
    "{count} 行的 {column} 为空；这些行已保留，并以 {from} 作为名称（例如{examples:quoted}）。",
  "import.deal-updates":
    "有 {count} 行再次写了上面已列出的客户，且本表没有商机编号或商机名称：每位客户的各行视为同一笔商机（共 {deals} 笔，如 {examples}），取最新一行的值；之前不同的值逐一列为更新。",
  "import.numbered-groups":
    "已从编号栏 {later} 再读出 {count} 条{registerSheet:sheet}记录：每组有值的栏各成一条记录，按第一组（{first}）的方式读取。",
  "import.contacts-from-deals":
    "已从 {column} 栏（每笔商机的联系人）建立 {count} 位联系人，各归入 {subject} 栏所写的客户{with:opt}。",
  "import.contacts-from-deals-fields": "（含 {columns}）",
  "import.clients-from-policyholders":
    "工作簿中没有客户清单：已从 {column} 栏（每张保单所属的人）建立 {count} 位客户，保单都已关联到各自的客户。",
  "import.sheet-subject-name":
    '工作表“{sheet}”没有一栏写明各行所属的客户：已将工作表名称“{name}”作为其 {count} 行{registerSheet:sheet}的客户（工作簿中没有客户清单时，会建立该客户）。如果某一栏写的是客户，请指定：--map "{sheet}!表头=客户名称"。',
  "import.sheet-subject-title":
    '工作表“{sheet}”没有一栏写明各行所属的客户：第 {row} 行的标题“{line}”写的是“{name}”，已作为其 {count} 行{registerSheet:sheet}的客户（工作簿中没有客户清单时，会建立该客户）。如果某一栏写的是客户，请指定：--map "{sheet}!表头=客户名称"。',
  "import.clients-from-records":
    "工作簿中没有客户清单：已从 {column} 栏（{registerSheet:sheet}各行所属的客户）建立 {count} 位客户，各行都已关联到各自的客户。",
  "import.record-client-column": "{column} 栏已作为由 {subject} 栏建立的客户的“{field:field}”。",

  // Sheets that are not register data, and the honest outcome (issue 9)
  "import.sheet-not-data":
    "未导入：此工作表看起来是{kind:msg}，不是台账数据（{reason:msg}）。如果它是台账数据，请用映射指明其类型，例如“{tab}!*=客户”。",
  "import.sheet-left-out": "未导入：映射将此工作表排除在外。",
  "import.partner-addresses":
    "有 {count} 行是公司的发票、送货或其他地址（{column}）：已略过，未作为客户导入。",
  "import.partner-companies-made":
    "{column} 中写在人名前的 {count} 家公司（“公司, 人名”）没有自己的行：已将每家公司建为客户，其人员作为联系人。",
  "import.partner-contacts":
    "有 {count} 行是客户公司的人员（公司见 {column}）：每人都作为该公司的联系人导入，而不是作为客户。",
  "import.transaction-columns":
    "有 {count} 列记录的是每笔交易而非买家，未写入客户备注：{columns}。这些列在同一买家的各行取值不同；源工作簿中仍保留它们。",
  "import.hidden-columns":
    "有 {count} 列未导入：它们在源表中是隐藏列，或是系统自用列（“Do Not Modify / 请勿修改”）：{columns}。其值既未导入，也未写入备注；若映射中指名某列，则会导入该列。",
  "import.closed-from-end-date":
    "没有状态但 {column} 填了日期的投诉已标为“已关闭”：案件已在该日期结案。",
  "import.resolved-from-end-date":
    "没有状态但 {column} 填了日期的投诉已标为“已解决”：投诉已在该日期解决。",
  "import.open-without-end-date":
    "既没有状态、{column} 也没有日期的投诉已标为“待处理”：案件尚未结案。",
  "import.kind-from-person-names":
    "没有列给出客户类型：{column} 中的名称都是人名，且表中有个人信息（手机号、性别、生日或身份证号），因此名称为人名的客户都标为个人。",
  "import.kind-from-names":
    "没有列给出客户类型：{column} 中名称为公司或机关单位（…有限公司、…医院、… Ltd）的客户都标为企业。",
  "import.kind-from-id-numbers":
    "没有列给出客户类型：{column} 中有个人证件号码（18 位身份证号、A123456789）的客户都标为个人。",
  "import.kind-from-contact-list":
    "没有列给出客户类型：{column} 中是员工添加的联系人（企业微信/微信），这些客户都标为个人。",
  "import.kind-from-company-columns":
    "没有列给出客户类型：本表的列是企业才有的（{columns}），因此其客户都标为企业。",
  "import.kind-from-person-columns":
    "没有列给出客户类型：{columns} 中填有性别、生日或个人收入的客户都标为个人（企业没有这些）。",
  "value.unit-outlier":
    "{value} 约为本列常见数值的 {times} 倍，而本列表头以 {multiplier} 为单位计数：已读作 {amount}。它可能是按全额书写的，请核对。",
  "value.other-currency":
    "金额 {value} 以 {written} 书写，不是本列的 {currency}：数值按 {written} 原样保留，未换算，原文已记入备注。",
  "value.other-currency-in-row":
    "金额 {value} 是 {written}（见 {column} 栏），不是本表其他金额的 {currency}：数字按原样保留，未换算，币种留在旁边一栏。",
  "value.other-currency-row":
    "金额 {value} 以 {written} 书写，不是本列的 {currency}：数值按 {written} 保留，未换算；该行币种为空时已设为 {written}。",
  "value.other-currency-than-row":
    "金额 {value} 以 {written} 书写，不是该行的币种 {currency}：数值按 {written} 原样保留，未换算，原文已记入备注；该行币种仍为 {currency}。",
  "import.note-unit":
    "表格旁的备注“{note}”写明了金额的单位：{columns} 的数字已按此单位读入（{unit}），这些栏的表头本身没有写单位。",
  "import.side-note": "表格旁 {range} 处的备注，原文保留在此：它不属于任何客户，未导入。",
  "import.loose-cells": "未导入：{range} 处的单元格独立于本工作表的表格之外，且没有自己的表头。",
  "import.nothing-imported": "没有导入任何内容：{sourceRows} 行源数据，没有一行成为台账记录。",
  "import.no-data-rows":
    "没有可导入的内容：工作簿中的表只有表头，下面没有数据行。已列出各列将如何对应，可保存为对应文件，用于填好数据的工作簿。",
  "import.sheet-all-rejected": "此工作表的每一行都被拒绝（{rejected} 行）。",
  "kind.pivot": "数据透视表",
  "kind.dashboard": "仪表板",
  "kind.catalogue": "产品目录",
  "kind.suppliers": "供应商的记录",
  "kind.transactions": "交易流水",
  "kind.cluster": "聚类或客群表",
  "kind.matrix": "数字矩阵",
  "kind.summary": "汇总表",
  "kind.lookup": "对照表",
  "kind.people": "非客户的人员或单位名单",
  "kind.guests": "宾客名单",
  "kind.unnamed": "未指明客户的记录",
  "kind.no-complaint": "没有投诉内容的记录",
  "kind.history": "其他记录的变更历史",
  "kind.copy": "从另一份名单摘出的名单",
  "kind.instructions": "模板填写说明",
  "kind.checklist": "工作核对表",
  "kind.form-lines": "每张单据上重复的栏目",
  "kind.empty": "空表",
  "import.required-date-unmapped":
    "没有列对应“{field:field}”，这些行已导入，该字段留空。如果工作表中有此列，请用“{sheet}!表头={field:field}”映射。",

  // Re-import into an edited register (issue 13)
  "what.import-state-sheet": "以往导入记下的来源信息，不是客户数据",
  "import.merge-conflict":
    "{record:msg}的“{field:key}”有冲突：台账（{registerSheet:sheet}）中是 {registerValue}，来源（{sourcePlace:msg}）中是 {sourceValue}；自上次导入以来两边都改过。{outcome:msg}",
  "merge.kept-register": "保留了台账中的值（用 --prefer source 改为采用来源的值）。",
  "merge.took-source": "采用了来源的值（--prefer source）。",
  "merge.updated": "已按来源更新{record:msg}的“{field:key}”：{from} → {to}。",
  "record.client": "客户 {clientId}",
  "record.child": "客户 {clientId} 的{registerSheet:sheet}记录",
  "record.unlinked": "未关联客户的{registerSheet:sheet}记录",
  "record.group": "分组",
  "place.cell": "{sourceSheet} 第 {sourceRow} 行，{sourceColumn} 列",
  "place.row": "{sourceSheet} 第 {sourceRow} 行",
  "import.cell-cut":
    "“{field:key}”中的文字有 {length} 个字符，Excel 单元格最多容纳 {limit} 个。单元格保留前 {limit} 个字符，完整文字见本条的值。",

  // Cell values the normalisers could not read, or read with a warning (src/importer/normalize)
  "date.not-calendar": "日期 {value} 不是真实存在的日期（年 {year}，月 {month}，日 {day}）。",
  "date.excel-range": "日期 {value} 的年份是 {year}；Excel 只能存储 1900 至 9999 年的日期。",
  "date.roc-year-range": "日期 {value} 的民国年份为 {rocYear}，超出 1 至 {max} 的范围。",
  "date.short-year":
    "日期 {value} 的年份只有两位或三位，无法确定。请用四位数写年份；如果该列使用民国纪年，请将其标为民国日期。",
  "date.year-after-era": "日期 {value} 在民国纪年标记后写了四位数年份。",
  "date.no-month": "日期 {value} 中没有可以作为月份的部分。",
  "date.order-unlike-column":
    "日期 {value} 按{order:msg}读取，与该列其他日期不同，因为 {notMonth} 不可能是月份。",
  "date.day-month": "日/月",
  "date.month-day": "月/日",
  "date.ambiguous-order":
    "日期 {value} 的日月顺序不明确：可能是 {b} 月 {a} 日，也可能是 {a} 月 {b} 日。请写成 YYYY-MM-DD，或说明该列的顺序。",
  "date.not-a-time": "日期 {value} 后面的内容不是时间。",
  "date.unreadable": "日期 {value} 无法读取。",
  "date.incomplete": "日期 {value} 不完整：需要年、月、日。",
  "date.no-day": "日期 {value} 不完整：缺少日。",
  "date.no-year": "日期 {value} 不完整：缺少年份。",
  "date.only-year": "日期 {value} 不完整：只有年份。",
  "date.not-a-date-text": "值 {value} 不是可以读取的日期。",
  "date.fake-leap-day":
    "Excel 日期序号 {value} 对应 1900-02-29，这一天并不存在（Excel 的已知错误）。",
  "date.serial-range": "数字 {value} 超出 Excel 日期的范围（1 至 {max}）。",
  "date.text-serial": "文本 {value} 已按 Excel 日期序号读取（{iso}）。",
  "date.small-serial":
    "数字 {value} 已按 Excel 日期序号读取（{iso}）；如果它是年份或数量，请填写完整日期。",
  "date.not-a-date": "值 {value} 不是日期。",
  "date.time-only": "单元格中只有时间 {value}，没有日期。",
  "cell.invalid-date": "单元格中是无效的日期。",
  "cell.excel-error": "单元格中是 Excel 错误值 {error}。",
  "cell.unreadable": "值 {value} 不是可以读取的单元格值。",
  "cell.placeholder-blank": "值 {value} 已按空白读取。",
  "number.not-a-number": "值 {value} 不是数字。",
  "number.ambiguous-comma":
    "值 {value} 中的逗号无法确定是否为小数点：可能是 {asPoint}，也可能是 {asGroups}。请用小数点书写，或将工作簿标为使用小数逗号。",
  "number.bad-groups": "值 {value} 的千位分隔符不是每三位一组。",
  "number.decimal-marks": "值 {value} 有不止一个小数点。",
  "number.separators-after-decimal": "值 {value} 的小数点后有分隔符。",
  "number.after-unit": "值 {value} 单位后面的数字有多种读法。",
  "number.bad-unit": "值 {value} 的单位“{unit}”无法读取。",
  "number.unit-order": "值 {value} 的单位顺序不构成一个金额。",
  "number.no-number": "值 {value} 中没有数字。",
  "number.signs": "值 {value} 有不止一个正负号。",
  "number.zhao":
    "值 {value} 使用了“兆”，含义不明确（兆可指 10^6 或 10^12）；请用万或亿，或写出完整金额。",
  "number.percent-and-unit": "值 {value} 同时带有百分号和单位或货币。",
  "number.too-large": "值 {value} 太大。",
  "number.column-unit-ambiguous": "该列的单位不明确，因此无法读取值 {value}。",
  "number.not-finite": "值 {value} 不是有限的数字。",
  "number.date-not-amount": "值 {value} 是日期，不是金额。",
  "number.not-amount": "值 {value} 不是金额。",
  "number.not-whole": "值 {value} 不是整数。",
  "number.unsafe-integer": "值 {value} 太大，无法精确存储。",
  "number.score-range": "评分 {value} 超出允许范围 {min} 至 {max}。",
  "number.percent-read": "值 {value} 已按 {percent}% 读取。",
  "text.unreadable": "值 {value} 无法作为文本读取。",
  "phone.no-digits": "电话号码 {value} 中没有数字。",
  "phone.words": "电话号码 {value} 是文字，数字太少，不是号码。",
  "phone.bad-number": "电话号码 {value} 是一个不可能是电话号码的数字。",
  "phone.as-number": "电话号码 {value} 以数字形式存储，开头的 0 或“+”可能已丢失；请核对。",
  "phone.unreadable": "值 {value} 无法作为电话号码读取。",
  "email.date": "值 {value} 是日期，不是电子邮箱地址。",
  "email.several":
    "一个单元格里有 {count} 个电子邮箱地址：第一个 {first} 作为电子邮箱；单元格原文保留在备注中。",
  "email.invalid": "电子邮箱地址 {value} 看起来无效；已按原样保留。",
  "enum.not-allowed": "值 {value} 不是允许的值之一：{allowed:values}。",
  "stage.outcome": "值 {value} 说的是商机的结果（丢单、放弃或撤回），不是五个阶段中的哪一个。",
  "enum.ambiguous": "值 {value} 可能指 {keys:values} 中的多个；请使用确切的值。",
  "yesno.unreadable": "值 {value} 不是“是”或“否”的回答；请用 是/否、Y/N、✓/✗、true/false 或 1/0。",
  "term.not-years-text": "值 {value} 不是以年计的期限。",
  "term.unreadable": "值 {value} 无法作为期限读取。",
  "term.single-premium": "{value} 为趸缴（一次缴清）：缴费年期记为 1 年，原文保留。",
  "number.absurd": "金额 {value} 超出 ±10^15，不太可能是真实金额；已按读取的值保留，请核对。",
  "value.characters-removed":
    "{column} 列中有 {count} 个单元格的文本含有不可见的控制字符或零宽字符（{chars}），已删除。",

  "cli.import-summary":
    "源数据 {sourceRows} 行：导入 {imported}，合并 {merged}，跳过 {skipped}，拒绝 {rejected}；问题 {issues} 条（错误 {errors}，警告 {warnings}，提示 {notes}）。",
  "cli.wrote": "已写入 {file}。",
  "cli.kept-own-sheets": "已保留 {file} 中您自己的工作表：{sheets}。",
  "cli.init-wrote": "已将空白台账写入 {file}（{lang}，{style} 公式）。",
  "cli.review-wrote-one": "已写入 {file}：台账及 1 张回顾表（{lang}，截至 {date}）。",
  "cli.review-wrote": "已写入 {file}：台账及 {count} 张回顾表（{lang}，截至 {date}）。",
  "cli.review-summary": "已将客户总览写入 {file}。",
  "cli.review-masked-left-out":
    "脱敏文件未包含以下工作表（其中可能有个人信息）：{sheets}。未脱敏的回顾文件会保留它们。",
  "write.cell-not-number": "{value} 不是 Excel 能保存的数字",
  "write.cell-too-long": "文本长 {length} 个字符，而一个 Excel 单元格最多容纳 {max} 个",
  "write.record-cell":
    "工作表“{sheetKey:sheet}”第 {record} 条记录的“{column}”列：{problem:msg}。未做任何更改。",
  "write.table-cell": "工作表“{sheetName}”第 {row} 行的“{column}”列：{problem:msg}。未做任何更改。",
  "write.grid-cell": "工作表“{sheetName}”的单元格 {cell}：{problem:msg}。未做任何更改。",
  "write.row-too-wide":
    "工作表“{sheetName}”第 {row} 行有 {cells} 个单元格，而表格 {table} 只有 {columns} 列。未做任何更改。",
  "write.header-too-large":
    "工作表“{sheetName}”的表头行约需 {size}，超过一次请求能传送的上限（{max}）。未做任何更改。",
  "write.row-too-large":
    "工作表“{sheetName}”第 {row} 行约需 {size}，超过一次请求能传送的上限（{max}）。未做任何更改。",
  "write.record-too-large":
    "工作表“{sheetKey:sheet}”第 {record} 条记录约需 {size}，超过一次请求能传送的上限（{max}）。未做任何更改。",
  "write.structure-protected":
    "工作簿结构受保护，因此建立台账时无法添加工作表 {sheets:quoted}。请取消保护工作簿（审阅 › 保护工作簿）后重新建立。未做任何更改。",
  "write.sheet-protected":
    "工作表“{sheetName}”受保护，因此建立台账时无法{what:msg}。请取消保护工作表“{sheetName}”后重新建立。未做任何更改。",
  "write.what.add-columns": "向表格 {table} 添加列 {columns:quoted}",
  "write.what.fill-sheet": "填写这张空白工作表",
  "write.refused-reviews": "Excel 拒绝了新的回顾表，因此保留了原有的回顾表：{error}",
  "write.refused-issues": "Excel 拒绝了新的导入问题表，因此保留了原有的问题表：{error}",
  "write.settings-name-missing":
    "工作簿中没有名称 {name}（“设置”工作表）。请先建立台账，再重新保存设置。未做任何更改。",
  "write.settings-name-shape":
    "名称 {name} 指向 {address}，而不是建立台账时的 {rows}×{columns} 个单元格。请修正或删除该名称，然后重新建立台账。未做任何更改。",
  "write.no-table": "台账中没有“{sheetKey:sheet}”表格（{table}）。请先建立台账，然后重试。",
  "review.missing-table":
    "客户总览要读取表格 {table}（工作表“{sheetKey:sheet}”），但此工作簿没有它。请运行“建立台账”补上缺少的台账表格，再重新生成；原有的回顾表已保留。",
  "review.missing-column":
    "客户总览要读取表格 {table} 的“{column}”列，但表格中没有加载项能识别的这一列（已改名或删除）。请把列名改回可识别的名称（如“{column}”）或运行“建立台账”补上，再重新生成；原有的回顾表已保留。",
  "complaint.needs-client": "投诉需要填写客户编号。",
  "complaint.bad-severity": "严重程度须为 {allowed:values} 之一，而不是 {value}。",
  "complaint.received-after-today": "投诉的受理日期不能是 {date}，晚于今天。",
  "complaint.cannot-move":
    "{id} 目前为“{from:values}”，不能改为“{to:values}”（可改为：{allowed:values}）。",
  "complaint.closed-stays":
    "{id} 目前为“{from:values}”，不能改为“{to:values}”（已关闭的投诉保持关闭）。",
  "complaint.resolved-before-received": "{id} 不能在 {date} 解决，早于受理日期（{received}）。",
};
