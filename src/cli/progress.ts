/**
 * The import's progress bar on a terminal: one line, redrawn at most ten times a second, with the
 * stage (rows read, normalised, written), elapsed and estimated remaining time. Nothing at all
 * when the output is not a terminal (pipes, CI, tests).
 */

export type Stage = "read" | "normalise" | "write";

/** Where the bar is drawn; only terminals get one. */
export interface ProgressTerminal {
  write(text: string): void;
  columns?: number;
}

export interface Progress {
  /** `done` of `total` in this stage, or just a count with the stage's share when the total is unknown. */
  update(stage: Stage, done: number, total?: number, fraction?: number): void;
  /** Clears the bar. */
  end(): void;
}

/** How much of the whole import each stage is, roughly (measured by `npm run bench`). */
const WEIGHTS: Record<Stage, [number, number]> = {
  read: [0, 0.35],
  normalise: [0.35, 0.65],
  write: [0.65, 1],
};
const LABELS: Record<Stage, string> = {
  read: "rows read",
  normalise: "rows normalised",
  write: "rows written",
};
const REDRAW_MS = 100;
const BAR = 24;

const clock = (ms: number): string => {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
};

export const quietProgress: Progress = { update: () => undefined, end: () => undefined };

export function progressBar(
  terminal: ProgressTerminal | undefined,
  now: () => number = Date.now
): Progress {
  if (!terminal) return quietProgress;
  const started = now();
  let drawn = 0;
  let shown = false;
  return {
    update(stage, done, total, fraction) {
      const t = now();
      if (t - drawn < REDRAW_MS) return;
      drawn = t;
      const [from, to] = WEIGHTS[stage];
      const within = fraction ?? (total ? Math.min(1, done / total) : 0);
      const overall = from + (to - from) * within;
      const elapsed = t - started;
      const filled = Math.round(overall * BAR);
      const left = overall > 0.02 ? ` · ~${clock((elapsed * (1 - overall)) / overall)} left` : "";
      const count = `${done.toLocaleString("en-US")}${total ? ` / ${total.toLocaleString("en-US")}` : ""}`;
      const line = `[${"#".repeat(filled)}${"-".repeat(BAR - filled)}] ${count} ${LABELS[stage]} · ${clock(elapsed)} elapsed${left}`;
      const width = (terminal.columns ?? 80) - 1;
      terminal.write(`\r${line.slice(0, width).padEnd(width)}`);
      shown = true;
    },
    end() {
      if (shown) terminal.write(`\r${" ".repeat((terminal.columns ?? 80) - 1)}\r`);
      shown = false;
    },
  };
}
