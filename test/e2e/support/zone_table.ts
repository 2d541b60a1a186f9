import type { Page } from 'playwright-core';

/** The zone table as text: column headers and, per row header (zone name), its cells. */
export async function readZoneTable(page: Page, tableName: string) {
  const table = page.getByRole('table', { name: tableName });
  const headers = (await table.getByRole('columnheader').allTextContents()).map((s) =>
    s.replace(/[▲▼↕]/g, '').trim(),
  );
  const rows = new Map<string, string[]>();
  for (const row of await table.locator('tbody').getByRole('row').all()) {
    const name = ((await row.getByRole('rowheader').textContent()) ?? '').replace(/[▸▾]/g, '').trim();
    const cells = (await row.getByRole('cell').allTextContents()).map((s) => s.replace(/\s+/g, ' ').trim());
    rows.set(name, [name, ...cells]);
  }
  return { headers, rows };
}

/** The text of one column for every zone whose name contains one of `zones`. */
export function column(
  table: Awaited<ReturnType<typeof readZoneTable>>,
  header: string,
): Map<string, string> {
  const i = table.headers.findIndex((h) => h.startsWith(header));
  if (i < 0) throw new Error(`no column "${header}" in ${table.headers.join(' | ')}`);
  const out = new Map<string, string>();
  for (const [name, cells] of table.rows) out.set(name, cells[i] ?? '');
  return out;
}
