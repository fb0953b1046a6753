/*
 * Trains the learned layer of the risk screen and writes
 * src/domain/risk/model/risk-model.json (committed).
 *
 *   npm run risk:train
 *
 * Deterministic: the same labelled files give the same file, byte for byte.
 *   1. Rows of test/data/*.jsonl and test/data/train/*.jsonl; a fixed 15 %
 *      (by a hash of the text) is held out and never seen here.
 *   2. Five-fold cross-validation on the rest gives every row a score from a
 *      model that did not see it; the thresholds are set on those scores.
 *   3. The final model is trained on all of the rest.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { RiskModelFile } from '../src/domain/risk/model/risk-model';
import { featuresByPosition, modelTokens } from '../src/domain/risk/model/features';
import { isHeldOut, projectRoot, readLabelled, textOf, trainingFiles } from './risk/labelled-data';
import type { LabelledRow } from './risk/labelled-data';
import { crossValidated, MAX_FALSE_ALARMS, MIN_WORDS, MODEL_VERSION, modelFile, thresholdFor, train } from './risk/train-model';

/** One feature per line, so that a retrained model reads as a diff of the features that moved. */
function serialise(file: RiskModelFile): string {
  const { features, ...head } = file;
  const top = JSON.stringify(head, null, 2).replace(/\n}$/, '');
  return `${top},\n  "features": [\n${features.map((f) => `    ${JSON.stringify(f)}`).join(',\n')}\n  ]\n}\n`;
}

function main(): void {
  const root = projectRoot();
  const started = Date.now();
  const all = trainingFiles(root).flatMap((f) => readLabelled(f));
  const english = all.filter((r) => r.lang === 'en' || r.lang === 'cy');
  const pool = english.filter((r) => !isHeldOut(r));
  const docs = pool.map((r) => featuresByPosition(modelTokens(textOf(r))));
  // Held-out scores for every row of the pool, each from a model that never saw it.
  const oof = crossValidated(pool, (model, r) => {
    const s = model.score(textOf(r));
    // A message too short for the learned layer to speak on cannot raise a false alarm through it.
    return modelTokens(textOf(r)).length < MIN_WORDS ? { risk: 0, emergency: 0 } : { risk: s.risk, emergency: s.emergency };
  });
  const none = pool.map((r, i) => (r.level === 'none' ? oof[i] : undefined)).filter((s) => s !== undefined);
  const thresholds = {
    risk: thresholdFor(none.map((s) => s.risk), MAX_FALSE_ALARMS.risk),
    emergency: thresholdFor(none.map((s) => s.emergency), MAX_FALSE_ALARMS.emergency),
  };
  const recall = (level: LabelledRow['level'], caught: (s: { risk: number; emergency: number }) => boolean): string => {
    const idx = pool.map((r, i) => (r.level === level ? i : -1)).filter((i) => i >= 0);
    const n = idx.filter((i) => caught(oof[i] ?? { risk: 0, emergency: 0 })).length;
    return `${n}/${idx.length}`;
  };
  const calibration = {
    rows: pool.length,
    heldOut: english.length - pool.length,
    crossValidated: {
      emergencyAsEmergency: recall('emergency', (s) => s.risk >= thresholds.risk && s.emergency >= thresholds.emergency),
      emergencyHandedOff: recall('emergency', (s) => s.risk >= thresholds.risk),
      highHandedOff: recall('high', (s) => s.risk >= thresholds.risk),
      noneHandedOff: recall('none', (s) => s.risk >= thresholds.risk),
    },
  };

  const final = train(pool, docs);
  const trainedOn: Record<string, number> = {};
  for (const r of pool) trainedOn[r.file] = (trainedOn[r.file] ?? 0) + 1;
  const file = modelFile(final.vocab, final.risk, final.emergency, thresholds, trainedOn, calibration);
  const out = path.join(root, 'src/domain/risk/model/risk-model.json');
  writeFileSync(out, serialise(file));
  console.log(`risk:train ${MODEL_VERSION}: ${pool.length} rows (${calibration.heldOut} held out), ${file.features.length} features, ${Date.now() - started} ms`);
  console.log(`  thresholds (held-out scores): risk ${thresholds.risk}, emergency ${thresholds.emergency}`);
  console.log(`  cross-validated, model alone: ${JSON.stringify(calibration.crossValidated)}`);
  console.log(`  wrote ${path.relative(root, out)}`);
}

main();
