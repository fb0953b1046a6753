export const COMPLAINT_ABOUT = [
  'officer-or-staff',
  'chief-constable',
  'pcc-or-deputy',
  'opcc-staff',
  'review-request',
  'other',
] as const;
export type ComplaintAbout = (typeof COMPLAINT_ABOUT)[number];
