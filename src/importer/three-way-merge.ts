/**
 * Merges what a source gives into the register as the person left it, field by field, against
 * what the source gave last time (the import state):
 *
 * - the source changed and the register did not → the source's value;
 * - the register changed and the source did not → the register's value (a person's edit stays);
 * - both changed → the register's value (or the source's with prefer "source"), and a conflict
 *   issue naming the field, both values and both places.
 *
 * Records are matched by identity, never by position: first through the row keys the state
 * remembers (so a client renamed in the register is still the same client), then by client id,
 * then by name with the same phone or e-mail. Register records the source does not mention,
 * and every column of the register the source does not fill, are left exactly as they are.
 * Pure: plain records in, plain records out.
 */
import {
  SHEET_KEYS,
  type RegisterRecord,
  type RegisterValue,
  type SheetKey,
} from "../register/types";
import { renderMessage, type MessageCode, type MessageParams } from "../register/messages";
import {
  decodeHashes,
  encodeKeys,
  HashPacker,
  keysOf,
  valueHash,
  type FieldHashes,
  type ImportedRecord,
  type ImportState,
} from "./import-state";
import { childKey, formatClientId } from "./link-merge";
import { isEmptyValue, sameValue } from "./merge-records";
import { describeRaw, normaliseKey } from "./normalize";
import type { ImportIssue, RegisterRecords } from "./types";
import { MAX_CELL_TEXT } from "../register/excel-limits";

export type Prefer = "register" | "source";

/** One record the source produced (after duplicates within the source were merged). */
export interface SourceRecord {
  sheet: SheetKey;
  record: RegisterRecord;
  /** The source row it was read from (the first one, when several were merged). */
  origin: { sheet: string; row: number } | null;
  layout: string;
  /** True when the clientId came from the source itself rather than being generated. */
  sourceId: boolean;
}

export interface ThreeWayInput {
  source: readonly SourceRecord[];
  register: Partial<Record<SheetKey, RegisterRecord[]>>;
  state: ImportState;
  prefer?: Prefer;
  /** The source column a field was read from, for messages: "C (电话)". */
  columnOf?: (sourceSheet: string, field: string) => string | null;
  /**
   * The source records are the caller's own working copies, used for nothing after the merge: a
   * new record is then taken into the register as it is (numbered in place) instead of being
   * copied. At 100,000 rows the copies were 30 MB more at the import's peak, beside the records
   * they copied. Off by default: the records passed in stay untouched.
   */
  takeSourceRecords?: boolean;
}

export interface ThreeWayResult {
  records: RegisterRecords;
  /** The state to store: this import's records, and earlier ones it did not touch. */
  state: ImportState;
  issues: ImportIssue[];
  /** Source records that updated a register record, with how they were matched. */
  matched: Map<SourceRecord, string>;
}

function text(value: RegisterValue | undefined): string {
  return isEmptyValue(value) ? "" : String(value);
}

const digits = (value: RegisterValue | undefined) => text(value).replace(/\D/g, "");

/** Same for the merge: both empty, or equal as merge-records compares them. */
function same(key: string, a: RegisterValue | undefined, b: RegisterValue | undefined): boolean {
  const emptyA = isEmptyValue(a);
  const emptyB = isEmptyValue(b);
  if (emptyA || emptyB) return emptyA && emptyB;
  return sameValue(key, a as RegisterValue, b as RegisterValue);
}

/**
 * The identity keys of a source record: on Clients its own id (when the source gave one) and its
 * name with each of phone, e-mail and birthday; elsewhere its natural key within its client.
 */
export function identityKeys(sheet: SheetKey, record: RegisterRecord, sourceId: boolean): string[] {
  if (sheet !== "Clients") return [[sheet, childKey(sheet, record)].join("|")];
  // Joined rather than concatenated: the keys are kept in the import state for every record, and
  // a concatenated string stays a tree of pieces (several times the memory of its text).
  const keys: string[] = [];
  if (sourceId && text(record.clientId) !== "")
    keys.push(["id", normaliseKey(text(record.clientId))].join("|"));
  const name = normaliseKey(text(record.name));
  if (name !== "") {
    const phone = digits(record.phone);
    const email = normaliseKey(text(record.email));
    const birthday = text(record.birthday);
    if (phone) keys.push(["name", name, "phone", phone].join("|"));
    if (email) keys.push(["name", name, "email", email].join("|"));
    if (birthday) keys.push(["name", name, "birthday", birthday].join("|"));
    if (keys.length === 0) keys.push(["name", name].join("|"));
  }
  return keys;
}

