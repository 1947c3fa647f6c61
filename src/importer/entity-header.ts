/**
 * Headers that name an entity and its field, as CRM exports write them ("Organization - Address",
 * "Person.Email", "Deal - Value", "Associated Company", 联系人电话, 商机金额): whom the column speaks of.
 */
/** Whom a column speaks of: the organisation, the client (either kind), a person, the deal itself. */
export type Party = "organisation" | "client" | "person" | "deal";

const ENTITY_WORDS: readonly [Party, RegExp][] = [
  [
    "organisation",
    /^(?:organi[sz]ations?|orgs?|company|companies|accounts?|business|firm|公司|企业|企業|机构|機構|单位|單位|账户|帐户|帳戶)$/i,
  ],
  // A prospect is not a client yet: a deal's Prospect column stays the deal's own.
  ["client", /^(?:clients?|customers?|客户|客戶)$/i],
  [
    "person",
    /^(?:persons?|people|contacts?|contact person|联系人|聯絡人|聯繫人|联络人|聯絡窗口)$/i,
  ],
  ["deal", /^(?:deals?|opportunit(?:y|ies)|商机|商機)$/i],
];
/** Chinese entity words that may head a header with no separator (联系人电话, 公司地址). */
const CJK_ENTITY_PREFIX =
  /^(联系人|聯絡人|聯繫人|联络人|客户|客戶|公司|企业|企業|机构|機構|商机|商機|账户|帐户|帳戶)(.+)$/;

function partyOf(word: string): Party | null {
  const w = word.trim();
  for (const [party, words] of ENTITY_WORDS) if (words.test(w)) return party;
  return null;
}

/**
 * The entity a header names and the field of it: "Organization - Address" → organisation,
 * "Address"; "Person.Email" → person, "Email"; "Associated Company" → organisation, its name;
 * "Contact Email" → person, "Email"; 联系人电话 → person, 电话; "Contact" alone → person, its name.
 * Null for a header that names no entity.
 */
export function entityOfHeader(header: string): { party: Party; field: string } | null {
  const h = header.trim().replace(/\s+/g, " ");
  if (h === "") return null;
  const bare = partyOf(h);
  if (bare) return { party: bare, field: "" };
  const split = /^(.+?)\s*(?:\s[-–—]\s|[.:：·]|[-–—_])\s*(.+)$/.exec(h);
  if (split) {
    const party = partyOf(split[1]);
    if (party) return { party, field: split[2].trim() };
  }
  const associated = /^(?:associated|primary|related)\s+(.+)$/i.exec(h);
  if (associated) {
    const party = partyOf(associated[1]);
    if (party) return { party, field: "" };
  }
  const words = /^(\S+(?:\s+person)?)\s+(.+)$/i.exec(h);
  if (words) {
    const party = partyOf(words[1]);
    if (party) return { party, field: words[2] };
  }
  const cjk = CJK_ENTITY_PREFIX.exec(h);
  if (cjk) {
    const party = partyOf(cjk[1]);
    if (party) return { party, field: cjk[2] };
  }
  return null;
}
