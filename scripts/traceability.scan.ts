/**
 * Finds the tests that cite an article of the Measures, by reading test files without running them: every
 * `describe(…)`, `it(…)` and `test(…)` call (with `.each(…)`, `.only`, `.concurrent` and the like; `.skip`
 * and `.todo` prove nothing and are left out) whose title begins with `Art N`. A title's articles are those
 * cited before its first colon ("Art 12 ¶2, Art 50: …" cites 12 and 50; "Art 9 with 53 (2): …" cites 9
 * and 53), or the leading one when it has no colon.
 *
 * A title that begins with a 《book title》 names another law ("《全国年节及纪念日放假办法》 Art 2: …"): it and
 * the tests inside it cite that law's articles, not the Measures', and are not counted.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import ts from 'typescript';

export interface Citation {
  /** The test file, relative to the repository root, with forward slashes. */
  file: string;
  /** The describe titles around it and its own title, joined by " › ". */
  title: string;
  /** 1-based line of the call. */
  line: number;
  /** Articles of the Measures the title cites, ascending, without duplicates. */
  articles: number[];
}

const TEST_FUNCTIONS = new Set(['describe', 'it', 'test']);
const SKIPPED = new Set(['skip', 'todo', 'skipIf', 'fails']);
const SKIP_DIRS = new Set(['node_modules', '.git', 'dist', 'data', 'bench', 'coverage']);

/** Every `*.test.ts` under `root`, sorted, outside the folders that hold no tests of ours. */
export function testFiles(root: string, dir = root): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.') || SKIP_DIRS.has(e.name)) continue;
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...testFiles(root, path));
    else if (e.isFile() && e.name.endsWith('.test.ts')) out.push(relative(root, path).split(sep).join('/'));
  }
  return out.sort();
}

/** The articles a title cites; [] when it does not begin with one. */
export function articlesOf(title: string): number[] {
  if (!/^Art\s+\d+/.test(title)) return [];
  const colon = title.indexOf(':');
  const head = colon < 0 ? /^Art\s+\d+/.exec(title)![0] : title.slice(0, colon);
  const found = [...head.matchAll(/(?:\bArt|\bwith|\band)\s+(\d+)/g)].map((m) => Number(m[1]));
  return [...new Set(found)].sort((a, b) => a - b);
}

/** Names another law first: its article numbers are not the Measures'. */
const citesOtherLaw = (title: string) => /^《[^》]+》/.test(title.trim());

/** The call's test function and whether it is skipped: it(…), it.each(…)(…), describe.only(…), … */
function testCall(call: ts.CallExpression): { skipped: boolean } | undefined {
  let e: ts.Expression = call.expression;
  let skipped = false;
  // it.each(table)(title, fn): the callee is itself a call.
  if (ts.isCallExpression(e)) e = e.expression;
  while (ts.isPropertyAccessExpression(e)) {
    const name = e.name.text;
    if (SKIPPED.has(name)) skipped = true;
    e = e.expression;
  }
  return ts.isIdentifier(e) && TEST_FUNCTIONS.has(e.text) ? { skipped } : undefined;
}

/** The title as written: a string literal, or a template with its `${…}` parts kept as source text. */
function titleOf(arg: ts.Expression | undefined, source: ts.SourceFile): string | undefined {
  if (!arg) return undefined;
  if (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) return arg.text;
  if (ts.isTemplateExpression(arg))
    return (
      arg.head.text + arg.templateSpans.map((s) => `\${${s.expression.getText(source)}}${s.literal.text}`).join('')
    );
  return undefined;
}

/** The citations in one file's source text. */
export function scanSource(file: string, text: string): Citation[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: Citation[] = [];
  const visit = (node: ts.Node, around: string[], otherLaw: boolean, skipped: boolean): void => {
    if (ts.isCallExpression(node)) {
      const call = testCall(node);
      const title = call && titleOf(node.arguments[0], source);
      if (call && title !== undefined) {
        const inner = otherLaw || citesOtherLaw(title);
        const off = skipped || call.skipped;
        const articles = inner || off ? [] : articlesOf(title);
        if (articles.length > 0) {
          const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
          out.push({ file, title: [...around, title].join(' › '), line, articles });
        }
        for (const arg of node.arguments.slice(1)) visit(arg, [...around, title], inner, off);
        return;
      }
    }
    ts.forEachChild(node, (child) => visit(child, around, otherLaw, skipped));
  };
  visit(source, [], false, false);
  return out;
}

/** Every citation in the repository's test files, by file then line. */
export function scanTests(root: string): Citation[] {
  return testFiles(root).flatMap((f) => scanSource(f, readFileSync(join(root, f), 'utf8')));
}
