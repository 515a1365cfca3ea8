import { expect, type Locator, type Page } from '@playwright/test';

export interface GigFormInput {
  title?: string;
  client?: string;
  stage?: string;
  source?: 'Platform' | 'Referral' | 'Repeat client' | 'Inbound' | 'Outreach' | 'Other';
  referrer?: string;
  currency?: string;
  rateUnit?: 'Per hour' | 'Per day' | 'Per week' | 'Fixed price';
  proposedRate?: string;
  agreedRate?: string;
  startDate?: string;
  endDate?: string;
}

/** The "New gig" / "Edit …" dialog. */
export class GigForm {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^(New gig|Edit )/ });
  }

  field(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true });
  }

  /** Types into a search picker and chooses the option whose name starts with `name`. */
  async pick(label: string, typed: string, name: string): Promise<void> {
    const box = this.dialog.getByRole('combobox', { name: label, exact: true });
    await box.fill(typed);
    await this.dialog
      .getByRole('option', { name: new RegExp(`^${name}`) })
      .first()
      .click();
    await expect(box).toHaveValue(name);
  }

  async fill(input: GigFormInput): Promise<void> {
    if (input.title !== undefined) await this.field('Title').fill(input.title);
    if (input.client) await this.pick('Client', input.client.slice(0, 4), input.client);
    if (input.stage) await this.field('Stage').selectOption({ label: input.stage });
    if (input.source) await this.field('Source').selectOption({ label: input.source });
    if (input.referrer) await this.pick('Referred by', input.referrer.slice(0, 4), input.referrer);
    if (input.currency !== undefined) await this.field('Currency').fill(input.currency);
    if (input.rateUnit) await this.field('Rate unit').selectOption({ label: input.rateUnit });
    if (input.proposedRate !== undefined) await this.field('Proposed rate').fill(input.proposedRate);
    if (input.agreedRate !== undefined) await this.field('Agreed rate').fill(input.agreedRate);
    if (input.startDate !== undefined) await this.field('Start date').fill(input.startDate);
    if (input.endDate !== undefined) await this.field('End date').fill(input.endDate);
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save gig' }).click();
  }

  async expectError(label: string, message: string): Promise<void> {
    await expect(this.field(label)).toHaveAttribute('aria-invalid', 'true');
    await expect(this.field(label)).toHaveAccessibleDescription(message);
  }
}
