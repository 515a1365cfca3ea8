import { expect, type Locator, type Page } from '@playwright/test';
import { ClientForm } from './client-form';
import { ConfirmDialogPage } from './confirm-dialog';
import { ContactForm } from './contact-form';

/** The Clients screen: list, toolbar, empty states and the open client's detail. */
export class ClientsPage {
  readonly heading: Locator;
  readonly newClientButton: Locator;
  readonly search: Locator;
  readonly statusFilter: Locator;
  readonly tagFilter: Locator;
  readonly sort: Locator;
  readonly list: Locator;
  readonly options: Locator;
  readonly firstClientHeading: Locator;
  readonly form: ClientForm;
  readonly contactForm: ContactForm;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Clients' });
    this.newClientButton = page.getByRole('button', { name: 'New client' });
    this.search = page.getByRole('searchbox', { name: 'Search clients' });
    this.statusFilter = page.getByLabel('Show', { exact: true });
    this.tagFilter = page.getByLabel('Tag', { exact: true });
    this.sort = page.getByLabel('Sort by', { exact: true });
    this.list = page.getByRole('listbox', { name: 'Clients' });
    this.options = this.list.getByRole('option');
    this.firstClientHeading = page.getByRole('heading', { name: 'Add your first client' });
    this.form = new ClientForm(page);
    this.contactForm = new ContactForm(page);
  }

  option(name: string): Locator {
    return this.list.getByRole('option', { name, exact: true });
  }

  async expectNames(names: string[]): Promise<void> {
    await expect(this.options).toHaveCount(names.length);
    for (const [index, name] of names.entries()) await expect(this.options.nth(index)).toHaveAccessibleName(name);
  }

  async open(name: string): Promise<void> {
    await this.option(name).click();
    await expect(this.detailHeading(name)).toBeVisible();
  }

  async createClient(input: Parameters<ClientForm['fill']>[0]): Promise<void> {
    await this.newClientButton.click();
    await this.form.fill(input);
    await this.form.save();
    await expect(this.form.dialog).toBeHidden();
  }

  detail(name: string): Locator {
    return this.page.getByRole('article', { name });
  }

  detailHeading(name: string): Locator {
    return this.page.getByRole('heading', { level: 2, name, exact: true });
  }

  detailButton(name: 'Edit' | 'Archive' | 'Unarchive' | 'Delete'): Locator {
    return this.page.getByRole('article').getByRole('button', { name, exact: true });
  }

  contacts(clientName: string): Locator {
    return this.page.getByRole('list', { name: `Contacts at ${clientName}` }).getByRole('listitem');
  }

  contact(name: string): Locator {
    return this.page.getByRole('article').getByRole('listitem', { name, exact: true });
  }

  tags(): Locator {
    return this.page.getByRole('article').getByRole('list', { name: 'Tags' }).getByRole('listitem');
  }

  confirmDialog(title: string | RegExp): ConfirmDialogPage {
    return new ConfirmDialogPage(this.page, title);
  }
}
