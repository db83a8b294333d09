/**
 * The runnable examples of docs/cookbook.md, in document order. A fenced block's info string says how it
 * runs (the first word is its language, as any Markdown viewer shows it):
 *
 *   ```graphql as=SLUG [saves=NAME:expr]   a document, run as the demo member SLUG; a ```json variables block may follow
 *   ```sh [saves=NAME:expr]                 `npm run lsgw -- …` lines (a trailing \ continues a line)
 *   ```ts as=SLUG [saves=NAME:expr]         statements using `lsgw`, a client connected as SLUG
 *   ```ts connect                           a whole module that makes its own client (the Connecting section)
 *   ```<any> file=NAME                      a file the CLI examples read (json, csv…), written to their folder
 *
 * `saves` keeps a value for later examples: `expr` is evaluated on the result (graphql: `data`; sh: the
 * command's --json output `out`; ts: the block's own variables). Later blocks name it in CAPITALS.
 * Blocks without these words (plain ```json, ```text) are prose.
 */
export type Example =
  | { kind: 'graphql'; line: number; as: string; text: string; variables?: string; saves?: Save }
  | { kind: 'sh'; line: number; commands: string[]; saves?: Save }
  | { kind: 'ts'; line: number; as?: string; connect: boolean; text: string; saves?: Save }
  | { kind: 'file'; line: number; name: string; text: string };

export interface Save {
  name: string;
  expr: string;
}

const FENCE = /^```(\S*)(.*)$/;

export function extractExamples(markdown: string): Example[] {
  const lines = markdown.split('\n');
  const out: Example[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE.exec(lines[i]);
    if (!open) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i]);
    const [lang, rest] = [open[1], open[2].trim()];
    const attrs = Object.fromEntries(
      rest
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => [w.split('=')[0], w.slice(w.indexOf('=') + 1)]),
    );
    const saves = attrs.saves
      ? { name: attrs.saves.split(':')[0], expr: attrs.saves.slice(attrs.saves.indexOf(':') + 1) }
      : undefined;
    const text = body.join('\n');
    const line = start + 1;
    if (attrs.file) out.push({ kind: 'file', line, name: attrs.file, text });
    else if (lang === 'graphql' && attrs.as) out.push({ kind: 'graphql', line, as: attrs.as, text, saves });
    else if (lang === 'json' && 'variables' in attrs) {
      const prev = out[out.length - 1];
      if (prev?.kind !== 'graphql')
        throw new Error(`cookbook line ${line}: a variables block must follow a graphql block`);
      prev.variables = text;
    } else if (lang === 'sh') out.push({ kind: 'sh', line, commands: shellLines(text, line), saves });
    else if (lang === 'ts' && ('connect' in attrs || attrs.as))
      out.push({ kind: 'ts', line, as: attrs.as, connect: 'connect' in attrs, text, saves });
  }
  return out;
}

/** `npm run lsgw -- …` lines; anything else in a sh block would be an example the test cannot run. */
function shellLines(text: string, line: number): string[] {
  const joined = text
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  for (const l of joined) {
    if (!l.startsWith('npm run lsgw -- '))
      throw new Error(`cookbook line ${line}: a sh example runs \`npm run lsgw -- …\` only, not: ${l}`);
  }
  return joined.map((l) => l.slice('npm run lsgw -- '.length));
}

/** Words of a command line, as a POSIX shell splits them (single and double quotes; no expansion). */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let word = '';
  let quote: string | undefined;
  let started = false;
  for (const c of line) {
    if (quote) {
      if (c === quote) quote = undefined;
      else word += c;
    } else if (c === '"' || c === "'") (quote = c), (started = true);
    else if (/\s/.test(c)) {
      if (started || word) words.push(word);
      word = '';
      started = false;
    } else word += c;
  }
  if (quote) throw new Error(`unclosed ${quote} in: ${line}`);
  if (started || word) words.push(word);
  return words;
}
