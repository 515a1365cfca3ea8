export * from './result';
export * from './fields';
export * from './procedures';
export * from './events';
export * from './app';
export * from './clients';
export * from './desktop-api';
