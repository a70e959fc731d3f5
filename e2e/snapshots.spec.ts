import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { ConsoleShell } from './pages/ConsoleShell';
import { CreateImageFromSnapshotDialog } from './pages/CreateImageFromSnapshotDialog';
import { SnapshotsPage } from './pages/SnapshotsPage';

// Seed (mocks/ecs/seed/README.md): web-prod-01's manual snapshots before the kernel upgrade.
const WEB_PROD_01 = 'i-bp1vkt9yt56c9hg9cnbc';
const SYSTEM_SNAPSHOT = 's-bp17g2br4adytspqius8'; // system disk, 40 GiB, accomplished
const DATA_SNAPSHOT = 's-bp1pa71flbk0lsum4jbq'; // data disk /dev/xvdb, 100 GiB, accomplished

test('an administrator creates a custom image from a system snapshot with a data disk snapshot and an empty data disk', async ({ page, emulator }) => {
  // A long journey (two pages, a dialog, a wait, two links back and forth) on a shared 2-core machine.
  test.setTimeout(60_000);
  const shell = new ConsoleShell(page);
  const snapshots = new SnapshotsPage(page);
  const dialog = new CreateImageFromSnapshotDialog(page);

  await page.goto('/regions/cn-hangzhou/instances');
  await snapshots.open();
  await expect(snapshots.heading()).toBeVisible();

  // Only web-prod-01's snapshots; a data disk snapshot cannot be the system disk.
  await snapshots.filterByInstance(WEB_PROD_01);
  await expect(page).toHaveURL(/\/snapshots\?instanceId=i-bp1vkt9yt56c9hg9cnbc$/);
  await expect(snapshots.row(SYSTEM_SNAPSHOT)).toContainText('System Disk');
  await expect(snapshots.row(DATA_SNAPSHOT).getByRole('button', { name: 'Create Custom Image' })).toBeDisabled();

  await snapshots.createImageFrom(SYSTEM_SNAPSHOT);
  await expect(dialog.root()).toBeVisible();
  await expect(dialog.systemSnapshotId()).toHaveValue(SYSTEM_SNAPSHOT);
  await dialog.name().fill('web-from-snapshot');

  // One data disk from the 100 GiB snapshot, one empty data disk of the default 20 GiB.
  await dialog.addDataDisks(2);
  await dialog.pickSnapshot(1, DATA_SNAPSHOT);
  await expect(dialog.dataDisk(1).getByRole('textbox', { name: 'Size (GiB)' })).toHaveValue('100');
  await expect(dialog.dataDisk(1).getByRole('combobox', { name: 'Device' })).toHaveValue('/dev/xvdb');
  await expect(dialog.dataDisk(2).getByRole('combobox', { name: 'Snapshot' })).toHaveValue('');
  await expect(dialog.dataDisk(2).getByRole('textbox', { name: 'Size (GiB)' })).toHaveValue('20');
  await expect(dialog.dataDisk(2).getByRole('combobox', { name: 'Device' })).toHaveValue('/dev/xvdc');

  // Too small an empty disk is refused as typed, before anything is sent.
  await dialog.dataDisk(2).getByRole('textbox', { name: 'Size (GiB)' }).fill('10');
  await expect(dialog.dataDisk(2)).toContainText('An empty data disk must be 20 to 32768 GiB.');
  await dialog.dataDisk(2).getByRole('textbox', { name: 'Size (GiB)' }).fill('20');

  await dialog.createButton().click();
  await expect(dialog.root()).toBeHidden();
  const notice = shell.notifications().getByRole('status').filter({ hasText: 'web-from-snapshot' });
  await expect(notice).toBeVisible();

  await emulator.advance(120);
  await expect(notice).toContainText('is available');
  await notice.getByRole('link', { name: 'View image' }).click();

  await expect(page.getByRole('heading', { name: 'web-from-snapshot', level: 1 })).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: 'Available' })).toBeVisible();
  const disks = page.getByRole('table', { name: 'Disks and snapshots' }).getByRole('row');
  await expect(disks).toHaveCount(4); // header + system + 2 data disks
  await expect(disks.filter({ hasText: '/dev/xvda' })).toContainText(SYSTEM_SNAPSHOT);
  await expect(disks.filter({ hasText: '/dev/xvdb' })).toContainText(DATA_SNAPSHOT);
  await expect(disks.filter({ hasText: '/dev/xvdc' })).toContainText('20');

  // From the image, its system snapshot is one click away; from the snapshot, the image.
  await disks.filter({ hasText: '/dev/xvda' }).getByRole('link', { name: SYSTEM_SNAPSHOT }).click();
  await expect(snapshots.heading()).toBeVisible();
  const imageLink = snapshots.row(SYSTEM_SNAPSHOT).getByRole('link', { name: /^Image m-/ });
  await expect(imageLink).toBeVisible();
  await imageLink.click();
  await expect(page.getByRole('heading', { name: 'web-from-snapshot', level: 1 })).toBeVisible();
});

test('the Snapshots page and the Create Custom Image dialog carry no serious accessibility violations', async ({ page }) => {
  test.setTimeout(60_000);
  const snapshots = new SnapshotsPage(page);
  const dialog = new CreateImageFromSnapshotDialog(page);
  const serious = async () =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length} nodes)`);

  await page.goto('/regions/cn-hangzhou/snapshots');
  await expect(snapshots.row(SYSTEM_SNAPSHOT)).toBeVisible();
  expect(await serious()).toEqual([]);

  await snapshots.createImageFrom(SYSTEM_SNAPSHOT);
  await dialog.addDataDisks(1);
  await expect(dialog.dataDisk(1)).toBeVisible();
  expect(await serious()).toEqual([]);
});
