/**
 * Groups queued Office.js writes into as few `context.sync()` calls as the limits allow: a sync is
 * sent when the next piece of work would push the estimated request over the byte budget or the
 * row budget. Each batch suspends calculation; screen updating is suspended once (repeated calls
 * make the Excel window flicker, as the API reference warns).
 */

/** Rough size of one queued action and its object path in an Office.js request. */
export const ACTION_OVERHEAD_BYTES = 400;

export interface BatchLimits {
  maxBytes: number;
  maxRows: number;
}

export interface BatchWork {
  /** Estimated request bytes the queued actions add. */
  bytes: number;
  /** Data rows written by the work (for the row budget and progress). */
  rows?: number;
}

export class SyncBatcher {
  private pendingBytes = 0;
  private pendingRows = 0;
  private pending = false;
  private screenSuspended = false;
  private rowsDone = 0;
  syncCount = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly limits: BatchLimits,
    private readonly onRowsDone?: (rowsDone: number) => void
  ) {}

  /** Runs `queue` (which only queues actions) in the current batch, sending the batch first if it is full. */
  async add(work: BatchWork, queue: () => void): Promise<void> {
    const rows = work.rows ?? 0;
    const full =
      this.pendingBytes + work.bytes > this.limits.maxBytes ||
      this.pendingRows + rows > this.limits.maxRows;
    if (this.pending && full) await this.flush();
    if (!this.pending) this.begin();
    queue();
    this.pendingBytes += work.bytes;
    this.pendingRows += rows;
  }

  /** Sends whatever is queued. */
  async flush(): Promise<void> {
    if (!this.pending) return;
    await this.context.sync();
    this.syncCount++;
    this.pending = false;
    if (this.pendingRows > 0) {
      this.rowsDone += this.pendingRows;
      this.onRowsDone?.(this.rowsDone);
    }
    this.pendingBytes = 0;
    this.pendingRows = 0;
  }

  private begin(): void {
    this.pending = true;
    this.pendingBytes = ACTION_OVERHEAD_BYTES;
    const app = this.context.application as Partial<Excel.Application>;
    if (typeof app.suspendApiCalculationUntilNextSync === "function")
      app.suspendApiCalculationUntilNextSync();
    if (!this.screenSuspended && typeof app.suspendScreenUpdatingUntilNextSync === "function") {
      app.suspendScreenUpdatingUntilNextSync();
      this.screenSuspended = true;
    }
  }
}
