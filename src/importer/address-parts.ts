/**
 * An address split over columns — Address1, Address2, City, Province/State (Code), Zip, Country
 * (Code); 省/市/区/详细地址; 縣市/鄉鎮/地址 — is one address to a person, written in the local order:
 * street, city, "province zip", country in English; country, province, city, district, street in
 * Chinese, with no separator between the Chinese parts.
 */

export type AddressPart = "street" | "house" | "district" | "city" | "province" | "zip" | "country";

/**
 * Who the address belongs to, before the part: "Default Address", "Billing", "Mailing Address", 户籍,
 * 帳寄 (where the bill is mailed). After such a word 地 alone is the place (居住地, 户籍地, 所在地).
 */
const GROUP =
  /^((?:default|primary|main|billing|shipping|delivery|mailing|postal|home|residential|office|business|work|registered|permanent|current|contact|pickup|dropoff|所在|户籍|戶籍|居住|现居|現居|联系|聯絡|通讯|通訊|家庭|公司|单位|單位|注册|註冊|办公|辦公|账寄|帐寄|帳寄|邮寄|郵寄|寄送)?(?:address|addr|地址|(?<=[\u3400-\u9fff])地)?)/;
/** The address word a group ends with, leaving whose address it is. */
const ADDRESS_WORD = /(?:address|addr|地址|地)$/;
/** Groups of the address on the household register (户籍), kept by the state, not where one lives. */
const REGISTERED_GROUP = /^(?:户籍|戶籍|registered|permanent|注册|註冊)$/;

/** True for the group of a registered address (户籍, Registered Address), not where one lives. */
export function isRegisteredAddressGroup(group: string): boolean {
  return REGISTERED_GROUP.test(group);
}

/** A code, an id or a name of the part: "Province Code", "Country (Code)", "State Name". */
const QUALIFIER = /(?:code|id|name|abbr|abbreviation|iso|代码|代碼|名称|名稱)$/;

const PARTS: readonly [AddressPart, RegExp][] = [
  [
    "house",
    /^(?:housenumber|houseno|housenr|hausnummer|hausnr|streetnumber|streetno|buildingnumber|civicnumber|门牌号|門牌號|门牌号码|門牌號碼)$/,
  ],
  [
    "street",
    /^(?:address|addr|street|streetaddress|streetline|addressline|address\d|addressline\d|line\d|street\d|streetline\d|详细地址|詳細地址|街道地址|街道|门牌|門牌|地址|住址|详址|詳址)\d?$/,
  ],
  [
    "zip",
    /^(?:zip|zipcode|postalcode|postcode|postal|pincode|邮编|邮政编码|郵遞區號|郵政編碼|郵編|邮递区号|邮区|郵區|邮区编号|郵區編號)$/,
  ],
  ["country", /^(?:country|countryregion|国家|國家|国家地区|國家地區|国别|國別)$/],
  [
    "province",
    /^(?:province|prov|state|st|prefecture|provincestate|stateprovince|stateprov|stateorterritory|stateorprovince|provinceorstate|provinceorterritory|省|省份|州|州属|州屬|省州|省市|省区|省區)$/,
  ],
  ["city", /^(?:city|town|suburb|locality|市|城市|地市|县市|縣市|市县|市縣)$/],
  [
    "district",
    /^(?:district|county|borough|区|區|县|縣|区县|區縣|乡镇|鄉鎮|乡镇市区|鄉鎮市區|镇|鎮|街道办|乡|鄉|行政区|行政區|村里|村|里|village|community|township)$/,
  ],
];

/**
 * The part a word names, an index after it left aside: City1, Zip1 and ST1 are the first address's
 * city, zip and state, as Address1 is its street.
 */
function partOf(text: string): AddressPart | null {
  for (const candidate of [text, text.replace(/\d+$/, "")])
    for (const [part, pattern] of PARTS) if (pattern.test(candidate)) return part;
  return null;
}

/** The address word as people misspell it (Adress, Addres) or write it in French and German (Adresse). */
const MISSPELT_ADDRESS = /adresse?|addres(?!s)/g;

/** A header saying its column holds the whole address: Full Address, fulladdr, 完整地址. */
const WHOLE_ADDRESS = /^(?:full|complete|whole|entire|完整)(?:address|addr|地址)$/;

/**
 * True when a header (match form) names the whole address (full_address, Complete Address,
 * 完整地址): its street, town and postcode are in it already, and columns of those parts beside it
 * repeat it rather than add to it.
 */
export function namesWholeAddress(form: string): boolean {
  return WHOLE_ADDRESS.test(form.toLowerCase().replace(MISSPELT_ADDRESS, "address"));
}

