import type { Page } from '@playwright/test';

/** The top bar and left navigation, present on every page. */
export class ConsoleShell {
  constructor(readonly page: Page) {}

  regionSelector() {
    return this.page.getByRole('button', { name: /region/i });
  }

  async chooseRegion(name: string) {
    await this.regionSelector().click();
    // Each item reads "<English name> <region ID>", e.g. "China (Hangzhou) cn-hangzhou".
    const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    await this.page.getByRole('menuitem', { name: new RegExp(`^${escaped} `) }).click();
  }

  navigation() {
    return this.page.getByRole('navigation', { name: 'Main navigation' });
  }

  async openInstances() {
    await this.navigation().getByRole('link', { name: 'Instances' }).click();
  }

  async openImages() {
    await this.navigation().getByRole('link', { name: 'Images' }).click();
  }

  /** The notification stack that follows the user across pages. */
  notifications() {
    return this.page.getByRole('region', { name: /notifications/i });
  }
}
