/** Plain-text tables and RFC 4180 CSV for command output. */

/** Aligned columns; the first row is the header. */
export function table(rows: (string | number | boolean | null | undefined)[][]): string[] {
  const cells = rows.map((r) => r.map((c) => (c === null || c === undefined ? '' : String(c))));
  const widths = cells[0].map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? '')].length)));
  return cells.map((r) =>
    r
      .map((c, i) => c + ' '.repeat(widths[i] - [...c].length))
      .join('  ')
      .trimEnd(),
  );
}

/** One CSV field: quoted when it holds a comma, a quote or a line break (RFC 4180 §2). */
export function csvField(v: string | number | boolean | null | undefined): string {
  const s = v === null || v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export const csvLine = (fields: (string | number | boolean | null | undefined)[]) => fields.map(csvField).join(',');