/** A header and, in brackets after it, a list: "Address (City, State, Zip Code)", 地址（省/市/区）. */
const LISTED_IN_BRACKETS = /^(.+?)\s*[(（]([^()（）]+)[)）]\s*$/u;

/**
 * The header without a bracket that lists the parts of an address to write in the column
 * ("Address (City, State, Zip Code)" → "Address"): the list says what the address holds, not
 * another field. Null when the header has no such bracket.
 */
export function withoutAddressPartsList(header: string): string | null {
  const listed = LISTED_IN_BRACKETS.exec(header);
  if (!listed) return null;
  const items = listed[2]
    .split(/[,，、/;；&+]|\band\b/)
    .map((item) => item.toLowerCase().replace(/[\s\-_.]/g, ""))
    .filter((item) => item !== "");
  if (items.length < 2 || !items.every((item) => partOf(item) !== null)) return null;
  return listed[1].trim();
}

/** The abbreviation a header may use for a state (City | ST | Zip): one only beside a city. */
export const ABBREVIATED_STATE = /^st\d*$/;

/**
 * The part of an address a header names, with the group it belongs to ("defaultaddress"), from
 * its match form (folded, no spaces or punctuation): "defaultaddressaddress1" → street,
 * "province/statecode" → province, "zip/postcode" → zip, "乡镇市区" → district.
 */
export function addressPartOfHeader(form: string): { part: AddressPart; group: string } | null {
  const text = form.toLowerCase().replace(MISSPELT_ADDRESS, "address");
  const whole = partOf(text) ?? partOf(text.replace(QUALIFIER, ""));
  if (whole) return { part: whole, group: "" };
  const group = GROUP.exec(text)?.[1] ?? "";
  // "Address_1 City": the first address's city.
  const rest = text.slice(group.length).replace(/^\d+/, "");
  const owner = group.replace(ADDRESS_WORD, "");
  if (rest === "" && owner !== group) return { part: "street", group: owner };
  const alternatives = rest.split(/[/／|&]/).filter((t) => t !== "");
  const parts = new Set(alternatives.map((t) => partOf(t) ?? partOf(t.replace(QUALIFIER, ""))));
  if (parts.size !== 1) return null;
  const [part] = [...parts];
  return part === null ? null : { part, group: owner };
}

const ORDER_EN: Record<AddressPart, number> = {
  street: 0,
  house: 0,
  district: 1,
  city: 2,
  province: 3,
  zip: 4,
  country: 5,
};
const ORDER_ZH: Record<AddressPart, number> = {
  zip: 0,
  country: 1,
  province: 2,
  city: 3,
  district: 4,
  street: 5,
  house: 5,
};

const CJK = /[\u3400-\u9fff]/;

/**
 * The address a person writes from its parts, each in its column order within a part: Chinese
 * parts run together from the largest place to the street ("江苏省南京市鼓楼区中山路1号"); English
 * ones go street first, then city, then province and zip with a space, then country ("101 Main St,
 * Newark, NJ 07102, US"). A part another part already spells out (a street naming its district) is
 * not told twice.
 */
export function assembleAddress(parts: readonly { part: AddressPart; text: string }[]): string {
  const filled = parts
    .map((p) => ({ part: p.part, text: p.text.trim() }))
    .filter((p) => p.text !== "");
  // Only Chinese parts are looked for inside others: "US" is inside "1 Bush St".
  const kept = filled.filter(
    (p, i) =>
      !CJK.test(p.text) ||
      !filled.some((q, j) => j !== i && q.text.includes(p.text) && (q.text !== p.text || j < i))
  );
  const chinese = kept.some((p) => CJK.test(p.text));
  const rank = chinese ? ORDER_ZH : ORDER_EN;
  const ordered = kept
    .map((p, i) => ({ ...p, i }))
    .sort((a, b) => rank[a.part] - rank[b.part] || a.i - b.i);
  if (chinese) {
    let out = "";
    for (const p of ordered) {
      const gap = out !== "" && !CJK.test(out[out.length - 1]) && !CJK.test(p.text[0]) ? " " : "";
      out += gap + p.text;
    }
    return out;
  }
  const pieces: string[] = [];
  let houseJoined = false;
  ordered.forEach((p, k) => {
    const previous = ordered[k - 1];
    // A house number belongs to the street it stands beside, before it (12 High St) or after it
    // (Bahnhofstrasse 12), as the columns run; one street only.
    const house =
      (p.part === "house" && previous?.part === "street") ||
      (p.part === "street" && previous?.part === "house" && !houseJoined);
    if (house || (p.part === "zip" && previous?.part === "province"))
      pieces[pieces.length - 1] += ` ${p.text}`;
    else pieces.push(p.text);
    houseJoined = house || (houseJoined && p.part === "house");
  });
  return pieces.join(", ");
}
