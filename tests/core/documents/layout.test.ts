import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { drawFieldList } from '../../../electron/core/documents/layout/fieldList';
import { drawLetterhead, type Letterhead } from '../../../electron/core/documents/layout/letterhead';
import { mm } from '../../../electron/core/documents/layout/paper';
import { PrintedDocument } from '../../../electron/core/documents/layout/printedDocument';
import type { Orientation } from '../../../electron/core/documents/layout/paper';
import { drawSignatureRow } from '../../../electron/core/documents/layout/signatures';
import { drawTable } from '../../../electron/core/documents/layout/table';
import { breakWord, wrapText } from '../../../electron/core/documents/layout/textLines';
import type { PaperSize } from '../../../shared/dto';
import { flat, readPdf, type PdfPage } from '../../helpers/pdfText';

const RESOURCES = resolve(import.meta.dirname, '../../../resources');
const LOGO = readFileSync(resolve(RESOURCES, 'logo-default.png'));
const KOP: Letterhead = {
  institution: 'OMBUDSMAN REPUBLIK INDONESIA',
  officeLine: 'PERWAKILAN PROVINSI KEPULAUAN BANGKA BELITUNG',
  address: 'Jl. Jenderal Sudirman No. 12, Pangkalpinang',
  contacts: 'Telepon (0717) 425 0123 · Email babel@ombudsman.go.id · Laman ombudsman.go.id',
  logo: LOGO,
  fallbackLogo: LOGO,
};

const newDoc = (paper: PaperSize = 'A4', orientation: Orientation = 'portrait') =>
  new PrintedDocument({ paper, orientation, resourcesDir: RESOURCES, title: 'Uji', author: 'Simpul', createdAt: new Date('2025-11-22T03:00:00Z') });

async function render(paper: PaperSize, orientation: Orientation, draw: (doc: PrintedDocument) => void): Promise<PdfPage[]> {
  const doc = newDoc(paper, orientation);
  draw(doc);
  const { bytes, pages } = await doc.finish();
  const read = await readPdf(bytes);
  expect(read).toHaveLength(pages);
  return read;
}

/** Every text item lies inside the page's margins (a little slack for glyph overhang). */
function expectInsideMargins(pages: PdfPage[], margins: { left: number; right: number; top: number }): void {
  for (const page of pages) {
    for (const item of page.items) {
      expect(item.x, item.str).toBeGreaterThanOrEqual(margins.left - 0.5);
      expect(item.x + item.width, item.str).toBeLessThanOrEqual(page.width - margins.right + 0.5);
      expect(item.top, item.str).toBeGreaterThanOrEqual(margins.top - 2);
      expect(item.top + item.height, item.str).toBeLessThanOrEqual(page.height);
    }
  }
}

describe('line breaking', () => {
  const measure = (s: string) => s.length; // one unit per character

  it('fills lines greedily and keeps explicit line breaks', () => {
    expect(wrapText('satu dua tiga empat', 9, measure)).toEqual(['satu dua', 'tiga', 'empat']);
    expect(wrapText('satu\n\ndua', 20, measure)).toEqual(['satu', '', 'dua']);
    expect(wrapText('', 20, measure)).toEqual(['']);
  });

  it('breaks a word longer than the line, preferring before "@" and after "/"', () => {
    expect(breakWord('kurniawan.kusuma@contoh.go.id', 20, measure)).toEqual(['kurniawan.kusuma', '@contoh.go.id']);
    expect(breakWord('800/245/SK/BKPSDM/2025', 12, measure)).toEqual(['800/245/SK/', 'BKPSDM/2025']);
    expect(breakWord('x'.repeat(25), 10, measure)).toEqual(['x'.repeat(10), 'x'.repeat(10), 'x'.repeat(5)]);
  });

  it('narrows only the first line for an indent', () => {
    expect(wrapText('aaa bbb ccc', 7, measure, 4)).toEqual(['aaa', 'bbb ccc']);
  });
});

describe('page sizes', () => {
  it.each([
    ['A4', 'portrait', 595.28, 841.89],
    ['F4', 'portrait', 609.45, 935.43],
    ['A4', 'landscape', 841.89, 595.28],
    ['F4', 'landscape', 935.43, 609.45],
  ] as const)('%s %s is %f x %f pt', async (paper, orientation, width, height) => {
    const [page] = await render(paper, orientation, (doc) => doc.paragraph('Uji'));
    expect(page.width).toBeCloseTo(width, 1);
    expect(page.height).toBeCloseTo(height, 1);
  });
});

describe('letterhead', () => {
  it('prints the institution and office in capitals with address and contacts, on page one only', async () => {
    const pages = await render('A4', 'portrait', (doc) => {
      drawLetterhead(doc, KOP);
      doc.paragraph('Isi halaman pertama.');
      doc.newPage();
      doc.paragraph('Isi halaman kedua.');
    });
    const first = flat(pages[0].text);
    expect(first).toContain('OMBUDSMAN REPUBLIK INDONESIA');
    expect(first).toContain('PERWAKILAN PROVINSI KEPULAUAN BANGKA BELITUNG');
    expect(first).toContain('Jl. Jenderal Sudirman No. 12, Pangkalpinang');
    expect(first).toContain('Email babel@ombudsman.go.id');
    expect(flat(pages[1].text)).not.toContain('OMBUDSMAN');
  });

  it('falls back to the default logo when the uploaded one is damaged', async () => {
    const pages = await render('A4', 'portrait', (doc) => drawLetterhead(doc, { ...KOP, logo: Buffer.from('not an image') }));
    expect(flat(pages[0].text)).toContain('OMBUDSMAN REPUBLIK INDONESIA');
  });
});

