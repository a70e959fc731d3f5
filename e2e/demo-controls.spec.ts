import { test, expect } from './fixtures';

// Support staff demo the console on the emulator: the Demo panel in the top bar.

test('the Demo panel loads the empty scenario, and Reset demo brings the demo account back', async ({ page }) => {
  await page.goto('/regions/cn-hangzhou/instances');
  await expect(page.getByRole('row', { name: /web-prod-01/ })).toBeVisible();
  await expect(page.getByText('Emulator', { exact: true })).toBeVisible();

  const demoButton = page.getByRole('button', { name: 'Demo' });
  const panel = page.getByRole('dialog', { name: 'Demo controls' });
  await demoButton.click();
  await expect(panel).toContainText('runs on the ECS emulator');
  await panel.getByRole('combobox', { name: 'Scenario' }).click();
  await page.getByRole('option', { name: 'Empty account' }).click();
  await expect(panel.getByRole('status')).toContainText('Scenario "Empty account" is loaded.');
  await page.keyboard.press('Escape');
  await expect(page.getByText('No instances in China (Hangzhou)', { exact: true })).toBeVisible();

  await demoButton.click();
  await panel.getByRole('button', { name: 'Reset demo' }).click();
  await expect(panel.getByRole('status')).toContainText('The demo is back to its start.');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('row', { name: /web-prod-01/ })).toBeVisible();
});

test('the Demo panel sets the pace of emulated time', async ({ page, emulator }) => {
  await page.goto('/regions/cn-hangzhou/instances');
  await page.getByRole('button', { name: 'Demo' }).click();
  const panel = page.getByRole('dialog', { name: 'Demo controls' });
  // The e2e consoles start with a frozen (manual) clock.
  await expect(panel.getByRole('switch', { name: 'Freeze time' })).toBeChecked();
  await panel.getByRole('group', { name: 'Pace' }).getByRole('button', { name: '20x' }).click();
  await expect(panel.getByRole('button', { name: '20x' })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await emulator.state()).clock.speed).toBe(20);
  expect((await emulator.state()).clock.frozen).toBe(true);
});
