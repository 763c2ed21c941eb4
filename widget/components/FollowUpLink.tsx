import type { Answers, Plan } from '../api.js';
import { followUpUrl, serviceOrigin } from '../insights.js';
import { NewTabLink } from './NewTabLink.js';

/** "How did it go?": a link to come back to later and say how the complaint went, anonymously. */
export function FollowUpLink({ plan, answers }: { plan: Plan; answers: Answers }) {
  const origin = serviceOrigin();
  if (!origin) return null;
  return (
    <section class="cs-no-print" aria-labelledby="cs-follow-up">
      <h3 id="cs-follow-up">Tell us later how it went</h3>
      <p>
        When you have an answer, or if you give up, please{' '}
        <NewTabLink href={followUpUrl(origin, plan, answers)}>tell us how your complaint went</NewTabLink>. We do not ask
        your name. It takes a minute and helps services learn.
      </p>
    </section>
  );
}
