import type { Locator, Page } from '@playwright/test';

/** Snapshots: the filters, the table and each row's Create Custom Image. */
export class SnapshotsPage {
  constructor(readonly page: Page) {}

  /** Instances & Images > Snapshots in the left navigation. */
  async open() {
    await this.page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Snapshots' }).click();
  }

  heading() {
    return this.page.getByRole('heading', { name: 'Snapshots', level: 1 });
  }

  table() {
    return this.page.getByRole('table', { name: 'Snapshots' });
  }

  async filterByInstance(instanceId: string) {
    const filters = this.page.getByRole('search', { name: 'Filter snapshots' });
    await filters.getByRole('textbox', { name: 'Instance ID' }).fill(instanceId);
    await filters.getByRole('button', { name: 'Search' }).click();
  }

  row(snapshotId: string): Locator {
    return this.table().getByRole('row').filter({ hasText: snapshotId });
  }

  async createImageFrom(snapshotId: string) {
    await this.row(snapshotId).getByRole('button', { name: 'Create Custom Image' }).click();
  }
}
