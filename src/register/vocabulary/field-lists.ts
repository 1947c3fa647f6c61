/**
 * Headers of a field dictionary: one column naming each field of another file (欄位名稱, 字段名,
 * Field Name, Variable) and one saying what it holds (欄位說明, 字段说明, Description). Written
 * folded (简体, lower case): headers are folded before they are looked up, so 欄位/栏位 and
 * "Field" / "FIELD" are one spelling each. English words match whole words only.
 */
import type { WordTable } from "./words";

export const FIELD_LIST_HEADERS = {
  /** The column naming each field. */
  field: [
    "栏位",
    "字段",
    "变数",
    "变量",
    "field",
    "fields",
    "fieldname",
    "column name",
    "columnname",
    "variable",
    "attribute name",
  ],
  /** The column saying what each field holds. */
  meaning: ["说明", "描述", "定义", "含义", "意义", "解释", "description", "definition", "meaning"],
} as const satisfies WordTable;
