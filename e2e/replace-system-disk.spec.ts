import { test, expect } from './fixtures';
import { InstanceDetailPage } from './pages/InstanceDetailPage';
import { InstancesPage } from './pages/InstancesPage';
import { ReplaceSystemDiskDialog } from './pages/ReplaceSystemDiskDialog';

const DB_STAGING = 'i-bp1s72s6ov5qm065gimb';
const DB_STAGING_SYSTEM_DISK = 'd-bp1ex3itkgvx76iye3ml';

test('Replace System Disk refuses an image with data disks and accepts a system-only one; the disk ID changes', async ({ page, request, emulator }) => {
  // A whole journey across several pages: more than the default 30 s when workers share a busy CPU.
  test.setTimeout(60_000);
  const instances = new InstancesPage(page);
  const detail = new InstanceDetailPage(page);
  const dialog = new ReplaceSystemDiskDialog(page);

  // A system-only image of the Stopped db-staging-02 (40 GiB), through the console's API.
  const created = await request.post(`/api/regions/cn-hangzhou/instances/${DB_STAGING}/images`, {
    data: { imageName: 'db-staging-sys', clientToken: 'e2e-replace-system-disk' },
  });
  expect(created.status(), 'POST .../images').toBe(201);
  await emulator.advance(20);

  // A Running instance cannot have its system disk replaced: the menu says why.
  await page.goto('/regions/cn-hangzhou/instances');
  const running = await instances.openMoreItem('web-prod-01', 'Disk and Image', 'Replace System Disk');
  await expect(running).toBeDisabled();
  await expect(running).toContainText('Stop the instance first');
  await instances.closeMenus();

  // db-staging-02 (Stopped): Manage > its detail, with the current system disk.
  await instances.searchByName('db-staging-02');
  await instances.row('db-staging-02').getByRole('link', { name: /^Manage/ }).click();
  await expect(detail.heading('db-staging-02')).toBeVisible();
  await expect(detail.diskRows('System Disk')).toContainText(DB_STAGING_SYSTEM_DISK);
  await expect(detail.imagesMadeFromIt()).toContainText('db-staging-sys');

  await (await detail.openDiskAndImageItem('Replace System Disk')).click();
  await expect(dialog.root()).toContainText(DB_STAGING_SYSTEM_DISK);
  await expect(dialog.root()).toContainText('All data on the current system disk is lost');

  // web-prod-baseline has data disks: listed, not choosable, with ECS's reason.
  await expect(dialog.image('web-prod-baseline')).toBeDisabled();
  await expect(dialog.image('web-prod-baseline')).toHaveAccessibleDescription(
    'You cannot use a custom image which contains data disks to replace the system disk',
  );
  await dialog.image('db-staging-sys').check();
  await expect(dialog.systemDiskSize()).toHaveValue('40');
  await dialog.setPassword('Passw0rd!2026');
  await dialog.replaceButton().click();
  await expect(dialog.root()).toBeHidden();

  // As on ECS, the new system disk has a new ID.
  const systemRow = detail.diskRows('System Disk');
  await expect(systemRow).not.toContainText(DB_STAGING_SYSTEM_DISK);
  await expect(systemRow).toContainText(/d-\w+/);
  await expect(systemRow).toContainText('/dev/xvda');
});
