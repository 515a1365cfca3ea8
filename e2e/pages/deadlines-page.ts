import type { Locator, Page } from '@playwright/test';
import { DeadlineForm } from './deadline-form';

/** The Deadlines screen: status filter, grouped list, the open deadline. */
export class DeadlinesPage {
  readonly newButton: Locator;
  readonly list: Locator;
  readonly detail: Locator;
  readonly form: DeadlineForm;

  constructor(readonly page: Page) {
    this.newButton = page.getByRole('button', { name: 'New deadline' }).first();
    this.list = page.getByRole('region', { name: 'Deadline list' });
    this.detail = page.getByRole('article');
    this.form = new DeadlineForm(page);
  }

  status(name: 'Open' | 'Completed' | 'All'): Locator {
    return this.page.getByRole('radio', { name, exact: true });
  }

  /** Section headings in list order ("Overdue", "Today", …). */
  groups(): Locator {
    return this.list.getByRole('heading', { level: 2 });
  }

  row(title: string): Locator {
    return this.list.getByRole('link', { name: new RegExp(`^${title}`) });
  }

  completeBox(title: string): Locator {
    return this.page.getByRole('checkbox', { name: `Complete “${title}”` });
  }

  heading(title: string): Locator {
    return this.page.getByRole('heading', { level: 2, name: title, exact: true });
  }
}
