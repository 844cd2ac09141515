'use client';

import { anchorPath, fieldId } from '@alliance/ui/schema-form';

/**
 * What stands between an editor's content and publishing: every problem the engine found, each
 * linked to the field it names (focusing it), or the line `valid` says when there is none.
 */
export function IssueSummary({
  issues,
  value,
  idPrefix,
  valid,
}: {
  issues: ReadonlyArray<{ path: string; message: string }>;
  /** The edited value, to find the nearest field for a path that names none. */
  value: unknown;
  /** The SchemaForm's idPrefix. */
  idPrefix: string;
  valid: string;
}) {
  if (issues.length === 0)
    return (
      <p className="check-ok" role="status">
        ✓ {valid}
      </p>
    );
  const focus = (path: string) => (event: React.MouseEvent) => {
    const target = document.getElementById(fieldId(idPrefix, anchorPath(path, value)));
    const control = target?.matches('input, select, textarea')
      ? target
      : target?.querySelector<HTMLElement>('input, select, textarea');
    if (control) {
      event.preventDefault();
      control.focus();
    }
  };
  return (
    <div className="issue-summary" role="status">
      <strong>
        {issues.length} problem{issues.length === 1 ? '' : 's'} to fix before publishing
      </strong>
      <ul>
        {issues.map((issue) => (
          <li key={`${issue.path}:${issue.message}`}>
            {issue.path && (
              <a
                href={`#${fieldId(idPrefix, anchorPath(issue.path, value))}`}
                onClick={focus(issue.path)}
              >
                <code>{issue.path}</code>
              </a>
            )}{' '}
            {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
