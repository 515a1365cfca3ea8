import type { Locator, Page } from '@playwright/test';

/** A confirmation (alertdialog) such as "Delete Acme?". */
export class ConfirmDialogPage {
  readonly dialog: Locator;

  constructor(page: Page, title: string | RegExp) {
    this.dialog = page.getByRole('alertdialog', { name: title });
  }

  async confirm(label: string): Promise<void> {
    await this.dialog.getByRole('button', { name: label, exact: true }).click();
  }

  async cancel(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Cancel' }).click();
  }

  get alert(): Locator {
    return this.dialog.getByRole('alert');
  }
}
