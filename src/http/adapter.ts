import { CloudAdapter } from 'botbuilder';
import type { Activity, InvokeResponse, TurnContext } from 'botbuilder';

/**
 * The SDK's CloudAdapter, with its authenticate-then-run step reachable from our own HTTP route
 * (`CloudAdapter#process` answers every failure with a 500 or 401 and a stack trace on the console).
 */
export class PccCloudAdapter extends CloudAdapter {
  take(authorization: string, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(authorization, activity, logic);
  }
}
