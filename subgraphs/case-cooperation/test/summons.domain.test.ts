import { describe, expect, it } from 'vitest';
import { answerNotice, closeNotice, sendNotice } from '../src/domain/notice.lifecycle.js';
import type { Notice, NoticeInput } from '../src/domain/notice.js';
import { confirmAttendance, recordMeetingOutcome, type SummonsStep } from '../src/domain/summons.lifecycle.js';
import {
  MONDAY,
  OTHER_USCC,
  calendar,
  countySamr,
  office,
  paths,
  platform,
  thrown,
  violationInput,
} from './fixtures/case.js';

const HOUR = 3_600_000;
const later = (hours: number) => new Date(MONDAY.getTime() + hours * HOUR);
const addressee = platform();

function summonsInput(over: Record<string, unknown> = {}): NoticeInput {
  return {
    kind: 'SUMMONS',
    platformUscc: addressee.org,
    summary: 'Repeated false advertising in live rooms',
    subjects: [],
    summons: {
      grounds: ['DUTIES_NOT_FULFILLED', 'MAJOR_NEGATIVE_PUBLIC_OPINION'],
      meetingAt: later(72),
      place: { regionCode: '350102', detail: '鼓楼区某路1号 3楼会议室' },
      matters: ['How live rooms are reviewed before broadcast'],
      ...over,
    },
  } as NoticeInput;
}

const send = (input: NoticeInput, by = countySamr, now = MONDAY) => sendNotice(by, input, { id: 'm1', now, calendar });
const next = (s: SummonsStep): Notice => {
  if (!('next' in s)) throw new Error('expected a change, got a replay');
  return s.next;
};
const attendees = [{ role: 'LEGAL_REPRESENTATIVE' }, { role: 'DEPARTMENT_HEAD', title: '合规总监' }];

describe('sending a summons', () => {
  it('Art 52: a SAMR or CAC office sends it with its grounds, time, place and matters; the law sets no deadline', () => {
    for (const by of [countySamr, office('cac', 'prefecture', '350100')]) {
      const n = send(
        summonsInput({ grounds: ['MAJOR_NEGATIVE_PUBLIC_OPINION', 'DUTIES_NOT_FULFILLED', 'DUTIES_NOT_FULFILLED'] }),
        by,
      );
      expect(n).toMatchObject({ kind: 'SUMMONS', status: 'SENT', dueAt: null, subjects: [] });
      expect(n.summons).toMatchObject({
        grounds: ['DUTIES_NOT_FULFILLED', 'MAJOR_NEGATIVE_PUBLIC_OPINION'],
        meetingAt: later(72),
        onlineLink: null,
        attendance: null,
        outcomes: [],
      });
    }
    expect(thrown(() => send(summonsInput(), addressee)).code).toBe('FORBIDDEN');
  });

  it('Art 52: refuses a meeting in the past, no ground, no venue, no matter, and OTHER without its description, naming each field', () => {
    const e = thrown(() =>
      send(summonsInput({ grounds: ['OTHER', 'NOT_A_GROUND'], meetingAt: later(-1), place: null, matters: [] })),
    );
    expect(e.code).toBe('BAD_USER_INPUT');
    expect(paths(e)).toEqual([
      'input.summons.grounds[1]',
      'input.summons.otherGround',
      'input.summons.meetingAt',
      'input.summons',
      'input.summons.matters',
    ]);
    expect(paths(thrown(() => send(summonsInput({ grounds: [] }))))).toEqual(['input.summons.grounds']);
    expect(paths(thrown(() => send(summonsInput({ meetingAt: later(24 * 367) }))))).toEqual([
      'input.summons.meetingAt',
    ]);
    expect(paths(thrown(() => send(summonsInput({ onlineLink: 'http://meet.example/1' }))))).toEqual([
      'input.summons.onlineLink',
    ]);
    expect(paths(thrown(() => send({ ...violationInput(), summons: summonsInput().summons })))).toEqual([
      'input.summons',
    ]);
    expect(paths(thrown(() => send({ ...summonsInput(), summons: null })))).toEqual(['input.summons']);
  });

  it('Art 52 (五): OTHER needs its description and nothing else carries one; an online link alone is a venue', () => {
    const n = send(
      summonsInput({
        grounds: ['OTHER'],
        otherGround: '直播带货引发群体投诉',
        place: null,
        onlineLink: 'https://meet.example/a',
      }),
    );
    expect(n.summons).toMatchObject({ grounds: ['OTHER'], otherGround: '直播带货引发群体投诉', place: null });
    expect(paths(thrown(() => send(summonsInput({ otherGround: 'x' }))))).toEqual(['input.summons.otherGround']);
  });
});

