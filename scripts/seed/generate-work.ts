/** The work side of the seed: gigs across the pipeline, interviews, deadlines and timeline notes. */
import type { SeedContext, SeededClient, SeededGig } from './generate';
import { DAY, isoDay, paragraph, sentence, slug, workingTime } from './text';
import {
  ADMIN_DEADLINES,
  CITIES,
  DEADLINE_THINGS,
  DEADLINE_VERBS,
  GIG_HOW,
  GIG_WHAT,
  INBOUND,
  NOTE_OPENERS,
  PLATFORMS,
} from './words';

interface StageRow {
  id: number;
  name: string;
  kind: 'open' | 'won' | 'lost';
  position: number;
}

/** Share of gigs per default stage; stages a user added or renamed get a middling weight. */
const STAGE_WEIGHTS: Record<string, number> = {
  Lead: 10,
  Applied: 15,
  Interviewing: 10,
  Negotiating: 5,
  Won: 3,
  Active: 7,
  Completed: 25,
  Lost: 25,
};

const RATES = {
  hour: [50, 180],
  day: [400, 1400],
  week: [2000, 6000],
  fixed: [2000, 60000],
} as const;

/** Clients with earlier ids get more gigs (repeat business), as in a real book of clients. */
function pickWorkClient(context: SeedContext, pool: SeededClient[]): SeededClient {
  return pool[Math.floor(pool.length * context.random.next() ** 1.5)];
}

