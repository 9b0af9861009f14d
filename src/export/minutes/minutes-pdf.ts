/**
 * Draws the minutes (MinutesContent) onto A4 with jsPDF, on the device and offline: jsPDF is a
 * chunk of its own, fetched with the first "Bagikan PDF" (and precached by the service worker).
 * The layout mirrors the printed page: letterhead, facts, bordered tables without shading,
 * numbered sections and the two signature columns; a long session flows onto further pages.
 */
import type { jsPDF as JsPdf } from 'jspdf';
import type { MinutesContent, PdfSignature, PdfTable } from './minutes-content';
import { pdfSafe } from './pdf-text';

const LEFT = 20;
const RIGHT = 194;
const TOP = 14;
const BOTTOM = 285;
const WIDTH = RIGHT - LEFT;
const PT_TO_MM = 0.3528;
const LINE = 1.2;
const BODY_PT = 10;
const TABLE_PT = 8.5;
const CELL_PAD = 0.9;
const SIGN_SPACE_MM = 14;

class Layout {
  y = TOP;
  constructor(readonly doc: JsPdf) {}

  lineHeight(pt: number): number {
    return pt * PT_TO_MM * LINE;
  }

  /** Starts a new page when `height` mm no longer fit below the cursor. */
  ensure(height: number): void {
    if (this.y + height > BOTTOM) this.newPage();
  }

  newPage(): void {
    this.doc.addPage();
    this.y = TOP;
  }

  font(style: 'normal' | 'bold', pt: number): void {
    this.doc.setFont('helvetica', style);
    this.doc.setFontSize(pt);
  }

  wrap(text: string, width: number): string[] {
    return this.doc.splitTextToSize(pdfSafe(text), width) as string[];
  }

  /** Wrapped text at `x`, flowing onto a new page line by line. */
  paragraph(text: string, opts: { pt?: number; bold?: boolean; x?: number; width?: number } = {}): void {
    const pt = opts.pt ?? BODY_PT;
    const x = opts.x ?? LEFT;
    this.font(opts.bold ? 'bold' : 'normal', pt);
    const lh = this.lineHeight(pt);
    for (const line of this.wrap(text, opts.width ?? RIGHT - x)) {
      this.ensure(lh);
      this.doc.text(line, x, this.y, { baseline: 'top' });
      this.y += lh;
    }
  }

  centered(text: string, pt: number, bold: boolean): void {
    this.font(bold ? 'bold' : 'normal', pt);
    const lh = this.lineHeight(pt);
    for (const line of this.wrap(text, WIDTH)) {
      this.ensure(lh);
      this.doc.text(line, (LEFT + RIGHT) / 2, this.y, { baseline: 'top', align: 'center' });
      this.y += lh;
    }
  }
}

function letterhead(l: Layout, c: MinutesContent): void {
  const { doc } = l;
  const start = l.y;
  if (c.logo) {
    try {
      const props = doc.getImageProperties(c.logo);
      const h = 18;
      const w = Math.min(30, (props.width / Math.max(1, props.height)) * h);
      doc.addImage(c.logo, props.fileType, LEFT, start, w, h);
    } catch {
      // A logo the PDF library cannot read leaves the letterhead text-only rather than no PDF.
    }
  }
  c.letterhead.forEach((line, n) => {
    l.centered(line, n === 0 ? 12 : 10.5, n === 0);
  });
  if (c.logo) l.y = Math.max(l.y, start + 18);
  l.y += 1.5;
  doc.setLineWidth(0.6);
  doc.line(LEFT, l.y, RIGHT, l.y);
  l.y += 4;
  l.centered(c.title.toUpperCase(), 12.5, true);
  l.y += 2;
}

function facts(l: Layout, rows: [string, string][]): void {
  l.font('bold', BODY_PT);
  const labelW = Math.max(...rows.map(([label]) => l.doc.getTextWidth(pdfSafe(label)))) + 3;
  const colon = LEFT + labelW;
  const lh = l.lineHeight(BODY_PT);
  for (const [label, value] of rows) {
    l.font('normal', BODY_PT);
    const lines = l.wrap(value, RIGHT - colon - 3);
    l.ensure(lh * lines.length);
    l.font('bold', BODY_PT);
    l.doc.text(pdfSafe(label), LEFT, l.y, { baseline: 'top' });
    l.font('normal', BODY_PT);
    l.doc.text(':', colon, l.y, { baseline: 'top' });
    l.doc.text(lines, colon + 3, l.y, { baseline: 'top', lineHeightFactor: LINE });
    l.y += lh * lines.length + 0.3;
  }
  l.y += 1;
}

function heading(l: Layout, title: string): void {
  // A heading keeps at least two lines of what follows with it.
  l.ensure(l.lineHeight(10.5) + 2 + l.lineHeight(BODY_PT) * 2);
  l.y += 1.5;
  l.paragraph(title, { pt: 10.5, bold: true });
  l.y += 0.5;
}

