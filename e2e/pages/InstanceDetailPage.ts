import type { Locator, Page } from '@playwright/test';

/** One instance's page (/regions/:r/instances/:id): summary, disks, images made from it, More. */
export class InstanceDetailPage {
  constructor(readonly page: Page) {}

  heading(name: string) {
    return this.page.getByRole('heading', { name, level: 1 });
  }

  summary() {
    return this.page.getByRole('region', { name: 'Basic Information' });
  }

  disks() {
    return this.page.getByRole('table', { name: 'Disks' });
  }

  diskRows(type: 'System Disk' | 'Data Disk'): Locator {
    return this.disks().getByRole('row').filter({ hasText: type });
  }

  imagesMadeFromIt() {
    return this.page.getByRole('table', { name: 'Images made from this instance' });
  }

  /** More > Disk and Image > <item>; returns the item. */
  async openDiskAndImageItem(item: string) {
    await this.page.getByRole('button', { name: 'More' }).click();
    await this.page.getByRole('menuitem', { name: 'Disk and Image' }).click();
    return this.page.getByRole('menu', { name: 'Disk and Image' }).getByRole('menuitem', { name: item });
  }
}
