import { expect, type Locator, type Page } from '@playwright/test';

/** The command palette (Mod+K) and the keyboard shortcut overlay (?). */
export class CommandPalette {
  readonly dialog: Locator;
  readonly input: Locator;
  readonly results: Locator;
  readonly sidebarButton: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Command palette' });
    this.input = this.dialog.getByRole('combobox');
    this.results = this.dialog.getByRole('listbox', { name: 'Results' });
    this.sidebarButton = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: /^Search/ });
  }

  async openWithKeyboard(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+k');
    await expect(this.dialog).toBeVisible();
    await expect(this.input).toBeFocused();
  }

  /** An option whose text starts with `title` (the subtitle follows it). */
  option(title: string): Locator {
    return this.results.getByRole('option', { name: new RegExp(`^${escape(title)}`) });
  }

  /** The options under a group heading such as "Clients" or "Actions". */
  group(heading: string): Locator {
    return this.results.getByRole('group', { name: heading, exact: true });
  }

  async search(text: string): Promise<void> {
    await this.input.fill(text);
  }

  /** Waits until `title` is the highlighted option, then presses Enter. */
  async choose(title: string): Promise<void> {
    await expect(this.option(title)).toHaveAttribute('aria-selected', 'true');
    await this.input.press('Enter');
    await expect(this.dialog).toBeHidden();
  }
}

export class ShortcutHelp {
  readonly dialog: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  }

  group(title: string): Locator {
    return this.dialog.getByRole('region', { name: new RegExp(`^${escape(title)}`) });
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
