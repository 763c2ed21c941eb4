import { useEffect, useState } from 'preact/hooks';
import type { LoadPart, PartExports, PartName } from '../parts.js';
import { TryAgainAlert } from './TryAgainAlert.js';
import { useTexts } from '../texts/context.js';

interface LazyPartProps {
  name: PartName;
  loadPart: LoadPart;
  /** Passed on to the part's component. */
  props: object;
}

/** Renders a part of the widget that is loaded only when someone needs it. */
export function LazyPart({ name, loadPart, props }: LazyPartProps) {
  const [part, setPart] = useState<PartExports>();
  const [failed, setFailed] = useState(false);
  const t = useTexts();
  const load = () => {
    setFailed(false);
    loadPart(name).then(setPart, () => setFailed(true));
  };
  useEffect(load, [name]);

  if (part) {
    const Part = part.default;
    return <Part {...props} />;
  }
  if (failed) {
    return <TryAgainAlert message={t.partFailed} onRetry={load} />;
  }
  return <p role="status">{t.loading}</p>;
}
