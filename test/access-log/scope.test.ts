import { print, visit } from 'graphql';
import { describe, expect, it } from 'vitest';
import {
  ACCESS_LOG_ROOT,
  ACCESS_LOG_SECTIONS,
  accessLogTypeDefs,
  decodeScope,
  encodeScope,
  requireNationalOffice,
} from '../../lib/graphql/access-log.js';
import { DomainError } from '../../lib/errors.js';
import type { Principal } from '../../lib/principal.js';
import { SUBGRAPHS } from '../../lib/services.js';

/** The `AccessLog` key (its filter, encoded) and who may read the log (DESIGN §4), without a server. */
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    return { code: (e as DomainError).code, paths: (e as DomainError).details.problems?.map((p) => p.path) };
  }
  throw new Error('not refused');
};

const office = (
  authority: 'samr' | 'cac',
  level: 'national' | 'province' | 'prefecture' | 'county',
  region: string,
): Principal => ({
  role: 'regulator',
  org: `${authority}/${level}/${region}`,
  region,
  authority,
  level,
  certSerial: '01',
  name: 'x',
  uri: `spiffe://lsgw/regulator/${authority}/${level}/${region}`,
});

describe('the AccessLog scope', () => {
  it('encodes a filter canonically and decodes it back; no filter is `e30`', () => {
    const filter = {
      until: new Date('2026-12-01T00:00:00Z'),
      principalOrg: 'samr/province/330000',
      since: new Date('2026-11-01T00:00:00.250Z'),
    };
    const scope = encodeScope(filter);
    expect(scope).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeScope(scope)).toEqual(filter);
    expect(encodeScope({ since: filter.since, principalOrg: filter.principalOrg, until: filter.until })).toBe(scope);
    expect(encodeScope({})).toBe('e30');
    expect(decodeScope('e30')).toEqual({});
  });

  it('refuses any scope it did not make as BAD_USER_INPUT at `scope`', () => {
    const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
    for (const scope of [
      '',
      'not base64!',
      b64('nope'),
      b64('[]'),
      b64('null'),
      b64('"x"'),
      b64('{"since":"2026-11-01T00:00:00Z"}'), // not the canonical instant (milliseconds)
      b64('{ }'),
      b64('{"recordType":"A","operation":"b"}'), // not canonical: spacing, key order
      'e30=',
      'x'.repeat(5000),
      42,
      null,
    ]) {
      expect(
        refusal(() => decodeScope(scope)),
        String(scope),
      ).toEqual({ code: 'BAD_USER_INPUT', paths: ['scope'] });
    }
    expect(refusal(() => decodeScope(b64('{"evil":1}'))).paths).toEqual(['scope.evil']);
    expect(refusal(() => decodeScope(b64('{"principalOrg":""}'))).paths).toEqual(['scope.principalOrg']);
    expect(
      refusal(() => decodeScope(b64('{"since":"2026-12-01T00:00:00.000Z","until":"2026-11-01T00:00:00.000Z"}'))).paths,
    ).toEqual(['scope.until']);
  });
});

describe('who may read the access log', () => {
  it('lets national SAMR and CAC offices only', () => {
    expect(() => requireNationalOffice(office('samr', 'national', '100000'))).not.toThrow();
    expect(() => requireNationalOffice(office('cac', 'national', '100000'))).not.toThrow();
    for (const p of [
      office('samr', 'province', '330000'),
      office('cac', 'prefecture', '330100'),
      office('samr', 'county', '330106'),
    ]) {
      expect(refusal(() => requireNationalOffice(p)).code).toBe('FORBIDDEN');
    }
    const platform: Principal = {
      role: 'platform',
      org: '91330106MA27XXXXX0',
      region: '330106',
      certSerial: '01',
      name: 'P',
      uri: 'x',
    };
    expect(refusal(() => requireNationalOffice(platform)).code).toBe('FORBIDDEN');
    // A national level without a known authority is not an office of the exchange.
    expect(
      refusal(() => requireNationalOffice({ ...office('samr', 'national', '100000'), authority: undefined })).code,
    ).toBe('FORBIDDEN');
  });
});

describe('the shared SDL', () => {
  it('gives each subgraph the shared types and its own section, and nothing of the others; the root field to one', () => {
    for (const { name } of SUBGRAPHS) {
      // Descriptions are the schema's documentation (test/build/schema-descriptions.test.ts); here, its shape.
      const sdl = print(
        visit(accessLogTypeDefs(name), {
          enter: (node) =>
            'description' in node && node.description ? { ...node, description: undefined } : undefined,
        }),
      );
      if (name === ACCESS_LOG_ROOT) expect(sdl).toContain('accessLog(filter: AccessLogFilter): AccessLog!');
      else expect(sdl).not.toContain('accessLog(');
      expect(sdl).toContain(`${ACCESS_LOG_SECTIONS[name]}(first: Int, after: String): AccessRecordConnection!`);
      for (const other of SUBGRAPHS.filter((s) => s.name !== name))
        expect(sdl).not.toContain(`${ACCESS_LOG_SECTIONS[other.name]}(`);
    }
  });
});
