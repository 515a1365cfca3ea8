import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../../electron/contract';
import { matchesQuery, paletteActions, routeForResult } from './palette-items';

const result = (patch: Partial<SearchResult>): SearchResult => ({
  type: 'client',
  id: 7,
  title: 'Acme',
  subtitle: '',
  clientId: null,
  gigId: null,
  ...patch,
});

describe('routeForResult', () => {
  it('opens clients, gigs, interviews and deadlines by their own id', () => {
    expect(routeForResult(result({ type: 'client', id: 3 }))).toBe('/clients/3');
    expect(routeForResult(result({ type: 'gig', id: 4 }))).toBe('/gigs/4');
    expect(routeForResult(result({ type: 'interview', id: 5 }))).toBe('/interviews/5');
    expect(routeForResult(result({ type: 'deadline', id: 6 }))).toBe('/deadlines/6');
  });

  it('opens a contact at its client', () => {
    expect(routeForResult(result({ type: 'contact', id: 9, clientId: 2 }))).toBe('/clients/2');
  });

  it('opens a note at its gig, else its client, else nowhere', () => {
    expect(routeForResult(result({ type: 'note', id: 9, clientId: 2, gigId: 8 }))).toBe('/gigs/8');
    expect(routeForResult(result({ type: 'note', id: 9, clientId: 2 }))).toBe('/clients/2');
    expect(routeForResult(result({ type: 'note', id: 9 }))).toBeNull();
  });
});

describe('matchesQuery', () => {
  it('matches every typed word at the start of a word', () => {
    expect(matchesQuery('new cl', 'New client')).toBe(true);
    expect(matchesQuery('dead', 'New deadline')).toBe(true);
    expect(matchesQuery('lient', 'New client')).toBe(false);
    expect(matchesQuery('new zz', 'New client')).toBe(false);
  });

  it('matches everything when nothing is typed', () => {
    expect(matchesQuery('  ', 'Settings')).toBe(true);
  });

  it('finds actions by their keywords', () => {
    const found = paletteActions.filter((a) => matchesQuery('mute', a.label, a.keywords)).map((a) => a.id);
    expect(found).toEqual(['pause']);
  });
});
