import type { Page } from '@playwright/test';

/** "Create Custom Image" opened from a snapshot: system snapshot, name, data disk rows. */
export class CreateImageFromSnapshotDialog {
  constructor(readonly page: Page) {}

  root() {
    return this.page.getByRole('dialog', { name: 'Create Custom Image' });
  }

  systemSnapshotId() {
    return this.root().getByRole('textbox', { name: 'System Snapshot ID' });
  }

  name() {
    return this.root().getByRole('textbox', { name: 'Custom Image Name' });
  }

  dataDisk(index: number) {
    return this.root().getByRole('group', { name: `Data disk ${index}` });
  }

  /** Ticks "Add Data Disk Snapshot" and adds `count` rows. */
  async addDataDisks(count: number) {
    await this.root().getByRole('checkbox', { name: 'Add Data Disk Snapshot' }).check();
    for (let added = 0; added < count; added += 1) {
      await this.root().getByRole('button', { name: 'Add', exact: true }).click();
    }
  }

  /** Picks a snapshot by ID for a row ("None (empty data disk)" when null). */
  async pickSnapshot(index: number, snapshotId: string | null) {
    const picker = this.dataDisk(index).getByRole('combobox', { name: 'Snapshot' });
    await picker.selectOption(snapshotId ?? '');
  }

  createButton() {
    return this.root().getByRole('button', { name: 'Create', exact: true });
  }
}
