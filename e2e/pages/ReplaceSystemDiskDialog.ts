import type { Page } from '@playwright/test';

/** More > Disk and Image > Replace System Disk. */
export class ReplaceSystemDiskDialog {
  constructor(readonly page: Page) {}

  root() {
    return this.page.getByRole('dialog', { name: 'Replace System Disk' });
  }

  image(name: string) {
    return this.root().getByRole('radio', { name: new RegExp(`^${name} \\(`) });
  }

  systemDiskSize() {
    return this.root().getByRole('spinbutton', { name: 'System Disk Size (GiB)' });
  }

  async setPassword(password: string) {
    await this.root().getByLabel('Logon Password').fill(password);
    await this.root().getByLabel('Confirm Password').fill(password);
  }

  replaceButton() {
    return this.root().getByRole('button', { name: 'Replace' });
  }
}
