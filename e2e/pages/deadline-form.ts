import { expect, type Locator, type Page } from '@playwright/test';

export interface DeadlineInput {
  title?: string;
  gig?: string;
  allDay?: boolean;
  date?: string;
  time?: string;
  priority?: 'Low' | 'Normal' | 'High';
  important?: boolean;
  reminders?: string[];
  notes?: string;
}

/** The "New deadline" / "Edit deadline" dialog. */
export class DeadlineForm {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^(New deadline|Edit deadline)$/ });
  }

  field(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true });
  }

  async fill(input: DeadlineInput): Promise<void> {
    if (input.title !== undefined) await this.field('Title').fill(input.title);
    if (input.gig) {
      await this.dialog.getByRole('combobox', { name: 'Gig' }).fill(input.gig);
      await this.dialog.getByRole('option', { name: new RegExp(input.gig) }).click();
    }
    if (input.allDay !== undefined)
      await this.dialog.getByRole('radio', { name: input.allDay ? 'All day' : 'At a time' }).check();
    if (input.date !== undefined) await this.field(input.allDay ? 'Day' : 'Date').fill(input.date);
    if (input.time !== undefined) await this.field('Time').fill(input.time);
    if (input.priority) await this.dialog.getByRole('radio', { name: input.priority }).check();
    if (input.important) await this.dialog.getByRole('checkbox', { name: /^Important/ }).check();
    for (const reminder of input.reminders ?? []) {
      await this.dialog.getByLabel('Other reminder time').fill(reminder);
      await this.dialog.getByRole('button', { name: 'Add reminder' }).click();
    }
    if (input.notes !== undefined) await this.field('Notes').fill(input.notes);
  }

  reminderChips(): Locator {
    return this.dialog.getByRole('list', { name: 'Reminders for this deadline' }).getByRole('listitem');
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save deadline' }).click();
  }

  async saveAndClose(): Promise<void> {
    await this.save();
    await expect(this.dialog).toBeHidden();
  }
}
