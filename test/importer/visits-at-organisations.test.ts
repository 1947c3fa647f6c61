/**
 * A visit log naming the person met (姓名, Name) and the organisation they belong to under a header
 * that is no company word (醫院, 医院, Site): the values end as organisations' names do, so the
 * organisation is the client the visit is with and the person is whom we met. A record number kept
 * per person (several to one organisation) is then no client's number.
 */
import { importWorkbook } from "../../src/importer";
import { renderMessage } from "../../src/register/messages";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

function fieldsOf(r: ReturnType<typeof importWorkbook>): Record<string, string | null> {
  return Object.fromEntries(r.mappings[0].columns.map((c) => [c.header, c.field]));
}

/** Twelve visits to four organisations, three people at each, each person under a number. */
function visits(header: string[], orgs: string[], people: string[]): SourceCell[][] {
  return [
    header,
    ...people.map((p, i) => [
      `2024${String(10 + (i % 3)).padStart(2, "0")}-${500 + i}`,
      p,
      orgs[i % orgs.length],
      `2025-0${(i % 9) + 1}-1${i % 10}`,
      `discussed item ${i}`,
    ]),
  ];
}

describe("a visit log whose people belong to organisations named by their values", () => {
  it.each<[string, string[], string[], string[]]>([
    [
      "繁體",
      ["客戶編號", "姓名", "醫院", "拜訪日期", "拜訪內容"],
      ["成大醫院", "仁愛醫院", "國泰綜合醫院", "亞東紀念醫院"],
      [
        "林志明",
        "陳美玲",
        "張家豪",
        "王淑芬",
        "李建宏",
        "黃雅婷",
        "吳俊傑",
        "劉怡君",
        "蔡宗翰",
        "楊佩珊",
        "許志強",
        "鄭雅文",
      ],
    ],
    [
      "简体",
      ["客户编号", "姓名", "医院", "拜访日期", "拜访内容"],
      ["华山医院", "瑞金医院", "中山医院", "仁济医院"],
      [
        "王建国",
        "李秀英",
        "张伟",
        "刘芳",
        "陈静",
        "杨磊",
        "赵丽",
        "黄涛",
        "周敏",
        "吴强",
        "徐丹",
        "孙浩",
      ],
    ],
    [
      "English",
      ["Contact No", "Name", "Site", "Visit Date", "Discussion"],
      ["Harbour Logistics Ltd", "Kestrel Foods Inc", "Meridian Steel Corp", "Orchid Pharma Ltd"],
      [
        "Asha Kumar",
        "Rohan Mehta",
        "Priya Nair",
        "Vikram Singh",
        "Neha Joshi",
        "Arjun Rao",
        "Kavya Iyer",
        "Sanjay Gupta",
        "Meera Pillai",
        "Dev Malhotra",
        "Tara Bose",
        "Nikhil Das",
      ],
    ],
  ])(
    "%s: the organisation is the client, the person met an attendee",
    (_, header, orgs, people) => {
      const r = importWorkbook([sheet("Visits", visits(header, orgs, people))]);
      expect(r.mappings[0].registerSheet).toBe("Visits");
      const fields = fieldsOf(r);
      expect(fields[header[2]]).toBe("clientName");
      expect(fields[header[1]]).toBe("attendees");
      expect(fields[header[0]]).toBeNull();
      const reasons = r.mappings[0].columns.find((c) => c.header === header[2])?.reasons ?? [];
      const reason = reasons.find((x) => x.code === "map.why.organisation-is-client");
      expect(reason).toBeDefined();
      for (const lang of ["en", "zh-CN", "zh-TW"] as const)
        expect(renderMessage(reason!.code, reason!.params, lang)).not.toMatch(/\{\w+\}/);
    }
  );
});
