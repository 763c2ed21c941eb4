// Loading the parts of the widget that only some people use: from beside the widget script, pinned and checked.
import { afterEach, describe, expect, it } from 'vitest';
import { partsBase, registerPart, registry, scriptLoader } from '../../widget/parts.js';

afterEach(() => {
  document.head.innerHTML = '';
  delete registry().parts.handler;
  delete registry().parts.letter;
});

const Part = () => null;
const manifest = {
  handler: { file: 'complaints-signpost-handler.js', hash: 'AbCdEfGhIjKlMnOp', integrity: 'sha256-abc=' },
  letter: { file: 'complaints-signpost-letter.js', hash: 'QrStUvWxYz012345', integrity: 'sha256-def=' },
};

describe('partsBase', () => {
  it('is the directory of the widget script, or one up from a pinned version', () => {
    expect(partsBase('https://signpost.example/widget/complaints-signpost.js')).toBe('https://signpost.example/widget/');
    expect(partsBase('https://signpost.example/widget/Xy_-0123456789ab/complaints-signpost.js')).toBe('https://signpost.example/widget/');
    expect(partsBase('https://gp.example/js/complaints-signpost.js')).toBe('https://gp.example/js/');
  });
});

describe('scriptLoader', () => {
  it('adds one <script> per part, pinned to its version and checked by its integrity hash', async () => {
    const load = scriptLoader('https://signpost.example/widget/', manifest);
    const first = load('letter');
    const again = load('letter');
    const scripts = document.head.querySelectorAll('script');
    expect(scripts).toHaveLength(1);
    const script = scripts[0]!;
    expect(script.src).toBe('https://signpost.example/widget/QrStUvWxYz012345/complaints-signpost-letter.js');
    expect(script.integrity).toBe('sha256-def=');
    expect(script.crossOrigin).toBe('anonymous');
    expect(script.async).toBe(true);
    // The part's script registers itself when it runs.
    registerPart('letter', { default: Part });
    script.dispatchEvent(new Event('load'));
    await expect(first).resolves.toEqual({ default: Part });
    await expect(again).resolves.toEqual({ default: Part });
    // Once there, it is not loaded again.
    await expect(load('letter')).resolves.toEqual({ default: Part });
    expect(document.head.querySelectorAll('script')).toHaveLength(1);
  });

  it('fails when the script cannot load, and tries again next time', async () => {
    const load = scriptLoader('https://signpost.example/widget/', manifest);
    const failed = load('handler');
    document.head.querySelector('script')!.dispatchEvent(new Event('error'));
    await expect(failed).rejects.toThrow('could not be loaded');
    const retry = load('handler');
    expect(document.head.querySelectorAll('script')).toHaveLength(2);
    // A script that runs but does not register (another version, say) is a failure too.
    document.head.querySelectorAll('script')[1]!.dispatchEvent(new Event('load'));
    await expect(retry).rejects.toThrow('did not register');
  });

  it('knows only the parts of its own build', async () => {
    await expect(scriptLoader('https://signpost.example/widget/', {})('handler')).rejects.toThrow('no part called handler');
  });
});
