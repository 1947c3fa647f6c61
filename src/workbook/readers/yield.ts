/**
 * Cooperative yielding: long reads and imports give the event loop a turn every few tens of
 * milliseconds, so a task pane stays responsive and its progress bar moves.
 */
const now = (): number => (typeof performance !== "undefined" ? performance.now() : Date.now());

const macrotask = (): Promise<void> =>
  new Promise((resolve) =>
    typeof setImmediate === "function" ? setImmediate(resolve) : setTimeout(resolve, 0)
  );

export type Yielder = () => Promise<void> | void;

/** A function to call often; it awaits a macrotask only once `everyMs` have passed since the last. */
export function yielder(everyMs = 30): Yielder {
  if (everyMs <= 0) return () => undefined;
  let last = now();
  return () => {
    if (now() - last < everyMs) return undefined;
    return macrotask().then(() => {
      last = now();
    });
  };
}