export function seedGigs(context: SeedContext, count: number): void {
  const { sqlite, random, now } = context;
  const stages = sqlite.prepare('SELECT id, name, kind, position FROM stages ORDER BY position').all() as StageRow[];
  const stageEntries = stages.map((stage) => [stage, STAGE_WEIGHTS[stage.name] ?? 10] as const);
  const workClients = context.clients.filter((client) => !client.agency);
  const agencies = context.clients.filter((client) => client.agency);
  const withContacts = context.clients.filter((client) => client.contacts.length > 0);
  const positions = new Map<number, number>();
  const insertGig = sqlite.prepare(`INSERT INTO gigs (client_id, agency_client_id, title, stage_id, stage_entered_at,
    position, source, source_detail, referrer_contact_id, referrer_client_id, currency, rate_unit, proposed_rate_minor,
    agreed_rate_minor, estimated_hours, budget_minor, start_date, end_date, requirements, notes, update_every_days,
    last_contact_at, archived_at, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertTag = sqlite.prepare('INSERT INTO gig_tags (gig_id, tag_id) VALUES (?, ?)');
  sqlite.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const client = pickWorkClient(context, workClients);
      const stage = random.weighted(stageEntries);
      const title = `${random.pick(GIG_WHAT)} ${random.pick(GIG_HOW)}`;
      const createdAt = now - random.int(1, 730) * DAY - random.int(0, 86_399) * 1000;
      const stageEnteredAt = createdAt + Math.floor(random.next() * (now - createdAt));
      const position = (positions.get(stage.id) ?? 0) + 1;
      positions.set(stage.id, position);
      const source = random.weighted([
        ['platform', 25],
        ['referral', 20],
        ['repeat', 15],
        ['inbound', 20],
        ['outreach', 15],
        ['other', 5],
      ] as const);
      const referrer = source === 'referral' && withContacts.length > 0 ? random.pick(withContacts) : null;
      const byContact = referrer !== null && random.chance(0.6);
      const currency = random.weighted([
        ['EUR', 50],
        ['USD', 35],
        ['GBP', 15],
      ] as const);
      const rateUnit = random.weighted([
        ['hour', 50],
        ['day', 30],
        ['fixed', 15],
        ['week', 5],
      ] as const);
      const [low, high] = RATES[rateUnit];
      const proposed = random.int(low, high) * 100;
      const won = stage.kind === 'won';
      const start = won ? stageEnteredAt + random.int(3, 30) * DAY : null;
      const archived = stage.kind !== 'open' && stage.name !== 'Active' && random.chance(0.3);
      const result = insertGig.run(
        client.id,
        agencies.length > 0 && random.chance(0.1) ? random.pick(agencies).id : null,
        title,
        stage.id,
        stageEnteredAt,
        position,
        source,
        source === 'platform' ? random.pick(PLATFORMS) : source === 'inbound' ? random.pick(INBOUND) : null,
        byContact ? random.pick(referrer.contacts).id : null,
        referrer !== null && !byContact ? referrer.id : null,
        currency,
        rateUnit,
        proposed,
        won ? Math.round((proposed * random.int(90, 105)) / 100) : null,
        rateUnit === 'fixed' ? random.int(10, 400) : null,
        rateUnit === 'fixed' || random.chance(0.2) ? random.int(20, 800) * 10_000 : null,
        start === null ? null : isoDay(start),
        start === null ? null : isoDay(start + random.int(14, 180) * DAY),
        random.chance(0.6) ? paragraph(random, 300) : '',
        random.chance(0.4) ? sentence(random) : '',
        stage.name === 'Active' ? random.pick([7, 14]) : null,
        stageEnteredAt + Math.floor(random.next() * (now - stageEnteredAt)),
        archived ? Math.min(now, stageEnteredAt + random.int(1, 60) * DAY) : null,
        createdAt,
        stageEnteredAt,
      );
      const gig: SeededGig = {
        id: Number(result.lastInsertRowid),
        client,
        title,
        interviewing: stage.kind === 'open' && stage.position >= 3,
        interviewed: stage.kind !== 'open' || stage.position >= 3,
        lost: stage.kind === 'lost',
        rounds: 0,
      };
      const tagCount = random.weighted([
        [0, 25],
        [1, 35],
        [2, 30],
        [3, 10],
      ] as const);
      for (const tagId of random.sample(context.tagIds, tagCount)) insertTag.run(gig.id, tagId);
      client.gigIds.push(gig.id);
      context.gigs.push(gig);
    }
  })();
}

/**
 * Prep checklists are created for upcoming interviews only. The app instantiates six template items per
 * interview; doing that for 100k mostly past interviews would add 600k rows of identical template text that
 * no screen or benchmark reads (prep is read per upcoming interview), tripling the file for nothing.
 */
export function seedInterviews(context: SeedContext, count: number): void {
  const { sqlite, random, now } = context;
  const eligible = context.gigs.filter((gig) => gig.interviewed);
  if (eligible.length === 0) return;
  const templates = new Map<string, { text: string; position: number }[]>();
  for (const row of sqlite
    .prepare('SELECT interview_kind AS kind, text, position FROM prep_template_items ORDER BY interview_kind, position')
    .all() as { kind: string; text: string; position: number }[]) {
    templates.set(row.kind, [...(templates.get(row.kind) ?? []), row]);
  }
  const insertInterview = sqlite.prepare(`INSERT INTO interviews (gig_id, starts_at, time_zone, duration_minutes, kind,
    link, location, round, outcome, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insertPrep = sqlite.prepare(
    'INSERT INTO interview_prep_items (interview_id, text, done_at, position) VALUES (?, ?, ?, ?)',
  );
  const insertContact = sqlite.prepare('INSERT INTO interview_contacts (interview_id, contact_id) VALUES (?, ?)');
  sqlite.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const gig = random.pick(eligible);
      gig.rounds += 1;
      const startsAt = workingTime(random, now, gig.interviewing ? random.int(-10, 30) : -random.int(1, 700));
      const upcoming = startsAt > now;
      const kind = random.weighted([
        ['video', 45],
        ['call', 20],
        ['technical', 15],
        ['onsite', 10],
        ['take_home', 10],
      ] as const);
      const outcome = upcoming
        ? 'pending'
        : gig.lost
          ? random.weighted([
              ['rejected', 50],
              ['passed', 30],
              ['cancelled', 12],
              ['no_show', 8],
            ] as const)
          : gig.interviewing && random.chance(0.3)
            ? 'pending'
            : 'passed';
      const createdAt = Math.min(now, startsAt - random.int(2, 20) * DAY);
      const result = insertInterview.run(
        gig.id,
        startsAt,
        gig.client.timeZone,
        random.pick([30, 45, 60, 60, 90]),
        kind,
        kind === 'onsite' || kind === 'take_home' ? null : `https://meet.example/${slug(gig.title)}-${gig.id}`,
        kind === 'onsite' ? random.pick(CITIES)[0] : null,
        gig.rounds,
        outcome,
        random.chance(0.4) ? sentence(random) : '',
        createdAt,
        createdAt,
      );
      const interviewId = Number(result.lastInsertRowid);
      if (upcoming) {
        for (const item of templates.get(kind) ?? []) {
          const done = random.chance(0.55 - item.position * 0.08);
          insertPrep.run(interviewId, item.text, done ? now - random.int(0, 72) * 3_600_000 : null, item.position);
        }
      }
      if (gig.client.contacts.length > 0 && random.chance(0.5)) {
        for (const person of random.sample(gig.client.contacts, random.int(1, 2)))
          insertContact.run(interviewId, person.id);
      }
    }
  })();
}

