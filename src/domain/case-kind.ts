// The case kinds are the journeys' (src/journeys/registry.ts); here for the domain's readers.
export { CASE_KINDS } from '../journeys/registry';
export type { CaseKind } from '../journeys/registry';
