import { test, expect } from './fixtures';
import { InstancesPage } from './pages/InstancesPage';

// QA's scale check: a region of 10,000 instances, listed through the BFF a page at a time.

test('with 10,000 instances the list pages, searches by name and by ID, and filters by status', async ({ page, emulator }) => {
  // Nine list loads over 10,000 instances: three times the usual budget on a busy 2-core machine.
  test.slow();
  await emulator.scenario('large-region');
  const instances = new InstancesPage(page);
  await page.goto('/regions/cn-hangzhou/instances');

  const pager = page.getByRole('navigation', { name: 'Pages' });
  await expect(pager).toContainText(/Total: 10,?000/);
  // Newest first: the demo's own instances lead the first page.
  await expect(instances.row('web-prod-01')).toBeVisible();
  await pager.getByRole('button', { name: 'Next' }).click();
  await expect(pager).toContainText('Page 2');
  await expect(instances.row('web-prod-01')).toHaveCount(0);
  // A header row and one page of ten.
  await expect(page.getByRole('row')).toHaveCount(11);

  await instances.searchByName('web-04321');
  const found = instances.row('web-04321');
  await expect(found).toBeVisible();
  await expect(page.getByRole('row')).toHaveCount(2);
  const instanceId = /i-[a-z0-9]{20}/.exec((await found.textContent()) ?? '')?.[0];
  expect(instanceId).toBeDefined();

  await page.getByRole('combobox', { name: 'Search by' }).click();
  await page.getByRole('option', { name: 'Instance ID' }).click();
  await page.getByRole('searchbox', { name: /search/i }).fill(instanceId!);
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(instances.row('web-04321')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`instanceId=${instanceId}`));

  await page.getByRole('searchbox', { name: /search/i }).fill('');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Stopped' }).click();
  await expect(page).toHaveURL(/status=Stopped/);
  // The previous page stays on screen while the filtered one loads; wait until it is replaced.
  const rows = page.getByRole('row').filter({ hasText: /i-/ });
  await expect(rows.filter({ hasNotText: 'Stopped' })).toHaveCount(0);
  await expect(rows).toHaveCount(10);
});
