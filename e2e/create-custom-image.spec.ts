import { test, expect } from './fixtures';
import { ConsoleShell } from './pages/ConsoleShell';
import { InstancesPage } from './pages/InstancesPage';
import { CreateImageDialog } from './pages/CreateImageDialog';

test('an administrator creates a custom image from web-prod-01 and sees it become Available', async ({ page, emulator }) => {
  const shell = new ConsoleShell(page);
  const instances = new InstancesPage(page);
  const dialog = new CreateImageDialog(page);

  // 1-2. Log on and select the target region.
  await page.goto('/regions/ap-southeast-1/instances');
  await shell.chooseRegion('China (Hangzhou)');
  await expect(shell.regionSelector()).toContainText('China (Hangzhou)');

  // 3. Instances in the left-side navigation.
  await shell.openInstances();
  await expect(instances.heading()).toBeVisible();

  // 4. Find the target instance; More > Disk and Image > Create Custom Image.
  await instances.searchByName('web-prod-01');
  await expect(instances.row('web-prod-01')).toContainText('Running');
  await (await instances.openMoreItem('web-prod-01', 'Disk and Image', 'Create Custom Image')).click();

  // The dialog lists every disk that will be snapshotted: system + two data disks.
  await expect(dialog.root()).toBeVisible();
  await expect(dialog.root().getByRole('row').filter({ hasText: 'System Disk' })).toHaveCount(1);
  await expect(dialog.root().getByRole('row').filter({ hasText: 'Data Disk' })).toHaveCount(2);
  await expect(dialog.root()).toContainText('340 GiB');

  // 5-6. Name, description, Create.
  await dialog.fill('web-prod-01-golden', 'Golden image of the production web tier');
  await dialog.createButton().click();
  await expect(dialog.root()).toBeHidden();

  // The image is Creating: the notification and the instance row both show its progress.
  const notice = shell.notifications().getByRole('status').filter({ hasText: 'web-prod-01-golden' });
  await expect(notice).toContainText(/Creating.*\d+%/);
  await expect(instances.row('web-prod-01')).toContainText(/Creating image m-\S+ \d+%/);

  // Do not start, stop or restart the instance meanwhile: the console says why.
  const stop = await instances.openMoreItem('web-prod-01', 'Instance Status', 'Stop');
  await expect(stop).toBeDisabled();
  await expect(stop).toContainText('An image is being created from this instance');
  await instances.closeMenus();

  // Part of the way: progress moves but the image is not yet usable.
  await emulator.advance(20);
  await expect(instances.row('web-prod-01')).toContainText(/Creating image m-\S+ ([1-9]\d?)%/);

  // All snapshots of all disks done: the image is Available, and the notice turns to success in place.
  await emulator.advance(120);
  await expect(notice).toContainText('is available');
  await expect(instances.row('web-prod-01')).not.toContainText('Creating image');

  // The image's detail shows three snapshots, one per disk, all completed.
  await notice.getByRole('link', { name: 'View image' }).click();
  await expect(page.getByRole('heading', { name: 'web-prod-01-golden' })).toBeVisible();
  await expect(page.getByText('Available').first()).toBeVisible();
  const snapshotRows = page.getByRole('row').filter({ hasText: /^.*s-/ });
  await expect(snapshotRows).toHaveCount(3);
  for (const row of await snapshotRows.all()) {
    await expect(row).toContainText('Completed');
    await expect(row).toContainText('100%');
  }

  // And the Images list shows it Available.
  await shell.openImages();
  await expect(page.getByRole('row').filter({ hasText: 'web-prod-01-golden' })).toContainText('Available');
});
