/**
 * The insured of a client's policy who is not the client, with their relation to the client
 * written on the row (關係 Relationship: 配偶 Spouse), is one of the client's family: an agent
 * keeping a register writes them in the family list, so the family's cover can be reviewed.
 */
import type { RegisterRecord } from "../register/types";
import { cellText } from "./grid";
import { MAPPING_THRESHOLD, matchForm, scoreHeader, targetsFor } from "./header-match";
import { normaliseKey } from "./normalize";
import { POLICY_ROLE_WORDS } from "../register/vocabulary";
import { emptyRecord } from "./normalize-row";
import type { ColumnMapping, SourceCell } from "./types";

/** The policyholder themself, not a relative: 本人, Self, 自己. */
const SELF = /^(?:本人|自己|本身|投保人本人|要保人本人|self|oneself|the insured)$/;

/** True when a header names the given field of the family sheet (關係 → relation, 職業/學校 → occupationOrSchool). */
export function namesFamilyField(header: string, key: string): boolean {
  const targets = targetsFor("Family").filter((t) => t.key === key);
  return (
    header !== "" && scoreHeader(header, targets).some((s) => s.confidence >= MAPPING_THRESHOLD)
  );
}

/** The column giving the insured's relation to the client: unmapped on the policy, a Family relation header. */
export function relationColumn(mappings: readonly ColumnMapping[]): number | null {
  const i = mappings.findIndex((m) => m.field === null && namesFamilyField(m.header, "relation"));
  return i >= 0 ? i : null;
}

/**
 * True when the relation says the insured is the client: every part names the client themself
 * ("本人 Self", "本人/Self"), or their role on the policy beside that ("本人(要保人)",
 * "Self (Policyholder)"). A role alone (要保人) or a relative's ("配偶(被保险人)") is not.
 */
export function isSelf(relation: string): boolean {
  const parts = relation
    .split(/[\s/／|()（）,，、-]+/)
    .map((p) => matchForm(p))
    .filter((p) => p !== "");
  return parts.some((p) => SELF.test(p)) && parts.every((p) => SELF.test(p) || isPolicyRole(p));
}

let roles: Set<string> | undefined;
function isPolicyRole(part: string): boolean {
  roles ??= new Set(POLICY_ROLE_WORDS.role.map((w) => matchForm(w)));
  return roles.has(part);
}

/**
 * The family member a policy row names: its insured when that is not the client and the row's
 * relation is not the client themself; null otherwise.
 */
export function insuredMember(
  policy: RegisterRecord,
  clientName: string | null,
  relationCell: SourceCell
): RegisterRecord | null {
  const insured = cellText(policy.insured ?? null);
  const relation = cellText(relationCell);
  if (insured === "" || relation === "" || isSelf(relation)) return null;
  if (clientName !== null && normaliseKey(insured) === normaliseKey(clientName)) return null;
  const member = emptyRecord("Family");
  member.memberName = insured;
  member.relation = relation;
  return member;
}