function table(l: Layout, t: PdfTable): void {
  const { doc } = l;
  const total = t.widths.reduce((a, b) => a + b, 0);
  const widths = t.widths.map((w) => (w / total) * WIDTH);
  const lh = l.lineHeight(TABLE_PT);
  doc.setLineWidth(0.2);
  const row = (cells: string[], bold: boolean) => {
    l.font(bold ? 'bold' : 'normal', TABLE_PT);
    const wrapped = cells.map((cell, i) => l.wrap(cell, (widths[i] ?? 10) - CELL_PAD * 2));
    const height = Math.max(...wrapped.map((w) => w.length)) * lh + CELL_PAD * 2;
    return { wrapped, height };
  };
  const draw = ({ wrapped, height }: { wrapped: string[][]; height: number }, bold: boolean) => {
    l.font(bold ? 'bold' : 'normal', TABLE_PT);
    let x = LEFT;
    wrapped.forEach((lines, i) => {
      const w = widths[i] ?? 10;
      doc.rect(x, l.y, w, height);
      doc.text(lines, x + CELL_PAD, l.y + CELL_PAD, { baseline: 'top', lineHeightFactor: LINE });
      x += w;
    });
    l.y += height;
  };
  const head = row(t.head, true);
  const body = t.rows.map((cells) => row(cells, false));
  l.ensure(head.height + (body[0]?.height ?? 0));
  draw(head, true);
  for (const r of body) {
    if (l.y + r.height > BOTTOM) {
      // The row goes to the next page, under the table's head again.
      l.newPage();
      draw(head, true);
    }
    draw(r, false);
  }
  l.y += 1.2;
}

function signatureHeight(l: Layout, s: PdfSignature): number {
  return s.lines.length * l.lineHeight(BODY_PT) + SIGN_SPACE_MM + l.lineHeight(BODY_PT) * (s.withNip ? 2 : 1);
}

function signature(
  l: Layout,
  s: PdfSignature,
  x: number,
  y: number,
  width: number,
  blank: string,
  nip: string,
) {
  const { doc } = l;
  const lh = l.lineHeight(BODY_PT);
  const mid = x + width / 2;
  l.font('normal', BODY_PT);
  s.lines.forEach((line, n) => {
    if (line) doc.text(pdfSafe(line), mid, y + n * lh, { baseline: 'top', align: 'center', maxWidth: width });
  });
  const nameY = y + s.lines.length * lh + SIGN_SPACE_MM;
  doc.setLineWidth(0.3);
  doc.line(x + 4, nameY, x + width - 4, nameY);
  l.font(s.name ? 'bold' : 'normal', BODY_PT);
  doc.text(pdfSafe(s.name || blank), mid, nameY + 0.6, { baseline: 'top', align: 'center', maxWidth: width });
  if (s.withNip) {
    l.font('normal', BODY_PT);
    doc.text(`${pdfSafe(nip)} :`, x + 4, nameY + 0.6 + lh, { baseline: 'top' });
  }
}

function signatures(l: Layout, c: MinutesContent): void {
  const { left, date, right } = c.signatures;
  const lh = l.lineHeight(BODY_PT);
  const gap = 4;
  const leftW = WIDTH * 0.4;
  const rightX = LEFT + WIDTH * 0.46;
  const rightW = RIGHT - rightX;
  // Facilitators side by side under the date, two to a row.
  const perRow = Math.min(2, right.length);
  const blockW = (rightW - gap * (perRow - 1)) / perRow;
  const rows = Math.ceil(right.length / perRow);
  const blockH = Math.max(...right.map((s) => signatureHeight(l, s)));
  const rightHeight = lh + rows * blockH + (rows - 1) * gap;
  const height = Math.max(signatureHeight(l, left), rightHeight);
  l.y += 4;
  l.ensure(height);
  const top = l.y;
  signature(l, left, LEFT, top, leftW, c.blankName, c.nipLabel);
  l.font('normal', BODY_PT);
  if (date) l.doc.text(pdfSafe(date), rightX + rightW / 2, top, { baseline: 'top', align: 'center' });
  right.forEach((s, n) => {
    const x = rightX + (n % perRow) * (blockW + gap);
    const y = top + lh + Math.floor(n / perRow) * (blockH + gap);
    signature(l, s, x, y, blockW, c.blankName, c.nipLabel);
  });
  l.y = top + height;
}

/** Draws the whole document on `doc` (a fresh A4 portrait jsPDF in millimetres). */
export function drawMinutes(doc: JsPdf, c: MinutesContent): void {
  const l = new Layout(doc);
  doc.setProperties({ title: pdfSafe(c.shareTitle), creator: 'Klinik Inovasi' });
  doc.setTextColor(17, 17, 17);
  doc.setDrawColor(40, 40, 40);
  letterhead(l, c);
  facts(l, c.facts);
  heading(l, c.attendeesTitle);
  table(l, c.attendees);
  l.paragraph(c.attendeesNote, { pt: 8.5 });
  for (const s of c.sections) {
    heading(l, s.title);
    l.paragraph(s.text);
  }
  heading(l, c.followUpsTitle);
  if (c.followUps) table(l, c.followUps);
  else l.paragraph(c.followUpsEmpty);
  heading(l, c.nextVisitTitle);
  l.paragraph(c.nextVisit);
  signatures(l, c);
  l.y += 4;
  l.ensure(l.lineHeight(8));
  doc.setTextColor(85, 85, 85);
  l.paragraph(c.printedAt, { pt: 8 });
}

/**
 * The minutes as PDF bytes. The caller passes jsPDF (imported dynamically, so it can tell a
 * module that failed to load from a document that failed to draw). `compress: false` keeps the
 * text readable in the file (tests); the app compresses, keeping a WhatsApp attachment small.
 */
export function buildMinutesPdf(
  JsPdfClass: typeof JsPdf,
  c: MinutesContent,
  { compress = true } = {},
): Uint8Array<ArrayBuffer> {
  const doc = new JsPdfClass({ unit: 'mm', format: 'a4', orientation: 'portrait', compress });
  drawMinutes(doc, c);
  return new Uint8Array(doc.output('arraybuffer'));
}
