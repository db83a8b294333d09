import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

/**
 * Issue 17 item 5: every tool's default gateway URL follows the port rule of lib/services.ts (the rule itself
 * and the config readers: gateway/src/config.test.ts). The filing tool is run as a member runs it.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const usage = async (env: Record<string, string>) => {
  const { stderr } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', 'scripts/filing/cli.ts', '--help'],
    {
      cwd: root,
      env: { PATH: process.env.PATH ?? '', ...env },
    },
  );
  return /--url (\S+)\]/.exec(stderr)?.[1];
};

describe('npm run filing: the default gateway URL', () => {
  it('is the local gateway on 4000 when no port is set', async () => {
    expect(await usage({})).toBe('https://localhost:4000/graphql');
  });

  it('follows BASE_PORT, and GATEWAY_PORT over it', async () => {
    expect(await usage({ BASE_PORT: '5100' })).toBe('https://localhost:5100/graphql');
    expect(await usage({ BASE_PORT: '5100', GATEWAY_PORT: '8443' })).toBe('https://localhost:8443/graphql');
  });
});
