import { expect, type Locator, type Page } from '@playwright/test';

/** The Settings screen's reminder, quiet-hours, follow-up, prep-checklist and notification sections. */
export class SettingsPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Settings' });
  }

  section(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  leadChips(listName: 'Deadline reminders' | 'Interview reminders'): Locator {
    return this.page.getByRole('list', { name: listName }).getByRole('listitem');
  }

  async addLeadTime(fieldLabel: string, text: string): Promise<void> {
    const box = this.page.getByRole('combobox', { name: fieldLabel });
    await box.fill(text);
    await box.press('Enter');
  }

  async expectSaved(section: string): Promise<void> {
    await expect(this.section(section).getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
  }

  prepItem(index: number): Locator {
    return this.section('Interview prep checklists').getByLabel(`Item ${index}`, { exact: true });
  }
}