interface FieldConflict {
  key: string;
  register: RegisterValue;
  source: RegisterValue;
}

interface FieldUpdate {
  key: string;
  from: RegisterValue;
  to: RegisterValue;
}

/** The field's value is the one the base remembers (both empty counts). */
function sameAsBase(key: string, value: RegisterValue | undefined, base: FieldHashes): boolean {
  return valueHash(key, value) === (base[key] ?? null);
}

/**
 * Merges one field set against the hashes of what the source gave last time. Without a base (a
 * register row the import never wrote) an empty side takes the other's value and differing
 * values are conflicts.
 */
export function mergeFields(
  register: RegisterRecord,
  source: RegisterRecord,
  base: FieldHashes | undefined,
  prefer: Prefer,
  skip: ReadonlySet<string> = new Set()
): { record: RegisterRecord; conflicts: FieldConflict[]; updates: FieldUpdate[] } {
  const record = { ...register };
  const conflicts: FieldConflict[] = [];
  const updates: FieldUpdate[] = [];
  for (const key of Object.keys(source)) {
    if (skip.has(key)) continue;
    const s = source[key] ?? null;
    const r = register[key] ?? null;
    if (same(key, s, r)) continue;
    if (!base) {
      if (isEmptyValue(s)) continue;
      if (isEmptyValue(r)) {
        record[key] = s;
        continue;
      }
    } else {
      if (sameAsBase(key, s, base)) continue; // the source did not change: the register's value stands
      if (sameAsBase(key, r, base)) {
        record[key] = s;
        if (!isEmptyValue(r)) updates.push({ key, from: r, to: s });
        continue;
      }
    }
    conflicts.push({ key, register: r, source: s });
    if (prefer === "source") record[key] = s;
  }
  return { record, conflicts, updates };
}

interface Slot {
  record: RegisterRecord;
  fromRegister: boolean;
  matched: boolean;
}

/**
 * A copy of `record` with one field set. Records are kept in V8's fast mode (see `emptyRecord`),
 * where a spread copies the shape at once; a record turned into a hash table copies slowly.
 */
function hasOversized(record: RegisterRecord): boolean {
  for (const key in record) {
    const value = record[key];
    if (typeof value === "string" && value.length > MAX_CELL_TEXT) return true;
  }
  return false;
}

function withField(record: RegisterRecord, key: string, value: RegisterValue): RegisterRecord {
  const out: RegisterRecord = { ...record };
  out[key] = value;
  return out;
}

function index(map: Map<string, Slot[]>, key: string, slot: Slot): void {
  const list = map.get(key);
  if (list) list.push(slot);
  else map.set(key, [slot]);
}

/** The first register slot under `key` not matched yet (register order). */
function firstFree(map: Map<string, Slot[]>, key: string): Slot | undefined {
  const list = map.get(key);
  if (!list) return undefined;
  // Matched slots never become free again: drop them from the front so repeated lookups stay short.
  while (list.length > 0 && list[0].matched) list.shift();
  return list.find((s) => !s.matched);
}

function baseOf(state: ImportedRecord | undefined): FieldHashes | undefined {
  return state && decodeHashes(state.hashes);
}

class Merger {
  readonly issues: ImportIssue[] = [];
  readonly matched = new Map<SourceRecord, string>();
  readonly newState: ImportedRecord[] = [];
  private readonly hashPacker = new HashPacker();
  private readonly slots = new Map<SheetKey, Slot[]>();
  private readonly stateByKey = new Map<string, ImportedRecord>();
  private readonly stateById = new Map<string, ImportedRecord>();
  /** Source client id → register client id. */
  private readonly idMap = new Map<string, string>();
  /** The highest C-number in use; new clients without an id of their own are numbered after it. */
  private lastNumber = 0;
  /**
   * The register's own slots (the only ones a source record can match) by lookup key, in register
   * order: looking through every slot for every source record made the merge quadratic (a
   * 100,000-row import spent minutes here). A slot's record changes only once it is matched, and
   * then it is no candidate any more, so keys taken here stay true for the free slots.
   */
  private readonly byId = new Map<string, Slot[]>();
  private readonly clientsById = new Map<string, Slot[]>();
  private readonly clientsByName = new Map<string, Slot[]>();
  private readonly byChildKey = new Map<string, Slot[]>();
  /**
   * Visits of a register written before Visits had notes (no notes column): their key without
   * notes, so a re-import whose visits now carry notes (a log's columns the register has no field
   * for) finds them instead of adding each again.
   */
  private readonly visitsWithoutNotes = new Map<string, Slot[]>();

