import { readFileSync } from 'node:fs';
import type { CertPaths } from '../../lib/cert-paths.js';
import { createGraphQLClient } from '../../lib/http/client.js';
import { recordSearch, timeQueries } from './search.js';
import { syntheticResidentId, syntheticUscc } from './synthetic.js';

/** Each search key over the filed records, as the Zhejiang provincial SAMR office (the platform's domicile). */
export async function searches(certs: CertPaths, gatewayUrl: string, n: number, ops: number): Promise<void> {
  const office = certs.member('samr-zhejiang');
  const regulator = createGraphQLClient({
    url: gatewayUrl,
    ca: readFileSync(certs.ca),
    cert: readFileSync(office.cert),
    key: readFileSync(office.key),
  });
  const streamers = n - ops;
  const some = (round: number, of: number) => (round * 7919 + 12345) % of; // spread over the whole range
  const operatorName = (i: number) => `杭州直播商贸${i}有限公司`;
  try {
    await timeQueries(regulator, 'searches as a provincial SAMR office through the gateway, first page of 20', [
      recordSearch(
        'streamer by ID number (exact)',
        'liveStreamers',
        (r) => ({ idDocumentNumber: syntheticResidentId(some(r, streamers)) }),
        (r) => `李${some(r, streamers)}`,
      ),
      recordSearch(
        'operator by USCC',
        'liveRoomOperators',
        (r) => ({ uscc: syntheticUscc(some(r, ops)) }),
        (r) => operatorName(some(r, ops)),
      ),
      recordSearch(
        'operator by live account id',
        'liveRoomOperators',
        (r) => ({ liveAccountId: `room-${some(r, ops)}` }),
        (r) => operatorName(some(r, ops)),
      ),
      recordSearch(
        'streamers by the live account they stream in',
        'liveStreamers',
        (r) => ({ liveAccountId: `room-${some(r, ops)}` }),
        (r) => `李${some(r, ops)}`,
      ),
      recordSearch(
        "streamers by an operator's USCC",
        'liveStreamers',
        (r) => ({ uscc: syntheticUscc(some(r, ops)) }),
        (r) => `李${some(r, ops)}`,
      ),
      recordSearch(
        'streamer by name, one match (contains)',
        'liveStreamers',
        (r) => ({ name: `李${streamers - 1 - r}` }),
        (r) => `李${streamers - 1 - r}`,
      ),
      recordSearch('streamer by name, no match (contains)', 'liveStreamers', () => ({ name: '王五' })),
      recordSearch('streamers by name, many matches (contains)', 'liveStreamers', () => ({ name: '李' })),
      recordSearch('streamers by residence region prefix', 'liveStreamers', () => ({ region: '3301' })),
      recordSearch('streamers by a region where none live', 'liveStreamers', () => ({ region: '5401' })),
    ]);
  } finally {
    await regulator.close();
  }
}
