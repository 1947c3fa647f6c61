/**
 * A CRM's export of people (HubSpot's contacts, a call centre's leads, 线索) gives each person's
 * lifecycle or lead stage, a close date and the record's own id: words the pipeline has. A
 * pipeline, though, is deals: each row names the deal's party (a prospect, a client) or weighs
 * the deal (its value, probability, scored factors). Rows that do neither but name a person with
 * a way to reach them (a phone, an e-mail) are the people themselves, each at a stage: a person
 * imports them as clients, the stage kept with them.
 */
import type { SheetClassification } from "./classify-sheet";
import { PIPELINE_FACTOR_FIELDS, readAsClientList } from "./defining-fields";
import { CLIENT_NAME_KEY } from "./header-match";

/** Pipeline fields that say a row is a deal: its party, or how much it is worth and how likely. */
const DEAL_FIELDS: ReadonlySet<string> = new Set([
  "prospect",
  CLIENT_NAME_KEY,
  "expectedValue",
  "probability",
  ...PIPELINE_FACTOR_FIELDS,
]);
/** Client fields that reach a person. */
const REACH_FIELDS: ReadonlySet<string> = new Set(["phone", "email"]);

/**
 * Clients for a table read as Pipeline whose columns, mapped as Pipeline, hold no deal
 * (DEAL_FIELDS), and, mapped as Clients, name each row's person beside a phone or an e-mail.
 */
export function preferClientsForLeadLists(
  classification: SheetClassification,
  asPipeline: readonly (string | null)[],
  asClients: readonly (string | null)[]
): SheetClassification {
  if (classification.key !== "Pipeline") return classification;
  if (asPipeline.some((f) => f !== null && DEAL_FIELDS.has(f))) return classification;
  if (!asClients.includes("name") || !asClients.some((f) => f !== null && REACH_FIELDS.has(f)))
    return classification;
  return readAsClientList(classification, 0.5);
}
