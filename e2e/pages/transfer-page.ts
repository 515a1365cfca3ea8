import { expect, type Download, type Locator, type Page } from '@playwright/test';
import fs from 'node:fs/promises';

export interface SavedFile {
  name: string;
  bytes: Buffer;
  text: string;
}

/** Settings → Export and import, and the import wizard it opens. */
export class TransferPage {
  readonly section: Locator;
  readonly wizard: Locator;
  readonly fileInput: Locator;
  readonly stepHeading: Locator;
  readonly totals: Locator;
  readonly problems: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('region', { name: 'Export and import', exact: true });
    this.wizard = page.getByRole('dialog', { name: 'Import from a file' });
    this.fileInput = this.wizard.getByLabel('File to import');
    this.stepHeading = this.wizard.locator('.import-step-heading');
    this.totals = this.wizard.locator('.import-totals');
    this.problems = this.wizard.getByRole('list', { name: 'Problems' });
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  wizardButton(name: string | RegExp): Locator {
    return this.wizard.getByRole('button', { name, exact: typeof name === 'string' });
  }

  toast(text: string | RegExp): Locator {
    return this.page.getByRole('status').filter({ hasText: text });
  }

  /** Clicks a button that saves a file and returns the file as the browser saved it. */
  async save(button: Locator): Promise<SavedFile> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    return readDownload(download);
  }

  async exportCsv(list: 'Clients' | 'Gigs' | 'Interviews' | 'Deadlines'): Promise<SavedFile> {
    await this.section.getByLabel('List to export').selectOption({ label: list });
    return this.save(this.section.getByRole('button', { name: `Export ${list.toLowerCase()} as CSV` }));
  }

  async openImport(): Promise<void> {
    await this.section.getByRole('button', { name: 'Import from a file…' }).click();
    await expect(this.wizard).toBeVisible();
  }

  async chooseFile(name: string, content: string | Buffer, mimeType = 'text/csv'): Promise<void> {
    const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
    await this.fileInput.setInputFiles({ name, mimeType, buffer });
    await expect(this.wizard.getByText(name, { exact: true })).toBeVisible();
  }

  async continueTo(step: string): Promise<void> {
    await this.wizardButton('Continue').click();
    await expect(this.stepHeading).toHaveText(step);
  }

  async preview(): Promise<void> {
    await this.wizardButton('Preview import').click();
    await expect(this.stepHeading).toHaveText('Check what would change');
  }

  /** The column chosen for a Gigline field in the mapping step. */
  columnFor(field: string): Locator {
    return this.wizard.getByRole('combobox', { name: field, exact: true });
  }

  issue(place: string): Locator {
    return this.problems.getByRole('listitem').filter({ hasText: place }).first();
  }

  summaryRow(records: string): Locator {
    return this.wizard.getByRole('row', { name: new RegExp(`^${records}\\b`) });
  }
}

export async function readDownload(download: Download): Promise<SavedFile> {
  const file = await download.path();
  const bytes = await fs.readFile(file);
  return { name: download.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}