describe('attendance', () => {
  it('Art 52 有关责任人: the platform names who attends by role, which acknowledges the notice; the same list again is a retry', () => {
    const sent = send(summonsInput());
    const n = next(confirmAttendance(addressee, sent, { attendees }, later(1)));
    expect(n).toMatchObject({ status: 'ACKNOWLEDGED', acknowledgedAt: later(1) });
    expect(n.summons!.attendance).toEqual({
      seq: 1,
      attendees: [
        { role: 'LEGAL_REPRESENTATIVE', title: null },
        { role: 'DEPARTMENT_HEAD', title: '合规总监' },
      ],
      meetingAt: later(72),
      confirmedAt: later(1),
    });
    expect(confirmAttendance(addressee, n, { attendees }, later(2))).toEqual({
      replay: n,
      record: ['notice.summons.attendance', 'm1/summons/attendance/1'],
    });
    const changed = next(confirmAttendance(addressee, n, { attendees: [{ role: 'PRINCIPAL_IN_CHARGE' }] }, later(3)));
    expect(changed.summons!.attendance!.seq).toBe(2);
  });

  it('Art 52: refuses other callers, another kind, names or numbers in a title, and a meeting already past', () => {
    const sent = send(summonsInput());
    expect(thrown(() => confirmAttendance(platform(OTHER_USCC), sent, { attendees }, later(1))).code).toBe('NOT_FOUND');
    expect(thrown(() => confirmAttendance(countySamr, sent, { attendees }, later(1))).code).toBe('FORBIDDEN');
    expect(thrown(() => confirmAttendance(addressee, send(violationInput()), { attendees }, later(1))).code).toBe(
      'CONFLICT',
    );
    const bad = thrown(() =>
      confirmAttendance(
        addressee,
        sent,
        { attendees: [{ role: 'CEO' }, { role: 'OTHER_RESPONSIBLE_PERSON', title: '电话13800000000' }] },
        later(1),
      ),
    );
    expect(paths(bad)).toEqual(['input.attendees[0].role', 'input.attendees[1].title']);
    expect(paths(thrown(() => confirmAttendance(addressee, sent, { attendees: [] }, later(1))))).toEqual([
      'input.attendees',
    ]);
    expect(thrown(() => confirmAttendance(addressee, sent, { attendees }, later(72))).code).toBe('CONFLICT');
  });
});

describe('the written account', () => {
  const account = { account: '已排查全部直播间', rectification: '上线事前审核，每周复查' };

  it('Art 52 说明情况、采取措施进行整改: a SUMMONS is answered with the account and the measures, and only a SUMMONS', () => {
    const n = answerNotice(addressee, send(summonsInput()), { summonsAccount: account }, later(5));
    expect(n.status).toBe('ANSWERED');
    expect(n.answers[0].summonsAccount).toEqual(account);
    expect(paths(thrown(() => answerNotice(addressee, send(summonsInput()), { data: { a: 1 } }, later(5))))).toEqual([
      'input.summonsAccount',
    ]);
    expect(
      paths(thrown(() => answerNotice(addressee, send(violationInput()), { summonsAccount: account }, later(5)))),
    ).toEqual(['input.summonsAccount']);
    expect(
      paths(
        thrown(() =>
          answerNotice(
            addressee,
            send(summonsInput()),
            { summonsAccount: { account: ' ', rectification: 'x'.repeat(20_001) } },
            later(5),
          ),
        ),
      ),
    ).toEqual(['input.summonsAccount.account', 'input.summonsAccount.rectification']);
  });
});