  constructor(private readonly input: ThreeWayInput) {
    for (const sheet of SHEET_KEYS)
      this.slots.set(
        sheet,
        (input.register[sheet] ?? []).map((record) => ({
          record: { ...record },
          fromRegister: true,
          matched: false,
        }))
      );
    for (const sheet of SHEET_KEYS) {
      for (const slot of this.list(sheet)) {
        index(this.byId, `${sheet}|${normaliseKey(this.idOf(sheet, slot.record))}`, slot);
        if (sheet === "Clients") {
          index(this.clientsById, normaliseKey(text(slot.record.clientId)), slot);
          index(this.clientsByName, normaliseKey(text(slot.record.name)), slot);
        } else {
          index(this.byChildKey, `${sheet}|${childKey(sheet, slot.record)}`, slot);
          if (sheet === "Visits" && !("notes" in slot.record))
            index(this.visitsWithoutNotes, childKey(sheet, slot.record), slot);
        }
      }
    }
    const ids = [
      ...(input.register.Clients ?? []).map((c) => text(c.clientId)),
      ...input.source
        .filter((s) => s.sheet === "Clients" && s.sourceId)
        .map((s) => text(s.record.clientId)),
    ];
    for (const id of ids) {
      const m = /^C-(\d+)$/i.exec(id);
      if (m) this.lastNumber = Math.max(this.lastNumber, Number(m[1]));
    }
    for (const r of input.state.records) {
      for (const key of keysOf(r)) if (!this.stateByKey.has(key)) this.stateByKey.set(key, r);
      const id = `${r.sheet}|${normaliseKey(r.id)}`;
      if (!this.stateById.has(id)) this.stateById.set(id, r);
    }
  }

  private get prefer(): Prefer {
    return this.input.prefer ?? "register";
  }

  records(): RegisterRecords {
    const out = {} as RegisterRecords;
    for (const sheet of SHEET_KEYS) out[sheet] = (this.slots.get(sheet) ?? []).map((s) => s.record);
    return out;
  }

  private list(sheet: SheetKey): Slot[] {
    return this.slots.get(sheet) ?? [];
  }

  private idOf(sheet: SheetKey, record: RegisterRecord): string {
    return sheet === "Clients" ? text(record.clientId) : childKey(sheet, record);
  }

  private stateFor(sheet: SheetKey, record: RegisterRecord): ImportedRecord | undefined {
    return this.stateById.get(`${sheet}|${normaliseKey(this.idOf(sheet, record))}`);
  }

  /** The register slot the state remembers for these keys, if it is still there and free. */
  private remembered(
    sheet: SheetKey,
    keys: readonly string[]
  ): { slot?: Slot; state?: ImportedRecord } {
    for (const key of keys) {
      const state = this.stateByKey.get(key);
      if (!state || state.sheet !== sheet) continue;
      const slot = firstFree(this.byId, `${sheet}|${normaliseKey(state.id)}`);
      return { slot, state };
    }
    return {};
  }

  private findClient(
    source: SourceRecord,
    keys: string[]
  ): { slot?: Slot; base?: FieldHashes; how?: string } {
    const { slot, state } = this.remembered("Clients", keys);
    if (slot) return { slot, base: baseOf(state), how: "the same source row as the last import" };
    const record = source.record;
    const id = normaliseKey(text(record.clientId));
    if (source.sourceId && id !== "") {
      const byId = firstFree(this.clientsById, id);
      if (byId)
        return {
          slot: byId,
          base: baseOf(this.stateFor("Clients", byId.record)),
          how: `same client id ${text(record.clientId)}`,
        };
    }
    const name = normaliseKey(text(record.name));
    if (name === "") return {};
    const sameName = (this.clientsByName.get(name) ?? []).filter((s) => !s.matched);
    const phone = digits(record.phone);
    const email = normaliseKey(text(record.email));
    const shares = sameName.find(
      (s) =>
        (phone !== "" && digits(s.record.phone) === phone) ||
        (email !== "" && normaliseKey(text(s.record.email)) === email)
    );
    if (shares)
      return {
        slot: shares,
        base: baseOf(this.stateFor("Clients", shares.record)),
        how: "same name and the same phone or e-mail",
      };
    if (phone === "" && email === "") {
      const bare = sameName.find(
        (s) => digits(s.record.phone) === "" && text(s.record.email) === ""
      );
      if (bare)
        return {
          slot: bare,
          base: baseOf(this.stateFor("Clients", bare.record)),
          how: "same name, no phone or e-mail on either",
        };
    }
    return {};
  }

