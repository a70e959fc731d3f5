import { test, expect } from './fixtures';
import { ConsoleShell } from './pages/ConsoleShell';
import { InstancesPage } from './pages/InstancesPage';
import { CreateImageDialog } from './pages/CreateImageDialog';

/**
 * The CSP (no inline script; inline styles allowed for MUI's emotion) must not break the console:
 * walk the main screens in a real Chromium and fail on any CSP violation the browser reports.
 */
test('the console runs under its Content-Security-Policy without a single violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`Refused to load (CSP ${event.violatedDirective}): ${event.blockedURI}`);
    });
  });

  const response = await page.goto('/regions/cn-hangzhou/instances');
  const headers = response!.headers();
  expect(headers['content-security-policy']).toContain("script-src 'self'");
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['x-powered-by']).toBeUndefined();

  const shell = new ConsoleShell(page);
  const instances = new InstancesPage(page);
  const dialog = new CreateImageDialog(page);
  await expect(instances.heading()).toBeVisible();
  await instances.searchByName('web-prod-01');
  await expect(instances.row('web-prod-01')).toContainText('Running');
  await (await instances.openMoreItem('web-prod-01', 'Disk and Image', 'Create Custom Image')).click();
  await expect(dialog.root()).toBeVisible();
  await page.keyboard.press('Escape');
  await shell.openImages();
  await expect(page.getByRole('heading', { level: 1, name: 'Images' })).toBeVisible();

  expect(violations).toEqual([]);
});
