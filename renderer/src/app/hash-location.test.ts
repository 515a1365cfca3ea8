import { describe, expect, it } from 'vitest';
import { splitHash } from './hash-location';

describe('splitHash', () => {
  it('separates the path from a query inside the hash', () => {
    expect(splitHash('#/interviews?new=1&gigId=12')).toEqual({ path: '/interviews', search: 'new=1&gigId=12' });
  });

  it('reads plain paths and an empty hash', () => {
    expect(splitHash('#/clients/3')).toEqual({ path: '/clients/3', search: '' });
    expect(splitHash('')).toEqual({ path: '/', search: '' });
    expect(splitHash('#clients')).toEqual({ path: '/clients', search: '' });
  });
});
