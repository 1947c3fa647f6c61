import { detectTable } from "../../src/importer/detect-table";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

describe("detectTable", () => {
  it("skips a merged title row and blank rows to find the header on row 3", () => {
    const t = detectTable(
      sheet(
        "客户",
        [
          ["2024年客户信息清单"],
          [],
          ["序号", "客户名称", "联系电话", "地址"],
          [1, "张三", "138", "北京"],
          [],
          [2, "李四", "139", "上海"],
        ],
        ["A1:D1"]
      )
    );
    expect(t?.headerRows).toEqual([3]);
    expect(t?.firstDataRow).toBe(4);
    expect(t?.lastDataRow).toBe(6);
    expect(t?.columns.map((c) => c.text)).toEqual(["序号", "客户名称", "联系电话", "地址"]);
  });

  it("ignores trailing blank rows when finding the end of the data", () => {
    const t = detectTable(
      sheet("Clients", [["Name", "Phone"], ["Ann", "1"], [], [null, "  "], []])
    );
    expect(t?.lastDataRow).toBe(2);
  });

  it("merges a two-row header: group cells above sub-headers, single headers merged down", () => {
    const t = detectTable(
      sheet(
        "Assets",
        [
          ["Client", "Holding", null, "Amount", null],
          [null, "Asset Class", "Held At", "Market Value", "Currency"],
          ["Ann", "Fund", "ours", 100, "CNY"],
        ],
        ["A1:A2", "B1:C1", "D1:E1"]
      )
    );
    expect(t?.headerRows).toEqual([1, 2]);
    expect(t?.firstDataRow).toBe(3);
    expect(t?.columns.map((c) => c.text)).toEqual([
      "Client",
      "Holding Asset Class",
      "Holding Held At",
      "Amount Market Value",
      "Amount Currency",
    ]);
    // The sub-header is tried first when mapping, the group text last.
    expect(t?.columns[1].candidates[0]).toBe("Asset Class");
  });

  it.each([
    [
      "English",
      [
        ["When", "With whom", "How", "What was said"],
        [new Date(Date.UTC(2026, 2, 2)), "Wang Ming", "by phone", "asked for a quote"],
        [new Date(Date.UTC(2026, 2, 5)), "Li Jing", "Visit", "Email sent, Phone call booked"],
        [new Date(Date.UTC(2026, 2, 9)), "Chen Hao", "by phone", "wants a callback"],
      ],
    ],
    [
      "简体",
      [
        ["日子", "对象", "途径", "谈了什么"],
        [new Date(Date.UTC(2026, 2, 2)), "王明", "电话", "要报价"],
        [new Date(Date.UTC(2026, 2, 5)), "李静", "上门", "客户经理推荐"],
        [new Date(Date.UTC(2026, 2, 9)), "陈浩", "微信", "回电"],
      ],
    ],
  ] as [string, SourceCell[][]][])(
    "keeps an unrecognised first row as the header over a record holding field words and a date (%s)",
    (_, rows) => {
      expect(detectTable(sheet("Log", rows))?.headerRows).toEqual([1]);
    }
  );

  it("does not take a data row below a single header for a second header row", () => {
    const t = detectTable(
      sheet("Clients", [
        ["Name", "Phone", "Address"],
        ["Ann", "138", "Road 1"],
        ["Bob", "139", "Road 2"],
      ])
    );
    expect(t?.headerRows).toEqual([1]);
  });

  it("returns null for an empty sheet and for a sheet of numbers only", () => {
    expect(detectTable(sheet("Empty", []))).toBeNull();
    expect(
      detectTable(
        sheet("Numbers", [
          [1, 2],
          [3, 4],
        ])
      )
    ).toBeNull();
  });

  it("falls back to the first row of short texts when no header is known", () => {
    const t = detectTable(
      sheet("Misc", [
        ["Foo", "Bar"],
        [1, 2],
      ])
    );
    expect(t?.headerRows).toEqual([1]);
  });
});
