import { expect, type Locator, type Page } from '@playwright/test';

export interface ClientFormInput {
  name?: string;
  kind?: 'Company' | 'Individual';
  email?: string;
  phone?: string;
  website?: string;
  linkedin?: string;
  location?: string;
  timeZone?: string;
  notes?: string;
  tags?: string[];
}

export interface NewContactInput {
  name: string;
  role?: string;
  email?: string;
  phone?: string;
}

const textLabels = {
  name: 'Name',
  email: 'Email',
  phone: 'Phone',
  website: 'Website',
  linkedin: 'LinkedIn',
  location: 'Location',
  notes: 'Notes',
} as const;

/** The "New client" / "Edit …" dialog. */
export class ClientForm {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: /^(New client|Edit )/ });
  }

  field(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true });
  }

  async fill(input: ClientFormInput): Promise<void> {
    for (const [key, label] of Object.entries(textLabels)) {
      const value = input[key as keyof typeof textLabels];
      if (value !== undefined) await this.field(label).fill(value);
    }
    if (input.kind) await this.dialog.getByRole('radio', { name: input.kind }).check();
    if (input.timeZone !== undefined) await this.chooseTimeZone(input.timeZone);
    for (const tag of input.tags ?? []) await this.addTag(tag);
  }

  async chooseTimeZone(zone: string): Promise<void> {
    const box = this.dialog.getByRole('combobox', { name: 'Time zone' });
    await box.fill(zone);
    await this.dialog
      .getByRole('option', { name: new RegExp(`^${zone}`) })
      .first()
      .click();
  }

  async addTag(tag: string): Promise<void> {
    const box = this.dialog.getByRole('combobox', { name: 'Tags' });
    await box.fill(tag);
    await box.press('Enter');
    await expect(this.tagChip(tag)).toBeVisible();
  }

  tagChip(tag: string): Locator {
    return this.dialog.getByRole('list', { name: 'Chosen tags' }).getByRole('listitem').filter({ hasText: tag });
  }

  /** Adds a contact row inside the New client form and fills it. */
  async addContact(contact: NewContactInput): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Add contact' }).click();
    const rows = this.dialog.getByRole('group', { name: /^Contact \d+$/ });
    const index = await rows.count();
    const prefix = `Contact ${index} `;
    await this.dialog.getByLabel(`${prefix}Name`, { exact: true }).fill(contact.name);
    if (contact.role) await this.dialog.getByRole('combobox', { name: `${prefix}Role` }).fill(contact.role);
    if (contact.email) await this.dialog.getByLabel(`${prefix}Email`, { exact: true }).fill(contact.email);
    if (contact.phone) await this.dialog.getByLabel(`${prefix}Phone`, { exact: true }).fill(contact.phone);
  }

  async save(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Save client' }).click();
  }

  async cancel(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Cancel' }).click();
  }
}
