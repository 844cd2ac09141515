/** How a quiz's grade is taken, in a phrase a learner reads ("your highest attempt counts"). */
export function gradingText(method: string): string {
  switch (method) {
    case 'highest':
      return 'your highest attempt counts';
    case 'average':
      return 'the average of your attempts counts';
    case 'first':
      return 'your first attempt counts';
    case 'last':
      return 'your last attempt counts';
    default:
      return `grade: ${method}`;
  }
}

/** The same phrase starting a sentence. */
export const capitalized = (text: string) => text.replace(/^./, (c) => c.toUpperCase());

/** What a sign-in page says above its form after a reset, a deletion or a confirmation. */
export function signInNotice(search: {
  reset?: string | string[];
  deleted?: string | string[];
  confirmed?: string | string[];
}): string | undefined {
  if (search.reset) return 'Your password is changed. Sign in with the new one.';
  if (search.deleted) return 'Your account is deleted. Thank you for studying with us.';
  if (search.confirmed) return 'Your email is confirmed. Sign in to start.';
  return undefined;
}
