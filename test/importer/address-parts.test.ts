/**
 * An address split over columns is one address to a person, written in the local order: English
 * street, city, "province zip", country; Chinese 省市区 + 详细地址 run together.
 */
import { importWorkbook } from "../../src/importer";
import { addressPartOfHeader, assembleAddress } from "../../src/importer/address-parts";
import { matchForm } from "../../src/importer/header-match";
import type { SourceCell } from "../../src/importer/types";
import { sheet } from "./helpers";

const addresses = (rows: SourceCell[][]) =>
  importWorkbook([sheet("Clients", rows)]).records.Clients.map((c) => c.address);

describe("split address columns", () => {
  it("joins a web shop's address columns in the English order, zips kept as written", () => {
    expect(
      addresses([
        [
          "First Name",
          "Last Name",
          "Email",
          "Home Address Address1",
          "Home Address Address2",
          "Home Address City",
          "Home Address Province Code",
          "Home Address Country Code",
          "Home Address Zip",
        ],
        ["Iris", "Vale", "iris@example.com", "7 Birch Ln", "Unit 4", "Lowell", "MA", "US", "01852"],
        ["Otto", "Reed", "otto@example.com", "88 Pine Ave", "", "Dayton", "OH", "US", 45402],
      ])
    ).toEqual(["7 Birch Ln, Unit 4, Lowell, MA 01852, US", "88 Pine Ave, Dayton, OH 45402, US"]);
  });

  it("joins Street / City / Province/State Code / Postcode / Country Code", () => {
    expect(
      addresses([
        ["Name", "Email", "Street", "City", "Province/State Code", "Postcode", "Country (Code)"],
        ["Iris Vale", "iris@example.com", "7 Birch Ln", "Halifax", "NS", "B3H 1A1", "CA"],
      ])
    ).toEqual(["7 Birch Ln, Halifax, NS B3H 1A1, CA"]);
  });

  it("runs 省/市/区 + 详细地址 together, a district the street names told once", () => {
    expect(
      addresses([
        ["姓名", "手机", "省", "市", "区", "详细地址"],
        ["柯一", "13800001111", "湖北省", "武汉市", "江汉区", "建设大道1号"],
        ["柯二", "13800002222", "湖南省", "长沙市", "岳麓区", "岳麓区麓山路2号"],
      ])
    ).toEqual(["湖北省武汉市江汉区建设大道1号", "湖南省长沙市岳麓区麓山路2号"]);
  });

  it("joins 縣市 / 鄉鎮 / 地址", () => {
    expect(
      addresses([
        ["姓名", "手機", "縣市", "鄉鎮", "地址"],
        ["柯三", "0912000111", "臺中市", "西屯區", "台灣大道三段3號"],
      ])
    ).toEqual(["臺中市西屯區台灣大道三段3號"]);
  });

  it("keeps one address of two (Billing …, Shipping …), the other in notes", () => {
    const r = importWorkbook([
      sheet("Clients", [
        ["Name", "Email", "Billing Address", "Billing City", "Shipping Address", "Shipping City"],
        ["Iris Vale", "iris@example.com", "7 Birch Ln", "Lowell", "1 Dock Rd", "Salem"],
      ]),
    ]);
    expect(r.records.Clients[0].address).toBe("7 Birch Ln, Lowell");
    expect(String(r.records.Clients[0].notes)).toContain("1 Dock Rd");
  });
});

describe("address headers as people write them", () => {
  it("reads an indexed address (Address1 | City1 | ST1 | Zip1) as one address, ST a state", () => {
    expect(
      addresses([
        ["First Name", "Last Name", "email1", "Address1", "City1", "ST1", "Zip1", "phone1"],
        ["Iris", "Vale", "iris@example.com", "7 Birch Ln", "Lowell", "MA", "01852", "555-0101"],
      ])
    ).toEqual(["7 Birch Ln, Lowell, MA 01852"]);
  });

  it("reads a numbered address's parts (Address_1 Street Line 1, Address_1 City …)", () => {
    expect(
      addresses([
        [
          "Display Name",
          "Email",
          "Address_1 Street Line 1",
          "Address_1 City",
          "Address_1 State",
          "Address_1 Postal Code",
        ],
        ["Otto Reed", "otto@example.com", "88 Pine Ave", "Dayton", "OH", "45402"],
      ])
    ).toEqual(["88 Pine Ave, Dayton, OH 45402"]);
  });

  it("reads a misspelt address word, and keeps the pickup address of a pickup and a drop-off", () => {
    const r = importWorkbook([
      sheet("Clients", [
        [
          "First Name",
          "Last Name",
          "Pickup Adress",
          "Pickup City",
          "Dropoff Adress",
          "Drop off City",
        ],
        ["Iris", "Vale", "7 Birch Ln", "Lowell", "1 Dock Rd", "Salem"],
        ["Otto", "Reed", "88 Pine Ave", "Dayton", "1 Dock Rd", "Salem"],
      ]),
    ]);
    expect(r.records.Clients.map((c) => c.address)).toEqual([
      "7 Birch Ln, Lowell",
      "88 Pine Ave, Dayton",
    ]);
  });

  it("puts a house number beside its street, before or after it as the columns run", () => {
    expect(
      addresses([
        ["Name", "House Number", "Address Line 1", "City", "Postcode"],
        ["Iris Vale", 12, "Birch Lane", "Leeds", "LS1 4AB"],
      ])
    ).toEqual(["12 Birch Lane, Leeds, LS1 4AB"]);
    expect(
      addresses([
        ["name", "email", "street", "house_number", "postal_code", "city"],
        ["Otto Reed", "otto@example.com", "Bahnhofstrasse", "12", "8001", "Zürich"],
      ])
    ).toEqual(["Bahnhofstrasse 12, Zürich, 8001"]);
  });

  it("does not take a column headed ST for a state without a city beside it", () => {
    const r = importWorkbook([
      sheet("Clients", [
        ["Name", "Address", "ST"],
        ["Iris Vale", "7 Birch Ln", "open"],
        ["Otto Reed", "88 Pine Ave", "closed"],
      ]),
    ]);
    expect(r.records.Clients.map((c) => c.address)).toEqual(["7 Birch Ln", "88 Pine Ave"]);
  });
});

