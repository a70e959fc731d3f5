import type { Page } from '@playwright/test';

/** The "Create Custom Image" dialog. */
export class CreateImageDialog {
  constructor(readonly page: Page) {}

  root() {
    return this.page.getByRole('dialog', { name: 'Create Custom Image' });
  }

  name() {
    return this.root().getByRole('textbox', { name: 'Custom Image Name' });
  }

  description() {
    return this.root().getByRole('textbox', { name: 'Custom Image Description' });
  }

  createButton() {
    return this.root().getByRole('button', { name: 'Create' });
  }

  async fill(name: string, description: string) {
    await this.name().fill(name);
    await this.description().fill(description);
  }
}