  /** The free register row of this client closest to what the source gave last time. */
  private closestToBase(sheet: SheetKey, base: FieldHashes): Slot | undefined {
    const fields = Object.keys(base);
    if (fields.length === 0) return undefined;
    let best: Slot | undefined;
    let bestScore = 0;
    for (const slot of this.list(sheet)) {
      if (!slot.fromRegister || slot.matched) continue;
      if (!sameAsBase("clientId", slot.record.clientId, base)) continue;
      const score =
        fields.filter((k) => sameAsBase(k, slot.record[k], base)).length / fields.length;
      if (score > bestScore) [best, bestScore] = [slot, score];
    }
    return bestScore >= 0.6 ? best : undefined;
  }

  private findChild(
    source: SourceRecord,
    keys: string[]
  ): { slot?: Slot; base?: FieldHashes; how?: string } {
    const { slot, state } = this.remembered(source.sheet, keys);
    if (slot) return { slot, base: baseOf(state), how: "the same source row as the last import" };
    if (state) {
      const base = decodeHashes(state.hashes);
      const closest = this.closestToBase(source.sheet, base);
      if (closest) return { slot: closest, base, how: "the same source row as the last import" };
    }
    const key = childKey(source.sheet, source.record);
    const byKey = firstFree(this.byChildKey, `${source.sheet}|${key}`);
    if (byKey)
      return {
        slot: byKey,
        base: baseOf(this.stateFor(source.sheet, byKey.record)),
        how: "the same record",
      };
    if (source.sheet === "Visits" && !isEmptyValue(source.record.notes)) {
      const older = firstFree(
        this.visitsWithoutNotes,
        childKey("Visits", { ...source.record, notes: null })
      );
      if (older) return { slot: older, how: "the same record" };
    }
    return {};
  }

  /** Message params naming a register record, for the "record.*" codes. */
  private recordParams(sheet: SheetKey, record: RegisterRecord): MessageParams {
    const clientId = text(record.clientId);
    const code =
      sheet === "Clients" ? "record.client" : clientId ? "record.child" : "record.unlinked";
    return { record: code, registerSheet: sheet, clientId };
  }

  private describe(sheet: SheetKey, record: RegisterRecord): string {
    const params = this.recordParams(sheet, record);
    return renderMessage(String(params.record), params) ?? sheet;
  }

  private issue(
    source: SourceRecord,
    field: string,
    value: RegisterValue,
    severity: ImportIssue["severity"],
    code: MessageCode,
    params: MessageParams
  ): void {
    const origin = source.origin ?? { sheet: source.sheet, row: 0 };
    const column = this.input.columnOf?.(origin.sheet, field) ?? null;
    const all: MessageParams = {
      field,
      sourceSheet: origin.sheet,
      sourceRow: origin.row,
      sourcePlace: column ? "place.cell" : "place.row",
      ...(column ? { sourceColumn: column } : {}),
      ...params,
    };
    this.issues.push({
      sheet: origin.sheet,
      row: origin.row || null,
      column,
      field,
      value,
      severity,
      code,
      params: all,
      message: renderMessage(code, all) ?? code,
    });
  }

  private report(
    source: SourceRecord,
    into: RegisterRecord,
    conflicts: FieldConflict[],
    updates: FieldUpdate[]
  ): void {
    const record = this.recordParams(source.sheet, into);
    for (const c of conflicts)
      this.issue(source, c.key, c.source, "warning", "import.merge-conflict", {
        ...record,
        registerValue: describeRaw(c.register),
        sourceValue: describeRaw(c.source),
        outcome: this.prefer === "source" ? "merge.took-source" : "merge.kept-register",
      });
    for (const u of updates)
      this.issue(source, u.key, u.to, "info", "merge.updated", {
        ...record,
        from: describeRaw(u.from),
        to: describeRaw(u.to),
      });
  }

  /**
   * Text longer than an Excel cell holds (notes built from many unmapped columns, say) is cut to
   * fit, and the whole text kept as the issue's value: one such cell never stops the import.
   */
  private cutOversized(source: SourceRecord, record: RegisterRecord): void {
    for (const key in record) {
      const value = record[key];
      if (typeof value !== "string" || value.length <= MAX_CELL_TEXT) continue;
      record[key] = value.slice(0, MAX_CELL_TEXT);
      this.issue(source, key, value, "warning", "import.cell-cut", {
        registerSheet: source.sheet,
        length: value.length,
        limit: MAX_CELL_TEXT,
      });
    }
  }

