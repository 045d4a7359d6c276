import { describe, expect, it } from 'vitest';
import { MAX_STORYLINE_BYTES, readStoryline } from './read-storyline';

const json = (v: unknown, init?: ResponseInit) => new Response(JSON.stringify(v), init);

/** A body that never says its length and never ends: only a reader that stops at the cap returns. */
function endless(): Response {
  const chunk = new TextEncoder().encode(`{"hash":"#/sangong"},`.repeat(1000));
  let first = true;
  return new Response(
    new ReadableStream<Uint8Array>({
      pull(controller) {
        if (first) controller.enqueue(new TextEncoder().encode('{"steps":['));
        first = false;
        controller.enqueue(chunk);
      },
    }),
  );
}

describe('readStoryline', () => {
  it('reads the steps of a storyline file', async () => {
    expect(await readStoryline(json({ steps: [{ hash: '#/sangong' }, { hash: 'javascript:x' }] }))).toEqual({
      steps: [{ hash: '#/sangong' }],
    });
  });

  it('refuses a file larger than the cap, by its Content-Length or as it downloads', async () => {
    const steps = Array.from({ length: 5000 }, () => ({ hash: '#/projects?sort=amount.desc' }));
    const big = JSON.stringify({ steps });
    expect(big.length).toBeGreaterThan(MAX_STORYLINE_BYTES);
    expect(await readStoryline(new Response(big))).toEqual({ error: 'tooLarge' });
    expect(
      await readStoryline(
        new Response('{}', { headers: { 'Content-Length': String(MAX_STORYLINE_BYTES + 1) } }),
      ),
    ).toEqual({ error: 'tooLarge' });
    expect(await readStoryline(endless())).toEqual({ error: 'tooLarge' });
  });

  it('says why there are no steps otherwise', async () => {
    expect(await readStoryline(new Response('nope', { status: 404 }))).toEqual({ error: 'failed' });
    expect(await readStoryline(new Response('{"steps":'))).toEqual({ error: 'failed' });
    expect(await readStoryline(json({ steps: [] }))).toEqual({ error: 'noSteps' });
    expect(await readStoryline(json(null))).toEqual({ error: 'noSteps' });
  });
});
