import type { WordTable } from "../words";

/** Header words for the Contacts sheet, one list per field key (besides the field's key and labels). */
export const CONTACTS_HEADERS = {
  name: ["contact", "person", "姓名", "联系人", "聯絡人"],
  title: ["position", "job title", "role", "职位", "头衔", "job position", "function", "职称"],
  department: ["dept", "division", "科室"],
  layer: ["level", "decision level", "层次", "决策层级"],
  influence: [
    "power",
    "authority",
    "role in decision",
    "decision role",
    "buying role",
    "权限",
    "角色",
    "采购角色",
    "决策角色",
  ],
  closeness: ["relationship strength", "亲密度", "关系程度"],
  isCoach: ["is coach", "inside contact", "insider", "内线", "教练"],
  character: ["personality", "性格特点"],
} as const satisfies WordTable;
