import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../lib/errors.js';
import { validateReport, type DisposalReportInput } from '../src/domain/disposal-report.js';
import { MEASURE_NAME_MAX } from '../src/domain/measure.js';
import { isSevere, recipientsFor } from '../src/domain/routing.js';
import { amend, lift } from '../src/domain/versioning.js';
import { DAY, DOMICILE, NOW, iso, tHash, tInput, tReport, tValid } from './fixtures/reports.js';

function problemsOf(input: DisposalReportInput): Record<string, string> {
  try {
    validateReport(input, { now: NOW, hash: tHash });
  } catch (e) {
    expect((e as DomainError).code).toBe('BAD_USER_INPUT');
    return Object.fromEntries((e as DomainError).details.problems!.map((p) => [p.path, p.reason]));
  }
  throw new Error('expected BAD_USER_INPUT');
}
function codeOf(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    return (e as DomainError).code;
  }
  return 'none';
}
const other = (over: object = {}) => ({ type: 'OTHER', name: '  下架商品链接 ', startsAt: iso(-DAY), ...over });

describe('Art 12 ¶1: measures outside the eight named (等)', () => {
  it('accepts an OTHER measure with its trimmed name, with or without a term, after the named ones', () => {
    const v = tValid({ measures: [other(), { type: 'WARNING', startsAt: iso(-DAY) }] });
    expect(v.body.measures.map((m) => [m.type, m.name, m.endsAt])).toEqual([
      ['WARNING', undefined, null],
      ['OTHER', '下架商品链接', null],
    ]);
    const termed = tValid({ measures: [other({ endsAt: iso(6 * DAY) })] });
    expect(termed.body.measures[0].endsAt).toEqual(new Date(NOW.getTime() + 6 * DAY));
  });

  it('requires a name of at most MEASURE_NAME_MAX characters for OTHER, and refuses one on a named type', () => {
    expect(
      problemsOf(
        tInput({
          measures: [
            { type: 'OTHER', startsAt: iso(-DAY) },
            { type: 'WARNING', name: '口头警告', startsAt: iso(-DAY) },
          ],
        }),
      ),
    ).toEqual({
      'input.measures[0].name': 'is required',
      'input.measures[1].name': 'only for an OTHER measure (the other types are named by the law)',
    });
    expect(problemsOf(tInput({ measures: [other({ name: '链'.repeat(MEASURE_NAME_MAX + 1) })] }))).toEqual({
      'input.measures[0].name': `must be at most ${MEASURE_NAME_MAX} characters`,
    });
    expect(tValid({ measures: [other({ name: '链'.repeat(MEASURE_NAME_MAX) })] }).body.measures).toHaveLength(1);
  });

  it('takes OTHER at most once, and its term must end after it starts', () => {
    expect(
      Object.keys(
        problemsOf(tInput({ measures: [other(), other({ name: '删除回放' }), other({ endsAt: iso(-2 * DAY) })] })),
      ),
    ).toEqual(['input.measures[1].type', 'input.measures[2].type', 'input.measures[2].endsAt']);
  });

  it('hashes the named measures as before: no name member is added to them', () => {
    expect(Object.keys(tValid().body.measures[0])).toEqual(['type', 'startsAt', 'endsAt']);
    expect(tValid({ measures: [other({ name: 'A' })] }).contentHash).not.toBe(
      tValid({ measures: [other({ name: 'B' })] }).contentHash,
    );
  });

  it('Art 12 ¶3: routes OTHER like the non-severe measures (no provincial acknowledgement owed)', () => {
    const measures = tValid({ measures: [other()] }).body.measures;
    expect(isSevere(measures)).toBe(false);
    expect(recipientsFor(DOMICILE, measures).some((r) => r.mustAcknowledge)).toBe(false);
    expect(recipientsFor(DOMICILE, measures)).toHaveLength(8);
  });

  it('lifts the OTHER measure, and refuses to rename it once lifted (CONFLICT); other edits stay possible', () => {
    const r = tReport({ measures: [other()] });
    const later = new Date(NOW.getTime() + 3600_000);
    r.liftings.push(lift(r, 'OTHER', iso(0), '申诉成立', later));
    expect(r.liftings[0].measure).toBe('OTHER');
    expect(codeOf(() => amend(r, tValid({ measures: [other({ name: '删除回放' })] }), '改名', later))).toBe('CONFLICT');
    expect(amend(r, tValid({ measures: [other()], facts: '补充事实' }), '补充', later)?.version).toBe(2);
  });
});