export function seedDeadlines(context: SeedContext, count: number): void {
  const { sqlite, random, now } = context;
  const insert = sqlite.prepare(`INSERT INTO deadlines (title, gig_id, client_id, due_at, due_date, time_zone, priority,
    important, notes, reminder_offsets, completed_at, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  sqlite.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const link = random.weighted([
        ['gig', 80],
        ['client', 15],
        ['none', 5],
      ] as const);
      const gig = link === 'gig' && context.gigs.length > 0 ? random.pick(context.gigs) : null;
      const client = link === 'client' && context.clients.length > 0 ? random.pick(context.clients) : null;
      const task = `${random.pick(DEADLINE_VERBS)} ${random.pick(DEADLINE_THINGS)}`;
      const title = gig
        ? random.chance(0.5)
          ? `${task} for ${gig.title}`
          : task
        : client
          ? `${task} for ${client.name}`
          : random.pick(ADMIN_DEADLINES);
      const offsetDays = random.int(-730, 730);
      const timed = random.chance(0.4);
      const due = workingTime(random, now, offsetDays);
      const past = due < now;
      const completed = past ? random.chance(0.88) : random.chance(0.08);
      const createdAt = Math.min(now, due - random.int(3, 60) * DAY);
      insert.run(
        title,
        gig?.id ?? null,
        client?.id ?? null,
        timed ? due : null,
        timed ? null : isoDay(due),
        timed ? ((gig?.client ?? client)?.timeZone ?? 'Europe/Berlin') : null,
        random.weighted([
          ['normal', 60],
          ['low', 20],
          ['high', 20],
        ] as const),
        random.chance(0.1) ? 1 : 0,
        random.chance(0.4) ? '' : paragraph(random, 500),
        random.weighted([
          [null, 70],
          ['[1440]', 15],
          ['[60,1440]', 10],
          ['[10080]', 5],
        ] as const),
        completed ? Math.min(now, due - random.int(0, 72) * 3_600_000) : null,
        createdAt,
        createdAt,
      );
    }
  })();
}

export function seedNotes(context: SeedContext, count: number): void {
  const { sqlite, random, now } = context;
  if (context.clients.length === 0) return;
  const insert = sqlite.prepare(
    'INSERT INTO timeline_events (client_id, gig_id, kind, body, occurred_at, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  sqlite.transaction(() => {
    for (let i = 0; i < count; i += 1) {
      const client = random.pick(context.clients);
      const gigId = client.gigIds.length > 0 && random.chance(0.6) ? random.pick(client.gigIds) : null;
      const kind = random.weighted([
        ['note', 35],
        ['email', 20],
        ['call', 15],
        ['meeting', 10],
        ['message_in', 10],
        ['message_out', 10],
      ] as const);
      const who = client.contacts.length > 0 ? random.pick(client.contacts).firstName : client.name;
      const body = `${random.pick(NOTE_OPENERS)} ${who}. ${sentence(random)}${random.chance(0.4) ? `\n${sentence(random)}` : ''}`;
      const occurredAt = now - random.int(0, 700) * DAY - random.int(0, 86_399) * 1000;
      insert.run(client.id, gigId, kind, body, occurredAt, occurredAt);
    }
  })();
}
