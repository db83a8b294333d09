import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LsgwClient } from '../../client/index.js';
import { ManualClock } from '../../lib/clock.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { memberFiles } from '../client/support.js';
import { tLsgw } from '../cli/support.js';
import { type Example, extractExamples, shellWords } from './extract.js';

/**
 * Runs every example of docs/cookbook.md, in order, against a federation over mTLS: the GraphQL documents
 * through the gateway, the CLI commands through runCli (the binary's own entry), the client calls as
 * modules importing client/. The federation's clock is pinned, so the examples' dates do not age.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DOC = readFileSync(join(ROOT, 'docs/cookbook.md'), 'utf8');
const EXAMPLES = extractExamples(DOC);
const MODULES = join(ROOT, '.vitest-tmp', 'cookbook');
const clock = new ManualClock(new Date('2026-12-04T08:00:00Z'));
const saved = new Map<string, unknown>();
let fed: TestFederation;
let cwd: string;
/** The client examples as modules, type-checked after they ran. */
const modules: string[] = [];

/** The saved values named in a block: `"NAME"` becomes the value's JSON, a bare NAME its text (sh) or JSON (ts). */
function fill(text: string, bare: 'text' | 'json' | 'none'): string {
  let out = text;
  for (const [name, value] of saved) {
    out = out.replaceAll(`"${name}"`, JSON.stringify(value));
    if (bare !== 'none')
      out = out.replace(new RegExp(`\\b${name}\\b`, 'g'), bare === 'text' ? String(value) : JSON.stringify(value));
  }
  return out;
}
/** Keeps what a GraphQL (`data`) or CLI (`out`, its --json output) example saves. */
const keep = (ex: Example, result: unknown) => {
  if (!('saves' in ex) || !ex.saves) return;
  const value = new Function('data', 'out', `return (${ex.saves.expr});`)(result, result);
  expect(value, `line ${ex.line}: ${ex.saves.expr}`).toBeDefined();
  saved.set(ex.saves.name, value);
};

async function runTs(ex: Extract<Example, { kind: 'ts' }>): Promise<void> {
  mkdirSync(MODULES, { recursive: true });
  const file = join(MODULES, `line-${ex.line}.ts`);
  modules.push(file);
  const body = fill(ex.text, 'json');
  if (ex.connect) {
    // The Connecting example as written, pointed at this federation and its CA folder.
    writeFileSync(
      file,
      body
        .replaceAll("'./client/index.js'", "'../../client/index.js'")
        .replaceAll("'https://localhost:4000/graphql'", JSON.stringify(fed.gatewayUrl))
        .replaceAll("'.dev-certs/", `'${fed.certs.dir}/`),
    );
    await import(pathToFileURL(file).href);
    return;
  }
  const result = ex.saves ? `\n  return (${ex.saves.expr});` : '';
  writeFileSync(
    file,
    `import { collect, decodeReceipt, type LsgwClient } from '../../client/index.js';\n` +
      `export default async (lsgw: LsgwClient) => {\n${body}${result}\n};\n`,
  );
  const run = (await import(pathToFileURL(file).href)).default as (c: LsgwClient) => Promise<unknown>;
  const lsgw = new LsgwClient({ url: fed.gatewayUrl, member: memberFiles(fed, ex.as!) });
  try {
    const value = await run(lsgw);
    if (ex.saves) {
      expect(value, `line ${ex.line}: ${ex.saves.expr}`).toBeDefined();
      saved.set(ex.saves.name, value);
    }
  } finally {
    await lsgw.close();
  }
}

beforeAll(async () => {
  fed = await startTestFederation({ clock });
  cwd = mkdtempSync(join(tmpdir(), 'lsgw-cookbook-'));
}, 120_000);
afterAll(() => fed?.close());

describe('docs/cookbook.md', () => {
  it('shows, for every job, the GraphQL document, the CLI command and the client call', () => {
    const sections = DOC.split(/^## /m).slice(1);
    const jobs = sections.filter((s) => !/^(Connecting|Conventions)/.test(s));
    expect(jobs.length).toBeGreaterThanOrEqual(10);
    for (const s of jobs) {
      const kinds = new Set(extractExamples(s).map((e) => e.kind));
      expect([...kinds].filter((k) => k !== 'file').sort(), s.split('\n')[0]).toEqual(['graphql', 'sh', 'ts']);
    }
  });

  for (const ex of EXAMPLES) {
    const title =
      ex.kind === 'sh'
        ? ex.commands.join(' && ')
        : ex.kind === 'file'
          ? `file ${ex.name}`
          : ex.kind === 'ts' && ex.connect
            ? 'ts connect'
            : `${ex.kind} as ${ex.as}`;
    it(`line ${ex.line}: ${title.slice(0, 100)}`, async () => {
      if (ex.kind === 'file') writeFileSync(join(cwd, ex.name), fill(ex.text, 'none'));
      else if (ex.kind === 'graphql') {
        const variables = ex.variables ? JSON.parse(fill(ex.variables, 'none')) : undefined;
        const r = await fed.as(ex.as).query(ex.text, variables);
        expect(r.body.errors, `line ${ex.line}: ${JSON.stringify(r.body.errors)}`).toBeUndefined();
        keep(ex, r.body.data);
      } else if (ex.kind === 'sh') {
        const env = { LSGW_URL: fed.gatewayUrl, CERTS_DIR: fed.certs.dir };
        let last = '';
        for (const command of ex.commands) {
          const r = await tLsgw(shellWords(fill(command, 'text')), env, { cwd });
          expect(r.code, `line ${ex.line}: lsgw ${command}\n${r.err}`).toBe(0);
          last = r.out;
        }
        if (ex.saves) keep(ex, JSON.parse(last));
      } else await runTs(ex);
    });
  }

  it('the client examples type-check against client/ (tsconfig.json, strict)', () => {
    expect(modules.length).toBeGreaterThan(10);
    const { config } = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile);
    const { options } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT);
    const program = ts.createProgram(modules, { ...options, noEmit: true, noUnusedLocals: false });
    const problems = ts.getPreEmitDiagnostics(program).map((d) => {
      const where = d.file
        ? `${d.file.fileName.slice(ROOT.length)}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
        : '';
      return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;
    });
    expect(problems).toEqual([]);
  });
});
