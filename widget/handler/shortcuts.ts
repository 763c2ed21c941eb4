// The call handler's keyboard shortcuts: one list, shown in the help panel and kept in step with README.md.
// Alt (Option on a Mac) shortcuts work anywhere, even while typing; the others only outside text boxes, so
// they never get in the way of typing.

export type Action = 'next' | 'previous' | 'unanswered' | 'plan' | 'unknowns' | 'copy' | 'help' | 'option' | 'clear';

export const SHORTCUTS: { keys: string; does: string }[] = [
  { keys: 'Alt + J', does: 'Next question' },
  { keys: 'Alt + K', does: 'Previous question' },
  { keys: 'Alt + N', does: 'Next question without an answer' },
  { keys: '1 to 9', does: 'Choose that option in the question you are on. In lists of 10 or more, type 2 numbers quickly, like 1 then 2 for option 12' },
  { keys: 'Delete or Backspace', does: 'Clear the answer to the question you are on' },
  { keys: 'Alt + U', does: "Go to what we don't know yet" },
  { keys: 'Alt + P', does: 'Go to the plan' },
  { keys: 'Alt + C', does: 'Copy the summary for your case notes' },
  { keys: '?', does: 'Show or hide these shortcuts' },
];

const ALT: Record<string, Action> = {
  KeyJ: 'next',
  KeyK: 'previous',
  KeyN: 'unanswered',
  KeyU: 'unknowns',
  KeyP: 'plan',
  KeyC: 'copy',
};

/** Where typing happens: shortcuts without Alt are left alone there. */
export function isTextField(element: EventTarget | undefined): boolean {
  if (!(element instanceof HTMLElement)) return false;
  if (element.isContentEditable || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) return true;
  return element instanceof HTMLInputElement && !['radio', 'checkbox', 'button', 'submit', 'reset'].includes(element.type);
}

/** The shortcut a key press means, if any. `code` (not `key`) for Alt shortcuts: Option+J on a Mac types "∆". */
export function shortcutFor(event: KeyboardEvent, target: EventTarget | undefined): Action | undefined {
  // Ctrl+Alt is AltGr on many keyboards, used to type characters: never a shortcut.
  if (event.ctrlKey || event.metaKey) return undefined;
  if (event.altKey) return event.shiftKey ? undefined : ALT[event.code];
  if (isTextField(target)) return undefined;
  if (event.key === '?') return 'help';
  if (/^[0-9]$/.test(event.key)) return 'option';
  if (event.key === 'Delete' || event.key === 'Backspace') return 'clear';
  return undefined;
}
