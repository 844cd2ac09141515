export interface ProgressBarProps {
  /** Completed units, clamped to [0, max]. */
  value: number;
  max: number;
  /** What is being measured, read out by screen readers, e.g. "Course progress". */
  label: string;
  /** Show "3 of 20 lessons · 15%" under the bar. */
  unit?: string;
  size?: 'small' | 'large';
}

export function clampProgress(value: number, max: number): { value: number; percent: number } {
  if (!Number.isFinite(max) || max <= 0) return { value: 0, percent: 0 };
  const clamped = Math.min(Math.max(Number.isFinite(value) ? value : 0, 0), max);
  return { value: clamped, percent: Math.floor((clamped / max) * 100) };
}

export function ProgressBar({ value, max, label, unit, size = 'large' }: ProgressBarProps) {
  const { value: current, percent } = clampProgress(value, max);
  const text = unit ? `${current} of ${max} ${unit} · ${percent}%` : `${percent}%`;
  return (
    <div className={`progress progress--${size}`}>
      <div
        className="progress__track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={current}
        aria-valuetext={text}
      >
        <div className="progress__fill" style={{ width: `${percent}%` }} />
      </div>
      {size === 'large' && <p className="progress__text">{text}</p>}
    </div>
  );
}
