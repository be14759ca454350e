import { toCsv } from '@nabij/platform/contracts';
import { saveBlob } from '@nabij/platform/portal';

/**
 * The numbers of a chart as a CSV that Dutch Excel opens by double-click (semicolons, BOM, decimal
 * commas), written in the browser from the table under the chart: headers as the table shows them.
 */
export function chartCsv(headers: readonly string[], rows: ReadonlyArray<readonly unknown[]>): string {
  const columns = headers.map((header, i) => [String(i), i, header] as const);
  return toCsv<readonly unknown[]>(columns, rows, 'excel-nl');
}

/** Saves it as a download named after the chart's title. */
export function saveChartCsv(title: string, headers: readonly string[], rows: ReadonlyArray<readonly unknown[]>): void {
  const name =
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'grafiek';
  saveBlob(new Blob([chartCsv(headers, rows)], { type: 'text/csv;charset=utf-8' }), `${name}.csv`);
}
