import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { syntheticResidentId, syntheticUscc } from './synthetic.js';

async function writeNdjson(path: string, count: number, make: (i: number) => object) {
  const out = createWriteStream(path);
  for (let i = 0; i < count; i++) if (!out.write(JSON.stringify(make(i)) + '\n')) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

/**
 * bench:filing's `n` valid synthetic records, as the upload tool reads them, in `dir`: half operators
 * (registered businesses), half streamers, each streaming in one operator's room.
 */
export async function writeRecords(dir: string, n: number) {
  const ops = Math.ceil(n / 2);
  const operatorsFile = join(dir, 'operators.ndjson');
  const streamersFile = join(dir, 'streamers.ndjson');
  await writeNdjson(operatorsFile, ops, (i) => ({
    kind: 'BUSINESS',
    business: { name: `杭州直播商贸${i}有限公司`, uscc: syntheticUscc(i) },
    businessAddress: { regionCode: '330102', detail: `上城区解放路${i}号` },
    contact: { phone: '13800138000' },
    liveAccounts: [{ accountId: `room-${i}`, nickname: `直播间${i}` }],
    verifiedAt: '2026-06-01T00:00:00Z',
  }));
  await writeNdjson(streamersFile, n - ops, (i) => ({
    person: { name: `李${i}`, idDocument: { type: 'RESIDENT_ID', number: syntheticResidentId(i) } },
    residence: { regionCode: '330106', detail: `西湖区文三路${i}号` },
    contact: { phone: '13900139000' },
    occupation: '主播',
    operatorRefs: [{ uscc: syntheticUscc(i % ops), liveAccountId: `room-${i % ops}` }],
    verifiedAt: '2026-06-15T00:00:00Z',
  }));
  return { ops, operatorsFile, streamersFile };
}
