// Calendar reminders as iCalendar files (RFC 5545): one all-day event on the deadline, with an alarm before it.
// Made in the browser; nothing is sent anywhere.
import type { Step } from './api.js';
import { dateInWords } from './dates.js';

export interface ReminderEvent {
  /** A stable id, so importing the same reminder twice updates it rather than adding another. */
  uid: string;
  /** The deadline, YYYY-MM-DD: the event fills that day. */
  date: string;
  /** The day the reminder is made, YYYY-MM-DD: decides how early the alarm can be. */
  today: string;
  summary: string;
  description: string;
  /** When the file is made (DTSTAMP). */
  now?: Date;
}

const compact = (iso: string) => iso.replace(/-/g, '');

const dayNumber = (iso: string) => {
  const [y = 0, m = 1, d = 1] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
};

const isoOfDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);

/** TEXT values: backslash, semicolon and comma are escaped, line breaks become \n (RFC 5545 3.3.11). */
export const escapeText = (text: string) =>
  text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

/** Lines longer than 75 octets are folded: CRLF and a space, never inside a UTF-8 character (RFC 5545 3.1). */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let piece = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line may have 75 octets; each continuation has 74 after its leading space.
    if (octets + size > (pieces.length ? 74 : 75)) {
      pieces.push(piece);
      piece = '';
      octets = 0;
    }
    piece += char;
    octets += size;
  }
  pieces.push(piece);
  return pieces.join('\r\n ');
}

/** The alarm: 9am two weeks before, or 9am the day before when the deadline is closer than that. */
function trigger(date: string, today: string) {
  return dayNumber(date) - dayNumber(today) > 14 ? '-P13DT15H' : '-PT15H';
}

const stamp = (now: Date) => now.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');

export function reminderIcs(event: ReminderEvent): string {
  const { uid, date, today, summary, description, now = new Date() } = event;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Complaints signpost//Reminder//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${uid}`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART;VALUE=DATE:${compact(date)}`,
    `DTEND;VALUE=DATE:${compact(isoOfDay(dayNumber(date) + 1))}`,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(description)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(`Reminder: ${summary}`)}`,
    `TRIGGER:${trigger(date, today)}`,
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** The reminder for one step of a plan: who to contact, by when, and how. */
/** `followUp`: where to say later how the complaint went, added to the reminder's notes. */
export function stepReminder(step: Step, today: string, now?: Date, followUp?: string): { name: string; text: string } {
  const by = step.deadline!.by!;
  const name = step.body?.name ?? 'the organisation';
  const summary = step.kind === 'complain' ? `Deadline to complain to ${name}` : `Deadline to ask ${name} to look at your complaint`;
  const contact = step.body
    ? [step.body.phone && `Phone: ${step.body.phone}`, step.body.email && `Email: ${step.body.email}`, (step.body.complaintPage ?? step.body.website) && `Online: ${step.body.complaintPage ?? step.body.website}`]
        .filter(Boolean)
        .join('\n')
    : '';
  const description = [step.title, step.deadline!.text, contact, `From your complaint plan, made on ${dateInWords(today)}.`,
    followUp && `When you know how your complaint went, please tell us (it is anonymous): ${followUp}`].filter(Boolean).join('\n\n');
  return {
    name: `${step.kind === 'complain' ? 'complaint' : 'ombudsman'}-deadline-${by}.ics`,
    text: reminderIcs({ uid: `${step.kind}-${by}-${step.body?.id ?? 'step'}@complaints-signpost`, date: by, today, summary, description, now }),
  };
}
