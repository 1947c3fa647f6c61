import type { WordTable } from "../words";

/** Header words for the Family sheet, one list per field key (besides the field's key and labels). */
export const FAMILY_HEADERS = {
  memberName: [
    "member",
    "name",
    "family member",
    "姓名",
    "家属姓名",
    "眷属姓名",
    "dependant name",
    "dependent name",
    "成员",
    "家庭成员",
  ],
  relation: ["relationship", "relation to client", "与客户关系", "称谓"],
  age: ["岁数"],
  occupationOrSchool: [
    "school",
    "occupation",
    "work or study",
    "学校",
    "就读学校",
    "工作单位",
    "职业",
    "就读/工作",
  ],
} as const satisfies WordTable;
