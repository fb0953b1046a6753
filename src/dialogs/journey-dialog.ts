import { ComponentDialog, WaterfallDialog } from 'botbuilder-dialogs';
import type { WaterfallStep } from 'botbuilder-dialogs';
import { AnswerPrompt } from './answer-prompt';
import { ContactDetailsDialog } from './contact-details-dialog';
import type { DialogDeps } from './dialog-deps';
import { SubmitCaseDialog } from './submit-case-dialog';

/**
 * A resident's journey: its own steps, plus the parts every journey shares
 * (questions, contact details, summary and submission). When the last step
 * finishes, the journey ends with that step's result (the reference, if any).
 */
export abstract class JourneyDialog extends ComponentDialog {
  protected constructor(id: string, deps: DialogDeps) {
    super(id);
    this.addDialog(new AnswerPrompt());
    this.addDialog(new ContactDetailsDialog());
    this.addDialog(new SubmitCaseDialog(deps));
    this.addDialog(new WaterfallDialog(`${id}-steps`, this.steps()));
    this.initialDialogId = `${id}-steps`;
  }

  protected abstract steps(): WaterfallStep[];
}