describe("addressPartOfHeader", () => {
  it.each([
    ["Default Address Address1", "street"],
    ["Address Line 2", "street"],
    ["Mailing Address", "street"],
    ["详细地址", "street"],
    ["City", "city"],
    ["縣市", "city"],
    ["Province/State Code", "province"],
    ["State", "province"],
    // An accounting program's "State/Prov": the province shortened as the state is not.
    ["State/Prov", "province"],
    ["Prov.", "province"],
    ["省/州", "province"],
    ["鄉鎮市區", "district"],
    ["Zip/Postcode", "zip"],
    ["邮政编码", "zip"],
    ["Country (Code)", "country"],
    ["City1", "city"],
    ["Zip1", "zip"],
    ["Address_1 Postal Code", "zip"],
    ["Pickup Adress", "street"],
    ["Adresse", "street"],
    ["House Number", "house"],
    ["門牌號", "house"],
  ])("%s is the %s", (header, part) => {
    expect(addressPartOfHeader(matchForm(header))?.part).toBe(part);
  });

  it.each([
    "Name",
    "Email",
    "Company",
    "Address Type",
    "城市等级",
    "Address_1 Billing?",
    "Pickup Time",
  ])("%s is no part", (header) => {
    expect(addressPartOfHeader(matchForm(header))).toBeNull();
  });
});

describe("assembleAddress", () => {
  it("does not drop a short English part found inside a longer one", () => {
    expect(
      assembleAddress([
        { part: "street", text: "1 Bush St" },
        { part: "country", text: "US" },
      ])
    ).toBe("1 Bush St, US");
  });

  it("puts a Chinese address's parts from the largest place to the street", () => {
    expect(
      assembleAddress([
        { part: "street", text: "中山路1号" },
        { part: "city", text: "南京市" },
        { part: "province", text: "江苏省" },
      ])
    ).toBe("江苏省南京市中山路1号");
  });
});

describe("the address where the client lives beside the household register's", () => {
  it("reads 居住地 and its parts as the address, and leaves 戶籍地 in notes", () => {
    const r = importWorkbook([
      sheet("Clients", [
        ["姓名", "戶籍地址", "居住地(縣市)", "居住地(行政區)", "居住地(村里)"],
        ["林志豪", "台北市中正區重慶南路一段1號", "屏東縣", "萬丹鄉", "溪義村"],
        ["黃淑芬", "台中市西區民權路2號", "屏東縣", "竹田鄉", "孝忠村"],
      ]),
    ]);
    expect(r.mappings[0].columns.map((c) => c.field)).toEqual([
      "name",
      null,
      "address",
      "address",
      "address",
    ]);
    expect(r.records.Clients.map((c) => c.address)).toEqual([
      "屏東縣萬丹鄉溪義村",
      "屏東縣竹田鄉孝忠村",
    ]);
    expect(String(r.records.Clients[0].notes)).toContain("重慶南路一段1號");
  });

  it("keeps the billing address (帳寄) over the registered one whichever comes first", () => {
    const r = importWorkbook([
      sheet("Clients", [
        ["用戶名稱", "戶籍縣市", "戶籍地址", "帳寄縣市", "帳寄地址"],
        ["林志豪", "桃園市", "中正路306號", "新北市", "文化路二段19號"],
        ["黃淑芬", "台北市", "松仁路131巷2號", "新北市", "中山路三段34巷3號"],
      ]),
    ]);
    expect(r.mappings[0].columns.map((c) => c.field)).toEqual([
      "name",
      null,
      null,
      "address",
      "address",
    ]);
    expect(r.records.Clients[0].address).toBe("新北市文化路二段19號");
  });

  it("reads State or territory as the state of an English address", () => {
    expect(
      addresses([
        ["Name", "Address line 1", "Town", "State or territory", "Postal code"],
        ["Iris Vale", "7 Birch Ln", "Pretoria", "Gauteng", "0002"],
      ])
    ).toEqual(["7 Birch Ln, Pretoria, Gauteng 0002"]);
  });
});
