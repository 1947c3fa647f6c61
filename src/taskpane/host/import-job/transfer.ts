/**
 * Sends a large value between threads in pieces. One postMessage of a million-row sheet would be
 * cloned in one go on both sides (seconds on the sending and the receiving thread); instead every
 * long array is cut into slices, each its own message, and the receiver puts the slices back.
 * Sparse arrays stay sparse: holes (blank rows, blank cells) are neither sent nor filled.
 */

/** A value with its long arrays emptied; the parts fill them in. */
export interface Skeleton {
  value: unknown;
}

/** A slice of the long array found at `path` (property names and array indexes), from `start`. */
export interface Part {
  path: (string | number)[];
  start: number;
  /** The array's full length (a sparse array may end in holes). */
  length: number;
  items: unknown[];
}

/** Arrays longer than this are sent in slices of this many items. */
export const DEFAULT_SLICE_ITEMS = 5_000;
/** Long arrays are looked for this deep (sheets → sheet → rows; options → existing → sheet key). */
const MAX_DEPTH = 4;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * Splits `value` into a skeleton (a copy down to the long arrays, which are left empty) and the
 * parts that fill them. `value` itself is not changed; what is below a long array is shared, not copied.
 */
export function split(
  value: unknown,
  sliceItems = DEFAULT_SLICE_ITEMS
): { skeleton: Skeleton; parts: Iterable<Part> } {
  const long: { path: (string | number)[]; array: unknown[] }[] = [];
  const copy = (node: unknown, path: (string | number)[]): unknown => {
    if (Array.isArray(node)) {
      if (node.length > sliceItems) {
        long.push({ path, array: node });
        return [];
      }
      if (path.length >= MAX_DEPTH) return node;
      const out: unknown[] = new Array(node.length);
      node.forEach((item, i) => (out[i] = copy(item, [...path, i])));
      return out;
    }
    if (isPlainObject(node) && path.length < MAX_DEPTH) {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(node)) out[key] = copy(item, [...path, key]);
      return out;
    }
    return node;
  };
  const skeleton = { value: copy(value, []) };
  function* parts(): Generator<Part> {
    for (const { path, array } of long)
      for (let start = 0; start < array.length; start += sliceItems)
        yield {
          path,
          start,
          length: array.length,
          items: array.slice(start, start + sliceItems),
        };
  }
  return { skeleton, parts: parts() };
}

/** Puts one part back into the skeleton's value (in place). */
export function applyPart(skeleton: Skeleton, part: Part): void {
  let node: unknown = skeleton.value;
  for (const key of part.path) node = (node as Record<string | number, unknown>)[key];
  if (!Array.isArray(node)) throw new Error(`No array at ${part.path.join(".")} to fill.`);
  const target = node;
  part.items.forEach((item, i) => (target[part.start + i] = item));
  if (target.length < part.length) target.length = part.length;
}
