import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enabledDrivers } from '../../../lib/testing/drivers.js';
import { EnrolmentService } from '../src/domain/enrolment.service.js';
import { RosterFile } from '../src/store/roster-file.js';
import { NOW, tBusinessOperator, tOffice, tPlatform, tUscc } from './fixtures/filing.js';
import { rejection, tStore } from './fixtures/store.js';

const zhejiang = tOffice('samr', 'province', '330000');
const rosterDir = mkdtempSync(join(tmpdir(), 'lsgw-roster-'));

for (const driver of enabledDrivers()) {
  describe(`roster store on ${driver.name}`, () => {
    let s: Awaited<ReturnType<typeof tStore>>;
    beforeAll(async () => {
      s = await tStore(driver);
    });
    afterAll(() => s?.drop());

    it('Art 9: stores a provincial enrolment once, corrects it in place and keeps its first time', async () => {
      const uscc = tUscc(901, '330100');
      const first = await s.enrolments.enroll(zhejiang, { uscc, name: 'Hangzhou A', domicileRegion: '330106' });
      expect(first).toMatchObject({ uscc, domicileRegion: '330106', enrolment: { source: 'SAMR', enrolledAt: NOW } });
      const again = await s.at(new Date('2026-07-11T00:00:00Z'), () =>
        s.enrolments.enroll(zhejiang, { uscc, name: 'Hangzhou A', domicileRegion: '330106' }),
      );
      expect(again).toEqual(first);
      const moved = await s.enrolments.enroll(zhejiang, { uscc, name: 'Hangzhou A2', domicileRegion: '330102' });
      expect(moved).toMatchObject({ name: 'Hangzhou A2', domicileRegion: '330102', enrolment: { enrolledAt: NOW } });
      expect(await s.count('platform_enrolment')).toBe(1);
      const county = await s.enrolments.expected({ kind: 'jurisdiction', domicilePrefix: '330102' });
      expect(county.map((x) => x.uscc)).toEqual([uscc]);
    });

    it('Art 9: takes in the CA roster file when it changes; the certificate outranks the enrolment', async () => {
      const file = join(rosterDir, `${driver.name}.json`);
      const uscc = tUscc(902, '330100');
      await s.enrolments.enroll(zhejiang, { uscc, name: 'Hangzhou B', domicileRegion: '330106' });
      const withRoster = new EnrolmentService({
        store: s.store.enrolments,
        platforms: s.store.platforms,
        roster: new RosterFile(file),
        clock: s.clock,
      });
      const entry = { uscc, name: 'Hangzhou B Co.', domicileRegion: '330110', enrolledAt: '2026-06-01T00:00:00.000Z' };
      writeFileSync(file, JSON.stringify({ platforms: [entry, { uscc: 'bad', name: '', domicileRegion: '1' }] }));
      const [x] = (await withRoster.expected({ kind: 'jurisdiction', domicilePrefix: '3301' })).filter(
        (r) => r.uscc === uscc,
      );
      expect(x).toMatchObject({
        name: 'Hangzhou B Co.',
        domicileRegion: '330110',
        enrolment: { source: 'CERTIFICATE', enrolledBy: 'ca', enrolledAt: new Date('2026-06-01T00:00:00Z') },
      });
      // Enrolling a platform its certificate enrolled changes nothing.
      const same = await withRoster.enroll(zhejiang, { uscc, name: 'Other', domicileRegion: '330106' });
      expect(same).toMatchObject({ name: 'Hangzhou B Co.', enrolment: { source: 'CERTIFICATE' } });
      // Once it calls, its certificate's own name and domicile stand.
      await s.contact(tPlatform(uscc, '330111'));
      const [after] = (await withRoster.expected({ kind: 'own', platformUscc: uscc })).map((r) => r);
      expect(after).toMatchObject({ domicileRegion: '330111', enrolment: { source: 'CERTIFICATE' } });
    });

    it('refuses another province, a county office and an invalid identity', async () => {
      const uscc = tUscc(903, '330100');
      const input = { uscc, name: 'Hangzhou C', domicileRegion: '330106' };
      expect((await rejection(s.enrolments.enroll(tOffice('samr', 'province', '320000'), input))).code).toBe(
        'FORBIDDEN',
      );
      expect((await rejection(s.enrolments.enroll(tOffice('samr', 'county', '330106'), input))).code).toBe('FORBIDDEN');
      expect((await rejection(s.enrolments.enroll(tPlatform(), input))).code).toBe('FORBIDDEN');
      const bad = await rejection(s.enrolments.enroll(zhejiang, { uscc: 'X', name: ' ', domicileRegion: '33' }));
      expect(bad.details.problems?.map((p) => p.path)).toEqual(['uscc', 'domicileRegion', 'name']);
      expect(await s.count('platform_enrolment')).toBe(3); // the two before: one SAMR, one SAMR and CERTIFICATE
    });

    it('Art 54 (2): stores the declaration of no streamers with the sealed filing', async () => {
      const p = tPlatform(tUscc(904, '330100'), '330106');
      await s.contact(p);
      const f = await s.filings.open(p, '2026-07');
      await s.filings.addBatch(p, f.id, 1, [tBusinessOperator(1)], []);
      await s.filings.submit(p, f.id, ['STREAMERS', 'STREAMERS']);
      expect((await s.store.filings.byId(f.id))?.nothingToReport).toEqual(['STREAMERS']);
      const [row] = await s.filings.compliance(p, '2026-07');
      expect(row).toMatchObject({
        status: 'ON_TIME',
        operators: { status: 'ON_TIME', count: 1 },
        streamers: { status: 'ON_TIME', count: 0, nothingToReport: true },
      });
    });
  });
}
