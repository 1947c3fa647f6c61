/**
 * A header naming a thing's number or name (a device's, an order's, a contract's) is never the
 * client's, whatever its values: the thing is the header's last word, or its last but the word for
 * number or name, in 简体, 繁體 or English.
 */
import { namesAThing } from "../../src/importer/value-subject";

describe("a header naming a thing's number or name", () => {
  it.each([
    "设备号",
    "機上盒編號",
    "Order No",
    "合同名称",
    "Policy Number",
    "invoice_id",
    "SKU",
    "工單號碼",
  ])("%s names a thing", (header) => expect(namesAThing(header)).toBe(true));

  it.each(["客户编号", "Policyholder", "Member No", "姓名", "Customer Name", "編號"])(
    "%s names no thing",
    (header) => expect(namesAThing(header)).toBe(false)
  );
});
