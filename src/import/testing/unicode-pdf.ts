import { serializePdf } from './tiny-pdf';
/**
 * Small PDFs with any BMP text (Chinese, control characters, markup) at given positions, written byte by byte for the
 * importer's hostile-input tests. The font is a Type0 font with Identity-H encoding and no font file: each character
 * is shown as its UTF-16 code, and a ToUnicode CMap maps every code to itself, so pdf.js extracts exactly the text
 * written here. Glyphs are 1 em wide (the font's default width): an item's width is its length × its size.
 */
export interface PlacedText {
  /** Left edge and baseline in points from the page's top-left. */
  x: number;
  y: number;
  text: string;
  /** Font size in points (default 10). */
  size?: number;
}

const TO_UNICODE = [
  '/CIDInit /ProcSet findresource begin 12 dict begin begincmap',
  '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
  '/CMapName /Identity-UCS def /CMapType 2 def',
  '1 begincodespacerange <0000> <FFFF> endcodespacerange',
  '1 beginbfrange <0000> <FFFF> <0000> endbfrange',
  'endcmap CMapName currentdict /CMap defineresource pop end end',
].join('\n');

const hex = (s: string) =>
  [...s].map((c) => (c.codePointAt(0) ?? 0x3f).toString(16).padStart(4, '0').slice(-4)).join('');

/** One page per entry; a page of the same items as another shares its content stream (a 1,000-page file stays small). */
function unicodePdf(pages: ReadonlyArray<readonly PlacedText[]>): Uint8Array {
  const objects: string[] = [];
  const add = (body: string) => objects.push(body);
  const catalog = add('');
  const pagesObj = add('');
  const toUnicode = add(`<< /Length ${TO_UNICODE.length} >>\nstream\n${TO_UNICODE}\nendstream`);
  const descriptor = add(
    '<< /Type /FontDescriptor /FontName /Plain /Flags 4 /FontBBox [0 -120 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  );
  const cidFont = add(
    `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Plain /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor} 0 R /DW 1000 /CIDToGIDMap /Identity >>`,
  );
  const font = add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /Plain /Encoding /Identity-H /DescendantFonts [${cidFont} 0 R] /ToUnicode ${toUnicode} 0 R >>`,
  );
  const kids: number[] = [];
  const streams = new Map<string, number>();
  for (const items of pages) {
    const ops = items
      .map((t) => `BT /F1 ${t.size ?? 10} Tf ${t.x} ${842 - t.y} Td <${hex(t.text)}> Tj ET`)
      .join('\n');
    let content = streams.get(ops);
    if (content === undefined) {
      content = add(`<< /Length ${ops.length} >>\nstream\n${ops}\nendstream`);
      streams.set(ops, content);
    }
    kids.push(
      add(
        `<< /Type /Page /Parent ${pagesObj} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesObj} 0 R >>`;
  objects[pagesObj - 1] =
    `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  // Everything above is ASCII (text is hex-encoded).
  return serializePdf(objects, catalog);
}

/** A table row: cells at the given left edges (amounts right-aligned to `right` edges when given as such). */
function row(y: number, cells: ReadonlyArray<readonly [number, string]>, size = 10): PlacedText[] {
  return cells.map(([x, text]) => ({ x, y, text, size }));
}

/** Right edge → left edge of an amount in the 10-point font above (digits half an em wide, as pdf.js measures them). */
const amount = (right: number, s: string): [number, string] => [right - s.length * 5, s];

/**
 * A one-table 部门预算 the importer reads (支出预算总表 of 潍坊市测试局, 2025, 万元: 201 → 20101, and the total),
 * with the hostile parts put where untrusted text goes (`department` names another body, so that files given together
 * stay separate documents): `name` is the 款's name, `total` its 合计 (and every 合计),
 * `extra` more text on the page.
 */
function budgetPdf(o: { department?: string; name?: string; total?: string; extra?: PlacedText[] } = {}) {
  const total = o.total ?? '100.00';
  const department = o.department ?? '潍坊市测试局';
  const page: PlacedText[] = [
    { x: 150, y: 60, text: `${department}2025年部门预算`, size: 16 },
    { x: 200, y: 100, text: '部门支出预算总表', size: 14 },
    ...row(120, [
      [60, `部门:${department}`],
      [450, '单位:万元'],
    ]),
    ...row(150, [
      [60, '科目编码'],
      [130, '科目名称'],
      [330, '合计'],
      [410, '基本支出'],
      [490, '项目支出'],
    ]),
    ...row(175, [
      [60, '201'],
      [130, '一般公共服务支出'],
      amount(360, total),
      amount(450, '40.00'),
      amount(540, '60.00'),
    ]),
    ...row(195, [
      [60, '20101'],
      [130, o.name ?? '人大事务'],
      amount(360, total),
      amount(450, '40.00'),
      amount(540, '60.00'),
    ]),
    ...row(235, [[60, '合计'], amount(360, total), amount(450, '40.00'), amount(540, '60.00')]),
    ...(o.extra ?? []),
  ];
  return unicodePdf([page]);
}

/** The hostile corpus of imported PDFs: each file's name says what it carries; each is a department of its own. */
export const HOSTILE_PDFS = {
  'html.pdf': () => budgetPdf({ department: '潍坊市标记局', name: '<img src=x onerror=alert(1)>' }),
  // pdf.js itself drops most format characters (U+202E among them); C0 controls reach the text.
  'controls.pdf': () => budgetPdf({ department: '潍坊市控制局', name: '人大\u202E事务\u0007\u0008' }),
  // A 1 MB line under the table; at this size it fits on the page (pdf.js drops text outside the page).
  'long-line.pdf': () =>
    budgetPdf({
      department: '潍坊市长行局',
      extra: [{ x: 60, y: 300, text: 'A'.repeat(1_000_000), size: 0.0005 }],
    }),
  '30-digits.pdf': () => budgetPdf({ total: '123456789012345678901234567890.00' }),
  'exponent.pdf': () => budgetPdf({ total: '1e30' }),
} as const;
