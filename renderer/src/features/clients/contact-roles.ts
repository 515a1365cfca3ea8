import type { ComboOption } from '../../components/combobox';

/** Roles freelancers meet most; any other text is allowed too. */
export const contactRoleOptions: ComboOption[] = [
  'Decision maker',
  'Recruiter',
  'Agency',
  'Referrer',
  'Hiring manager',
  'Project manager',
  'Technical lead',
  'Procurement',
  'Assistant',
].map((value) => ({ value }));
