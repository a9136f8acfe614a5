/**
 * Excel on the web refuses a request or a response over 5 MB; a block of rows aims at 2 MB so a
 * long text here and there cannot push it over, and at most 500,000 cells (reads are capped at 5
 * million cells; smaller blocks also keep progress moving).
 */
export const BLOCK_BUDGET_BYTES = 2 * 1024 * 1024;
export const MAX_BLOCK_CELLS = 500_000;
/** The first block is small: it measures how many bytes a row of this ledger takes. */
export const FIRST_BLOCK_ROWS = 1_000;

/**
 * UTF-8 length of a string without allocating (Chinese text is 3 bytes a character on the wire).
 *
 * @example
 * utf8Length("到期") //=> 6
 */
export function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) bytes += 1;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 2;
      i++;
    } else bytes += 2;
  }
  return bytes;
}

/**
 * JSON bytes of a row of cell values, estimated without stringifying: numbers ~ 20 bytes, texts
 * their UTF-8 length plus quotes, escapes ignored (the 2 MB target leaves room for them).
 *
 * @example
 * rowBytes([12, "31-60"]) //=> 31
 */
export function rowBytes(row: readonly unknown[]): number {
  let bytes = 2;
  for (const cell of row) {
    if (typeof cell === "string") bytes += utf8Length(cell) + 3;
    else bytes += 21;
  }
  return bytes;
}

/**
 * Rows per block for rows of `bytesPerRow` and `columns` cells each.
 *
 * @example
 * rowsPerBlock(200, 10) //=> 10485
 */
export function rowsPerBlock(bytesPerRow: number, columns: number): number {
  const byBytes = Math.floor(BLOCK_BUDGET_BYTES / Math.max(1, bytesPerRow));
  const byCells = Math.floor(MAX_BLOCK_CELLS / Math.max(1, columns));
  return Math.max(1, Math.min(byBytes, byCells));
}

/** Largest row of a sample (every `step`-th row): a conservative bytes-per-row for sizing the next block. */
export function sampledRowBytes(rows: readonly (readonly unknown[])[]): number {
  const step = Math.max(1, Math.floor(rows.length / 256));
  let max = 0;
  for (let i = 0; i < rows.length; i += step) max = Math.max(max, rowBytes(rows[i]));
  return max;
}

/** Whether an error is Excel refusing a request or response for its size. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "RequestPayloadSizeLimitExceeded" || code === "ResponsePayloadSizeLimitExceeded";
}

/**
 * Syncs a block of reads; false when Excel refused the block for its size, so the caller reads it
 * again in smaller blocks. A block of one row that is still too large, or any other failure, throws:
 * nothing smaller can be read.
 *
 * @param rows - the rows the block holds
 * @example
 * if (!(await syncBlock(context, count))) { blockRows = Math.max(1, Math.floor(count / 4)); continue; }
 */
export async function syncBlock(context: Excel.RequestContext, rows: number): Promise<boolean> {
  try {
    await context.sync();
    return true;
  } catch (error) {
    if (!isPayloadTooLarge(error) || rows === 1) throw error;
    return false;
  }
}
