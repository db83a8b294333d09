import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summons } from '../case-cooperation/summons.fixtures.js';
import { startTestFederation, type TestFederation } from '../support/federation.js';
import { cliEnv, tLsgw } from './support.js';

/** `notices attend`, `notices answer --account` and `notices meeting`: a summons (Art 52) from the CLI, over mTLS. */
let fed: TestFederation;
let dir: string;
let platform: NodeJS.ProcessEnv;
let samr: NodeJS.ProcessEnv;
const file = (name: string, content: string) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
const DAY = 86_400_000;

beforeAll(async () => {
  fed = await startTestFederation();
  dir = mkdtempSync(join(tmpdir(), 'lsgw-cli-summons-'));
  platform = cliEnv(fed, 'demo-platform');
  samr = cliEnv(fed, 'samr-zhejiang');
}, 120_000);
afterAll(() => fed?.close());

describe('notices attend, answer --account, meeting', () => {
  it('Art 52: the platform names who attends and files its account; the office moves the meeting', async () => {
    const meetingAt = new Date(Date.now() + 2 * DAY).toISOString();
    const sent = await tLsgw(['notices', 'send', file('s.json', JSON.stringify(summons(meetingAt))), '--json'], samr);
    expect(sent.code).toBe(0);
    const { id } = JSON.parse(sent.out)[0];

    const attend = await tLsgw(
      ['notices', 'attend', id, '--role', 'LEGAL_REPRESENTATIVE', 'DEPARTMENT_HEAD=合规总监', '--json'],
      platform,
    );
    expect(attend.code).toBe(0);
    expect(JSON.parse(attend.out)).toMatchObject({
      status: 'ACKNOWLEDGED',
      receipt: expect.any(String),
      summons: {
        attendance: {
          seq: 1,
          attendees: [
            { role: 'LEGAL_REPRESENTATIVE', title: null },
            { role: 'DEPARTMENT_HEAD', title: '合规总监' },
          ],
        },
      },
    });

    const half = await tLsgw(['notices', 'answer', id, '--account', file('a.txt', '情况说明')], platform);
    expect([half.code, half.err]).toEqual([2, expect.stringContaining('--rectification')]);
    const args = [
      'notices',
      'answer',
      id,
      '--account',
      file('a.txt', '情况说明'),
      '--rectification',
      file('r.txt', '整改措施'),
      '--json',
    ];
    const answered = await tLsgw(args, platform);
    expect(answered.code).toBe(0);
    expect(JSON.parse(answered.out).status).toBe('ANSWERED');

    const to = new Date(Date.now() + 3 * DAY).toISOString();
    const moved = await tLsgw(
      ['notices', 'meeting', id, '--outcome', 'RESCHEDULED', '--note', '改期', '--at', to, '--json'],
      samr,
    );
    expect(moved.code).toBe(0);
    expect(JSON.parse(moved.out).summons).toMatchObject({
      meetingAt: to,
      outcomes: [{ seq: 1, outcome: 'RESCHEDULED' }],
    });
  });
});
