// Which questions a call handler sees: the API's own `askWhen` rule, applied to the answers so far, and nothing
// more. A question is shown when, for every key, the answer to that key is among the listed values. A key that
// is not a question (a fact only the service knows, such as whether a postcode is near a council boundary) holds
// when the latest plan lists the question as still open.
import type { Answer, Answers, Question } from '../api.js';

export const answerValues = (answer: Answer | undefined): string[] =>
  Array.isArray(answer) ? answer : answer ? [answer] : [];

export const isAnswered = (answer: Answer | undefined) => answerValues(answer).length > 0;

/** The questions to show, in the API's order (the order a conversation goes). */
export function shownQuestions(questions: Question[], answers: Answers, open: ReadonlySet<string> = new Set()): Question[] {
  const ids = new Set(questions.map((q) => q.id));
  const shown: Question[] = [];
  // Only answers to questions on screen count: an answer to a question that has gone steers nothing.
  const effective: Answers = {};
  for (const question of questions) {
    const holds = Object.entries(question.askWhen ?? {}).every(([key, values]) =>
      ids.has(key)
        ? answerValues(effective[key]).some((value) => values.includes(value))
        : open.has(question.id) || isAnswered(answers[question.id]),
    );
    if (!holds) continue;
    shown.push(question);
    const answer = answers[question.id];
    if (answer !== undefined) effective[question.id] = answer;
  }
  return shown;
}

/** The answers to send: those to questions on screen, leaving out any not given yet. */
export function answersFor(shown: Question[], answers: Answers): Answers {
  return Object.fromEntries(
    shown.filter((q) => isAnswered(answers[q.id])).map((q) => [q.id, answers[q.id]!]),
  );
}

/** Services where missed visits or poor care can be neglect: a reason to ask about safety even when the caller has
 *  not said "abuse or neglect". A prompt for the call handler, not a routing rule: the plan changes only if they tick it. */
const CARE_SERVICES = ['care-home', 'home-care', 'council-adult-social-care', 'continuing-healthcare'];
const CARE_CONCERNS = ['care-or-treatment', 'staff-attitude', 'access-or-waiting'];

export function suggestsHarm(answers: Answers): boolean {
  const concerns = answerValues(answers.concern);
  return CARE_SERVICES.includes(String(answers.service)) && concerns.some((c) => CARE_CONCERNS.includes(c)) && !concerns.includes('abuse-or-neglect');
}
