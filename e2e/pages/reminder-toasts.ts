import { expect, type Locator, type Page } from '@playwright/test';

/** The reminder toasts at the top right ("New reminders"). */
export class ReminderToasts {
  readonly region: Locator;
  readonly all: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'New reminders' });
    this.all = this.region.getByRole('listitem');
  }

  toast(title: string | RegExp): Locator {
    return this.all.filter({ has: this.page.getByText(title, { exact: typeof title === 'string' }) });
  }

  button(title: string | RegExp, name: string): Locator {
    return this.toast(title).getByRole('button', { name, exact: true });
  }

  async close(title: string | RegExp): Promise<void> {
    await this.toast(title)
      .getByRole('button', { name: /^Close/ })
      .click();
    await expect(this.toast(title)).toHaveCount(0);
  }
}