describe('the outcome', () => {
  it('Art 52: the sending office records ATTENDED from the meeting time on, once; a retry is recognised', () => {
    const sent = send(summonsInput());
    expect(
      thrown(() => recordMeetingOutcome(countySamr, sent, { outcome: 'ATTENDED', note: 'ok' }, later(71))).code,
    ).toBe('BAD_USER_INPUT');
    const n = next(recordMeetingOutcome(countySamr, sent, { outcome: 'ATTENDED', note: '已说明情况' }, later(73)));
    expect(n.status).toBe('SENT');
    expect(n.summons!.outcomes).toEqual([
      {
        seq: 1,
        outcome: 'ATTENDED',
        note: '已说明情况',
        meetingAt: later(72),
        rescheduledTo: null,
        recordedAt: later(73),
      },
    ]);
    expect(recordMeetingOutcome(countySamr, n, { outcome: 'ATTENDED', note: '已说明情况' }, later(74))).toMatchObject({
      replay: n,
      record: ['notice.summons.outcome', 'm1/summons/outcome/1'],
    });
    expect(
      thrown(() => recordMeetingOutcome(countySamr, n, { outcome: 'NOT_ATTENDED', note: 'x' }, later(74))).code,
    ).toBe('CONFLICT');
    expect(thrown(() => confirmAttendance(addressee, n, { attendees }, later(74))).code).toBe('CONFLICT');
    // The account may still come; the office closes.
    expect(answerNotice(addressee, n, { summonsAccount: { account: 'a', rectification: 'r' } }, later(75)).status).toBe(
      'ANSWERED',
    );
  });

  it('Art 52: RESCHEDULED moves the meeting to a new time and venue, and the platform confirms again', () => {
    const confirmed = next(confirmAttendance(addressee, send(summonsInput()), { attendees }, later(1)));
    const moved = next(
      recordMeetingOutcome(
        countySamr,
        confirmed,
        { outcome: 'RESCHEDULED', note: '应平台申请改期', meetingAt: later(96), onlineLink: 'https://meet.example/b' },
        later(2),
      ),
    );
    expect(moved.summons).toMatchObject({ meetingAt: later(96), place: null, onlineLink: 'https://meet.example/b' });
    expect(moved.summons!.outcomes[0]).toMatchObject({
      outcome: 'RESCHEDULED',
      meetingAt: later(72),
      rescheduledTo: later(96),
    });
    const again = next(confirmAttendance(addressee, moved, { attendees }, later(80)));
    expect(again.summons!.attendance).toMatchObject({ seq: 2, meetingAt: later(96) });
    expect(
      paths(
        thrown(() =>
          recordMeetingOutcome(countySamr, moved, { outcome: 'RESCHEDULED', note: 'x', meetingAt: later(1) }, later(3)),
        ),
      ),
    ).toEqual(['input.meetingAt']);
    expect(
      paths(
        thrown(() =>
          recordMeetingOutcome(
            countySamr,
            moved,
            { outcome: 'NOT_ATTENDED', note: '', meetingAt: later(100) },
            later(97),
          ),
        ),
      ),
    ).toEqual(['input.note', 'input.meetingAt']);
  });

  it('Art 52 依据职责: only the sending office records it; covering offices read but may not; a closed summons takes none', () => {
    const sent = send(summonsInput());
    const input = { outcome: 'NOT_ATTENDED', note: '未到场' };
    expect(thrown(() => recordMeetingOutcome(office('samr', 'province', '350000'), sent, input, later(73))).code).toBe(
      'FORBIDDEN',
    );
    expect(thrown(() => recordMeetingOutcome(office('cac', 'county', '350102'), sent, input, later(73))).code).toBe(
      'NOT_FOUND',
    );
    expect(thrown(() => recordMeetingOutcome(addressee, sent, input, later(73))).code).toBe('FORBIDDEN');
    const closed = closeNotice(countySamr, sent, 'withdrawn', later(1));
    expect(thrown(() => recordMeetingOutcome(countySamr, closed, input, later(73))).code).toBe('CONFLICT');
  });
});
