import { expect, type Locator, type Page } from '@playwright/test';
import { GigForm } from './gig-form';

/** The pipeline: board and table views, their filters, and the stage editor. */
export class PipelinePage {
  readonly heading: Locator;
  readonly newGigButton: Locator;
  readonly editStagesButton: Locator;
  readonly board: Locator;
  readonly liveRegion: Locator;
  readonly table: Locator;
  readonly search: Locator;
  readonly stageFilter: Locator;
  readonly sourceFilter: Locator;
  readonly tagFilter: Locator;
  readonly form: GigForm;
  readonly stagesDialog: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: 'Pipeline' });
    this.newGigButton = page.getByRole('main').getByRole('button', { name: 'New gig' }).first();
    this.editStagesButton = page.getByRole('button', { name: 'Edit stages' });
    this.board = page.getByRole('group', { name: 'Pipeline board' });
    this.liveRegion = page
      .getByRole('main')
      .getByRole('status')
      .filter({ hasText: /Moved|already|put back/ });
    this.table = page.getByRole('table');
    this.search = page.getByRole('searchbox', { name: 'Search gigs' });
    this.stageFilter = page.getByLabel('Stage', { exact: true });
    this.sourceFilter = page.getByRole('search').getByLabel('Source', { exact: true });
    this.tagFilter = page.getByRole('search').getByLabel('Tag', { exact: true });
    this.form = new GigForm(page);
    this.stagesDialog = page.getByRole('dialog', { name: 'Edit stages' });
  }

  column(stage: string): Locator {
    return this.board.getByRole('region', { name: stage, exact: true });
  }

  cards(stage: string): Locator {
    return this.column(stage).getByRole('list').getByRole('link');
  }

  card(title: string): Locator {
    return this.board.getByRole('link', { name: new RegExp(`^${title}`) });
  }

  async columnTitles(stage: string): Promise<string[]> {
    return this.cards(stage).locator('.gig-card-title').allTextContents();
  }

  async columnNames(): Promise<string[]> {
    return this.board.getByRole('heading', { level: 2 }).allTextContents();
  }

  /**
   * Drags a card with real pointer events: press, a small move past dnd-kit's 6 px activation distance,
   * then steps to the target so collision detection sees every position, and a final nudge before release.
   */
  async dragCard(title: string, toStage: string): Promise<void> {
    const from = await this.card(title).boundingBox();
    const to = await this.column(toStage).getByRole('list').boundingBox();
    if (!from || !to) throw new Error(`Cannot see the card ${title} or the column ${toStage}`);
    const startX = from.x + from.width / 2;
    const startY = from.y + Math.min(20, from.height / 2);
    const endX = to.x + to.width / 2;
    const endY = to.y + to.height - 24;
    await this.page.mouse.move(startX, startY);
    await this.page.mouse.down();
    await this.page.mouse.move(startX + 12, startY + 4, { steps: 4 });
    await this.page.mouse.move(endX, endY, { steps: 20 });
    await this.page.mouse.move(endX, endY - 4, { steps: 3 });
    await this.page.mouse.up();
  }

  async createGig(input: Parameters<GigForm['fill']>[0]): Promise<void> {
    await this.newGigButton.click();
    await this.form.fill(input);
    await this.form.save();
    await expect(this.form.dialog).toBeHidden();
  }

  tableTitles(): Promise<string[]> {
    return this.table.locator('tbody .gig-table-title').allTextContents();
  }

  sortBy(column: string): Promise<void> {
    return this.table.getByRole('button', { name: column, exact: true }).click();
  }

  stageField(position: number, what: 'name' | 'kind' | 'follow-up days'): Locator {
    return this.stagesDialog.getByLabel(`Stage ${position} ${what}`, { exact: true });
  }
}
