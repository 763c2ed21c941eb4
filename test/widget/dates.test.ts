import { describe, expect, it } from 'vitest';
import { dateInWords, dateParts, parseDateParts } from '../../widget/dates.js';

const today = new Date(2026, 10, 26); // 26 November 2026, local time
const parse = (day: string, month: string, year: string) => parseDateParts({ day, month, year }, today);

describe('dateInWords', () => {
  it('writes a full date and a month the way people say them', () => {
    expect(dateInWords('2027-10-01')).toBe('1 October 2027');
    expect(dateInWords('2026-03')).toBe('March 2026');
  });

  it('leaves anything it cannot read alone', () => {
    expect(dateInWords('soon')).toBe('soon');
  });
});

describe('parseDateParts', () => {
  it('accepts a month and year, or a full date', () => {
    expect(parse('', '3', '2026')).toEqual({ value: '2026-03' });
    expect(parse('7', '3', '2026')).toEqual({ value: '2026-03-07' });
    expect(parse(' 07 ', '03', '2026')).toEqual({ value: '2026-03-07' });
  });

  it('accepts month names', () => {
    expect(parse('', 'March', '2026')).toEqual({ value: '2026-03' });
    expect(parse('', 'sep', '2025')).toEqual({ value: '2025-09' });
  });

  it('says which box is wrong', () => {
    expect(parse('', '', '2026')).toEqual({ error: 'Enter the month', field: 'month' });
    expect(parse('', '3', '')).toEqual({ error: 'Enter the year', field: 'year' });
    expect(parse('', '13', '2026')).toMatchObject({ field: 'month' });
    expect(parse('', '3', '26')).toMatchObject({ field: 'year' });
    expect(parse('30', '2', '2024')).toMatchObject({ field: 'day' });
  });

  it('refuses dates in the future but accepts today and this month', () => {
    expect(parse('27', '11', '2026')).toMatchObject({ error: 'The date must be today or in the past' });
    expect(parse('', '12', '2026')).toMatchObject({ error: 'The date must be today or in the past' });
    expect(parse('26', '11', '2026')).toEqual({ value: '2026-11-26' });
    expect(parse('', '11', '2026')).toEqual({ value: '2026-11' });
  });
});

describe('dateParts', () => {
  it('splits a stored answer back into the boxes', () => {
    expect(dateParts('2026-03-07')).toEqual({ day: '7', month: '3', year: '2026' });
    expect(dateParts('2026-03')).toEqual({ day: '', month: '3', year: '2026' });
    expect(dateParts(undefined)).toEqual({ day: '', month: '', year: '' });
  });
});
