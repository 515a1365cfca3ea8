import { expect, type Locator, type Page } from '@playwright/test';
import { ConfirmDialogPage } from './confirm-dialog';

/** One gig's screen (#/gigs/:id). */
export class GigPage {
  readonly heading: Locator;
  readonly stageSelect: Locator;
  readonly timeline: Locator;
  readonly rateTrail: Locator;
  readonly questions: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.stageSelect = page.getByRole('combobox', { name: 'Stage' });
    this.timeline = page.getByRole('list', { name: 'Timeline entries' });
    this.rateTrail = page.getByRole('list', { name: 'Rate trail' });
    this.questions = page.getByRole('list', { name: 'Clarifying questions' });
  }

  rateFigure(label: 'Proposed' | 'Agreed'): Locator {
    return this.page
      .locator('.rate-figure')
      .filter({ has: this.page.getByRole('term').getByText(label, { exact: true }) })
      .getByRole('definition');
  }

  async addRateStep(step: string, amount: string): Promise<void> {
    const addButton = this.page.getByRole('button', { name: 'Add rate step' });
    await addButton.click();
    const form = this.page.getByRole('form', { name: 'Add rate step' });
    await form.getByLabel('Step', { exact: true }).selectOption({ label: step });
    await form.getByLabel('Amount', { exact: true }).fill(amount);
    await form.getByRole('button', { name: 'Add step' }).click();
    await expect(form).toBeHidden();
  }

  async addQuestion(text: string): Promise<void> {
    await this.page.getByLabel('New question', { exact: true }).fill(text);
    await this.page.getByRole('button', { name: 'Add question' }).click();
    await expect(this.questions.getByText(text, { exact: true })).toBeVisible();
  }

  async logEntry(kind: string, body: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Log contact or note' });
    await form.getByLabel('Kind', { exact: true }).selectOption({ label: kind });
    await form.getByLabel('What happened', { exact: true }).fill(body);
    await form.getByRole('button', { name: 'Log entry' }).click();
    await expect(this.timeline.getByText(body, { exact: true })).toBeVisible();
  }

  confirmDialog(title: string | RegExp): ConfirmDialogPage {
    return new ConfirmDialogPage(this.page, title);
  }
}
