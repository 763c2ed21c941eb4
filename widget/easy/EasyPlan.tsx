// The plan in Easy Read: every step in order, each with a picture beside it, its Easy Read title and words (from
// the API's `reading=easy` edition), and its one contact. Loaded only when the widget is in Easy Read.
import type { Plan } from '../api.js';
import { ContactLine } from '../components/ContactLine.js';
import { PlanWarnings } from '../components/PlanWarnings.js';
import { useTexts } from '../texts/context.js';
import { PICTURE_TEXT, StepPicture } from './pictures.js';

export default function EasyPlan({ plan }: { plan: Plan }) {
  const t = useTexts();
  return (
    <>
      <PlanWarnings warnings={plan.warnings} />
      <ol class="cs-easy-steps">
        {plan.steps.map((step) => (
          <li class="cs-easy-step" key={`${step.rule}-${step.kind}`}>
            <StepPicture kind={step.kind} label={PICTURE_TEXT[t.language][step.kind]} />
            <div>
              <h3>{step.title}</h3>
              {step.text.split(/\n+/).map((paragraph) => (
                <p key={paragraph}>{paragraph}</p>
              ))}
              {step.short?.contact && <ContactLine contact={step.short.contact} />}
              {step.deadline && <p>{step.deadline.text}</p>}
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
