import { readFileSync } from 'node:fs';
import type { Principal } from '../../lib/principal.js';
import type { SubgraphName } from '../../lib/services.js';
import { tClient, type GraphQLResult } from '../../lib/testing/client.js';
import { mintToken, privateKeyFromPem } from '../../lib/token.js';
import { issueOffices, ok, SEND, unreachable } from '../case-cooperation/fixtures.js';
import { submit, tInput } from '../penalty-reports/helpers.js';
import { serviceCert } from '../support/certs.js';
import type { TestFederation } from '../support/federation.js';

/** Members as the gateway's token names them, for calls straight to a subgraph. */
export const PLATFORM: Principal = {
  role: 'platform',
  org: '91330106MA27XXXXX0',
  region: '330106',
  certSerial: '01',
  name: 'Demo Live Platform Co.',
  uri: 'spiffe://lsgw/platform/91330106MA27XXXXX0/330106',
};
export const OTHER_PLATFORM: Principal = {
  ...PLATFORM,
  org: '91320102MA1XXXXXXL',
  region: '320102',
  name: 'Demo Platform B',
  uri: 'spiffe://lsgw/platform/91320102MA1XXXXXXL/320102',
};
export const ZHEJIANG: Principal = {
  role: 'regulator',
  org: 'samr/province/330000',
  region: '330000',
  authority: 'samr',
  level: 'province',
  certSerial: '0A1B',
  name: 'Zhejiang AMR',
  uri: 'spiffe://lsgw/regulator/samr/province/330000',
};
export const NATIONAL: Principal = {
  ...ZHEJIANG,
  org: 'samr/national/100000',
  region: '100000',
  level: 'national',
  name: 'State Administration for Market Regulation',
  uri: 'spiffe://lsgw/regulator/samr/national/100000',
};

/** Two disposal reports of the demo platform and one notice to it, through the gateway; the registry knows it. */
export async function seedLinks(fed: TestFederation): Promise<{ reports: string[]; notices: string[] }> {
  issueOffices(fed);
  const reports = [
    (await submit(fed, 'demo-platform', tInput('links-1'))).id,
    (await submit(fed, 'demo-platform', tInput('links-2'))).id,
  ];
  const notices = [ok(await fed.as('samr-xihu').query(SEND, { input: unreachable() }), 'sendNotice').id];
  await fed.as('demo-platform').query('{ viewer { platform { uscc } } }'); // the registry meets the platform
  return { reports, notices };
}

/** A call straight to a subgraph, as the gateway makes it: its certificate and a token for `principal`. */
export async function direct(
  fed: TestFederation,
  service: SubgraphName,
  principal: Principal,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResult> {
  const key = privateKeyFromPem(readFileSync(fed.certs.jwtPrivate, 'utf8'));
  const token = await mintToken(key, principal, { audience: service });
  const client = tClient(fed.subgraphs[service].url, fed.ca, serviceCert(fed.certs, 'gateway'));
  try {
    return await client.query(query, variables, { authorization: `Bearer ${token}` });
  } finally {
    await client.close();
  }
}
