/**
 * The same sheet written cell by cell by SheetJS (`XLSX.write` of a dense worksheet holding every cell, then the
 * frozen pane patched into the sheet view): how the app wrote workbooks before workbook.ts generated the rows
 * itself. The app does not load this file: the tests check that workbook.ts's file reads back cell for cell
 * like this one, and `BENCH_EXPORT_COMPARE=1 BENCH_EXPORT_ONLY=1 npm run bench:reports` times both.
 */
import * as XLSX from 'xlsx';

import { frozenPane, HEADER_ROWS, sheetModel, skeletonWorkbook, type SheetModel, type SheetSpec } from './workbook.ts';

/** The model's cells as SheetJS cell objects (dense rows). */
function cellRows(model: SheetModel): XLSX.CellObject[][] {
  const rows: XLSX.CellObject[][] = [[{ t: 's', v: model.titleText }], model.headers.map((v) => ({ t: 's', v }) as XLSX.CellObject)];
  for (let r = 0; r < model.rowCount; r++) {
    const row: XLSX.CellObject[] = new Array(model.values.length);
    for (let c = 0; c < model.values.length; c++) {
      const v = model.values[c][r];
      if (v === undefined) continue;
      row[c] = typeof v === 'number' ? { t: 'n', v, z: model.formats[c] ?? undefined } : { t: 's', v };
    }
    rows.push(row);
  }
  if (model.totals) {
    const row: XLSX.CellObject[] = new Array(model.values.length);
    row[0] = { t: 's', v: model.totals.label };
    model.totals.cells.forEach((cell, c) => {
      if (cell) row[c] = { t: 'n', v: cell.v, z: model.formats[c] ?? undefined, ...(cell.f ? { f: cell.f } : {}) };
    });
    rows.push(row);
  }
  return rows;
}

/** The workbook SheetJS writes cell by cell. */
export function referenceWorkbook(model: SheetModel): XLSX.WorkBook {
  const wb = skeletonWorkbook(model, cellRows(model));
  wb.Sheets[wb.SheetNames[0]]['!rows'] = [{ hpt: 24 }];
  return wb;
}

/** Its .xlsx bytes: `XLSX.write`, then the zip read again to put the frozen pane into the sheet view. */
export function referenceBytes(model: SheetModel, freezeRows = HEADER_ROWS): Uint8Array {
  const zip = new Uint8Array(XLSX.write(referenceWorkbook(model), { bookType: 'xlsx', type: 'array', compression: true }) as ArrayBuffer);
  if (freezeRows <= 0) return zip;
  const cfb = XLSX.CFB.read(zip, { type: 'array' });
  cfb.FullPaths.forEach((path: string, i: number) => {
    if (!/\/xl\/worksheets\/sheet\d+\.xml$/.test(path)) return;
    const entry = cfb.FileIndex[i];
    const xml = new TextDecoder().decode(entry.content as Uint8Array);
    const content = new TextEncoder().encode(xml.replace(/<sheetView\b([^>]*?)\/>/, `<sheetView$1>${frozenPane(freezeRows)}</sheetView>`));
    entry.content = content as unknown as typeof entry.content;
    entry.size = content.length;
  });
  return new Uint8Array(XLSX.CFB.write(cfb, { fileType: 'zip', type: 'array', compression: true }) as ArrayLike<number>);
}

export function referenceSheetBytes<R>(spec: SheetSpec<R>): Uint8Array {
  return referenceBytes(sheetModel(spec));
}
