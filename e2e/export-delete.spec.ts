import { test, expect } from './fixtures';
import { ImageActionDialogs } from './pages/ImageActionDialogs';
import { SnapshotsPage } from './pages/SnapshotsPage';

// Seed (mocks/ecs/seed/README.md): web-prod-baseline, Available, system 40 + data 100 + 200 GiB.
const BASELINE = 'm-bp1do1thh73546fk0ma4';
const BASELINE_SNAPSHOTS = ['s-bp12vs1z4zicgz6ne6rg', 's-bp1vsykppga1zckanfb2', 's-bp1i7g0nr3ulm16c8e8v'];
const WEB_PROD_01 = 'i-bp1vkt9yt56c9hg9cnbc';

test('an administrator exports an image with data disks to an OSS bucket and sees the task Finished', async ({ page, emulator }) => {
  const actions = new ImageActionDialogs(page);
  await page.goto('/regions/cn-hangzhou/images');
  await page.getByRole('link', { name: BASELINE }).click();
  await expect(page.getByRole('heading', { name: 'web-prod-baseline', level: 1 })).toBeVisible();

  await actions.openExport();
  const dialog = actions.exportDialog();
  // A bucket that does not exist: ECS's refusal shows on the bucket field.
  await actions.fillExport('missing-exports', 'webprod', 'qcow2');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(dialog.getByRole('textbox', { name: 'OSS Bucket' })).toHaveAccessibleDescription(/InvalidOSSBucket\.NotFound/);

  await dialog.getByRole('textbox', { name: 'OSS Bucket' }).fill('image-exports');
  await dialog.getByRole('button', { name: 'Export', exact: true }).click();
  const task = dialog.getByRole('status');
  await expect(task).toContainText(/Export task t-/);
  await expect(task).toContainText('Processing');

  await emulator.advance(300);
  await expect(task).toContainText('Finished: the image was exported to oss://image-exports/webprod.');
});

test('an administrator deletes an image with its snapshots and both are gone from the lists', async ({ page }) => {
  const actions = new ImageActionDialogs(page);
  const snapshots = new SnapshotsPage(page);
  await page.goto(`/regions/cn-hangzhou/snapshots?instanceId=${WEB_PROD_01}`);
  for (const snapshotId of BASELINE_SNAPSHOTS) {
    await expect(snapshots.row(snapshotId).getByRole('link', { name: `Image ${BASELINE}` })).toBeVisible();
  }

  await page.goto(`/regions/cn-hangzhou/images/${BASELINE}`);
  await actions.openDelete();
  const dialog = actions.deleteDialog();
  await expect(dialog).toContainText(`Delete custom image web-prod-baseline (${BASELINE})?`);
  await expect(dialog).toContainText('Its 3 snapshots are kept');
  await dialog.getByRole('checkbox', { name: 'Also delete its 3 snapshots' }).check();
  await dialog.getByRole('button', { name: 'Delete', exact: true }).click();

  // Back on the Images list, without the image.
  await expect(page.getByRole('heading', { name: 'Images', level: 1 })).toBeVisible();
  await expect(page).toHaveURL(/\/regions\/cn-hangzhou\/images$/);
  await expect(page.getByRole('link', { name: BASELINE })).toHaveCount(0);

  // And its snapshots are gone from the Snapshots page; web-prod-01's manual ones remain.
  await snapshots.open();
  await snapshots.filterByInstance(WEB_PROD_01);
  await expect(snapshots.row('s-bp17g2br4adytspqius8')).toBeVisible();
  for (const snapshotId of BASELINE_SNAPSHOTS) {
    await expect(snapshots.row(snapshotId)).toHaveCount(0);
  }
});
