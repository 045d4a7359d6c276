import { isStepHash, type Step } from './storyline';

/**
 * A storyline is a few dozen view links: 64 KB holds thousands. A bigger file is not a storyline (a mistake, or a
 * file meant to stall the presenter's machine) and is not read past that.
 */
export const MAX_STORYLINE_BYTES = 64 * 1024;

export type StorylineFile = { steps: Step[] } | { error: 'failed' | 'tooLarge' | 'noSteps' };

/** A storyline file's steps, or why there are none; never reads more than MAX_STORYLINE_BYTES of the body. */
export async function readStoryline(res: Response): Promise<StorylineFile> {
  if (!res.ok) return { error: 'failed' };
  if (Number(res.headers.get('content-length')) > MAX_STORYLINE_BYTES) return { error: 'tooLarge' };
  const text = await readCapped(res);
  if (text === null) return { error: 'tooLarge' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { error: 'failed' };
  }
  const raw = (json as { steps?: unknown } | null)?.steps;
  const steps = Array.isArray(raw)
    ? raw
        .filter((s): s is Step => typeof s?.hash === 'string' && isStepHash(s.hash))
        .map((s) => ({ hash: s.hash }))
    : [];
  return steps.length ? { steps } : { error: 'noSteps' };
}

/** The body as text, or null as soon as it exceeds the cap (the rest is not downloaded). */
async function readCapped(res: Response): Promise<string | null> {
  if (!res.body) return res.text();
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_STORYLINE_BYTES) {
      void reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}
