import { expect, type Locator, type Page } from '@playwright/test';

/** Instances: the table, its search, and each row's More menu. */
export class InstancesPage {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { name: 'Instances', level: 1 });
  }

  async searchByName(name: string) {
    await this.page.getByRole('searchbox', { name: /search/i }).fill(name);
    await this.page.getByRole('button', { name: 'Search' }).click();
  }

  row(instanceName: string): Locator {
    return this.page.getByRole('row').filter({ hasText: instanceName });
  }

  /** More > <group> > <item>, as in the ECS console. Returns the final menu item. */
  async openMoreItem(instanceName: string, group: 'Instance Status' | 'Disk and Image', item: string) {
    await this.row(instanceName).getByRole('button', { name: 'More' }).click();
    await this.page.getByRole('menuitem', { name: group }).click();
    const menuItem = this.page.getByRole('menuitem', { name: new RegExp(`^${item}`) });
    await expect(menuItem).toBeVisible();
    return menuItem;
  }

  async closeMenus() {
    await this.page.keyboard.press('Escape');
    await this.page.keyboard.press('Escape');
  }
}
