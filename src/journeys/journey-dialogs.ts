import type { Dialog } from 'botbuilder-dialogs';
import type { DialogDeps } from '../dialogs/dialog-deps';
import { CommentDialog } from './comment/comment-dialog';
import { ComplaintDialog } from './complaint/complaint-dialog';
import { EnquiryDialog } from './enquiry/enquiry-dialog';
import type { Intent } from './registry';
import { SupportDialog } from './support/support-dialog';

/**
 * The dialog of each journey a resident starts, by its case kind. Apart from registry.ts because
 * dialogs use the Bot Framework SDK and the registry must stay readable by the domain.
 */
export const JOURNEY_DIALOGS: Readonly<Record<Intent, { readonly id: string; readonly create: (deps: DialogDeps) => Dialog }>> = {
  comment: { id: CommentDialog.id, create: (deps) => new CommentDialog(deps) },
  complaint: { id: ComplaintDialog.id, create: (deps) => new ComplaintDialog(deps) },
  support: { id: SupportDialog.id, create: (deps) => new SupportDialog(deps) },
  enquiry: { id: EnquiryDialog.id, create: (deps) => new EnquiryDialog(deps) },
};
