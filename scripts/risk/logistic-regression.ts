/*
 * Binary logistic regression over sparse features, trained by AdaGrad with
 * L2 regularisation and balanced classes. Written here because the npm
 * packages for it work on dense matrices (ml-logistic-regression,
 * natural's classifier) or bring a whole tensor runtime (@tensorflow/tfjs),
 * while a message has a few dozen features out of tens of thousands. It is
 * deterministic: a seeded shuffle and a fixed number of passes.
 */

/** One example: feature ids with their values. */
export type SparseVector = readonly (readonly [number, number])[];

export interface TrainOptions {
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  readonly seed: number;
}

export interface LinearModel {
  readonly weights: Float64Array;
  readonly bias: number;
}

/** A small, fast, seeded generator (mulberry32), so a training run can be repeated exactly. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

export function predict(model: LinearModel, x: SparseVector): number {
  let z = model.bias;
  for (const [k, v] of x) z += (model.weights[k] ?? 0) * v;
  return sigmoid(z);
}

export function trainLogistic(xs: readonly SparseVector[], ys: readonly boolean[], dimensions: number, o: TrainOptions): LinearModel {
  const weights = new Float64Array(dimensions);
  const squares = new Float64Array(dimensions).fill(1e-8);
  let bias = 0;
  let biasSquares = 1e-8;
  const positives = ys.filter(Boolean).length;
  if (positives === 0 || positives === ys.length) throw new Error('logistic regression needs examples of both classes');
  // Balanced: each class weighs as much in total, whatever its share of the examples.
  const weightOf = (y: boolean): number => ys.length / (2 * (y ? positives : ys.length - positives));
  const order = xs.map((_, i) => i);
  const random = seeded(o.seed);
  for (let epoch = 0; epoch < o.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] ?? 0, order[i] ?? 0];
    }
    for (const i of order) {
      const x = xs[i] ?? [];
      const y = ys[i] ?? false;
      const g = (predict({ weights, bias }, x) - (y ? 1 : 0)) * weightOf(y);
      for (const [k, v] of x) {
        const gk = g * v + o.l2 * (weights[k] ?? 0);
        squares[k] = (squares[k] ?? 0) + gk * gk;
        weights[k] = (weights[k] ?? 0) - (o.learningRate * gk) / Math.sqrt(squares[k] ?? 1);
      }
      biasSquares += g * g;
      bias -= (o.learningRate * g) / Math.sqrt(biasSquares);
    }
  }
  return { weights, bias };
}
