import { describe, expect, it } from 'vitest';
import { gradebookCsv, safeCell } from './gradebook';

describe('the gradebook CSV', () => {
  it('never lets a cell start a spreadsheet formula', () => {
    expect(safeCell('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
    expect(safeCell('+1')).toBe("'+1");
    expect(safeCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(safeCell('Ann Lee')).toBe('Ann Lee');
  });

  it('writes a header, one row per learner, grades in % and blanks for quizzes not taken', async () => {
    const csv = gradebookCsv({
      quizzes: [
        { quizId: 'q1', title: 'Forms' },
        { quizId: 'q2', title: 'Final' },
      ],
      learners: [
        {
          userId: 'u1',
          name: '=cmd',
          email: 'a@x.io',
          completion: 0.5,
          grades: new Map([['q1', 0.875]]),
        },
      ],
    });
    let text = '';
    for await (const chunk of csv) text += chunk;
    expect(text.trim().split('\n')).toEqual([
      'Name,Email,Lessons completed (%),Forms (%),Final (%)',
      "'=cmd,a@x.io,50.0,87.5,",
    ]);
  });
});
