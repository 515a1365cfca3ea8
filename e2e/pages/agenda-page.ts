import type { Locator, Page } from '@playwright/test';

/** The agenda: Overdue, Today and Next 7 days sections and their rows. */
export class AgendaPage {
  readonly heading: Locator;
  readonly overdue: Locator;
  readonly today: Locator;
  readonly upcoming: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Agenda' });
    this.overdue = page.getByRole('region', { name: /^Overdue/ });
    this.today = page.getByRole('region', { name: /^Today/ });
    this.upcoming = page.getByRole('region', { name: /^Next 7 days/ });
  }

  /** The item links of a section, in order. */
  titles(section: Locator): Locator {
    return section.locator('.agenda-title');
  }

  row(section: Locator, title: string | RegExp): Locator {
    return section.getByRole('listitem').filter({ has: this.page.getByRole('link', { name: title }) });
  }

  completeBox(title: string): Locator {
    return this.page.getByRole('checkbox', { name: `Complete “${title}”` });
  }
}
