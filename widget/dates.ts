// Dates as people write and read them, and as the API wants them (YYYY-MM or YYYY-MM-DD).
import { en, type Texts } from './texts/en.js';


/** "2027-10-01" → "1 October 2027"; "2027-10" → "October 2027"; in Welsh "1 Hydref 2027", from the browser's own
 *  locale data. */
export function dateInWords(iso: string, language = 'en'): string {
  const [year, month, day] = iso.split('-').map(Number);
  if (!year || !month || month > 12) return iso;
  const options: Intl.DateTimeFormatOptions = { month: 'long', year: 'numeric', timeZone: 'UTC', ...(day && { day: 'numeric' }) };
  return new Intl.DateTimeFormat(language === 'cy' ? 'cy' : 'en-GB', options).format(new Date(Date.UTC(year, month - 1, day || 1)));
}

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export type DateField = keyof DateParts;

export type DateResult = { value: string } | { error: string; field: DateField };

/** "3", "03", "Mar" or "March" → 3; anything else → 0. */
function monthNumber(text: string): number {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  // Month names in English and Welsh ("Mar", "Mawrth"), from the browser's own locale data.
  const index = [...Array(12).keys()].findIndex((m) => ['en-GB', 'cy'].some((locale) => {
    const name = new Intl.DateTimeFormat(locale, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(2000, m, 1)).toLowerCase();
    return text.length >= 3 && name.startsWith(text.toLowerCase());
  }));
  return index + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date, YYYY-MM-DD. */
export const isoDate = (date = new Date()) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** Turns what was typed into an ISO date. The day may be left empty; the date cannot be in the future. */
export function parseDateParts(parts: DateParts, today = new Date(), t: Texts = en): DateResult {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!month && !year) return { error: t.enterMonthYear, field: day ? 'month' : 'day' };
  if (!month) return { error: t.enterMonth, field: 'month' };
  if (!year) return { error: t.enterYear, field: 'year' };

  const m = monthNumber(month);
  if (m < 1 || m > 12) return { error: t.realMonth, field: 'month' };
  if (!/^\d{4}$/.test(year) || Number(year) < 1900) return { error: t.yearDigits, field: 'year' };

  let value = `${year}-${pad(m)}`;
  if (day) {
    const d = Number(day);
    const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
    if (!/^\d{1,2}$/.test(day) || d < 1 || d > daysInMonth) {
      return { error: t.realDay, field: 'day' };
    }
    value += `-${pad(d)}`;
  }

  if (value > isoDate(today).slice(0, value.length)) {
    return { error: t.notFuture, field: day ? 'day' : 'month' };
  }
  return { value };
}

/** Splits a stored answer back into the three boxes, so going back shows what was typed. */
export function dateParts(iso: string | undefined): DateParts {
  const [year = '', month = '', day = ''] = (iso ?? '').split('-');
  return { day: day.replace(/^0/, ''), month: month.replace(/^0/, ''), year };
}
