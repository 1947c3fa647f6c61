/** Messages between the pane and the import worker. Every message names its job. */
import type { Part, Skeleton } from "./transfer";

export type JobKind = "import" | "mapping";

/** Pane → worker: a job's input arrives as begin, parts, run. */
export type ToWorker =
  | { job: number; type: "begin"; kind: JobKind; input: Skeleton }
  | { job: number; type: "part"; part: Part }
  | { job: number; type: "run" };

/** Worker → pane: progress while it runs, then the result as begin, parts, done (or an error). */
export type FromWorker =
  | { job: number; type: "progress"; rows: number }
  | { job: number; type: "result"; result: Skeleton }
  | { job: number; type: "part"; part: Part }
  | { job: number; type: "done" }
  | { job: number; type: "error"; name: string; message: string };

/** One side of a message channel: a Web Worker, its global scope, or a Node worker thread. */
export interface Endpoint<In, Out> {
  post(message: Out): void;
  listen(handler: (message: In) => void): void;
}
