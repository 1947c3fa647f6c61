/**
 * A record of a linked sheet belongs to one client. Two rows giving one number — a ticket typed
 * twice for two subscribers, a policy number copied onto another member's row — are two records,
 * one per client, not one written twice; the same number on two rows of one client is still one
 * record. Invented rows in 简体 and English.
 */
import { importWorkbook } from "../../src/importer";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

describe("one number on the rows of two clients", () => {
  it("简体: a complaint number typed for two subscribers makes two complaints", () => {
    const rows: SourceCell[][] = [
      ["投诉单号", "客户姓名", "联系电话", "受理日期", "投诉内容", "处理结果"],
      ["TS20240301", "周建国", "13800003001", "2024-03-01", "家中信号弱，通话断续", "已优化基站"],
      ["TS20240302", "吴秀兰", "13800003002", "2024-03-02", "宽带频繁掉线", "已更换光猫"],
      ["TS20240303", "郑海涛", "13800003003", "2024-03-03", "套餐扣费有误", "已退费"],
      ["TS20240303", "孙丽娟", "13800003004", "2024-03-05", "营业厅排队太久", "已致歉"],
      ["TS20240305", "冯志强", "13800003005", "2024-03-06", "手机上不了网", "已重置"],
      ["TS20240302", "吴秀兰", "13800003002", "2024-03-02", "宽带频繁掉线", "已更换光猫"],
    ];
    const r = importWorkbook([sheet("投诉登记", rows)], { phoneRegion: "CN" });
    expect(r.mappings[0].registerSheet).toBe("Complaints");
    const ids = r.records.Complaints.map((c) => c.complaintId).sort();
    expect(ids).toEqual(["TS20240301", "TS20240302", "TS20240303", "TS20240303", "TS20240305"]);
  });

  it("English: a policy number on two members' rows makes a policy for each", () => {
    const rows: SourceCell[][] = [
      ["Policy No", "Member", "Plan", "Monthly Premium", "Start Date"],
      ["FS-0001", "Thandeka Mokoena", "Silver", 100, "2022-11-03"],
      ["FS-0002", "Sipho Dlamini", "Gold", 150, "2022-11-03"],
      ["FS-0002", "Anna Hlubi", "Platinum", 190, "2022-11-03"],
      ["FS-0004", "Lerato Nkosi", "Silver", 100, "2022-12-01"],
      ["FS-0005", "Bongani Zulu", "Gold", 150, "2023-01-15"],
    ];
    const r = importWorkbook([sheet("Policies", rows)]);
    expect(r.mappings[0].registerSheet).toBe("Insurance");
    expect(r.records.Insurance).toHaveLength(5);
    expect(r.summary.merged).toBe(0);
  });
});
