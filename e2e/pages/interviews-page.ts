import type { Locator, Page } from '@playwright/test';
import { InterviewForm } from './interview-form';

/** The Interviews screen: the list, the open interview, its prep checklist and outcome. */
export class InterviewsPage {
  readonly scheduleButton: Locator;
  readonly list: Locator;
  readonly detail: Locator;
  readonly form: InterviewForm;
  readonly checklist: Locator;
  readonly progress: Locator;
  readonly outcome: Locator;
  readonly overlap: Locator;
  readonly thankYou: Locator;

  constructor(readonly page: Page) {
    this.scheduleButton = page.getByRole('button', { name: 'Schedule interview' }).first();
    this.list = page.getByRole('region', { name: 'Interview list' });
    this.detail = page.getByRole('article');
    this.form = new InterviewForm(page);
    this.checklist = page.getByRole('list', { name: 'Prep checklist' });
    this.progress = page.getByRole('progressbar', { name: 'Prep progress' });
    this.outcome = page.getByRole('combobox', { name: 'Outcome', exact: true });
    this.overlap = page.getByRole('note', { name: 'Overlapping interviews' });
    this.thankYou = page.getByRole('region', { name: 'Thank-you follow-up' });
  }

  heading(title: string): Locator {
    return this.page.getByRole('heading', { level: 2, name: title, exact: true });
  }

  row(title: string | RegExp): Locator {
    return this.list.getByRole('link', { name: title });
  }

  prepItem(text: string): Locator {
    return this.checklist.getByRole('checkbox', { name: text, exact: true });
  }

  async addPrepItem(text: string): Promise<void> {
    await this.page.getByLabel('New checklist item').fill(text);
    await this.page.getByRole('button', { name: 'Add item' }).click();
  }
}
