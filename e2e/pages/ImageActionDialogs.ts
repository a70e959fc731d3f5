import type { Page } from '@playwright/test';

/** The image detail header's actions and the Export Image / Delete Image dialogs. */
export class ImageActionDialogs {
  constructor(readonly page: Page) {}

  header() {
    return this.page.getByRole('group', { name: 'Image actions' });
  }

  exportDialog() {
    return this.page.getByRole('dialog', { name: 'Export Image' });
  }

  deleteDialog() {
    return this.page.getByRole('dialog', { name: 'Delete Image' });
  }

  async openExport() {
    await this.header().getByRole('button', { name: 'Export Image' }).click();
  }

  async fillExport(bucket: string, prefix: string, format: string) {
    const dialog = this.exportDialog();
    await dialog.getByRole('textbox', { name: 'OSS Bucket' }).fill(bucket);
    await dialog.getByRole('textbox', { name: 'OSS Prefix' }).fill(prefix);
    await dialog.getByRole('combobox', { name: 'Format' }).selectOption(format);
  }

  async openDelete() {
    await this.header().getByRole('button', { name: 'Delete Image' }).click();
  }
}
