/**
 * The one Excel (xlsx) writer of the app: reports and list exports both describe a sheet with
 * `SheetSpec` and get back the bytes of a workbook finance can compute with:
 *
 *   row 1  title: report name · period · generation time (merged across the columns)
 *   row 2  header (frozen with row 1: a frozen pane in the sheet view)
 *   row 3… data: numbers are numeric cells (t = 'n') with a number format (money `"¥"#,##0.00`,
 *          quantities, percentages), dates are date serials with a date format, text is text
 *   last   totals row (optional): SUM formulas with their computed value, or a computed ratio
 *
 * Two steps: `sheetModel` turns the spec into the sheet's content (cell values column by column, number
 * formats, widths, totals), `modelBytes` writes it. SheetJS writes the package around the rows (workbook,
 * styles holding every number format the sheet uses, theme, properties, shared-string part, the sheet's
 * `<cols>`, merged title and ignored errors) from a two-row stand-in sheet; the rows themselves — the bulk of
 * the file — are written here straight into bytes (`<c r="E5" s="3"><v>12.5</v></c>`, text as shared strings)
 * with the style id SheetJS gave each format, the frozen pane goes into the sheet view, and the package is
 * zipped (deflate) once with SheetJS's zip writer. 100 000 rows × 11 columns take 1–2 s where SheetJS's own
 * cell-by-cell writer takes 10–30 s (reference.ts; `BENCH_EXPORT_ONLY=1 BENCH_EXPORT_COMPARE=1 npm run bench:reports`).
 * Pure and DOM-free: it runs in the browser, in Node tests and in the bench.
 */
import * as XLSX from 'xlsx';

import type { ColumnType, ExcelColumn, SheetSpec } from './values.ts';
import { toNumberOrNull } from './values.ts';

export type { ColumnType, ExcelColumn, SheetSpec } from './values.ts';
export { toNumberOrNull } from './values.ts';

export const FORMATS: Record<Exclude<ColumnType, 'text' | 'quantity'>, string> & { quantity: string; quantityInt: string } = {
  integer: '#,##0',
  number: '#,##0.00',
  money: '"¥"#,##0.00',
  cost: '"¥"#,##0.0000',
  percent: '0.00%',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm:ss',
  quantity: '#,##0.000',
  quantityInt: '#,##0',
};

/** Rows above the data: title and header. */
export const HEADER_ROWS = 2;

/** Height of the title row in points. */
const TITLE_ROW_HEIGHT = 24;

const DAY_MS = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** 'YYYY-MM-DD' (or an ISO timestamp: its date in Asia/Shanghai, UTC+8 without DST) → Excel date serial. */
export function dateSerial(value: unknown, withTime = false): number | null {
  if (value instanceof Date) return (value.getTime() + 8 * 3600_000 - EXCEL_EPOCH) / DAY_MS;
  if (typeof value !== 'string' || value === '') return null;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) return (Date.UTC(+day[1], +day[2] - 1, +day[3]) - EXCEL_EPOCH) / DAY_MS;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return null;
  // Business time is China Standard Time (UTC+8, no DST): what a user in the shop reads on the screen.
  const local = (ms + 8 * 3600_000 - EXCEL_EPOCH) / DAY_MS;
  return withTime ? Math.round(local * DAY_MS / 1000) / (DAY_MS / 1000) : Math.floor(local);
}

/** 2026-11-27 19:30 in Asia/Shanghai. */
export function formatStamp(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}

/** Reads a column's value from a row: `value(row)`, or the property (path such as `products.sku`) `key`. */
function reader<R>(column: ExcelColumn<R>): (row: R) => unknown {
  if (column.value) return (row) => column.value!(row);
  const path = column.key.split('.');
  if (path.length === 1) {
    const key = path[0];
    return (row) => (row == null ? undefined : (row as Record<string, unknown>)[key]);
  }
  return (row) => {
    let value: unknown = row;
    for (const part of path) value = value == null ? undefined : (value as Record<string, unknown>)[part];
    return value;
  };
}

