import { test, expect } from './fixtures';
import { CreateInstanceForm } from './pages/CreateInstanceForm';
import { InstanceDetailPage } from './pages/InstanceDetailPage';
import { InstancesPage } from './pages/InstancesPage';

test('an administrator creates an instance from web-prod-baseline and it comes with the image’s data disks', async ({ page, emulator }) => {
  // A whole journey across several pages: more than the default 30 s when workers share a busy CPU.
  test.setTimeout(60_000);
  const form = new CreateInstanceForm(page);
  const instances = new InstancesPage(page);
  const detail = new InstanceDetailPage(page);

  // Images > web-prod-baseline (system 40 + data 100 + data 200 GiB) > Create Instance.
  await page.goto('/regions/cn-hangzhou/images');
  const imageRow = page.getByRole('row').filter({ hasText: 'web-prod-baseline' });
  await imageRow.getByRole('link', { name: /^m-/ }).click();
  await expect(page.getByRole('heading', { name: 'web-prod-baseline', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Create Instance' }).click();
  await expect(form.heading()).toBeVisible();

  // The image's data disks are listed by mount device, at their snapshot sizes.
  const disks = form.dataDisks();
  await expect(disks.getByRole('row').filter({ hasText: '/dev/xvdb' })).toContainText('100');
  await expect(disks.getByRole('row').filter({ hasText: '/dev/xvdc' })).toContainText('200');

  // Zone, type, and the network of the seed: the vSwitch follows the zone.
  await form.select('Zone').selectOption('cn-hangzhou-i');
  await expect(form.selectedText('vSwitch')).toHaveText(/main-cn-hangzhou-i/);
  await form.select('Zone').selectOption('cn-hangzhou-h');
  await expect(form.selectedText('vSwitch')).toHaveText(/main-cn-hangzhou-h/);
  await form.choose('Instance Type', 'ecs.g7.large');
  await form.choose('Security Group', 'web-sg');

  await form.instanceName().fill('web-from-baseline');
  await form.password().fill('Passw0rd!2026');
  await form.confirmPassword().fill('Passw0rd!2026');

  // A data disk can grow, not shrink: the form says so as the size is typed.
  await form.dataDiskSize('/dev/xvdb').fill('50');
  await expect(form.dataDiskSize('/dev/xvdb')).toHaveAccessibleDescription('A data disk can grow but not shrink: at least 100 GiB.');
  await form.dataDiskSize('/dev/xvdb').fill('100');
  await form.dataDiskSize('/dev/xvdc').fill('250');
  await form.createButton().click();

  // The Instances list, filtered to the new instance, shows it coming up, then Running.
  await expect(instances.heading()).toBeVisible();
  const row = instances.row('web-from-baseline');
  await expect(row).toContainText(/Pending|Starting/);
  await emulator.advance(30);
  await expect(row).toContainText('Running');

  // Its detail page shows the system disk and the two data disks, by device and size.
  await row.getByRole('link', { name: /^Manage/ }).click();
  await expect(detail.heading('web-from-baseline')).toBeVisible();
  await expect(detail.summary()).toContainText('ecs.g7.large');
  await expect(detail.summary()).toContainText('m-bp1do1thh73546fk0ma4');
  await expect(detail.diskRows('System Disk')).toHaveCount(1);
  await expect(detail.diskRows('Data Disk')).toHaveCount(2);
  await expect(detail.diskRows('Data Disk').filter({ hasText: '/dev/xvdb' })).toContainText('100');
  await expect(detail.diskRows('Data Disk').filter({ hasText: '/dev/xvdc' })).toContainText('250');
});
