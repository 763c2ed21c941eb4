// Calendar arithmetic on ISO dates (YYYY-MM-DD), done in UTC so no time zone can shift a day.

import type { Language } from './contract.js';

/** A partial date answer ("2026-03") counts from the first of the month: the earliest it could have been. */
export function fromAnswerDate(answer: string): string {
  return answer.length === 7 ? `${answer}-01` : answer;
}

/** The same day N months later; a day that month lacks (31 August + 6 months) becomes its last day. */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}

/** The same weekday N weeks later. */
export function addWeeks(isoDate: string, weeks: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + weeks * 7)).toISOString().slice(0, 10);
}

/** The Nth working day after a date: weekends and the given bank holidays do not count. A year the holiday
 *  list does not cover counts its holidays as working days, so the date shown is never later than the real one. */
export function addWorkingDays(isoDate: string, days: number, holidays: ReadonlySet<string>): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const day = new Date(Date.UTC(y, m - 1, d));
  for (let counted = 0; counted < days;) {
    day.setUTCDate(day.getUTCDate() + 1);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !holidays.has(day.toISOString().slice(0, 10))) counted += 1;
  }
  return day.toISOString().slice(0, 10);
}

// The platform's own locale data (ICU) writes the month names: "1 October 2027", "1 Hydref 2027".
const inWords: Record<Language, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
  cy: new Intl.DateTimeFormat('cy', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

/** "2027-10-01" -> "1 October 2027" (as GOV.UK writes dates), or in Welsh "1 Hydref 2027". */
export function dateInWords(isoDate: string, language: Language = 'en'): string {
  return inWords[language].format(new Date(`${isoDate}T00:00:00Z`));
}

const londonDate = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in England (Europe/London), whatever the server's own time zone. */
export function todayInLondon(now: Date = new Date()): string {
  return londonDate.format(now);
}

export const isInForce = (today: string, r: { validFrom?: string | undefined; validTo?: string | undefined }) =>
  (!r.validFrom || r.validFrom <= today) && (!r.validTo || today < r.validTo);
