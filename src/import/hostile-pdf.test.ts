import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadNodePdfjs } from '../../scripts/import/node-pdfjs';
import { buildDocument, ImportError, readInputs } from './import-document';
import { MAX_ITEM_CHARS } from './text-hygiene';
import { HOSTILE_PDFS } from './testing/unicode-pdf';

// The hostile corpus of imported PDFs (written here, never committed): each a clear message, nothing of it executed.
const sha256 = async (d: Uint8Array) => createHash('sha256').update(d).digest('hex');

async function importHostile(name: keyof typeof HOSTILE_PDFS) {
  const { pdfjs, options } = await loadNodePdfjs();
  try {
    return {
      doc: buildDocument(
        await readInputs([{ name, data: HOSTILE_PDFS[name]() }], { pdfjs, options, sha256 }),
      ),
    };
  } catch (e) {
    if (e instanceof ImportError) return { error: e };
    throw e;
  }
}

const names = (doc: ReturnType<typeof buildDocument>) => doc.tables.flatMap((t) => t.rows.map((r) => r.name));

describe('hostile PDFs', () => {
  it('markup in the text is kept as text (the views render it as text)', async () => {
    const { doc } = await importHostile('html.pdf');
    // Spaces inside a name are extraction artefacts in Chinese documents: the importer joins the words.
    expect(names(doc!)).toContain('<imgsrc=xonerror=alert(1)>');
    expect(doc!.problems).toEqual([]);
  }, 30_000);

  it('control characters are taken out, with a warning naming page and position', async () => {
    const { doc } = await importHostile('controls.pdf');
    expect(names(doc!)).toContain('人大事务');
    // JSON writes a control character as \u00XX.
    expect(JSON.stringify(doc!.dataset)).not.toMatch(/\\u00[01][0-9a-f]|\u202e/);
    const warning = doc!.problems.find((p) => p.id.startsWith('text:control:'));
    expect(warning).toMatchObject({ severity: 'warns', page: 1, file: 'controls.pdf' });
    expect(warning!.what).toMatch(/U\+0007 U\+0008.*\(130, 195\)/);
  }, 30_000);

  it('a 1 MB line is cut, with a warning', async () => {
    const { doc } = await importHostile('long-line.pdf');
    const warning = doc!.problems.find((p) => p.id.startsWith('text:long:'));
    expect(warning).toMatchObject({ severity: 'warns', page: 1 });
    expect(warning!.what).toContain('1000000');
    expect(JSON.stringify(doc!.dataset)).not.toContain('A'.repeat(MAX_ITEM_CHARS + 1));
  }, 60_000);

  it.each(['30-digits.pdf', 'exponent.pdf'] as const)(
    'an amount no budget prints (%s) stops the import, saying where',
    async (name) => {
      const { error } = await importHostile(name);
      expect(error?.reason).toBe('absurd-amount');
      expect(error?.message).toMatch(
        new RegExp(`^${name.replace('.', '\\.')}: page 1, at \\(\\d+, 175\\) pt: "`),
      );
    },
    30_000,
  );
});
