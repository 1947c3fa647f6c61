/** A1-notation helpers shared by the plan builders and the writers. Rows are 1-based, columns 0-based. */

export function columnLetter(index: number): string {
  if (!Number.isInteger(index) || index < 0)
    throw new Error(`Column index must be a non-negative integer, got ${index}.`);
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** The 0-based index of a column letter ("A" → 0, "AA" → 26). */
export function columnIndex(letters: string): number {
  if (!/^[A-Z]+$/i.test(letters)) throw new Error(`Not a column letter: "${letters}".`);
  return (
    letters
      .toUpperCase()
      .split("")
      .reduce((n, ch) => n * 26 + (ch.charCodeAt(0) - 64), 0) - 1
  );
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

export function absoluteAddress(row: number, column: number): string {
  return `$${columnLetter(column)}$${row}`;
}

/** Splits "B12" or "$B$12" into a 1-based row and 0-based column. */
export function parseAddress(address: string): { row: number; column: number } {
  const match = /^\$?([A-Z]+)\$?(\d+)$/i.exec(address.trim());
  if (!match) throw new Error(`Not a cell address: "${address}".`);
  return { row: Number(match[2]), column: columnIndex(match[1]) };
}

/** A sheet name as a formula needs it: quoted when it holds anything but letters, digits and underscores. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** "Settings!$B$4:$B$7" for a block of cells (or a single cell when the corners coincide). */
export function absoluteRange(
  sheet: string,
  top: number,
  left: number,
  bottom = top,
  right = left
): string {
  const start = absoluteAddress(top, left);
  const end = absoluteAddress(bottom, right);
  return `${quoteSheetName(sheet)}!${start === end ? start : `${start}:${end}`}`;
}
