import type { Locator, Page } from '@playwright/test';

/** The calendar: toolbar, month grid and week grid. */
export class CalendarPage {
  readonly title: Locator;
  readonly month: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByRole('heading', { level: 1 });
    this.month = page.getByRole('grid', { name: 'Month' });
  }

  view(name: 'Month' | 'Week'): Locator {
    return this.page.getByRole('radio', { name, exact: true });
  }

  button(name: 'Today' | 'Previous month' | 'Next month' | 'Previous week' | 'Next week'): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** A day's button by its long name, e.g. "Friday, January 16". */
  day(name: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${name}(,|\\.)`) });
  }

  /** The items listed on a day in the month grid. */
  items(day: string): Locator {
    return this.page.getByRole('list', { name: `On ${day}` }).getByRole('link');
  }

  allDayItems(day: string): Locator {
    return this.page.getByRole('list', { name: `All day on ${day}` }).getByRole('link');
  }

  chooser(label: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name: label });
  }
}