describe('page numbers', () => {
  it('are absent on a one-page document', async () => {
    const pages = await render('A4', 'portrait', (doc) => doc.paragraph('Satu halaman saja.'));
    expect(pages[0].text).not.toContain('Halaman');
  });

  it('read "Halaman X dari Y" on every page of a longer one', async () => {
    const pages = await render('A4', 'portrait', (doc) => {
      for (let i = 0; i < 3; i++) {
        doc.paragraph(`Bagian ${i + 1}`);
        doc.newPage();
      }
    });
    expect(pages).toHaveLength(4);
    pages.forEach((page, i) => expect(flat(page.text)).toContain(`Halaman ${i + 1} dari 4`));
  });
});

describe('table', () => {
  const columns = [
    { header: 'No', weight: 5, align: 'center' as const },
    { header: 'Nama Instansi', weight: 45 },
    { header: 'Keterangan', weight: 50 },
  ];

  it('repeats its header row on every page and never runs past the margins', async () => {
    const rows = Array.from({ length: 90 }, (_, i) => ({ cells: [String(i + 1), `Instansi ke-${i + 1}`, i % 9 === 0 ? 'Keterangan panjang '.repeat(12) : 'Aktif'] }));
    const doc = newDoc();
    const pages = await render('A4', 'portrait', (d) => drawTable(d, columns, [{ group: 'Pemerintah Daerah' }, ...rows]));
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page.items.filter((i) => i.str === 'Nama Instansi')).toHaveLength(1);
    expect(flat(pages.map((p) => p.text).join(' '))).toContain('Instansi ke-90');
    expectInsideMargins(pages, doc.geometry.margins);
  });

  it('splits a row only when it is taller than a page, between lines', async () => {
    const huge = Array.from({ length: 150 }, (_, i) => `baris-${i + 1}`).join('\n');
    const pages = await render('A4', 'portrait', (d) => drawTable(d, columns, [{ cells: ['1', 'Instansi', huge] }]));
    expect(pages.length).toBeGreaterThan(1);
    const all = pages.flatMap((p) => p.items.map((i) => i.str));
    expect(all.filter((s) => /^baris-\d+$/.test(s))).toHaveLength(150);
    const margins = newDoc().geometry.margins;
    // Only the page number lives in the bottom margin.
    const body = pages.flatMap((p) => p.items.filter((i) => !i.str.startsWith('Halaman')).map((i) => ({ ...i, pageHeight: p.height })));
    for (const item of body) expect(item.top + item.height).toBeLessThanOrEqual(item.pageHeight - margins.bottom + 1);
  });
});

describe('signature blocks and field lists', () => {
  it('keeps a signature row whole on the next page instead of splitting it', async () => {
    const pages = await render('A4', 'portrait', (doc) => {
      doc.y = doc.bottom - 40;
      drawSignatureRow(doc, [
        { caption: 'Yang Menyerahkan,', position: 'Kepala Bidang', name: 'Siti Rahmawati', nip: '197805122005012003' },
        { dateLine: 'Pangkalpinang, 22 November 2025', caption: 'Yang Menerima,', position: 'Sekretaris', name: 'Budi Utami' },
      ]);
    });
    expect(pages).toHaveLength(2);
    const second = flat(pages[1].text);
    for (const part of ['Yang Menyerahkan,', 'Kepala Bidang', 'Siti Rahmawati', 'NIP. 19780512 200501 2 003', 'Pangkalpinang, 22 November 2025', 'Budi Utami']) {
      expect(second).toContain(part);
    }
    // Names share a line whatever wraps above them; NIP is printed only for who has one.
    const names = pages[1].items.filter((i) => i.str === 'Siti Rahmawati' || i.str === 'Budi Utami');
    expect(names).toHaveLength(2);
    expect(names[0].top).toBeCloseTo(names[1].top, 1);
    expect(second.match(/NIP\./g)).toHaveLength(1);
  });

  it('keeps the only date line of three narrow blocks on one line, inside the margins', async () => {
    const doc = newDoc();
    const pages = await render('A4', 'portrait', (d) =>
      drawSignatureRow(d, [
        { caption: 'Pihak Instansi,', position: 'Kepala Dinas Kependudukan dan Pencatatan Sipil', name: 'Drs. Muhammad Yusuf, M.Si.' },
        { caption: 'Saksi,', position: 'Inspektur', name: 'Siti Aminah' },
        { dateLine: 'Pangkalpinang, 22 November 2025', caption: 'Ombudsman RI,', position: 'Kepala Perwakilan', name: 'Hendra Saputra' },
      ]),
    );
    expect(pages[0].items.map((i) => i.str)).toContain('Pangkalpinang, 22 November 2025');
    expectInsideMargins(pages, doc.geometry.margins);
  });

  it('refuses more than three blocks in a row', () => {
    const doc = newDoc();
    const block = { position: 'Kepala', name: 'A' };
    expect(() => drawSignatureRow(doc, [block, block, block, block])).toThrow(RangeError);
  });

  it('wraps long values under themselves within the margins', async () => {
    const doc = newDoc();
    const pages = await render('F4', 'portrait', (d) =>
      drawFieldList(d, [['Jabatan', 'Kepala Bidang '.repeat(30)], ['Nomor SK', `SK/${'X'.repeat(200)}`]], { x: d.left + mm(10) }),
    );
    expectInsideMargins(pages, doc.geometry.margins);
  });
});
