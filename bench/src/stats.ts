import { cpus, totalmem } from 'node:os';

export interface Summary {
  median: number;
  p90: number;
  p95: number;
  min: number;
}

/** Median, 90th and 95th percentiles (nearest rank) and minimum of some timings. */
export function summarize(samples: number[]): Summary {
  if (samples.length === 0) throw new RangeError('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  return { median: at(0.5), p90: at(0.9), p95: at(0.95), min: sorted[0] ?? Number.NaN };
}

export function machine(): string {
  return `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
}
