export const CASE_KINDS = ['comment', 'complaint', 'support', 'urgent', 'enquiry'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];
