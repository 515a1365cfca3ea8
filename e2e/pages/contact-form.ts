import type { Locator, Page } from '@playwright/test';

export interface ContactInput {
  name?: string;
  role?: string;
  email?: string;
  phone?: string;
  linkedin?: string;
  notes?: string;
}

/** The "Add contact" / "Edit <name>" dialog opened from a client's contacts section. */
export class ContactForm {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^(Add contact|Edit )/ });
  }

  field(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true });
  }

  async fill(input: ContactInput): Promise<void> {
    if (input.name !== undefined) await this.field('Name').fill(input.name);
    if (input.role !== undefined) await this.dialog.getByRole('combobox', { name: 'Role' }).fill(input.role);
    if (input.email !== undefined) await this.field('Email').fill(input.email);
    if (input.phone !== undefined) await this.field('Phone').fill(input.phone);
    if (input.linkedin !== undefined) await this.field('LinkedIn').fill(input.linkedin);
    if (input.notes !== undefined) await this.field('Notes').fill(input.notes);
  }

  /** Types the start of a role and picks the suggestion with the keyboard. */
  async pickRole(typed: string, suggestion: string): Promise<void> {
    const box = this.dialog.getByRole('combobox', { name: 'Role' });
    await box.fill(typed);
    await this.dialog.getByRole('option', { name: suggestion }).waitFor();
    await box.press('ArrowDown');
    await box.press('Enter');
  }

  async submit(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^(Add contact|Save contact)$/ }).click();
  }
}
