import type { MessageCode } from "./en";

/** 简体中文 texts of every coded message; placeholders as in en.ts. */
export const zhCN: Record<MessageCode, string> = {
  "import.title-row": "读作表格上方的标题，未导入。",
  "import.own-sheet": "未导入：此工作表是{what:msg}。",
  "import.no-header": "此工作表中未找到表头行，其中的行未导入。",
  "import.sheet-unrecognised":
    "此工作表未被识别为台账工作表，其中的行未导入。可用映射指明其类型，例如“{sheet}!*=Clients”。",
  "import.required-unmapped":
    "没有列对应“{field:field}”（{field}），而每一行{registerSheet:sheet}都需要它，因此这些行被拒绝。请用“{sheet}!表头={field}”映射一列。",
  "what.issues-sheet": "上次导入的问题清单，不是客户数据",
  "what.settings-sheet": "台账设置，不是客户数据",

  "import.row-rejected": "行被拒绝：{reason:msg}",
  "import.row-skipped": "行被跳过：{reason:msg}。",
  "reason.total": "小计或合计行",
  "reason.section": "分组标题行",
  "reason.repeated-header": "重复的表头行",
  "reason.continues-rejected": "它接续第 {continues} 行，而该行已被拒绝。",
  "reason.required-columns-missing": "没有列包含必填的{fields:fields}。",
  "reason.required-empty": "{field:field}（{column}）为空。",
  "reason.required-unreadable": "{field:field}（{column}）：{problem:msg}",
  "import.client-filled-down": "客户单元格为空，此行已关联到上方第 {previousRow} 行的客户。",
  "import.continuation-conflict":
    "此行接续第 {mainRow} 行的客户，但给出了另一个“{field:key}”；保留 {kept}，另一个值已放入备注。",

  "value.unreadable-kept": "{problem:msg} 该单元格留空，原值已放入备注。",
  "value.unreadable": "{problem:msg} 该单元格留空。",
  "value.warning": "{problem:msg}",
  "value.below-min": "数值 {value} 小于允许的最小值 {min}。",
  "value.above-max": "数值 {value} 大于允许的最大值 {max}。",
  "value.roc-column":
    "{column} 列使用民国纪年（{evidence}）；其中两位和三位数的年份已按民国年读取（113 → 2024）。",
  "value.two-digit-years":
    "{column} 列的其他日期都写四位年份；其中只能是年份的两位数年份（如 {example}）已按 1950–2049 年读取。",
  "value.loan-negative":
    "贷款以正数余额（{value}）填写；台账中贷款的市值记为负数，已记为 −{value}。",
  "raw.empty-cell": "空单元格",
  "raw.invalid-date": "无效的日期",
  "raw.unreadable": "无法读取的值",
  "value.date-serials":
    "{column} 列中的数字没有日期格式；已按 Excel 日期序号读取（{system} 日期系统），例如 {example} → {iso}。",
  "value.term-not-years": "期限 {value} 不是整数年；已按原样保留，未作换算。",
  "value.id-number-checksum": "证件号码 {value} 校验位不符；已按原样保留，请核对。",
  "value.id-number-as-number": "证件号码 {value} 以数字形式保存，可能已丢失位数；请核对。",

  "map.override-ignored": "此列的映射设置被忽略：{why:msg}。",
  "map.override-taken": "已有另一列映射到“{override}”",
  "map.override-unknown": "“{override}”不是{registerSheet:sheet}工作表的字段",
  "map.unit-ambiguous": "此表头中的单位有歧义（{unit}）；其值已放入备注，未作猜测。",
  "map.row-numbers": "此列是连续的行号，未导入（每个问题都注明了源行号）。",
  "map.unmapped-notes":
    "此列不对应{registerSheet:sheet}的任何字段；其值已以“{header}：值”的形式加入备注。",
  "map.unmapped-extra":
    "此列不对应{registerSheet:sheet}的任何字段；其值保存在额外的列“{extra}”中。",
  "map.no-register-sheet":
    "映射“{mapping}”没有指明台账工作表；请使用以下之一：{sheets}，或用“-”排除此工作表。",

  "link.duplicate-client": "重复的客户：{how:msg}。",
  "link.merged-into": "已合并到{target:msg}（{match:msg}）",
  "link.target-client": "客户 {targetId}",
  "link.target-row": "来自 {targetSheet} 第 {targetRow} 行的记录",
  "link.target-existing": "台账中已有的记录",
  "link.match-id": "客户编号相同（{matchId}）",
  "link.match-contact": "姓名相同，且电话或邮箱相同",
  "link.match-bare": "姓名相同，双方都没有电话或邮箱",
  "link.match-name-only": "姓名相同，且两行都没有电话、邮箱、证件号码或生日",
  "link.match-id-number": "证件号码相同",
  "link.match-name-phone": "姓名和电话相同",
  "link.match-name-email": "姓名和邮箱相同",
  "link.match-name-birthday-address": "姓名、生日和地址相同",
  "link.same-client-rows":
    "第 {row} 行（{sheet}）与第 {otherRow} 行（{otherSheet}）是同一客户（{match:msg}）；已合并为一个客户，有冲突的值已放入备注。",
  "link.same-name": "另有客户同名（{otherIds}），但电话和邮箱都不相同；作为另一个客户保留。",
  "link.updated": "已更新{target:msg}的“{field:key}”：{other} → {kept}。",
  "link.conflict": "{target:msg}的“{field:key}”有冲突：保留 {kept}，另一个值 {other} 已放入备注。",
  "link.unknown-id": "没有客户的编号是 {id}；此行已保留但未关联客户，编号已放入备注。",
  "link.no-client": "此行没有指明客户；已保留但未关联客户。",
  "link.unlinked-name": "{why:msg}；此行已保留但未关联客户，名称已放入备注。",
  "link.no-client-named": "没有名为 {name} 的客户",
  "link.several-named": "有多个客户名为 {name}（{ids}）",

  // Sheets that are not register data, and the honest outcome (issue 9)
  "import.sheet-not-data":
    "未导入：此工作表看起来是{kind:msg}，不是台账数据（{reason}）。如果它是台账数据，请用映射指明其类型，例如“{sheet}!*=Clients”。",
  "import.sheet-left-out": "未导入：映射将此工作表排除在外。",
  "import.loose-cells": "未导入：{range} 处的单元格独立于本工作表的表格之外，且没有自己的表头。",
  "import.nothing-imported": "没有导入任何内容：{sourceRows} 行源数据，没有一行成为台账记录。",
  "import.sheet-all-rejected": "此工作表的每一行都被拒绝（{rejected} 行）。",
  "kind.pivot": "数据透视表",
  "kind.dashboard": "仪表板",
  "kind.catalogue": "产品目录",
  "kind.transactions": "交易流水",
  "kind.cluster": "聚类或客群表",
  "kind.matrix": "数字矩阵",
  "kind.summary": "汇总表",
  "kind.lookup": "对照表",
  "import.required-date-unmapped":
    "没有列对应“{field:field}”（{field}），这些行已导入，该字段留空。如果工作表中有此列，请用“{sheet}!表头={field}”映射。",

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
  "phone.bad-number": "电话号码 {value} 是一个不可能是电话号码的数字。",
  "phone.as-number": "电话号码 {value} 以数字形式存储，开头的 0 或“+”可能已丢失；请核对。",
  "phone.unreadable": "值 {value} 无法作为电话号码读取。",
  "email.date": "值 {value} 是日期，不是电子邮箱地址。",
  "email.invalid": "电子邮箱地址 {value} 看起来无效；已按原样保留。",
  "enum.not-allowed": "值 {value} 不是允许的值之一：{allowed:values}。",
  "enum.ambiguous": "值 {value} 可能指 {keys:values} 中的多个；请使用确切的值。",
  "yesno.unreadable": "值 {value} 不是“是”或“否”的回答；请用 是/否、Y/N、✓/✗、true/false 或 1/0。",
  "term.not-years-text": "值 {value} 不是以年计的期限。",
  "term.unreadable": "值 {value} 无法作为期限读取。",
  "number.absurd": "金额 {value} 超出 ±10^15，不太可能是真实金额；已按读取的值保留，请核对。",
  "value.characters-removed":
    "{column} 列中有 {count} 个单元格的文本含有不可见的控制字符或零宽字符（{chars}），已删除。",
};
