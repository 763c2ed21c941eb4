import { describe, expect, it } from 'vitest';
import { escapeText, foldLine, reminderIcs, stepReminder } from '../../widget/ics.js';
import { letterStep, remindable } from '../../widget/plan-steps.js';
import { handlerPlan, plan } from './fixtures.js';

const NOW = new Date('2026-11-26T10:15:30.123Z');

describe('reminderIcs (RFC 5545)', () => {
  const ics = reminderIcs({
    uid: 'complain-2027-10-01-provider@complaints-signpost',
    date: '2027-10-01',
    today: '2026-11-26',
    summary: 'Deadline to complain to Riverside Surgery',
    description: 'Complain by 1 October 2027.\n\nPhone: 0113 496 0000; or write, to the practice',
    now: NOW,
  });
  const lines = ics.split('\r\n');

  it('is one calendar with one all-day event, every line ending CRLF', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(lines.slice(0, 6)).toEqual(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Complaints signpost//Reminder//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'BEGIN:VEVENT']);
    expect(lines).toContain('UID:complain-2027-10-01-provider@complaints-signpost');
    expect(lines).toContain('DTSTAMP:20261126T101530Z');
    expect(lines).toContain('DTSTART;VALUE=DATE:20271001');
    expect(lines).toContain('DTEND;VALUE=DATE:20271002');
    expect(lines).toContain('SUMMARY:Deadline to complain to Riverside Surgery');
    expect(lines.slice(-3)).toEqual(['END:VEVENT', 'END:VCALENDAR', '']);
  });

  it('has an alarm two weeks before, at 9am', () => {
    const alarm = lines.slice(lines.indexOf('BEGIN:VALARM'), lines.indexOf('END:VALARM') + 1);
    expect(alarm).toEqual([
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      'DESCRIPTION:Reminder: Deadline to complain to Riverside Surgery',
      'TRIGGER:-P13DT15H',
      'END:VALARM',
    ]);
  });

  it('moves the alarm to the day before when the deadline is close', () => {
    expect(reminderIcs({ uid: 'x', date: '2026-12-01', today: '2026-11-26', summary: 'Soon', description: '' })).toContain('\r\nTRIGGER:-PT15H\r\n');
  });

  it('escapes text and folds long lines at 75 octets without splitting a character', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
    expect(ics.replace(/\r\n /g, '')).toContain('DESCRIPTION:Complain by 1 October 2027.\\n\\nPhone: 0113 496 0000\\; or write\\, to');
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const long = `SUMMARY:${'é'.repeat(60)}`;
    const folded = foldLine(long);
    expect(folded.split('\r\n ').join('')).toBe(long);
    for (const piece of folded.split('\r\n')) expect(new TextEncoder().encode(piece).length).toBeLessThanOrEqual(75);
  });
});

describe('stepReminder', () => {
  it("names the file and the event after the step, with the body's contacts", () => {
    const { name, text } = stepReminder(plan.steps[1]!, '2026-11-26', NOW);
    expect(name).toBe('complaint-deadline-2027-10-01.ics');
    const unfolded = text.replace(/\r\n /g, '');
    expect(unfolded).toContain('SUMMARY:Deadline to complain to Riverside Surgery\r\n');
    expect(unfolded).toContain('Phone: 0113 496 0000');
    expect(unfolded).toContain('From your complaint plan\\, made on 26 November 2026.');
  });

  it('adds the link to say later how the complaint went, when there is one', () => {
    const { text } = stepReminder(plan.steps[1]!, '2026-11-26', NOW, 'https://signpost.example/follow-up');
    expect(text.replace(/\r\n /g, '')).toContain('please tell us (it is anonymous): https://signpost.example/follow-up');
    expect(stepReminder(plan.steps[1]!, '2026-11-26', NOW).text).not.toContain('follow-up');
  });

  it("calls the independent stage's reminder the ombudsman's", () => {
    const { name, text } = stepReminder(handlerPlan.steps[1]!, '2026-11-26', NOW);
    expect(name).toBe('ombudsman-deadline-2027-03-03.ics');
    expect(text.replace(/\r\n /g, '')).toContain('SUMMARY:Deadline to ask Local Government and Social Care Ombudsman to look at your complaint');
  });
});

describe('remindable', () => {
  it('is the complaint deadline before the final response', () => {
    expect(remindable(handlerPlan, { stage: 'not-yet' }).map((s) => s.kind)).toEqual(['complain']);
  });

  it("is the ombudsman's window after the final response", () => {
    const afterFinal = { ...handlerPlan, steps: handlerPlan.steps.filter((s) => s.kind !== 'complain') };
    expect(remindable(afterFinal, { stage: 'final-response' }).map((s) => s.kind)).toEqual(['escalate']);
  });

  it('is nothing, and no complaint letter is offered, once the ombudsman has decided', () => {
    const decided = { ...handlerPlan, steps: handlerPlan.steps.filter((s) => s.kind !== 'complain') };
    expect(letterStep(decided, { stage: 'final-response' })?.kind).toBe('escalate');
    expect(remindable(decided, { stage: 'ombudsman-decided' })).toEqual([]);
    expect(letterStep(decided, { stage: 'ombudsman-decided' })).toBeUndefined();
  });

  it('leaves out deadlines that have passed or have no date', () => {
    const passed = { ...handlerPlan, steps: [{ ...handlerPlan.steps[0]!, deadline: { by: '2025-01-01', text: 'Too late', passed: true } }] };
    expect(remindable(passed, {})).toEqual([]);
    const undated = { ...handlerPlan, steps: [{ ...handlerPlan.steps[0]!, deadline: { text: 'Usually 12 months' } }] };
    expect(remindable(undated, {})).toEqual([]);
  });
});
