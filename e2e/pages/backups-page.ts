import { expect, type Locator, type Page } from '@playwright/test';
import { ConfirmDialogPage } from './confirm-dialog';

/** Settings → Backups: the folder, "Back up now", the list, Restore and its confirmation. */
export class BackupsPage {
  readonly section: Locator;
  readonly backUpNow: Locator;
  readonly list: Locator;
  readonly rows: Locator;
  readonly restoreDialog: ConfirmDialogPage;
  readonly toasts: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Backups', exact: true });
    this.backUpNow = this.section.getByRole('button', { name: 'Back up now' });
    this.list = this.section.getByRole('list', { name: 'Backups' });
    this.rows = this.list.getByRole('listitem');
    this.restoreDialog = new ConfirmDialogPage(page, /^Restore the backup from /);
    this.toasts = page.getByRole('list', { name: 'Notifications' });
  }

  /** "No backups yet", "1 backup", "12 backups" above the list. */
  readonly count = () => this.section.getByText(/^(No backups yet|\d+ backups?)$/);

  /** Waits for the list to load (the count above it), generously: it is the page's last query to answer. */
  async waitForList(): Promise<void> {
    await expect(this.count()).toBeVisible({ timeout: 15_000 });
  }

  /** The Restore button of the n-th row (0 = newest). */
  restoreButton(index: number): Locator {
    return this.rows.nth(index).getByRole('button', { name: /^Restore the backup from / });
  }

  toast(text: string | RegExp): Locator {
    return this.toasts.getByRole('status').filter({ hasText: text });
  }

  async backUp(): Promise<void> {
    const before = await this.rows.count();
    await this.backUpNow.click();
    await expect(this.toast(/^Backed up: /)).toBeVisible();
    await expect(this.rows).toHaveCount(before + 1);
  }

  /** Opens the confirmation for the n-th row and checks it says what happens. */
  async startRestore(index: number): Promise<void> {
    await this.restoreButton(index).click();
    await expect(this.restoreDialog.dialog).toBeVisible();
    await expect(this.restoreDialog.dialog).toContainText('Your current data is backed up first, then replaced by');
  }
}
