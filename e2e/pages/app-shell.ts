import type { Locator, Page } from '@playwright/test';

/** The sidebar and the main region. */
export class AppShell {
  readonly nav: Locator;
  readonly main: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: 'Main' });
    this.main = page.getByRole('main');
  }

  link(name: string): Locator {
    return this.nav.getByRole('link', { name, exact: true });
  }

  async goTo(name: string): Promise<void> {
    await this.link(name).click();
  }

  toast(text: string | RegExp): Locator {
    return this.page.getByRole('list', { name: 'Notifications' }).getByText(text);
  }
}
