// Dates as people write and read them, and as the API wants them (YYYY-MM or YYYY-MM-DD).

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "2027-10-01" → "1 October 2027"; "2027-10" → "October 2027". */
export function dateInWords(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  const monthName = MONTHS[(month ?? 0) - 1];
  if (!year || !monthName) return iso;
  return `${day ? `${day} ` : ''}${monthName} ${year}`;
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
  const index = MONTHS.findIndex((name) => text.length >= 3 && name.toLowerCase().startsWith(text.toLowerCase()));
  return index + 1;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The local calendar date, YYYY-MM-DD. */
export const isoDate = (date = new Date()) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** Turns what was typed into an ISO date. The day may be left empty; the date cannot be in the future. */
export function parseDateParts(parts: DateParts, today = new Date()): DateResult {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!month && !year) return { error: 'Enter the month and year', field: day ? 'month' : 'day' };
  if (!month) return { error: 'Enter the month', field: 'month' };
  if (!year) return { error: 'Enter the year', field: 'year' };

  const m = monthNumber(month);
  if (m < 1 || m > 12) return { error: 'Enter a real month, from 1 to 12', field: 'month' };
  if (!/^\d{4}$/.test(year) || Number(year) < 1900) return { error: 'Enter the year as 4 numbers, like 2026', field: 'year' };

  let value = `${year}-${pad(m)}`;
  if (day) {
    const d = Number(day);
    const daysInMonth = new Date(Date.UTC(Number(year), m, 0)).getUTCDate();
    if (!/^\d{1,2}$/.test(day) || d < 1 || d > daysInMonth) {
      return { error: 'Enter a real day, or leave the day empty', field: 'day' };
    }
    value += `-${pad(d)}`;
  }

  if (value > isoDate(today).slice(0, value.length)) {
    return { error: 'The date must be today or in the past', field: day ? 'day' : 'month' };
  }
  return { value };
}

/** Splits a stored answer back into the three boxes, so going back shows what was typed. */
export function dateParts(iso: string | undefined): DateParts {
  const [year = '', month = '', day = ''] = (iso ?? '').split('-');
  return { day: day.replace(/^0/, ''), month: month.replace(/^0/, ''), year };
}
