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
