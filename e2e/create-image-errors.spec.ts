import { test, expect } from './fixtures';
import { InstancesPage } from './pages/InstancesPage';
import { CreateImageDialog } from './pages/CreateImageDialog';

test('an invalid image name is refused inline and nothing is created', async ({ page }) => {
  const instances = new InstancesPage(page);
  const dialog = new CreateImageDialog(page);
  await page.goto('/regions/cn-hangzhou/instances');
  await (await instances.openMoreItem('db-staging-02', 'Disk and Image', 'Create Custom Image')).click();

  await dialog.name().fill('1-starts-with-a-digit');
  await dialog.name().blur();
  await expect(dialog.root()).toContainText('must start with a letter or a Chinese character');
  await expect(dialog.name()).toHaveAttribute('aria-invalid', 'true');

  await dialog.name().fill('http://example');
  await expect(dialog.root()).toContainText('cannot start with http:// or https://');

  await dialog.createButton().click();
  await expect(dialog.root()).toBeVisible();
  const images = await page.request.get('/api/regions/cn-hangzhou/images?status=Creating');
  expect((await images.json()).images).toHaveLength(0);
});

test('an ECS refusal is shown in the dialog with its code and RequestId, keeping what was typed', async ({ page, request, emulator }) => {
  // Fill the region's custom-image quota (100) through the console's own API, leaving no room.
  const existing = (await (await request.get('/api/regions/cn-hangzhou/images?status=All&pageSize=100')).json()).totalCount;
  const instanceId = (await (await request.get('/api/regions/cn-hangzhou/instances?name=db-staging-02')).json()).instances[0].instanceId;
  for (let index = existing; index < 100; index += 1) {
    const created = await request.post(`/api/regions/cn-hangzhou/instances/${instanceId}/images`, {
      data: { imageName: `quota-filler-${index}`, clientToken: `quota-filler-${index}` },
    });
    expect(created.status()).toBe(201);
    // ECS refuses a second image while the instance's disks are still being snapshotted.
    await emulator.advance(60);
  }

  const instances = new InstancesPage(page);
  const dialog = new CreateImageDialog(page);
  await page.goto('/regions/cn-hangzhou/instances');
  await (await instances.openMoreItem('web-prod-01', 'Disk and Image', 'Create Custom Image')).click();
  await dialog.fill('one-too-many', 'Over the quota');
  await dialog.createButton().click();

  const alert = dialog.root().getByRole('alert');
  await expect(alert).toContainText('QuotaExceed.Image');
  await expect(alert).toContainText(/Request ID: [0-9A-F-]{36}/);
  await expect(dialog.name()).toHaveValue('one-too-many');
  await expect(dialog.description()).toHaveValue('Over the quota');
});