/** Display width of text: CJK characters take two columns (a surrogate pair counts as one character). */
function textWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch >= 0xd800 && ch <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      width += 1;
    } else if (
      (ch >= 0x1100 && ch <= 0x115f) || (ch >= 0x2e80 && ch <= 0xa4cf) || (ch >= 0xac00 && ch <= 0xd7a3) ||
      (ch >= 0xf900 && ch <= 0xfaff) || (ch >= 0xfe30 && ch <= 0xfe4f) || (ch >= 0xff00 && ch <= 0xff60) || (ch >= 0xffe0 && ch <= 0xffe6)
    ) width += 2;
    else width += 1;
  }
  return width;
}

const isNumeric = (type: ColumnType) => type !== 'text' && type !== 'date' && type !== 'datetime';

/** Column letter(s) of a 0-based index. */
export const colLetter = (c: number) => XLSX.utils.encode_col(c);

/** Rounds a total the way its column is shown, so 0.1 + 0.2 sums to 0.3. */
function roundFor(type: ColumnType, value: number): number {
  const decimals = type === 'money' || type === 'number' ? 2 : type === 'cost' ? 4 : type === 'percent' ? 6 : 3;
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/** Excel sheet names: ≤ 31 characters, none of []:*?/\ */
export function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';
}

/** A cell value of the model: a number (numeric cell in its column's format), text, or empty. */
export type CellValue = number | string | undefined;

/** The content of a sheet, independent of how it is written. */
export type SheetModel = {
  /** Workbook title (document property) and sheet name. */
  title: string;
  sheetName: string;
  generatedAt: Date;
  /** Text of the title row (row 1, merged across the columns). */
  titleText: string;
  /** Header row (row 2). */
  headers: string[];
  /** Columns of the sheet's range: at least 1. */
  ncol: number;
  /** Data rows (rows 3…). */
  rowCount: number;
  /** values[column][row]: a number is a numeric cell with the column's format, a string a text cell. */
  values: CellValue[][];
  /** Number format of each column's numeric cells; null for text columns. */
  formats: (string | null)[];
  /** Width of each column in characters. */
  widths: number[];
  /** Totals row (absent: none): the label in the first column, per column a value and maybe a SUM formula. */
  totals: { label: string; cells: ({ v: number; f?: string } | undefined)[] } | null;
};

/** Reads every cell of the spec: values, formats, widths, sums. */
export function sheetModel<R>(spec: SheetSpec<R>): SheetModel {
  const { columns, rows } = spec;
  const n = rows.length;
  const generatedAt = spec.generatedAt ?? new Date();
  const labels = { period: '期间', generatedAt: '生成时间', ...spec.labels };
  const titleParts = [spec.title];
  if (spec.subtitle) titleParts.push(spec.subtitle);
  if (spec.period) titleParts.push(`${labels.period} ${spec.period.from} ~ ${spec.period.to}`);
  titleParts.push(`${labels.generatedAt} ${formatStamp(generatedAt)}`);

  const types = columns.map((c) => c.type ?? 'text');
  const values: CellValue[][] = [];
  const formats: (string | null)[] = [];
  const widths: number[] = [];
  const columnSums: number[] = [];
  const sums: Record<string, number> = {};
  for (const c of columns) sums[c.key] = 0;

  for (let c = 0; c < columns.length; c++) {
    const type = types[c];
    const read = reader(columns[c]);
    const out: CellValue[] = new Array(n);
    let width = textWidth(columns[c].title);
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    let fractional = false;
    for (let r = 0; r < n; r++) {
      const raw = read(rows[r]);
      if (raw === null || raw === undefined || raw === '') continue;
      if (type === 'text') {
        const v = String(raw);
        out[r] = v;
        if (v.length * 2 > width) {
          const w = textWidth(v);
          if (w > width) width = w;
        }
      } else if (type === 'date' || type === 'datetime') {
        const serial = dateSerial(raw, type === 'datetime');
        out[r] = serial === null ? String(raw) : serial;
      } else {
        const v = toNumberOrNull(raw);
        if (v === null) {
          out[r] = String(raw);
          continue;
        }
        out[r] = v;
        sum += v;
        if (v < min) min = v;
        if (v > max) max = v;
        if (!fractional && !Number.isInteger(v)) fractional = true;
      }
    }
    if (isNumeric(type) && min <= max) {
      // The widest figure is the largest or the most negative one (toFixed is monotonic in magnitude).
      const digits = type === 'integer' ? 0 : 2;
      const w = Math.max(min.toFixed(digits).length, max.toFixed(digits).length) + (type === 'money' || type === 'cost' ? 4 : 2);
      if (w > width) width = w;
    }
    values.push(out);
    // Quantities with decimals anywhere in the column get 3 decimals everywhere in it.
    formats.push(type === 'text' ? null : type === 'quantity' ? (fractional ? FORMATS.quantity : FORMATS.quantityInt) : FORMATS[type]);
    widths.push(columns[c].width ?? Math.min(60, Math.max(8, width + 2)));
    columnSums.push(sum);
  }
  for (let c = 0; c < columns.length; c++) if (isNumeric(types[c])) sums[columns[c].key] += columnSums[c];

  let totals: SheetModel['totals'] = null;
  if (spec.totalsLabel) {
    const cells: ({ v: number; f?: string } | undefined)[] = new Array(columns.length);
    for (let c = 0; c < columns.length; c++) {
      const { total } = columns[c];
      const type = types[c];
      if (!total || !isNumeric(type)) continue;
      if (total === 'sum') {
        const letter = colLetter(c);
        cells[c] = { v: roundFor(type, sums[columns[c].key]), ...(n > 0 ? { f: `SUM(${letter}${HEADER_ROWS + 1}:${letter}${n + HEADER_ROWS})` } : {}) };
      } else {
        const v = total(sums);
        if (v !== null && Number.isFinite(v)) cells[c] = { v: roundFor(type, v) };
      }
    }
    totals = { label: spec.totalsLabel, cells };
  }

  return {
    title: spec.title,
    sheetName: sheetName(spec.sheetName ?? spec.title),
    generatedAt,
    titleText: titleParts.join('　'),
    headers: columns.map((c) => c.title),
    ncol: Math.max(columns.length, 1),
    rowCount: n,
    values,
    formats,
    widths,
    totals,
  };
}

