import type { JourneySpec } from '../journey';

/** A question for the office: contact details, FOI, the panel, meetings, reporting a crime elsewhere. */
export const enquiryJourney = {
  kind: 'enquiry',
  /** Tried fourth when reading what a resident wants in their own words. */
  cuePriority: 4,
  cues: /\b(?:question|enquiry|inquiry|report (?:a|my|an|some|the)|stole|stolen|nicked|broke into|break in|reporter|contact (?:the )?(?:commissioner|office|pcc)|office (?:open|hours)|opening (?:hours|times)|ask (?:about|a)|information|info|something else|other|freedom of information|foi|subject access|volunteer\w*|press|media|journalist|meeting\w*|address|phone number|email address|contact (?:details|you|the office)|panel|where can i find|how do i|who is|what is)\b/,
  start: 'resident',
  menuKey: 'menu.enquiry',
  staffLabel: 'Enquiry',
  emailRows: (r) => (r.enquiry ? [['Topic', r.enquiry.topic]] : []),
} as const satisfies JourneySpec;
