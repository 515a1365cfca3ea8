export * from './clients';
export * from './tags';
export * from './gigs';
export * from './interviews';
export * from './deadlines';
export * from './reminders';
export * from './timeline';
