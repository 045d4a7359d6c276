import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadNodePdfjs } from '../../scripts/import/node-pdfjs';
import { buildDocument, groupDocuments, ImportError, readInputs } from './import-document';
import { CORPUS, corpusPresent } from './testing/corpus';
import { PROSE, tinyPdf } from './testing/tiny-pdf';

const sha256 = async (d: Uint8Array) => createHash('sha256').update(d).digest('hex');

async function importBytes(name: string, data: Uint8Array) {
  const { pdfjs, options } = await loadNodePdfjs();
  try {
    const read = await readInputs([{ name, data }], { pdfjs, options, sha256 });
    return { read, doc: buildDocument(read) };
  } catch (e) {
    if (e instanceof ImportError) return { error: e };
    throw e;
  }
}

async function refusal(name: string, data: Uint8Array) {
  const r = await importBytes(name, data);
  if (!('error' in r) || !r.error) throw new Error(`${name} was imported`);
  // Every message names the file first.
  expect(r.error.message.startsWith(`${name}: `)).toBe(true);
  return r.error;
}

describe('bad input: each a clear refusal naming the file, never a crash', () => {
  it('a file that is not a PDF', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(200).fill(0)]);
    expect((await refusal('photo.pdf', png)).reason).toBe('not-pdf');
    expect((await refusal('empty.pdf', new Uint8Array())).reason).toBe('not-pdf');
  });

  it('a PDF cut off after its header (damaged)', async () => {
    const cut = tinyPdf({ pages: [PROSE] }).slice(0, 40);
    expect((await refusal('cut.pdf', cut)).reason).toMatch(/unreadable|no-text/);
  });

  it('an encrypted PDF', async () => {
    const e = await refusal('locked.pdf', tinyPdf({ pages: [PROSE], encrypted: true }));
    expect(e.reason).toBe('encrypted');
    expect(e.message).toMatch(/password/);
  });

  it('a scan: pages without a text layer', async () => {
    const e = await refusal('scan.pdf', tinyPdf({ pages: [[], [], []], drawingsOnly: true }));
    expect(e.reason).toBe('no-text');
  });

  it('a PDF that is not a budget', async () => {
    const e = await refusal('library.pdf', tinyPdf({ pages: [PROSE, PROSE] }));
    expect(e.reason).toBe('not-budget');
  });

  it('a 1,000-page PDF is refused before its pages are read', async () => {
    const big = tinyPdf({ pages: Array.from({ length: 1000 }, () => PROSE) });
    const { pdfjs, options } = await loadNodePdfjs();
    const pages: number[] = [];
    const e = await readInputs([{ name: 'huge.pdf', data: big }], {
      pdfjs,
      options: { ...options, onPage: (n) => pages.push(n) },
      sha256,
    }).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ImportError);
    expect((e as ImportError).reason).toBe('too-many-pages');
    expect((e as ImportError).message).toMatch(/^huge\.pdf: 1000 pages/);
    expect(pages).toEqual([]);
  });

  it('scripts and links are reported, never run or followed', async () => {
    const { pdfjs, options } = await loadNodePdfjs();
    const pages: number[] = [];
    const [r] = await readInputs(
      [{ name: 'active.pdf', data: tinyPdf({ pages: [PROSE], javascript: true, link: true }) }],
      { pdfjs, options: { ...options, onPage: (n) => pages.push(n) }, sha256 },
    );
    expect(r?.text.active).toEqual(['JavaScript actions (ignored)', 'links (not followed)']);
    expect(pages).toEqual([1]);
  });
});

describe.skipIf(!corpusPresent())('bad input from the corpus', () => {
  const pdf = (name: string) => ({ name, data: new Uint8Array(readFileSync(join(CORPUS, 'pdf', name))) });

  it('two departments given as one document', { timeout: 60_000 }, async () => {
    const { pdfjs, options } = await loadNodePdfjs();
    const read = await readInputs(
      [pdf('sh-putuo-wanli-2025-dept-budget.pdf'), pdf('sh-putuo-caizhengju-2025-dept-budget.pdf')],
      { pdfjs, options, sha256 },
    );
    expect(() => buildDocument(read)).toThrow(/not one document/);
    try {
      buildDocument(read);
    } catch (e) {
      expect((e as ImportError).reason).toBe('mixed');
      expect((e as ImportError).message).toMatch(/sh-putuo-wanli-2025-dept-budget\.pdf/);
    }
    // Chosen together, they are recognised as two documents and imported one by one.
    expect(groupDocuments(read)).toHaveLength(2);
  });
});
