/**
 * The articles of the Measures (直播电商监督管理办法, SAMR & CAC Order 117: 69 articles in seven chapters)
 * and, for each, what traces it: the tests that cite it (traceability.scan.ts) or the hand-kept reason it
 * is out of the exchange's scope (docs/traceability.out-of-scope.yaml). Every article has exactly one.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Citation } from './traceability.scan.js';

export const ARTICLE_COUNT = 69;
export const OUT_OF_SCOPE_PATH = 'docs/traceability.out-of-scope.yaml';

/** The chapters, by their first article (第一章 starts at Art 1, …). */
export const CHAPTERS: readonly { first: number; title: string }[] = [
  { first: 1, title: '第一章 总则' },
  { first: 6, title: '第二章 直播电商平台经营者' },
  { first: 25, title: '第三章 直播间运营者、直播营销人员' },
  { first: 38, title: '第四章 直播营销人员服务机构' },
  { first: 46, title: '第五章 监督管理' },
  { first: 53, title: '第六章 法律责任' },
  { first: 68, title: '第七章 附则' },
];

export const chapterOf = (article: number): string => CHAPTERS.filter((c) => c.first <= article).at(-1)!.title;

const DIGITS = '零一二三四五六七八九';
/** 第N条 as the law writes it: 1 → 第一条, 10 → 第十条, 47 → 第四十七条. */
export function articleName(n: number): string {
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const t = tens === 0 ? '' : `${tens === 1 ? '' : DIGITS[tens]}十`;
  return `第${t}${ones === 0 && tens > 0 ? '' : DIGITS[ones]}条`;
}

/** What the hand-kept file holds. */
export interface OutOfScope {
  /** Article number → why the exchange does not implement it. */
  articles: Map<number, string>;
  /**
   * Test files whose `Art N` titles cite another law's article N (it says which), not the Measures'. A title
   * that begins with the law's 《name》 needs no entry.
   */
  otherLaws: { file: string; article: number; law: string }[];
}

export function readOutOfScope(root: string): OutOfScope {
  const doc = (parse(readFileSync(join(root, OUT_OF_SCOPE_PATH), 'utf8')) ?? {}) as {
    'out-of-scope'?: Record<string, unknown>;
    'other-laws'?: { file?: unknown; article?: unknown; law?: unknown }[];
  };
  const articles = new Map<number, string>();
  for (const [k, v] of Object.entries(doc['out-of-scope'] ?? {})) articles.set(Number(k), String(v ?? '').trim());
  const otherLaws = (doc['other-laws'] ?? []).map((e) => ({
    file: String(e.file ?? ''),
    article: Number(e.article),
    law: String(e.law ?? '').trim(),
  }));
  return { articles, otherLaws };
}

export type Trace =
  | { article: number; kind: 'tests'; tests: { file: string; title: string }[] }
  | { article: number; kind: 'out-of-scope'; reason: string };

export interface Traceability {
  traces: Trace[];
  /** Citations set aside as another law's (by an other-laws entry). */
  otherLaw: (Citation & { law: string })[];
  /** What is wrong with the inputs; empty when every article appears exactly once. */
  problems: string[];
}

/** Joins the citations with the hand-kept list, article by article, and says what does not add up. */
export function traceArticles(citations: Citation[], scope: OutOfScope): Traceability {
  const problems: string[] = [];
  const otherLaw: Traceability['otherLaw'] = [];
  const byArticle = new Map<number, { file: string; title: string }[]>();
  for (const e of scope.otherLaws) {
    if (!e.law) problems.push(`${OUT_OF_SCOPE_PATH}: other-laws entry for ${e.file} names no law`);
    if (!citations.some((c) => c.file === e.file && c.articles.includes(e.article)))
      problems.push(
        `${OUT_OF_SCOPE_PATH}: no test in ${e.file} cites Art ${e.article} any more: remove its other-laws entry`,
      );
  }
  for (const c of citations) {
    const foreign = scope.otherLaws.find((e) => e.file === c.file && c.articles.includes(e.article));
    if (foreign) otherLaw.push({ ...c, law: foreign.law });
    for (const a of c.articles) {
      if (foreign && foreign.article === a) continue;
      if (a < 1 || a > ARTICLE_COUNT) {
        problems.push(`${c.file}: "${c.title}" cites Art ${a}; the Measures have ${ARTICLE_COUNT} articles`);
        continue;
      }
      byArticle.set(a, [...(byArticle.get(a) ?? []), { file: c.file, title: c.title }]);
    }
  }
  for (const [a, reason] of scope.articles) {
    if (!Number.isInteger(a) || a < 1 || a > ARTICLE_COUNT)
      problems.push(`${OUT_OF_SCOPE_PATH}: out-of-scope lists "${a}", not an article 1–${ARTICLE_COUNT}`);
    else if (!reason.trim()) problems.push(`${OUT_OF_SCOPE_PATH}: Art ${a} is out of scope without a reason`);
  }
  const traces: Trace[] = [];
  for (let a = 1; a <= ARTICLE_COUNT; a++) {
    const tests = byArticle.get(a);
    const reason = scope.articles.get(a);
    if (tests && reason !== undefined)
      problems.push(
        `Art ${a} is cited by ${tests.length} test(s) and listed out of scope: remove it from ${OUT_OF_SCOPE_PATH}`,
      );
    if (tests) traces.push({ article: a, kind: 'tests', tests });
    else if (reason !== undefined) traces.push({ article: a, kind: 'out-of-scope', reason });
    else problems.push(`Art ${a} is neither cited by a test title nor listed out of scope in ${OUT_OF_SCOPE_PATH}`);
  }
  return { traces, otherLaw, problems };
}
