import type { JourneySpec } from '../journey';

/** A question for the office: contact details, FOI, the panel, meetings, reporting a crime elsewhere. */
export const enquiryJourney = {
  kind: 'enquiry',
  start: 'resident',
  menuKey: 'menu.enquiry',
  staffLabel: 'Enquiry',
  emailRows: (r) => (r.enquiry ? [['Topic', r.enquiry.topic]] : []),
} as const satisfies JourneySpec;