/** The last row of the sheet (1-based): title, header, data, totals. */
const lastRow = (model: SheetModel) => HEADER_ROWS + model.rowCount + (model.totals ? 1 : 0);

/** The sheet's range, e.g. A1:K100003. */
const sheetRef = (model: SheetModel) => `A1:${colLetter(model.ncol - 1)}${lastRow(model)}`;

/** A workbook of one sheet with the model's name, range columns, widths and merged title row, holding `rows`. */
export function skeletonWorkbook(model: SheetModel, rows: XLSX.CellObject[][]): XLSX.WorkBook {
  const ws = { '!data': rows } as unknown as XLSX.WorkSheet;
  ws['!ref'] = `A1:${colLetter(model.ncol - 1)}${Math.max(rows.length, 1)}`;
  ws['!cols'] = model.widths.map((wch) => ({ wch }));
  if (model.ncol > 1) ws['!merges'] = [{ s: { r: 0, c: 0 }, e: { r: 0, c: model.ncol - 1 } }];
  const wb = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(wb, ws, model.sheetName);
  wb.Props = { Title: model.title, CreatedDate: model.generatedAt };
  return wb;
}

/** `<pane>` of a sheet view with `rows` top rows frozen (what Excel and LibreOffice write for "Freeze top rows"). */
export function frozenPane(rows: number): string {
  const cell = `A${rows + 1}`;
  return `<pane ySplit="${rows}" topLeftCell="${cell}" activePane="bottomLeft" state="frozen"/>` +
    `<selection pane="bottomLeft" activeCell="${cell}" sqref="${cell}"/>`;
}

