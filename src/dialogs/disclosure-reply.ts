import { ActivityTypes, EventFactory } from 'botbuilder';
import type { Activity, TurnContext } from 'botbuilder';
import type { TranscriptEntry } from '../domain/case-record';
import type { RiskAssessment } from '../domain/risk/risk-assessment';
import type { DialogDeps } from './dialog-deps';
import { serviceList, servicesFor, staffWillSee } from './service-lines';
import { emergencyLineIn } from '../i18n/emergency-lines';
import { turnOrigin } from './turn-origin';
import { officeFor, textFor } from './turn-text';

/**
 * DOMAIN.md, "A disclosure of risk": 999 first (and how to call silently),
 * then the urgent case and the handoff to staff, an honest time, no promise
 * of confidentiality, and the services that fit. Returns the urgent reference.
 */
export async function answerDisclosure(context: TurnContext, deps: DialogDeps, risk: RiskAssessment, words: string): Promise<string> {
  const t = textFor(context);
  const p = officeFor(deps.profile, context);
  if (risk.unread) {
    // A language the screen cannot read: 999 in their language where the translation is verified, and in English.
    const own = emergencyLineIn(risk.unread);
    await context.sendActivity(`${own ? `**${own}**\n\n` : ''}${t.t('risk.emergency')}\n\n${t.t('risk.languagesOffered')}`);
  } else if (risk.level === 'emergency') {
    // Already in Welsh when the conversation is: the Welsh 999 line is for a Welsh message in an English conversation.
    const welsh = risk.language === 'cy' && !t.locale.startsWith('cy') ? `${t.t('risk.emergencyWelsh')}\n\n` : '';
    await context.sendActivity(`${welsh}${t.t('risk.emergency')}`);
  }

  const memory = deps.memory;
  const transcript = [...memory.transcript(context)];
  const topics = [...new Set<string>([...risk.topics, ...memory.topics(context)])];
  const earlier = memory.urgentReference(context);
  const reference = await deps.cases.raiseUrgent(
    { risk: { level: risk.level, reasons: [...risk.reasons], topics }, transcript, details: words },
    turnOrigin(context),
    earlier,
  );
  const isNew = earlier === null;
  deps.count?.('handoff', risk.level);
  memory.setUrgentReference(context, reference);
  // What the handoff rests on, never what was typed: rule ids, and the model's features as indexes into its file.
  deps.log.info(
    {
      reference,
      level: risk.level,
      basis: risk.basis,
      ...(risk.model ? { model: { version: risk.model.version, risk: risk.model.risk, emergency: risk.model.emergency, featureIds: risk.model.featureIds } } : {}),
      ...(risk.unread ? { language: risk.unread.code, languageBy: risk.unread.how } : {}),
      channel: context.activity.channelId,
    },
    'disclosure handed to staff',
  );

  await context.sendActivity(
    EventFactory.createHandoffInitiation(
      context,
      { reference, level: risk.level, reasons: risk.reasons, topics, office: p.id },
      { activities: transcript.map((e) => transcriptActivity(context, e)) },
    ),
  );

  const now = deps.now();
  const seen = staffWillSee(t, p, now);
  // Out of hours, the lines that are open round the clock come first.
  const fitting = servicesFor(p, [...topics, 'other'], 6);
  const services = (seen.open ? fitting : [...fitting].sort((a, b) => Number(b.hours?.always ?? false) - Number(a.hours?.always ?? false))).slice(0, 4);
  const lines = [
    ...(risk.unread ? [t.t('risk.otherLanguage', { phone: p.contact.phone })] : risk.level === 'emergency' ? [] : [t.t('risk.dangerLine')]),
    isNew ? t.t('handoff.alerted') : t.t('handoff.added'),
    seen.open ? t.t('handoff.whenOpen') : t.t('handoff.whenClosed', { when: seen.when }),
    t.t('handoff.confidentiality'),
    `${t.t('handoff.services')}\n${serviceList(t, p, services, now)}`,
    t.t('handoff.reference', { reference }),
  ];
  await context.sendActivity(lines.join('\n\n'));
  return reference;
}

function transcriptActivity(context: TurnContext, e: TranscriptEntry): Activity {
  const a = context.activity;
  return {
    type: ActivityTypes.Message,
    text: e.text,
    timestamp: new Date(e.at),
    from: e.from === 'resident' ? a.from : a.recipient,
    recipient: e.from === 'resident' ? a.recipient : a.from,
    conversation: a.conversation,
    channelId: a.channelId,
    serviceUrl: a.serviceUrl,
  } as Activity;
}
