import { describe, expect, it } from 'vitest';
import { compileLesson } from './compile';

const prose = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
const lesson = (overrides: { frontmatter?: string; body?: string } = {}) => `---
${
  overrides.frontmatter ??
  `title: A lesson
slug: a-lesson
module: six-obstacles
order: 1
minutes: 9
summary: What this lesson is about, briefly.
objectives:
  - id: obstacles.example.explain
    text: Explain the example clearly.
sources: [1]
beyondSource: false`
}
---

${
  overrides.body ??
  `## Why it matters

${prose(650)} <Cite n={1} />

## The idea

<KeyIdea>One idea.</KeyIdea>

## Worked example: Halvard Motors

Text.

## Summary

Text.

## Check your understanding

<Exercise id="obstacles-renewal-habit" />`
}
`;

describe('compileLesson', () => {
  it('compiles a sound lesson and records what the checks need', async () => {
    const result = await compileLesson('ok.mdx', lesson());
    expect(result).toMatchObject({
      slug: 'a-lesson',
      exercises: ['obstacles-renewal-habit'],
      cites: [1],
    });
    expect(result.words).toBeGreaterThanOrEqual(650);
    expect(result.code.length).toBeGreaterThan(100);
  });

  it('names a missing frontmatter field', async () => {
    await expect(
      compileLesson('x.mdx', lesson({ frontmatter: 'title: Only a title' })),
    ).rejects.toThrow(/frontmatter slug: /);
  });

  it('refuses a lesson under its word range, with the count', async () => {
    const short = lesson().replace(prose(650), prose(100));
    await expect(compileLesson('x.mdx', short)).rejects.toThrow(
      /has \d+ words of prose; a lesson has 600–1,500/,
    );
  });

  it('refuses unknown components, a cite out of range and sections out of order', async () => {
    const broken = lesson()
      .replace('<KeyIdea>', '<Sparkle /><KeyIdea>')
      .replace('<Cite n={1} />', '<Cite n={11} />')
      .replace('## Summary', '## Wrap-up');
    const error = await compileLesson('x.mdx', broken).catch((e: Error) => e);
    expect(String(error)).toContain('<Sparkle> is not a lesson component');
    expect(String(error)).toContain('<Cite n={11}> must cite a source from 1 to 10');
    expect(String(error)).toContain('sections must be');
  });
});
