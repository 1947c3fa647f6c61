/**
 * Insurance rows that name nobody and no policy, only a cover's terms (sum insured, premium, term),
 * are plans compared on offer: no policy anyone holds. Policies that name their holder, or carry
 * their own number or dates, stay.
 */
import { importWorkbook } from "../../src/importer";
import { readAs, sheet } from "./helpers";

describe("plans on offer", () => {
  it("leaves out a shortlist of life plans compared by their terms (简体)", () => {
    const r = importWorkbook([
      sheet("寿险", [
        ["产品名称", "年限", "保额", "交费年限", "保费", "网址"],
        ["安康定寿", "30", "150万", "20", "2250", "https://plans.example.com/life/1"],
        ["长青定寿", "60", "150万", "20/30", "1530", "https://plans.example.com/life/2"],
        ["常相伴", "60", "100万", "30", "1185", "https://plans.example.com/life/3"],
        ["智选定寿", "60", "150万", "20/30", "1995", "https://plans.example.com/life/4"],
      ]),
    ]);
    expect(readAs(r, "寿险")).toBeNull();
    expect(r.mappings[0].reasonCoded?.code).toBe("sheet.why.plans-on-offer");
    expect(r.records.Insurance ?? []).toHaveLength(0);
  });

  it("leaves out insurers' plans side by side (English)", () => {
    const r = importWorkbook([
      sheet("Term plans", [
        ["Plan", "Policy term", "Sum assured", "Premium"],
        ["Secure Life 30", "30", "500000", "412"],
        ["Family Shield", "25", "750000", "530"],
        ["Term Plus", "20", "1000000", "611"],
        ["Care Guard", "30", "250000", "208"],
      ]),
    ]);
    expect(readAs(r, "Term plans")).toBeNull();
    expect(r.mappings[0].reasonCoded?.code).toBe("sheet.why.plans-on-offer");
  });

  it("leaves out a comparison of plans (繁體)", () => {
    const r = importWorkbook([
      sheet("方案比較", [
        ["商品", "年期", "保額", "保費"],
        ["安心定期壽險", "20", "300萬", "8800"],
        ["守護一生", "30", "500萬", "12600"],
        ["幸福人生", "20", "200萬", "6100"],
        ["樂活保障", "10", "100萬", "2400"],
      ]),
    ]);
    expect(readAs(r, "方案比較")).toBeNull();
    expect(r.mappings[0].reasonCoded?.code).toBe("sheet.why.plans-on-offer");
  });

  it("imports policies that name their insured", () => {
    const r = importWorkbook([
      sheet("Policies", [
        ["Insured", "Plan", "Policy term", "Sum assured", "Premium"],
        ["Mabel Okafor", "Secure Life 30", "30", "500000", "412"],
        ["Tamsin Hale", "Family Shield", "25", "750000", "530"],
        ["Vesna Petrov", "Term Plus", "20", "1000000", "611"],
        ["Quentin Marsh", "Care Guard", "30", "250000", "208"],
      ]),
    ]);
    expect(readAs(r, "Policies")).toBe("Insurance");
  });

  it("imports policies known by their numbers and start dates", () => {
    const r = importWorkbook([
      sheet("保单", [
        ["保单号", "生效日期", "年限", "保额", "保费"],
        ["P-2023-0011", "2023-03-01", "20", "150万", "2250"],
        ["P-2023-0012", "2023-04-12", "30", "100万", "1530"],
        ["P-2023-0013", "2023-05-20", "20", "200万", "3100"],
        ["P-2023-0014", "2023-06-02", "30", "150万", "1995"],
      ]),
    ]);
    expect(readAs(r, "保单")).toBe("Insurance");
  });
});
