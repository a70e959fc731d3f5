import { expect, type Locator, type Page } from '@playwright/test';

/** The Create Instance page of a custom image (/regions/:r/images/:id/create-instance). */
export class CreateInstanceForm {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { name: 'Create Instance', level: 1 });
  }

  form() {
    return this.page.getByRole('form', { name: 'Create Instance' });
  }

  select(name: string): Locator {
    return this.form().getByRole('combobox', { name, exact: true });
  }

  /** Chooses the option whose text contains `text` (options read "name (id, ...)"). */
  async choose(name: string, text: string) {
    const select = this.select(name);
    await expect(select).toBeEnabled();
    const option = select.locator('option', { hasText: text });
    await expect(option).toHaveCount(1);
    await select.selectOption((await option.getAttribute('value')) ?? '');
  }

  selectedText(name: string) {
    return this.select(name).locator('option:checked');
  }

  instanceName() {
    return this.form().getByRole('textbox', { name: 'Instance Name' });
  }

  /** Password inputs have no ARIA role; they are found by their label. */
  password() {
    return this.form().getByLabel('Logon Password');
  }

  confirmPassword() {
    return this.form().getByLabel('Confirm Password');
  }

  dataDisks() {
    return this.form().getByRole('table', { name: 'Data disks from the image' });
  }

  dataDiskSize(device: string) {
    return this.form().getByRole('spinbutton', { name: `Size of data disk ${device} (GiB)` });
  }

  createButton() {
    return this.form().getByRole('button', { name: 'Create' });
  }
}
