import { expect, type Locator, type Page } from '@playwright/test';

export interface InterviewInput {
  gig?: string;
  date?: string;
  time?: string;
  kind?: string;
  link?: string;
  location?: string;
  round?: string;
  people?: string[];
  notes?: string;
}

/** The "Schedule interview" / "Edit interview" dialog. */
export class InterviewForm {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^(Schedule interview|Edit interview)$/ });
  }

  field(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true });
  }

  get gig(): Locator {
    return this.dialog.getByRole('combobox', { name: 'Gig' });
  }

  async chooseGig(search: string, option: string | RegExp): Promise<void> {
    await this.gig.fill(search);
    await this.dialog.getByRole('option', { name: option }).click();
  }

  async fill(input: InterviewInput): Promise<void> {
    if (input.gig) await this.chooseGig(input.gig, new RegExp(input.gig));
    if (input.date) await this.field('Date').fill(input.date);
    if (input.time) await this.field('Time').fill(input.time);
    if (input.kind) await this.field('Kind').selectOption({ label: input.kind });
    if (input.link !== undefined) await this.field('Call link').fill(input.link);
    if (input.location !== undefined) await this.field('Location').fill(input.location);
    if (input.round !== undefined) await this.field('Round').fill(input.round);
    for (const person of input.people ?? []) await this.dialog.getByRole('checkbox', { name: person }).check();
    if (input.notes !== undefined) await this.field('Notes').fill(input.notes);
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save interview' }).click();
  }

  async saveAndClose(): Promise<void> {
    await this.save();
    await expect(this.dialog).toBeHidden();
  }
}
