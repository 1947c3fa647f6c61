import * as React from "react";
import { ActionError, toActionError } from "../actions";

export interface Task<A extends unknown[], R> {
  run: (...args: A) => Promise<R | undefined>;
  pending: boolean;
  error: ActionError | null;
  clearError: () => void;
}

/**
 * Runs one async action at a time with its pending state and a failure the pane can explain.
 * `run` resolves to undefined when the action failed (the error is then in `error`).
 */
export function useTask<A extends unknown[], R>(action: (...args: A) => Promise<R>): Task<A, R> {
  const [pending, setPending] = React.useState(false);
  const [error, setError] = React.useState<ActionError | null>(null);
  const mounted = React.useRef(true);
  const latest = React.useRef(action);
  latest.current = action;

  React.useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = React.useCallback(async (...args: A): Promise<R | undefined> => {
    setPending(true);
    setError(null);
    try {
      return await latest.current(...args);
    } catch (thrown) {
      if (mounted.current) setError(toActionError(thrown));
      return undefined;
    } finally {
      if (mounted.current) setPending(false);
    }
  }, []);

  const clearError = React.useCallback(() => setError(null), []);
  return { run, pending, error, clearError };
}
