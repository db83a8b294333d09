import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { subgraphConfigFromEnv } from '../../lib/subgraph/config.js';
import {
  GATEWAY_PORT,
  SUBGRAPHS,
  basePort,
  gatewayPort,
  localGatewayUrl,
  subgraphPort,
  type SubgraphName,
} from '../../lib/services.js';
import { gatewayConfigFromEnv } from './config.js';

/**
 * Ports that move with one setting: BASE_PORT moves the gateway and the four subgraphs
 * together; a subgraph moved alone by `<SERVICE>_PORT` is still found by the gateway; explicit URLs win. Each
 * process and each tool reads the same rule (lib/services.ts), so they cannot disagree.
 */
const key = randomBytes(32).toString('base64');
/** A subgraph's config without dev key files on disk. */
const subgraphConfig = (name: SubgraphName, env: NodeJS.ProcessEnv) =>
  subgraphConfigFromEnv(name, { PII_ENC_KEY: key, PII_HMAC_KEY: key, ...env });
const urlPort = (url: string) => Number(new URL(url).port);
const gatewayUrls = (env: NodeJS.ProcessEnv) => gatewayConfigFromEnv(env).subgraphUrls;

describe('the port rule (lib/services.ts)', () => {
  it('gives the documented ports when nothing is set: gateway 4000, subgraphs 4001–4004 in SUBGRAPHS order', () => {
    expect(gatewayPort({})).toBe(4000);
    expect(SUBGRAPHS.map((s) => subgraphPort(s.name, {}))).toEqual([4001, 4002, 4003, 4004]);
    // The table's ports are the rule's, so code reading SUBGRAPHS[i].port agrees with the running services.
    SUBGRAPHS.forEach((s, i) => expect(s.port).toBe(GATEWAY_PORT + i + 1));
    expect(localGatewayUrl({})).toBe('https://localhost:4000/graphql');
  });

  it('moves all five with BASE_PORT', () => {
    const env = { BASE_PORT: '5100' };
    expect(basePort(env)).toBe(5100);
    expect(gatewayPort(env)).toBe(5100);
    expect(SUBGRAPHS.map((s) => subgraphPort(s.name, env))).toEqual([5101, 5102, 5103, 5104]);
    expect(localGatewayUrl(env)).toBe('https://localhost:5100/graphql');
  });

  it('lets GATEWAY_PORT and <SERVICE>_PORT move one process and leave the others on the base', () => {
    const env = { BASE_PORT: '5100', GATEWAY_PORT: '8443', BLACKLIST_PORT: '7003' };
    expect(gatewayPort(env)).toBe(8443);
    expect(SUBGRAPHS.map((s) => subgraphPort(s.name, env))).toEqual([5101, 5102, 7003, 5104]);
    expect(localGatewayUrl(env)).toBe('https://localhost:8443/graphql');
  });

  it('refuses a BASE_PORT that leaves no room for the four subgraphs, saying what it needs', () => {
    expect(() => basePort({ BASE_PORT: '0' })).toThrow(/BASE_PORT must be between 1 and 65531/);
    expect(() => basePort({ BASE_PORT: '65532' })).toThrow(/BASE_PORT must be between 1 and 65531/);
    expect(() => gatewayPort({ BASE_PORT: 'x' })).toThrow(/BASE_PORT must be a non-negative whole number/);
    expect(basePort({ BASE_PORT: '65531' })).toBe(65531);
  });
});

describe('config readers follow the port rule', () => {
  it('with BASE_PORT=5100: the gateway on 5100, its subgraph URLs on 5101–5104, each subgraph listening there', () => {
    const env = { BASE_PORT: '5100' };
    const gateway = gatewayConfigFromEnv(env);
    expect(gateway.port).toBe(5100);
    expect(SUBGRAPHS.map((s) => gateway.subgraphUrls[s.name])).toEqual([
      'https://localhost:5101/graphql',
      'https://localhost:5102/graphql',
      'https://localhost:5103/graphql',
      'https://localhost:5104/graphql',
    ]);
    for (const s of SUBGRAPHS) expect(subgraphConfig(s.name, env).port).toBe(urlPort(gateway.subgraphUrls[s.name]));
  });

  it('with only PENALTY_REPORTS_PORT=6002: the gateway finds penalty-reports on 6002, the rest where they were', () => {
    const env = { PENALTY_REPORTS_PORT: '6002' };
    const urls = gatewayUrls(env);
    expect(urls['penalty-reports']).toBe('https://localhost:6002/graphql');
    expect(subgraphConfig('penalty-reports', env).port).toBe(6002);
    expect(gatewayConfigFromEnv(env).port).toBe(4000);
    expect([urls['identity-registry'], urls.blacklist, urls['case-cooperation']].map(urlPort)).toEqual([
      4001, 4003, 4004,
    ]);
  });

  it('lets an explicit SUBGRAPH_URL_<NAME> win over the ports, for that subgraph only', () => {
    const env = {
      BASE_PORT: '5100',
      PENALTY_REPORTS_PORT: '6002',
      SUBGRAPH_URL_PENALTY_REPORTS: 'https://penalty-reports:4002/graphql',
      SUBGRAPH_URL_BLACKLIST: 'https://blacklist.internal:9000/graphql',
    };
    const urls = gatewayUrls(env);
    expect(urls['penalty-reports']).toBe('https://penalty-reports:4002/graphql');
    expect(urls.blacklist).toBe('https://blacklist.internal:9000/graphql');
    expect(urls['identity-registry']).toBe('https://localhost:5101/graphql');
    expect(urls['case-cooperation']).toBe('https://localhost:5104/graphql');
    // The subgraph itself still listens where its port says: the URL only tells the gateway where to call.
    expect(subgraphConfig('penalty-reports', env).port).toBe(6002);
  });

  it('treats an empty SUBGRAPH_URL_<NAME> as unset', () => {
    expect(gatewayUrls({ SUBGRAPH_URL_BLACKLIST: '', BLACKLIST_PORT: '7003' }).blacklist).toBe(
      'https://localhost:7003/graphql',
    );
  });
});
