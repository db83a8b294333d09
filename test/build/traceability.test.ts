import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTICLE_COUNT, articleName, traceArticles, type OutOfScope } from '../../scripts/traceability.articles.js';
import { DOC_PATH, renderTraceability, traceRepository } from '../../scripts/traceability.render.js';
import { articlesOf, scanSource, type Citation } from '../../scripts/traceability.scan.js';

const root = join(import.meta.dirname, '..', '..');

describe('docs/traceability.md', () => {
  const t = traceRepository(root);

  it('lists every article 1–69 exactly once: cited by a test title, or out of scope with a reason', () => {
    expect(t.problems, 'fix the titles or docs/traceability.out-of-scope.yaml').toEqual([]);
    expect(t.traces.map((x) => x.article)).toEqual(Array.from({ length: ARTICLE_COUNT }, (_, i) => i + 1));
  });

  it('is what `npm run docs:traceability` generates from the tree', () => {
    const committed = readFileSync(join(root, DOC_PATH), 'utf8');
    expect(committed === renderTraceability(t), `${DOC_PATH} is stale: run \`npm run docs:traceability\``).toBe(true);
  });
});

describe('reading the test titles', () => {
  it('takes the articles cited before the colon, or the leading one without a colon', () => {
    expect(articlesOf('Art 22 ¶2: is due five working days after sending')).toEqual([22]);
    expect(articlesOf('Art 12 ¶2, Art 50: the trigger')).toEqual([12, 50]);
    expect(articlesOf('Art 9 with 53 (2) and 54 (2): missing filings')).toEqual([9, 53, 54]);
    expect(articlesOf('Art 22 ¶2 (five working days) across 2027, and Art 9 later')).toEqual([22]);
    expect(articlesOf('refuses Art 12 reports from a regulator')).toEqual([]);
    expect(articlesOf('Article 12: not our form')).toEqual([]);
  });

  it('finds describe, it and test calls by their titles, nested, with .each and templates, and leaves out .skip and .todo', () => {
    const source = `
      describe('Art 12 ¶3: routing', () => {
        it.each(['A'])('Art 47 ¶1: %s', () => {});
        it.skip('Art 13: skipped', () => {});
        describe.skip('skipped block', () => { it('Art 14 ¶2: inside a skipped block', () => {}); });
        test(\`Art 21: on \${driver.name}\`, async () => {});
      });
      it.todo('Art 15: not written');
      describe('《全国年节及纪念日放假办法》 Art 2: days off', () => { it('Art 2 (二): 除夕', () => {}); });
      foo('Art 3: not a test');`;
    const found = scanSource('x.test.ts', source).map((c) => [c.title, c.articles]);
    expect(found).toEqual([
      ['Art 12 ¶3: routing', [12]],
      ['Art 12 ¶3: routing › Art 47 ¶1: %s', [47]],
      ['Art 12 ¶3: routing › Art 21: on ${driver.name}', [21]],
    ]);
  });

  it('writes article names as the law does', () => {
    expect([1, 10, 12, 20, 47, 69].map(articleName)).toEqual([
      '第一条',
      '第十条',
      '第十二条',
      '第二十条',
      '第四十七条',
      '第六十九条',
    ]);
  });
});

describe('joining citations with the out-of-scope list', () => {
  const cite = (file: string, articles: number[]): Citation => ({
    file,
    title: `Art ${articles[0]}: x`,
    line: 1,
    articles,
  });
  const everyOtherOut = (skip: number[]): OutOfScope => ({
    articles: new Map(
      Array.from({ length: ARTICLE_COUNT }, (_, i) => i + 1)
        .filter((a) => !skip.includes(a))
        .map((a) => [a, 'a reason']),
    ),
    otherLaws: [],
  });

  it('is complete when each article is cited or listed, and not both', () => {
    expect(traceArticles([cite('a.test.ts', [12])], everyOtherOut([12])).problems).toEqual([]);
  });

  it('fails for an article neither cited nor listed, one both, one listed without a reason, and one beyond 69', () => {
    const scope = everyOtherOut([12, 14]);
    scope.articles.set(9, ' ');
    scope.articles.set(70, 'no such article');
    const { problems } = traceArticles([cite('a.test.ts', [13]), cite('b.test.ts', [71])], scope);
    expect(problems.map((p) => p.replace(/ in docs.*| \(.*|: .*/, ''))).toEqual([
      'b.test.ts',
      'docs/traceability.out-of-scope.yaml',
      'docs/traceability.out-of-scope.yaml',
      'Art 12 is neither cited by a test title nor listed out of scope',
      'Art 13 is cited by 1 test(s) and listed out of scope',
      'Art 14 is neither cited by a test title nor listed out of scope',
    ]);
  });

  it("sets aside another law's citations named in other-laws, and fails when such an entry matches nothing", () => {
    const scope = { ...everyOtherOut([12]), otherLaws: [{ file: 'cal.test.ts', article: 2, law: '《放假办法》' }] };
    scope.articles.delete(2);
    scope.articles.set(2, 'a reason');
    const t = traceArticles([cite('a.test.ts', [12]), cite('cal.test.ts', [2])], scope);
    expect(t.problems).toEqual([]);
    expect(t.otherLaw.map((c) => c.law)).toEqual(['《放假办法》']);
    expect(traceArticles([cite('a.test.ts', [12])], scope).problems).toEqual([
      'docs/traceability.out-of-scope.yaml: no test in cal.test.ts cites Art 2 any more: remove its other-laws entry',
    ]);
  });
});
