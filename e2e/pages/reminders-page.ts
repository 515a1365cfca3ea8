import type { Locator, Page } from '@playwright/test';

/** The Reminders screen: the inbox (missed and delivered) and what comes next. */
export class RemindersPage {
  readonly heading: Locator;
  readonly delivered: Locator;
  readonly missed: Locator;
  readonly upcoming: Locator;
  readonly bell: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Reminders' });
    this.delivered = page.getByRole('list', { name: 'Delivered reminders' });
    this.missed = page.getByRole('list', { name: 'Missed while you were away' });
    this.upcoming = page.getByRole('list', { name: 'Coming up' });
    this.bell = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Reminders/ });
  }

  /** An inbox row (missed or delivered) by its title. */
  inboxRow(title: string): Locator {
    return this.page
      .getByRole('region', { name: /^Waiting for you/ })
      .getByRole('listitem')
      .filter({ has: this.page.getByText(title, { exact: true }) });
  }

  upcomingRow(title: string): Locator {
    return this.upcoming.getByRole('listitem').filter({ hasText: title });
  }
}
