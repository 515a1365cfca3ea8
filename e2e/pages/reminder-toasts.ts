import { expect, type Locator, type Page } from '@playwright/test';

/** The reminder toasts at the top right ("New reminders"). */
export class ReminderToasts {
  readonly region: Locator;
  readonly all: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'New reminders' });
    this.all = this.region.getByRole('listitem');
  }

  toast(title: string | RegExp): Locator {
    return this.all.filter({ has: this.page.getByText(title, { exact: typeof title === 'string' }) });
  }

  button(title: string | RegExp, name: string): Locator {
    return this.toast(title).getByRole('button', { name, exact: true });
  }

  /** Whether the toast is what is drawn at its own middle (false when something, like a dialog's backdrop, covers it). */
  async isOnTop(title: string | RegExp): Promise<boolean> {
    return this.toast(title).evaluate((element) => {
      const box = element.getBoundingClientRect();
      return element.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
    });
  }

  /** Whether `cover` is drawn on top where it and the toast overlap; null when they do not overlap at all. */
  async coveredWhereOverlapping(title: string | RegExp, cover: Locator): Promise<boolean | null> {
    const toast = await this.toast(title).boundingBox();
    const other = await cover.boundingBox();
    if (!toast || !other) return null;
    const left = Math.max(toast.x, other.x);
    const right = Math.min(toast.x + toast.width, other.x + other.width);
    const top = Math.max(toast.y, other.y);
    const bottom = Math.min(toast.y + toast.height, other.y + other.height);
    if (right <= left || bottom <= top) return null;
    const point = { x: (left + right) / 2, y: (top + bottom) / 2 };
    return cover.evaluate((element, at) => element.contains(document.elementFromPoint(at.x, at.y)), point);
  }

  async close(title: string | RegExp): Promise<void> {
    await this.toast(title)
      .getByRole('button', { name: /^Close/ })
      .click();
    await expect(this.toast(title)).toHaveCount(0);
  }
}