  /** `clientId`, when given, stands for the source record's own (the register's number for it). */
  private remember(
    source: SourceRecord,
    keys: string[],
    record: RegisterRecord,
    clientId?: RegisterValue
  ): void {
    const hashes = this.hashPacker;
    for (const key of Object.keys(source.record))
      hashes.add(key, key === "clientId" && clientId !== undefined ? clientId : source.record[key]);
    if (clientId !== undefined && !("clientId" in source.record)) hashes.add("clientId", clientId);
    this.newState.push({
      sheet: source.sheet,
      id: this.idOf(source.sheet, record),
      layout: source.layout,
      keys: encodeKeys(keys),
      hashes: hashes.done(),
    });
  }

  /**
   * A new source record may go into the register as it is: the caller gave it up
   * (`takeSourceRecords`), and no cell of it is cut (a cut changes the record, and the state's
   * hashes are of the whole values the source gave).
   */
  private mayTake(source: SourceRecord): boolean {
    return this.input.takeSourceRecords === true && !hasOversized(source.record);
  }

  /**
   * `owned`: `source.record` is the register's own already (numbered for it, or given up by the
   * caller), so it is placed as it is rather than copied.
   */
  private place(
    source: SourceRecord,
    found: { slot?: Slot; base?: FieldHashes; how?: string },
    owner: SourceRecord = source,
    owned = false
  ): RegisterRecord {
    if (!found.slot) {
      const record = owned ? source.record : { ...source.record };
      this.cutOversized(source, record);
      this.list(source.sheet).push({ record, fromRegister: false, matched: true });
      return record;
    }
    const slot = found.slot;
    slot.matched = true;
    const skip = new Set(source.sheet === "Clients" ? ["clientId"] : []);
    const merged = mergeFields(slot.record, source.record, found.base, this.prefer, skip);
    slot.record = merged.record;
    this.cutOversized(source, merged.record);
    this.report(source, merged.record, merged.conflicts, merged.updates);
    this.matched.set(
      owner,
      `updates register ${this.describe(source.sheet, merged.record)} (${found.how})`
    );
    return merged.record;
  }

  addClient(source: SourceRecord): void {
    const keys = identityKeys("Clients", source.record, source.sourceId);
    const found = this.findClient(source, keys);
    const sourceId = text(source.record.clientId);
    const take = !found.slot && this.mayTake(source);
    let numbered = source;
    if (!found.slot && !source.sourceId) {
      const clientId = formatClientId(++this.lastNumber);
      // Numbered in place when taken: `remember` hashes the source's values with this clientId
      // in any case, so the state is the same.
      if (take) source.record.clientId = clientId;
      else numbered = { ...source, record: withField(source.record, "clientId", clientId) };
    }
    const record = this.place(numbered, found, source, take || numbered !== source);
    if (sourceId !== "") this.idMap.set(normaliseKey(sourceId), text(record.clientId));
    this.remember(source, keys, record, text(record.clientId) || null);
  }

  addChild(source: SourceRecord): void {
    const clientId = text(source.record.clientId);
    const mapped = clientId === "" ? undefined : this.idMap.get(normaliseKey(clientId));
    const linked: SourceRecord =
      mapped !== undefined && mapped !== clientId
        ? { ...source, record: withField(source.record, "clientId", mapped) }
        : source;
    const keys = identityKeys(linked.sheet, linked.record, false);
    const found = this.findChild(linked, keys);
    // A relinked copy is the merge's own; `remember` hashes it, so it is not taken when cut.
    const owned =
      !found.slot && (linked !== source ? !hasOversized(linked.record) : this.mayTake(source));
    const record = this.place(linked, found, source, owned);
    this.remember(linked, keys, record);
  }

  /** Earlier state records this import did not replace (other sources, other rows). */
  carriedState(): ImportedRecord[] {
    if (this.input.state.records.length === 0) return [];
    const ids = new Set(this.newState.map((r) => `${r.sheet}|${normaliseKey(r.id)}`));
    const keys = new Set(this.newState.flatMap((r) => keysOf(r)));
    return this.input.state.records.filter(
      (r) => !ids.has(`${r.sheet}|${normaliseKey(r.id)}`) && !keysOf(r).some((k) => keys.has(k))
    );
  }
}

export function threeWayMerge(input: ThreeWayInput): ThreeWayResult {
  const merger = new Merger(input);
  for (const s of input.source) if (s.sheet === "Clients") merger.addClient(s);
  for (const s of input.source) if (s.sheet !== "Clients") merger.addChild(s);
  return {
    records: merger.records(),
    state: {
      records: [...merger.carriedState(), ...merger.newState],
      mappings: input.state.mappings,
    },
    issues: merger.issues,
    matched: merger.matched,
  };
}
