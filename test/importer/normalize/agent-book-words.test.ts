/**
 * The words an insurance agent or a bank's relationship manager writes in a policy, asset or
 * visit list (Taiwan and mainland), read as a person in the trade reads them.
 */
import { enumChoices, parseEnum } from "../../../src/importer/normalize";
import {
  ASSET_CLASS,
  COMPLAINT_STATUS,
  INSURANCE_TYPE,
  VISIT_METHOD,
} from "../../../src/register/enums";
import { expectValue } from "./expect-result";

const insuranceType = enumChoices(INSURANCE_TYPE);
const assetClass = enumChoices(ASSET_CLASS);
const visitMethod = enumChoices(VISIT_METHOD);

describe("policy types", () => {
  it.each([
    ["火險", "property"],
    ["火险", "property"],
    ["產險", "property"],
    ["产险", "property"],
    ["商業火災保險", "property"],
  ])("%s is property cover", (word, key) => {
    expectValue(parseEnum(word, insuranceType), key);
  });

  // Taiwan's 投資型保險 are by law variable life (變額壽險, 變額萬能壽險) in almost every case,
  // as 投资连结保险 and ULIP already read as life.
  it.each(["投資型", "投资型", "投資型保險", "變額萬能壽險"])("%s is life cover", (word) => {
    expectValue(parseEnum(word, insuranceType), "life");
  });

  // Long-term care and disability income are health insurance (健康保險), the medical class, not a
  // lump sum on a named illness.
  it.each(["長照險", "长照险", "長期照顧", "长期护理保险", "失能險"])(
    "%s is medical cover",
    (word) => {
      expectValue(parseEnum(word, insuranceType), "medical");
    }
  );

  // A group policy says who is covered, not against what: it is other unless it names its cover.
  it.each([
    ["團體險", "other"],
    ["团体险", "other"],
    ["團體傷害險", "accident"],
  ])("%s is %s", (word, key) => {
    expectValue(parseEnum(word, insuranceType), key);
  });

  it.each(["癌症險", "防癌险"])("%s stays critical illness", (word) => {
    expectValue(parseEnum(word, insuranceType), "critical-illness");
  });
});

describe("asset classes", () => {
  it.each([
    ["台幣定存", "deposit"],
    ["外幣定存", "deposit"],
    ["活存", "deposit"],
    ["海外債券", "bond"],
    ["公司債", "bond"],
    ["基金", "fund"],
    ["ETF", "fund"],
    ["股票", "stock"],
    ["保單", "insurance"],
    ["美元保單", "insurance"],
    ["房貸", "loan"],
    ["企業貸款", "loan"],
    ["贷款", "loan"],
    ["結構型商品", "wealth-product"],
  ])("%s is %s", (word, key) => {
    expectValue(parseEnum(word, assetClass), key);
  });
});

describe("visit methods", () => {
  // A video or app call is a conversation at a distance: the register's phone, not a visit.
  it.each([
    "LINE視訊",
    "視訊",
    "微信视频",
    "Teams",
    "Zoom",
    "视频会议",
    "Line 通話",
    "WhatsApp call",
  ])("%s is phone", (word) => {
    expectValue(parseEnum(word, visitMethod), "phone");
  });

  // A message on a messaging app is written, not a call: never read silently as phone.
  it.each(["微信", "WeChat", "企微", "企業微信", "LINE", "WhatsApp", "微信留言"])(
    "%s is a message",
    (word) => {
      expectValue(parseEnum(word, visitMethod), "message");
    }
  );

  it.each(["email", "E-mail", "電子郵件", "簡訊", "短信"])("%s is a letter", (word) => {
    expectValue(parseEnum(word, visitMethod), "letter");
  });

  it.each(["參訪工廠", "参观工厂"])("%s is a site visit", (word) => {
    expectValue(parseEnum(word, visitMethod), "site-visit");
  });
});

describe("an English value qualified by a phrase after it", () => {
  const status = enumChoices(COMPLAINT_STATUS);

  it.each([
    ["Closed with explanation", "closed"],
    ["Closed with monetary relief", "closed"],
    ["Closed without relief", "closed"],
    ["Resolved by phone", "resolved"],
  ])("%s is %s", (text, key) => {
    expectValue(parseEnum(text, status), key);
  });

  it("stays unread when the head is negated or names nothing", () => {
    expect(parseEnum("Not closed with explanation", status).ok).toBe(false);
    expect(parseEnum("Untimely with response", status).ok).toBe(false);
  });
});
