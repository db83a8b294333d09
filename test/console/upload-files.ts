import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { residentId, streamer, uscc } from '../identity-registry/fixtures.js';

/** Files a platform uploads, in the upload tool's formats (scripts/filing/csv.ts columns; NDJSON inputs). */
export const OPERATOR_CSV_HEADER =
  'kind,name,uscc,id_type,id_number,region_code,address_detail,phone,email,live_accounts,licences,verified_at';

/** A registered business; every third one's address is quoted over two lines, so records and lines differ. */
export const operatorRow = (n: number, over: { uscc?: string } = {}) =>
  [
    'BUSINESS',
    `"杭州直播商贸${n}有限公司"`,
    over.uscc ?? uscc(n),
    '',
    '',
    '330102',
    n % 3 === 0 ? `"上城区解放路${n}号,\n二楼"` : `上城区解放路${n}号`,
    '13800138000',
    '',
    `room-${n}:直播间${n}`,
    `食品经营许可证:JY133010000${n}`,
    '2026-06-01T00:00:00Z',
  ].join(',');

export const streamerLine = (n: number) =>
  JSON.stringify(
    streamer(n, residentId(`3301061990010${n % 10}00${n % 10}`), [{ uscc: uscc(n), liveAccountId: `room-${n}` }]),
  );

/** `n` operators as CSV (CRLF line breaks, as a spreadsheet writes them) in `dir/name`. */
export function operatorsCsv(dir: string, n: number, name = 'operators.csv', from = 1): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  const rows = Array.from({ length: n }, (_, i) => operatorRow(from + i));
  writeFileSync(path, [OPERATOR_CSV_HEADER, ...rows].join('\r\n') + '\r\n');
  return path;
}

/** `n` streamers as NDJSON, one blank line after the first (skipped, still counted as a line). */
export function streamersNdjson(dir: string, n: number, name = 'streamers.ndjson'): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  const lines = Array.from({ length: n }, (_, i) => streamerLine(i + 1));
  lines.splice(1, 0, '');
  writeFileSync(path, lines.join('\n') + '\n');
  return path;
}
