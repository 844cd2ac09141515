import { formatPoints } from '@alliance/quiz-engine';
import { inline } from '@alliance/ui';

/**
 * What a check told the learner, the same wherever a check is made (a lesson, a quiz): the
 * verdict and, once scored, the points; the feedback earned; a hint for the next try; how it was
 * scored; the worked explanation. Announced politely when it appears.
 */
export function CheckFeedback({
  verdict,
  points,
  feedback,
  hint,
  breakdown,
  explanation,
}: {
  verdict: string;
  /** Shown once the answer is scored for good. */
  points?: { points: number; maxPoints: number } | null;
  feedback: readonly string[];
  hint?: string | null;
  breakdown?: string | null;
  explanation?: string | null;
}) {
  return (
    <div className="exercise__result" role="status">
      <p className="exercise__verdict">
        <strong>{verdict}</strong>{' '}
        {points &&
          `${formatPoints(points.points)} of ${formatPoints(points.maxPoints)} point${points.maxPoints === 1 ? '' : 's'}.`}
      </p>
      {feedback.map((text) => (
        <p key={text}>{inline(text)}</p>
      ))}
      {hint && (
        <p className="hint">
          <strong>Hint:</strong> {inline(hint)}
        </p>
      )}
      {breakdown && (
        <details>
          <summary>How this was scored</summary>
          <p>{breakdown}</p>
        </details>
      )}
      {explanation && (
        <div className="exercise__explanation">
          <strong>Worked explanation.</strong> {inline(explanation)}
        </div>
      )}
    </div>
  );
}
