import type { Answers, Plan } from '../api.js';
import { followUpUrl, serviceOrigin } from '../insights.js';
import { NewTabLink } from './NewTabLink.js';
import { useTexts } from '../texts/context.js';

/** "How did it go?": a link to come back to later and say how the complaint went, anonymously. */
export function FollowUpLink({ plan, answers }: { plan: Plan; answers: Answers }) {
  const origin = serviceOrigin();
  const t = useTexts();
  if (!origin) return null;
  return (
    <section class="cs-no-print" aria-labelledby="cs-follow-up">
      <h3 id="cs-follow-up">{t.followUpTitle}</h3>
      <p>
        {t.followUpBefore}{' '}
        <NewTabLink href={followUpUrl(origin, plan, answers, t.language)}>{t.followUpLink}</NewTabLink>
        {t.followUpAfter}
      </p>
    </section>
  );
}
