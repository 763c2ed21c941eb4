// The calendar arithmetic behind review deadlines, and the condition forms rules use for "only" and "unless".
import { describe, expect, it } from 'vitest';
import { addWeeks, addWorkingDays } from '../../server/graph/dates.js';
import { matches, ruleMatch } from '../../server/graph/match.js';
import { DeadlineRecordSchema } from '../../server/graph/schemas.js';

const ENGLAND_AND_WALES_2026 = new Set(['2026-12-25', '2026-12-28', '2027-01-01']);

describe('working days and weeks', () => {
  it('counts 20 working days from the day after the decision, skipping weekends', () => {
    expect(addWorkingDays('2026-11-20', 20, new Set())).toBe('2026-12-18');
    expect(addWorkingDays('2026-10-01', 20, new Set())).toBe('2026-10-29');
  });

  it('skips the bank holidays it is given, and only those', () => {
    expect(addWorkingDays('2026-12-10', 20, ENGLAND_AND_WALES_2026)).toBe('2027-01-12');
    expect(addWorkingDays('2026-12-10', 20, new Set())).toBe('2027-01-07');
  });

  it('passes over Christmas and the substitute Boxing Day', () => {
    expect(addWorkingDays('2026-12-24', 1, ENGLAND_AND_WALES_2026)).toBe('2026-12-29');
  });

  it('adds weeks as calendar days, across a year end', () => {
    expect(addWeeks('2026-11-20', 6)).toBe('2027-01-01');
  });
});

describe('deadline records', () => {
  const base = { id: 'x', from: 'responded', text: 'By {date}.', textUnknown: 'Within the limit.', textPassed: 'It has passed now.', checked: '2026-12-05', sources: [{ title: 'Source', url: 'https://www.gov.uk/bank-holidays' }] };
  it('need exactly one period, and a calendar only with working days', () => {
    expect(DeadlineRecordSchema.safeParse({ ...base, months: 3 }).success).toBe(true);
    expect(DeadlineRecordSchema.safeParse({ ...base, workingDays: 20, calendar: 'england-and-wales' }).success).toBe(true);
    expect(DeadlineRecordSchema.safeParse({ ...base, workingDays: 20 }).success).toBe(false);
    expect(DeadlineRecordSchema.safeParse({ ...base, months: 3, weeks: 6 }).success).toBe(false);
    expect(DeadlineRecordSchema.safeParse({ ...base, months: 3, calendar: 'scotland' }).success).toBe(false);
  });
});

describe('conditions', () => {
  it('"only-concern" holds when every concern given is listed, and not when none is given', () => {
    const only = { 'only-concern': ['records-or-data'] };
    expect(matches(only, { concern: ['records-or-data'] })).toBe(true);
    expect(matches(only, { concern: ['records-or-data', 'care-or-treatment'] })).toBe(false);
    expect(matches(only, {})).toBe(false);
  });

  it('"unless" stops a rule that would otherwise hold', () => {
    const rule = { when: { nation: ['england'] }, unless: { resident: ['wales'] } };
    expect(ruleMatch(rule, { nation: ['england'] })).toEqual({ nation: ['england'] });
    expect(ruleMatch(rule, { nation: ['england'], resident: ['wales'] })).toBeUndefined();
    expect(ruleMatch(rule, { nation: ['england'], resident: ['england'] })).toBeDefined();
  });
});
