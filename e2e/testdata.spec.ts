import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { expect, test } from '@playwright/test';

import { startServer } from '../test/support/server-process';

// SANDBOX_DATA=path: a team's own test data at start. A good document shows on the front page; a bad one stops
// the start and names the entry and field.

const PKG = 'urn:altinn:accesspackage:';
const document = {
  organizations: [
    { orgNo: '311654306', name: 'Tenor Testbakeri AS' },
    { orgNo: '313869539', name: 'Tenor Regnskap AS' },
  ],
  persons: [
    {
      pid: '09886110070',
      name: 'Tenor Testleder',
      access: [{ orgNo: '311654306', roles: ['DAGL', 'TILGANGSSTYRER'], packages: [`${PKG}skattegrunnlag`] }],
    },
  ],
  clientRelations: [
    { facilitatorOrgNo: '313869539', clientOrgNo: '311654306', roleCode: 'REGN', accessPackages: [`${PKG}regnskapsforer-lonn`] },
  ],
};

test('SANDBOX_DATA: the front page lists what was added; a bad document stops the start naming the field', async ({ browser }) => {
  test.setTimeout(300_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'sandbox-testdata-'));
  try {
    const file = path.join(dir, 'team.json');
    writeFileSync(file, JSON.stringify(document));
    const server = await startServer({ env: { DATA_DIR: path.join(dir, 'db'), SANDBOX_DATA: file } });
    try {
      const page = await browser.newPage();
      await page.goto(`${server.baseUrl}/`);
      await expect(page.getByRole('row', { name: /Tenor Testleder/ })).toContainText('09886110070');
      // An organisation's row starts with a cell of its name and unit type; the relation shows on the facilitator's row.
      const orgRow = (name: string) => page.getByRole('row').filter({ has: page.getByRole('cell', { name, exact: true }) });
      await expect(orgRow('Tenor Testbakeri AS AS')).toContainText('311654306');
      await expect(orgRow('Tenor Regnskap AS AS')).toContainText('regnskapsfører for Tenor Testbakeri AS (311654306)');
      await page.close();
    } finally {
      await server.stop();
    }

    const bad = structuredClone(document);
    bad.persons[0].pid = '09886110071';
    writeFileSync(file, JSON.stringify(bad));
    const failed = startServer({ env: { DATA_DIR: path.join(dir, 'db2'), SANDBOX_DATA: file }, timeoutMs: 120_000 });
    await expect(failed).rejects.toThrow(/persons\.0\.pid: Not a valid national identity number/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
