/**
 * Small PDFs written byte by byte for the importer's bad-input tests (unit and end-to-end): a PDF that is not a
 * budget, one of 1,000 pages, one with scripts and links, an encrypted one, one without text. Latin text in
 * Helvetica only (no font embedded); the structure is the minimum pdf.js reads without repairing it.
 */
export interface TinyPdfOptions {
  /** Text lines of each page (one page per entry). */
  pages: string[][];
  /** A document-level JavaScript action (never to be run). */
  javascript?: boolean;
  /** A link annotation to a web address on the first page (never to be followed). */
  link?: boolean;
  /** An /Encrypt dictionary whose user password is not empty: pdf.js asks for a password. */
  encrypted?: boolean;
  /** Pages that draw lines and no text (as a scan carries images and no text). */
  drawingsOnly?: boolean;
}

const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);

export function tinyPdf(o: TinyPdfOptions): Uint8Array {
  const objects: string[] = [];
  // An object's number is its 1-based place in the list.
  const add = (body: string) => objects.push(body);
  const catalog = add('');
  const pages = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const js = o.javascript ? add('<< /S /JavaScript /JS (app.alert\\("from the PDF"\\)) >>') : 0;
  const kids: number[] = [];
  // Identical pages share one content stream (a 1,000-page file stays small).
  const streams = new Map<string, number>();
  o.pages.forEach((lines, i) => {
    const ops = o.drawingsOnly
      ? '0.5 w 72 700 m 520 700 l S 72 600 m 520 600 l S'
      : lines.map((l, j) => `BT /F1 11 Tf 72 ${780 - j * 16} Td (${escape(l)}) Tj ET`).join('\n');
    let content = streams.get(ops);
    if (content === undefined) {
      content = add(`<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`);
      streams.set(ops, content);
    }
    const annots =
      o.link && i === 0
        ? ' /Annots [<< /Type /Annot /Subtype /Link /Rect [72 700 300 720] /A << /S /URI /URI (https://example.com/) >> >>]'
        : '';
    kids.push(
      add(
        `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R${annots} >>`,
      ),
    );
  });
  objects[catalog - 1] =
    `<< /Type /Catalog /Pages ${pages} 0 R` +
    (js ? ` /Names << /JavaScript << /Names [(hello) ${js} 0 R] >> >> /OpenAction ${js} 0 R` : '') +
    ' >>';
  objects[pages - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  const encrypt = o.encrypted
    ? add(`<< /Filter /Standard /V 1 /R 2 /O <${'ab'.repeat(32)}> /U <${'cd'.repeat(32)}> /P -4 >>`)
    : 0;

  return serializePdf(
    objects,
    catalog,
    encrypt ? ` /Encrypt ${encrypt} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]` : '',
  );
}

/**
 * Numbered objects (object n is objects[n - 1]) as a PDF file with its cross-reference table. Every body must be
 * one byte per character (ASCII or Latin-1), so that string offsets are byte offsets.
 */
export function serializePdf(objects: readonly string[], catalog: number, trailer = ''): Uint8Array {
  let out = '%PDF-1.7\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${trailer} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}

/** A page of plain prose: text enough for a real document, and no budget table. */
export const PROSE = [
  'Annual report of the municipal library',
  'The library lent 120,000 books this year and opened two reading rooms.',
  'Visitors may read newspapers and magazines in the hall on the first floor.',
  'Opening hours are from nine in the morning to nine in the evening.',
];