/** Characters of cell text that need escaping: markup, the C0 controls XML 1.0 forbids, CR, U+FFFE/U+FFFF, and `_xHHHH_`. */
const XML_SPECIAL = /[&<>\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|_x[0-9a-fA-F]{4}_/;
const XML_SPECIAL_ALL = new RegExp(XML_SPECIAL.source, 'g');
const escapeChar = (m: string) =>
  m === '&' ? '&amp;' : m === '<' ? '&lt;' : m === '>' ? '&gt;'
    // A literal `_xHHHH_` escapes its underscore (ECMA-376 ST_Xstring), characters XML cannot hold are `_xHHHH_`.
    : m.length > 1 ? `_x005F${m}` : `_x${m.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;

/** Cell text as XML element content. */
function xmlText(text: string): string {
  return XML_SPECIAL.test(text) ? text.replace(XML_SPECIAL_ALL, escapeChar) : text;
}

/** Leading or trailing white space, tabs and line breaks are kept only with xml:space="preserve". */
const NEEDS_PRESERVE = /^\s|\s$|[\t\n\r]/;

/** A string of the shared-string table. */
const sharedItem = (text: string) => (NEEDS_PRESERVE.test(text) ? `<si><t xml:space="preserve">${xmlText(text)}</t></si>` : `<si><t>${xmlText(text)}</t></si>`);

/** Shared-string items are encoded about a megabyte at a time. */
const CHUNK_CHARS = 1 << 20;

/** UTF-8 text written straight into one growing buffer (no chunks to join afterwards). */
class Utf8Buffer {
  private buffer: Uint8Array;
  private length = 0;
  private readonly encoder = new TextEncoder();
  constructor(capacity: number) {
    this.buffer = new Uint8Array(Math.max(capacity, 1024));
  }
  write(text: string): void {
    for (;;) {
      // encodeInto writes whole characters only: if the room runs out, grow and write the rest.
      const { read, written } = this.encoder.encodeInto(text, this.buffer.subarray(this.length));
      this.length += written;
      if (read === text.length) return;
      text = text.slice(read);
      const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + text.length * 3));
      grown.set(this.buffer.subarray(0, this.length));
      this.buffer = grown;
    }
  }
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

/**
 * ASCII markup written byte by byte into one growing buffer: the rows of a sheet are millions of short
 * pieces, and building them as strings costs more (concatenation, flattening, encoding, garbage) than the
 * zip does.
 */
class AsciiBuffer {
  buffer: Uint8Array;
  length = 0;
  constructor(capacity: number) {
    this.buffer = new Uint8Array(Math.max(capacity, 1024));
  }
  /** Makes room for `size` more bytes. */
  reserve(size: number): void {
    if (this.length + size <= this.buffer.length) return;
    const grown = new Uint8Array(Math.max(this.buffer.length * 2, this.length + size));
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }
  bytes(bytes: Uint8Array): void {
    const { buffer } = this;
    let at = this.length;
    for (let i = 0; i < bytes.length; i++) buffer[at++] = bytes[i];
    this.length = at;
  }
  /** An ASCII string (markup, a number's digits). */
  ascii(text: string): void {
    const { buffer } = this;
    let at = this.length;
    for (let i = 0; i < text.length; i++) buffer[at++] = text.charCodeAt(i);
    this.length = at;
  }
  /** A non-negative integer below 2³¹. */
  uint(n: number): void {
    const { buffer } = this;
    let digits = 1;
    for (let x = n; x >= 10; x = (x / 10) | 0) digits++;
    let at = this.length + digits;
    this.length = at;
    do {
      buffer[--at] = 48 + (n % 10);
      n = (n / 10) | 0;
    } while (n > 0);
  }
  /** A cell value: integers digit by digit, other numbers as JavaScript prints them (shortest round trip). */
  number(v: number): void {
    if ((v | 0) === v && v >= 0) this.uint(v);
    else this.ascii(String(v));
  }
  result(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

/** Room a cell can take: markup and reference (< 40 bytes), a number as JavaScript prints it (≤ 25) or a string index. */
const CELL_BYTES = 80;

/**
 * Writes the worksheet (`head` + the model's rows as `<sheetData>` + `tail`) and the items of the shared-string
 * table. Text goes to that table (what Excel writes: each distinct text once, cells hold its index), so the rows
 * are ASCII. `styles[c]` is the ` s="…"` attribute of column c's numbers.
 */
function writeBody(model: SheetModel, styles: string[], head: string, tail: string) {
  const { ncol, values, rowCount, totals } = model;
  const encoder = new TextEncoder();
  const ascii = (text: string) => encoder.encode(text);
  const letters = Array.from({ length: ncol }, (_, c) => colLetter(c));
  const columns = values.length;
  // Per column: `<c r="B` before the row number, `" s="3"><v>` (number) or `" t="s"><v>` (text) after it.
  const cellStart = letters.map((letter) => ascii(`<c r="${letter}`));
  const numberMid = styles.map((style) => ascii(`"${style}><v>`));
  const textMid = ascii('" t="s"><v>');
  const cellEnd = ascii('</v></c>');
  const rowStart = ascii('<row r="');
  const rowMid = ascii('">');
  const rowEnd = ascii('</row>');

  const headBytes = encoder.encode(head);
  const sheet = new AsciiBuffer(headBytes.length + tail.length * 3 + rowCount * (columns * 36 + 20) + 65536);
  const strings = new Utf8Buffer(65536);
  const index = new Map<string, number>();
  let items = '';
  let count = 0;
  /** The shared-string index of a text. */
  const stringId = (value: string) => {
    count++;
    let i = index.get(value);
    if (i === undefined) {
      i = index.size;
      index.set(value, i);
      items += sharedItem(value);
      if (items.length > CHUNK_CHARS) {
        strings.write(items);
        items = '';
      }
    }
    return i;
  };

  sheet.bytes(headBytes);
  sheet.reserve(columns * CELL_BYTES + 256);
  sheet.ascii(`<sheetData><row r="1" ht="${TITLE_ROW_HEIGHT}" customHeight="1"><c r="A1" t="s"><v>${stringId(model.titleText)}</v></c></row><row r="2">`);
  for (let c = 0; c < model.headers.length; c++) sheet.ascii(`<c r="${letters[c]}2" t="s"><v>${stringId(model.headers[c])}</v></c>`);
  sheet.ascii('</row>');

  for (let r = 0; r < rowCount; r++) {
    const rn = r + HEADER_ROWS + 1;
    sheet.reserve(columns * CELL_BYTES + 32);
    const start = sheet.length;
    sheet.bytes(rowStart);
    sheet.uint(rn);
    sheet.bytes(rowMid);
    let cells = 0;
    for (let c = 0; c < columns; c++) {
      const v = values[c][r];
      if (v === undefined) continue;
      cells++;
      sheet.bytes(cellStart[c]);
      sheet.uint(rn);
      if (typeof v === 'number') {
        sheet.bytes(numberMid[c]);
        sheet.number(v);
      } else {
        sheet.bytes(textMid);
        sheet.uint(stringId(v));
      }
      sheet.bytes(cellEnd);
    }
    if (cells > 0) sheet.bytes(rowEnd);
    else sheet.length = start; // a row without cells is left out
  }

  if (totals) {
    const rn = rowCount + HEADER_ROWS + 1;
    let xml = `<row r="${rn}">`;
    // The label takes the first cell, unless the first column has a total of its own.
    if (!totals.cells[0]) xml += `<c r="A${rn}" t="s"><v>${stringId(totals.label)}</v></c>`;
    for (let c = 0; c < totals.cells.length; c++) {
      const cell = totals.cells[c];
      if (cell) xml += `<c r="${letters[c]}${rn}"${styles[c]}>${cell.f ? `<f>${cell.f}</f>` : ''}<v>${cell.v}</v></c>`;
    }
    sheet.reserve(xml.length);
    sheet.ascii(`${xml}</row>`);
  }
  const tailBytes = encoder.encode(`</sheetData>${tail}`);
  sheet.reserve(tailBytes.length);
  sheet.bytes(tailBytes);
  strings.write(items);
  return { sheet: sheet.result(), strings: strings.bytes(), count, unique: index.size };
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((size, part) => size + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function replaceOnce(xml: string, pattern: RegExp, replacement: (match: string, ...groups: string[]) => string, what: string): string {
  if (!pattern.test(xml)) throw new Error(`xlsx writer: no ${what} in the package SheetJS wrote`);
  return xml.replace(pattern, replacement);
}

/** The .xlsx bytes of a model: header rows frozen, zipped (deflate) once. */
export function modelBytes(model: SheetModel, freezeRows = HEADER_ROWS): Uint8Array {
  // 1. The package from SheetJS: its sheet holds one number per column format (row 1) and one text (row 2),
  //    so that styles.xml has every format, row 1's cells carry their style ids and a shared-string table exists.
  const styleRow: XLSX.CellObject[] = model.formats.map((z) => (z ? { t: 'n', v: 0, z } : undefined) as XLSX.CellObject);
  const skeleton = XLSX.write(skeletonWorkbook(model, [styleRow, [{ t: 's', v: model.title }]]), { bookType: 'xlsx', bookSST: true, type: 'array', compression: false }) as ArrayBuffer;
  const cfb = XLSX.CFB.read(new Uint8Array(skeleton), { type: 'array' });
  const part = (name: string) => {
    const i = cfb.FullPaths.findIndex((path: string) => path.endsWith(`/xl/${name}`));
    if (i < 0) throw new Error(`xlsx writer: SheetJS wrote no xl/${name}`);
    const entry = cfb.FileIndex[i];
    return { xml: new TextDecoder().decode(entry.content as Uint8Array), set(content: Uint8Array) { entry.content = content as unknown as typeof entry.content; entry.size = content.length; } };
  };
  const sheet = part('worksheets/sheet1.xml');
  const sst = part('sharedStrings.xml');

  // 2. The style id SheetJS gave each column's format.
  const styleOf = new Map<string, string>();
  for (const m of sheet.xml.matchAll(/<c r="([A-Z]+)1"[^>]*?\bs="(\d+)"/g)) styleOf.set(m[1], m[2]);
  const styles = model.formats.map((z, c) => {
    if (!z) return '';
    const s = styleOf.get(colLetter(c));
    if (s === undefined) throw new Error(`xlsx writer: no style for the format ${z}`);
    return s === '0' ? '' : ` s="${s}"`;
  });
  // 3. The real worksheet: SheetJS's, with the sheet's range, the frozen pane and the generated rows.
  const ref = sheetRef(model);
  let xml = replaceOnce(sheet.xml, /<dimension ref="[^"]*"\/>/, () => `<dimension ref="${ref}"/>`, 'dimension');
  if (freezeRows > 0) xml = replaceOnce(xml, /<sheetView\b([^>]*?)\/>/, (_, attributes) => `<sheetView${attributes}>${frozenPane(freezeRows)}</sheetView>`, 'sheet view');
  xml = xml.replace(/(<ignoredError\b[^>]*\bsqref=")[^"]*"/, `$1${ref}"`);
  const data = /<sheetData\/>|<sheetData>[\s\S]*<\/sheetData>/.exec(xml);
  if (!data) throw new Error('xlsx writer: no sheetData in the worksheet SheetJS wrote');
  const body = writeBody(model, styles, xml.slice(0, data.index), xml.slice(data.index + data[0].length));
  sheet.set(body.sheet);

  // 4. The shared strings: SheetJS's table element, with the model's strings.
  const table = /<sst\b[^>]*?(?:\/>|>[\s\S]*<\/sst>)/.exec(sst.xml);
  if (!table) throw new Error('xlsx writer: no sst in the shared strings SheetJS wrote');
  const open = table[0].replace(/^<sst\b([^>]*?)\/?>[\s\S]*$/, (_, attributes: string) =>
    `<sst${attributes.replace(/\s(?:count|uniqueCount)="\d*"/g, '')} count="${body.count}" uniqueCount="${body.unique}">`);
  const encoder = new TextEncoder();
  sst.set(concat([encoder.encode(sst.xml.slice(0, table.index) + open), body.strings, encoder.encode(`</sst>${sst.xml.slice(table.index + table[0].length)}`)]));

  // 5. One zip, compressed.
  const zip = XLSX.CFB.write(cfb, { fileType: 'zip', type: 'array', compression: true }) as ArrayLike<number>;
  return zip instanceof Uint8Array ? zip : new Uint8Array(zip);
}

/** Builds and writes in one go. */
export function sheetBytes<R>(spec: SheetSpec<R>): Uint8Array {
  return modelBytes(sheetModel(spec));
}

/** `销售报表_2026-11-01_2026-11-30.xlsx`; without a period, the generation day. */
export function excelFileName(title: string, period?: { from: string; to: string }, now = new Date()): string {
  const safe = title.replace(/[\\/:*?"<>|\s]+/g, '_');
  const suffix = period ? `${period.from}_${period.to}` : formatStamp(now).slice(0, 10);
  return `${safe}_${suffix}.xlsx`;
}

/** Reads the frozen rows back from the bytes (for tests): the ySplit of the first sheet's pane. */
export function frozenRows(bytes: Uint8Array): number | null {
  const cfb = XLSX.CFB.read(bytes, { type: 'array' });
  const i = cfb.FullPaths.findIndex((p: string) => /\/xl\/worksheets\/sheet1\.xml$/.test(p));
  if (i < 0) return null;
  const xml = new TextDecoder().decode(cfb.FileIndex[i].content as Uint8Array);
  const pane = /<pane\b[^>]*ySplit="(\d+)"[^>]*state="frozen"/.exec(xml);
  return pane ? Number(pane[1]) : null;
}
