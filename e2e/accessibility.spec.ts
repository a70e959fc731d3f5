import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { InstancesPage } from './pages/InstancesPage';
import { CreateImageDialog } from './pages/CreateImageDialog';

/** The journey's pages carry no serious or critical accessibility violations. */
async function seriousViolations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length} nodes)`);
}

test('instances page, create dialog, images page and image detail pass axe', async ({ page }) => {
  // Four full axe passes: each takes seconds on a 2-core machine.
  test.slow();
  const instances = new InstancesPage(page);
  await page.goto('/regions/cn-hangzhou/instances');
  await expect(instances.row('web-prod-01')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await (await instances.openMoreItem('web-prod-01', 'Disk and Image', 'Create Custom Image')).click();
  await expect(new CreateImageDialog(page).root()).toContainText('340 GiB');
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.goto('/regions/cn-hangzhou/images');
  const row = page.getByRole('row').filter({ hasText: 'web-prod-baseline' });
  await expect(row).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  await row.getByRole('link').first().click();
  await expect(page.getByRole('heading', { name: 'web-prod-baseline' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
