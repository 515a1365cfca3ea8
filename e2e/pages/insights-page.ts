import type { Locator, Page } from '@playwright/test';

/** The Insights screen: the period picker, its cards (regions named by their headings) and the benchmark editor. */
export class InsightsPage {
  readonly pipeline: Locator;
  readonly sources: Locator;
  readonly rates: Locator;
  readonly habits: Locator;
  readonly benchmarks: Locator;

  constructor(readonly page: Page) {
    this.pipeline = page.getByRole('region', { name: 'Pipeline now' });
    this.sources = page.getByRole('region', { name: 'Where work comes from' });
    this.rates = page.getByRole('region', { name: 'Rates', exact: true });
    this.habits = page.getByRole('region', { name: 'Habits clients notice' });
    this.benchmarks = page.getByRole('dialog', { name: 'Rate benchmarks' });
  }

  period(name: '30 days' | '90 days' | '12 months' | 'All time'): Locator {
    return this.page.getByRole('radio', { name, exact: true });
  }

  /** A table row by its header cell (a stage, a source, or a rate such as "EUR per hour"). */
  row(card: Locator, name: string): Locator {
    return card.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }
}
