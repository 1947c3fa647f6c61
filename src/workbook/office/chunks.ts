/** Splitting row sets into blocks that each fit one Office.js request. Pure. */

export interface RowChunk {
  /** 0-based index of the first row in the chunk. */
  start: number;
  count: number;
  /** Estimated request bytes of the chunk's rows plus the fixed cost of its actions. */
  bytes: number;
}

export interface ChunkLimits {
  maxRows: number;
  maxBytes: number;
  /** Bytes every chunk costs whatever its rows (action overhead). */
  fixedBytes: number;
}

/** A row too large to send alone; `row` is 0-based. */
export class OversizedRowError extends Error {
  constructor(
    readonly row: number,
    readonly bytes: number,
    readonly maxBytes: number
  ) {
    super(
      `Row ${row + 1} needs about ${formatBytes(bytes)}, more than one request may carry (${formatBytes(maxBytes)}).`
    );
    this.name = "OversizedRowError";
  }
}

/** The sizes an oversized row's message names, formatted. */
export function oversizeParams(error: OversizedRowError): { size: string; max: string } {
  return { size: formatBytes(error.bytes), max: formatBytes(error.maxBytes) };
}

/**
 * Greedy split: each chunk holds at most `maxRows` rows and at most `maxBytes` estimated bytes.
 * Zero rows give no chunk. Throws OversizedRowError when a single row cannot fit.
 */
export function splitIntoChunks(rowBytes: readonly number[], limits: ChunkLimits): RowChunk[] {
  const maxRows = Math.max(1, Math.floor(limits.maxRows));
  const chunks: RowChunk[] = [];
  let start = 0;
  let bytes = limits.fixedBytes;
  for (let i = 0; i < rowBytes.length; i++) {
    const size = rowBytes[i];
    if (limits.fixedBytes + size > limits.maxBytes)
      throw new OversizedRowError(i, limits.fixedBytes + size, limits.maxBytes);
    const count = i - start;
    if (count > 0 && (count >= maxRows || bytes + size > limits.maxBytes)) {
      chunks.push({ start, count, bytes });
      start = i;
      bytes = limits.fixedBytes;
    }
    bytes += size;
  }
  if (rowBytes.length > start) chunks.push({ start, count: rowBytes.length - start, bytes });
  return chunks;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1_000) return `${(bytes / 1_000).toFixed(0)} kB`;
  return `${bytes} bytes`;
}
