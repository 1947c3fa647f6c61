/**
 * Who is one person on a caller's lead list (session 20): a surname with a form of address (朱女士,
 * 张姐, 王总) and a full name (朱鹏浩) on the same phone are one lead written twice; two of one kind
 * on one phone (张先生 and 张女士, two full names) are a family. An ID number names one person only
 * when it is whole: a six-digit area code or a masked number is shared by many.
 */
import { importWorkbook } from "../../src/importer";
import { readChineseName } from "../../src/importer/addressed-name";
import { identifiesAlone } from "../../src/importer/link-merge";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const LEADS = [
  "韩立新",
  "邵美华",
  "贝志强",
  "柏秀英",
  "舒建国",
  "阮丽娟",
  "滕海波",
  "殷桂兰",
  "罗永红",
  "毕文杰",
  "苗春梅",
  "花志勇",
];
const phoneOf = (i: number) => `1390027${String(1000 + i * 53).padStart(4, "0")}`;

/** 姓名 | 电话 | 身份证号码 | 其他信息: one lead per row, then the rows under test. */
function leadList(extra: SourceCell[][]): SourceCell[][] {
  return [
    ["姓名", "电话", "身份证号码", "其他信息"],
    ...LEADS.map((name, i) => [name, phoneOf(i), null, i % 2 === 0 ? "急用钱" : "有房"]),
    ...extra,
  ];
}

function namesOf(r: ReturnType<typeof importWorkbook>): string[] {
  return r.records.Clients.map((c) => String(c.name));
}

describe("one lead written twice", () => {
  it("reads a surname with a form of address, a full name, or neither", () => {
    expect(readChineseName("朱女士")).toEqual({ surname: "朱", addressed: true });
    expect(readChineseName("张 姐")).toEqual({ surname: "张", addressed: true });
    expect(readChineseName("歐陽經理")).toEqual({ surname: "欧阳", addressed: true });
    expect(readChineseName("朱鹏浩")).toEqual({ surname: "朱", addressed: false });
    expect(readChineseName("Ann Lee")).toBeNull();
    expect(readChineseName("武汉鑫达贸易有限公司")).toBeNull();
  });

  it("a whole ID number names one person; an area code or a masked number does not", () => {
    expect(identifiesAlone("420103197412179410")).toBe(true);
    expect(identifiesAlone("A123456789")).toBe(true);
    expect(identifiesAlone("420103")).toBe(false);
    expect(identifiesAlone("4201**********0783")).toBe(false);
  });

  it("merges a surname with a form of address and a full name on one phone, either first", () => {
    const r = importWorkbook([
      sheet(
        "Sheet1",
        leadList([
          ["朱女士", "13900275555", null, "重复"],
          ["朱鹏浩", "13900275555", null, null],
          ["杜琳涛", "13900276666", null, null],
          ["杜总", "13900276666", null, "征信有逾期"],
        ])
      ),
    ]);
    expect(r.records.Clients).toHaveLength(LEADS.length + 2);
    expect(r.issues.map((i) => i.params?.match)).toContain("link.match-addressed-name-phone");
  });

  it("keeps two of one kind on one phone apart: a couple, a parent and child", () => {
    const r = importWorkbook([
      sheet(
        "Sheet1",
        leadList([
          ["张先生", "13900277777", null, null],
          ["张女士", "13900277777", null, null],
          ["李建华", "13900278888", null, null],
          ["李晓雯", "13900278888", null, null],
          ["王总", "13900279999", null, null],
          ["刘海涛", "13900279999", null, null],
        ])
      ),
    ]);
    expect(namesOf(r)).toEqual(
      expect.arrayContaining(["张先生", "张女士", "李建华", "李晓雯", "王总", "刘海涛"])
    );
    expect(r.records.Clients).toHaveLength(LEADS.length + 6);
  });

  it("two leads sharing only a district's six digits or a masked ID number stay two", () => {
    const r = importWorkbook([
      sheet(
        "Sheet1",
        leadList([
          ["彭海", "13900271111", "420103", null],
          ["彭敏", "13900272222", "420103", null],
          ["吕刚", "13900273333", "4201**********5206", null],
          ["吕刚杰", "13900274444", "4201**********5206", null],
        ])
      ),
    ]);
    expect(r.records.Clients).toHaveLength(LEADS.length + 4);
  });
});
