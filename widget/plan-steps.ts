// Which steps of a plan the letter and the reminders are about. Read from the plan the API gave: no routing here.
import type { Answers, Plan, Step } from './api.js';

const finalResponse = (plan: Plan, answers: Answers) =>
  answers.stage === 'final-response' || !plan.steps.some((step) => step.kind === 'complain');

/** Once the ombudsman has decided, a complaint letter would be wrong: a review has its own grounds. */
const decided = (answers: Answers) => answers.stage === 'ombudsman-decided';

/** Who a complaint letter goes to: the formal complaint step, or after the final response the independent stage. */
export function letterStep(plan: Plan, answers: Answers): Step | undefined {
  if (decided(answers)) return undefined;
  const kind = finalResponse(plan, answers) ? 'escalate' : 'complain';
  return plan.steps.find((step) => step.kind === kind && step.body);
}

/**
 * The steps that get a calendar reminder: the formal complaint's time limit, and, once the final response has
 * come, the independent stage's (the ombudsman's window). Only dates still ahead.
 */
export function remindable(plan: Plan, answers: Answers): Step[] {
  const complain = plan.steps.find((step) => step.kind === 'complain');
  const escalate = finalResponse(plan, answers) && !decided(answers) ? plan.steps.find((step) => step.kind === 'escalate') : undefined;
  return [complain, escalate].filter((step): step is Step => {
    const by = step?.deadline?.by;
    return !!by && /^\d{4}-\d{2}-\d{2}$/.test(by) && !step.deadline?.passed && (!plan.today || by >= plan.today);
  });
}
