import { describe, expect, it } from 'vitest';
import { validateAnswer } from '../src/domain/answer.js';
import { paths, thrown } from './fixtures/case.js';

const SHA = 'E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855';
const file = { name: '订单.csv', mediaType: 'Text/CSV', size: 1024, sha256: SHA };
const violation = { kind: 'VIOLATION' as const };

describe('validateAnswer', () => {
  it('normalises attachment descriptors: lower-case media type and digest', () => {
    const a = validateAnswer({ attachments: [file] }, violation);
    expect(a.attachments).toEqual([{ name: '订单.csv', mediaType: 'text/csv', size: 1024, sha256: SHA.toLowerCase() }]);
    expect(a).toMatchObject({ data: null, disposalReportIds: [], contactUpdated: false });
  });

  it('reports every bad attachment field with its path', () => {
    const e = thrown(() =>
      validateAnswer(
        { attachments: [file, { name: '../etc/passwd', mediaType: 'csv', size: 0, sha256: 'abc' }] },
        violation,
      ),
    );
    expect(paths(e)).toEqual([
      'input.attachments[1].name',
      'input.attachments[1].mediaType',
      'input.attachments[1].size',
      'input.attachments[1].sha256',
    ]);
  });

  it('limits JSON data and attachment sizes, by configurable limits', () => {
    const big = { rows: 'x'.repeat(300 * 1024) };
    expect(paths(thrown(() => validateAnswer({ data: big }, violation)))).toEqual(['input.data']);
    expect(validateAnswer({ data: big }, { ...violation, limits: { maxDataBytes: 1024 ** 2 } }).data).toEqual(big);
    const e = thrown(() =>
      validateAnswer(
        { attachments: [{ ...file, size: 2048 }] },
        { ...violation, limits: { maxAttachmentBytes: 2000 } },
      ),
    );
    expect(e.details.problems).toEqual([{ path: 'input.attachments[0].size', reason: 'must be at most 2000 bytes' }]);
  });

  it('counts data size in UTF-8 bytes, not characters', () => {
    const chinese = { text: '数'.repeat(400) }; // 1 200 bytes, 412 characters serialised
    expect(
      paths(thrown(() => validateAnswer({ data: chinese }, { ...violation, limits: { maxDataBytes: 1000 } }))),
    ).toEqual(['input.data']);
  });

  it('takes data only as a JSON object or array', () => {
    expect(paths(thrown(() => validateAnswer({ data: 'yes' }, violation)))).toEqual(['input.data']);
    expect(validateAnswer({ data: [{ id: 1 }] }, violation).data).toEqual([{ id: 1 }]);
  });

  it('refuses an empty answer', () => {
    expect(thrown(() => validateAnswer({}, violation)).details.problems).toEqual([
      { path: 'input', reason: 'needs data, attachments, disposalReportIds or contactUpdated' },
    ]);
    expect(paths(thrown(() => validateAnswer({ contactUpdated: false }, violation)))).toEqual(['input']);
  });

  it('Art 22 ¶4: accepts contactUpdated only for UNREACHABLE_CONTACT notices, and only with what was updated', () => {
    const updated = { contactUpdated: true, updatedContact: { phone: '13800000000' } };
    expect(paths(thrown(() => validateAnswer(updated, violation)))).toEqual(['input.contactUpdated']);
    const unreachable = { kind: 'UNREACHABLE_CONTACT' } as const;
    expect(validateAnswer(updated, unreachable)).toMatchObject({
      contactUpdated: true,
      updatedContact: { address: null, phone: '13800000000', email: null },
    });
    expect(paths(thrown(() => validateAnswer({ contactUpdated: true }, unreachable)))).toEqual([
      'input.updatedContact',
    ]);
    const stray = { data: { a: 1 }, updatedContact: { phone: '13800000000' } };
    expect(paths(thrown(() => validateAnswer(stray, unreachable)))).toEqual(['input.updatedContact']);
  });

  it('refuses duplicate or blank disposal report ids', () => {
    const e = thrown(() => validateAnswer({ disposalReportIds: ['r1', 'r1', ' '] }, violation));
    expect(paths(e)).toEqual(['input.disposalReportIds[1]', 'input.disposalReportIds[2]']);
  });
});
