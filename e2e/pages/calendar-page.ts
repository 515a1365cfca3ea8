import type { Locator, Page } from '@playwright/test';

type Box = { top: number; bottom: number; left: number; right: number; height: number; width: number };

/** Where a week block's time line and title are drawn, and whether the time line is cut short. */
export interface BlockLayout {
  block: Box;
  time: Box;
  title: Box;
  timeCut: boolean;
}

/** The calendar: toolbar, month grid and week grid. */
export class CalendarPage {
  readonly title: Locator;
  readonly month: Locator;

  constructor(readonly page: Page) {
    this.title = page.getByRole('heading', { level: 1 });
    this.month = page.getByRole('grid', { name: 'Month' });
  }

  view(name: 'Month' | 'Week'): Locator {
    return this.page.getByRole('radio', { name, exact: true });
  }

  button(name: 'Today' | 'Previous month' | 'Next month' | 'Previous week' | 'Next week'): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** A day's button by its long name, e.g. "Friday, January 16". */
  day(name: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^${name}(,|\\.)`) });
  }

  /** The items listed on a day in the month grid. */
  items(day: string): Locator {
    return this.page.getByRole('list', { name: `On ${day}` }).getByRole('link');
  }

  /** A crowded day's "+N more" button (month cell or week all-day cell). */
  more(day: string): Locator {
    return this.page.getByRole('button', { name: new RegExp(`^\\+\\d+ more on ${day}$`) });
  }

  /** The list a day's "+N more" opens, titled with the day ("Tuesday, January 20"). */
  dayList(day: string): Locator {
    return this.page.getByRole('dialog', { name: day, exact: true });
  }

  allDayItems(day: string): Locator {
    return this.page.getByRole('list', { name: `All day on ${day}` }).getByRole('link');
  }

  /** A timed block in the week grid, by its accessible name ("Deadline: Send invoice, 5:00 PM"). */
  weekBlock(name: string): Locator {
    return this.page.locator('.cal-week-col').getByRole('link', { name, exact: true });
  }

  async blockLayout(block: Locator): Promise<BlockLayout> {
    return block.evaluate((element) => {
      const box = (node: Element | null): Box => {
        const rect = (node ?? element).getBoundingClientRect();
        return {
          top: rect.top,
          bottom: rect.bottom,
          left: rect.left,
          right: rect.right,
          height: rect.height,
          width: rect.width,
        };
      };
      const time = element.querySelector('.cal-block-time');
      const outer = box(element);
      const line = box(time);
      return {
        block: outer,
        time: line,
        title: box(element.querySelector('.cal-block-title')),
        timeCut: !time || time.scrollWidth > time.clientWidth || line.right > outer.right || line.bottom > outer.bottom,
      };
    });
  }

  /**
   * The words of a week block's title that are laid out across more than one line (broken inside the
   * word), and the number of title lines drawn.
   */
  async titleWrap(block: Locator): Promise<{ brokenWords: string[]; lines: number }> {
    return block.evaluate((element) => {
      const title = element.querySelector('.cal-block-title');
      const text = title?.firstChild;
      if (!title || !text || text.nodeType !== Node.TEXT_NODE) return { brokenWords: ['(no title text)'], lines: 0 };
      const bottom = title.getBoundingClientRect().bottom + 0.5;
      const brokenWords: string[] = [];
      const tops = new Set<number>();
      for (const match of (text.textContent ?? '').matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(text, match.index);
        range.setEnd(text, match.index + match[0].length);
        const rects = Array.from(range.getClientRects());
        if (new Set(rects.map((rect) => Math.round(rect.top))).size > 1) brokenWords.push(match[0]);
        // Lines past the clamp are laid out but hidden: only the ones drawn count.
        rects.filter((rect) => rect.bottom <= bottom).forEach((rect) => tops.add(Math.round(rect.top)));
      }
      return { brokenWords, lines: tops.size };
    });
  }

  chooser(label: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name: label });
  }
}
