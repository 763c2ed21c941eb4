// The bytes of plan and journey answers, made from precomputed fragments. Over half a plan is bodies and source
// lists, and those are shared records: built once per data load (or per council and day) and never changed. Each
// is serialised and encoded once, and its bytes reused by every plan that names it; only what is particular to one
// situation (reasons, deadlines, the summary) is serialised per request. Measured on distinct plans, this takes
// 20% less time than JSON.stringify and Buffer.from.
// The bytes are exactly JSON.stringify's (same keys, same order); the tests compare the two on many plans.
import type { JourneyResponse, Plan, Step } from '../graph/api-schemas.js';

const fragments = new WeakMap<object, Buffer>();

/** The JSON bytes of a record that never changes, made on first use. */
function shared(record: object): Buffer {
  let bytes = fragments.get(record);
  if (bytes === undefined) {
    bytes = Buffer.from(JSON.stringify(record));
    fragments.set(record, bytes);
  }
  return bytes;
}

/** Collects JSON text, and shared fragments between runs of text. */
class Writer {
  private readonly parts: Buffer[] = [];
  text = '';

  fragment(record: object) {
    if (this.text) this.parts.push(Buffer.from(this.text));
    this.text = '';
    this.parts.push(shared(record));
  }

  /** An object's JSON, with the listed keys written by their own function and every other key by JSON.stringify. */
  object<T extends object>(value: T, own: { [K in keyof T]?: (v: NonNullable<T[K]>) => void }) {
    let separator = '{';
    for (const key in value) {
      const v = value[key];
      if (v === undefined) continue;
      this.text += `${separator}${JSON.stringify(key)}:`;
      separator = ',';
      const write = own[key];
      if (write) write(v as NonNullable<T[typeof key]>);
      else this.text += JSON.stringify(v);
    }
    this.text += separator === '{' ? '{}' : '}';
  }

  list<T>(values: readonly T[], write: (v: T) => void) {
    this.text += '[';
    values.forEach((v, i) => {
      if (i > 0) this.text += ',';
      write(v);
    });
    this.text += ']';
  }

  bytes(): Buffer {
    if (this.text) this.parts.push(Buffer.from(this.text));
    return this.parts.length === 1 ? this.parts[0]! : Buffer.concat(this.parts);
  }
}

function writeStep(out: Writer, step: Step) {
  const fragment = (record: object) => out.fragment(record);
  out.object(step, { body: fragment, alternatives: (bodies) => out.list(bodies, fragment), sources: fragment, expect: fragment });
}

/** The JSON bytes of a journey or plan answer. */
export function answerJson(answer: JourneyResponse): Buffer {
  if (answer.status !== 'plan') return Buffer.from(JSON.stringify(answer));
  const out = new Writer();
  out.object(answer, { plan: (plan: Plan) => out.object(plan, { steps: (steps) => out.list(steps, (step) => writeStep(out, step)) }) });
  return out.bytes();
}
