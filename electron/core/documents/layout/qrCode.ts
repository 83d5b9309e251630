import QRCode from 'qrcode';
import type { PrintedDocument } from './printedDocument';

/**
 * A QR code drawn as vector squares (crisp at any print resolution, a few hundred bytes):
 * error correction M (about 15 % of the symbol may be smudged or stamped over). `size` is the
 * whole square including the quiet zone of `quiet` modules a scanner needs around the symbol.
 */
export function drawQrCode(doc: PrintedDocument, text: string, x: number, y: number, size: number, quiet = 2): void {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const cell = size / (n + 2 * quiet);
  const pdf = doc.pdf.save().fillColor('#000000');
  for (let row = 0; row < n; row++) {
    // One rectangle per run of dark modules: fewer drawing operations, no hairline gaps.
    for (let col = 0; col < n; ) {
      if (!modules.get(row, col)) {
        col++;
        continue;
      }
      let end = col;
      while (end < n && modules.get(row, end)) end++;
      pdf.rect(x + (quiet + col) * cell, y + (quiet + row) * cell, (end - col) * cell, cell);
      col = end;
    }
  }
  pdf.fill().restore();
}
