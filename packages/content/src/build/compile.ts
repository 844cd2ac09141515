import { createHash } from 'node:crypto';
import { bundleMDX } from 'mdx-bundler';
import remarkGfm from 'remark-gfm';
import { visit } from 'unist-util-visit';
import {
  FIGURES,
  LESSON_COMPONENTS,
  LESSON_SECTIONS,
  type LessonManifest,
} from '../manifest-types';
import { lessonFrontmatterSchema } from './frontmatter';

export class ContentError extends Error {
  override name = 'ContentError';
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Bump to invalidate every cached compile (when the compile step itself changes). */
const COMPILER_VERSION = 'lesson-compiler-2';

export const hashSource = (source: string) =>
  createHash('sha256').update(COMPILER_VERSION).update('\0').update(source).digest('hex');

interface JsxNode {
  type: string;
  name: string | null;
  attributes: Array<{ type: string; name?: string; value?: unknown }>;
}

/** A JSX attribute's literal value: "x" → x, {3} → 3; null for anything else. */
function attribute(node: JsxNode, name: string): string | number | null {
  const attr = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
  if (!attr) return null;
  if (typeof attr.value === 'string') return attr.value;
  const expression = (attr.value as { value?: string } | null)?.value?.trim();
  if (expression && /^-?\d+$/.test(expression)) return Number(expression);
  if (expression && /^(['"]).*\1$/.test(expression)) return expression.slice(1, -1);
  return null;
}

const wordsIn = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

/**
 * Compiles one lesson with mdx-bundler and reads what the checks need on the way: frontmatter
 * (validated), headings, word count, and the components used with their ids. Throws
 * ContentError naming the file and every problem found.
 */
export async function compileLesson(file: string, source: string): Promise<LessonManifest> {
  const found = {
    words: 0,
    text: [] as string[],
    headings: [] as string[],
    exercises: [] as string[],
    terms: [] as string[],
    cites: [] as number[],
    figures: [] as string[],
    problems: [] as string[],
  };
  const allowed = new Set<string>(LESSON_COMPONENTS);

  const inspect = () => (tree: unknown) => {
    visit(
      tree as never,
      (node: { type: string; depth?: number; value?: string; children?: unknown[] }) => {
        if (node.type === 'heading' && node.depth === 2) {
          let text = '';
          visit(node as never, 'text', (t: { value: string }) => {
            text += t.value;
          });
          found.headings.push(text.trim());
        } else if (node.type === 'text' && typeof node.value === 'string') {
          found.words += wordsIn(node.value);
        } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
          const jsx = node as unknown as JsxNode;
          const name = jsx.name ?? '(fragment)';
          if (!allowed.has(name)) {
            found.problems.push(
              `<${name}> is not a lesson component (use: ${LESSON_COMPONENTS.join(', ')})`,
            );
            return;
          }
          const need = (prop: string) => {
            const value = attribute(jsx, prop);
            if (value === null) found.problems.push(`<${name}> needs a literal ${prop}`);
            return value;
          };
          if (name === 'Exercise') {
            const id = need('id');
            if (id !== null) found.exercises.push(String(id));
          } else if (name === 'Term') {
            const slug = need('slug');
            if (slug !== null) found.terms.push(String(slug));
          } else if (name === 'Cite') {
            const n = need('n');
            if (typeof n === 'number' && n >= 1 && n <= 10) found.cites.push(n);
            else if (n !== null)
              found.problems.push(`<Cite n={${n}}> must cite a source from 1 to 10`);
          } else if (name === 'Figure') {
            const figure = need('name');
            if (figure !== null && !(FIGURES as readonly string[]).includes(String(figure))) {
              found.problems.push(`<Figure name="${figure}"> is not one of ${FIGURES.join(', ')}`);
            } else if (figure !== null) found.figures.push(String(figure));
          } else if (name === 'Definition') need('term');
        }
      },
    );
  };

  let result: Awaited<ReturnType<typeof bundleMDX>>;
  try {
    result = await bundleMDX({
      source,
      mdxOptions(options) {
        options.remarkPlugins = [...(options.remarkPlugins ?? []), remarkGfm, inspect];
        return options;
      },
      esbuildOptions(options) {
        options.target = 'es2022';
        options.minify = true;
        return options;
      },
    });
  } catch (error) {
    const message =
      error instanceof Error ? error.message.split('\n').slice(0, 6).join(' ') : String(error);
    throw new ContentError(file, [`does not compile: ${message}`]);
  }

  const frontmatter = lessonFrontmatterSchema.safeParse(result.frontmatter);
  const problems = [...found.problems];
  if (!frontmatter.success) {
    for (const issue of frontmatter.error.issues)
      problems.push(`frontmatter ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  const expected = LESSON_SECTIONS;
  const headingsOk =
    found.headings.length === expected.length &&
    found.headings.every((h, i) =>
      expected[i]?.endsWith(':')
        ? h.startsWith(expected[i] ?? '') && h.length > (expected[i]?.length ?? 0) + 1
        : h === expected[i],
    );
  if (!headingsOk) {
    problems.push(
      `sections must be: ${expected.map((e) => (e.endsWith(':') ? `${e} <company>` : e)).join(' → ')}; found: ${found.headings.join(' → ') || 'none'}`,
    );
  }
  if (found.words < 600 || found.words > 1500)
    problems.push(`has ${found.words} words of prose; a lesson has 600–1,500`);
  if (problems.length || !frontmatter.success) throw new ContentError(file, problems);

  const fm = frontmatter.data;
  return {
    ...fm,
    words: found.words,
    text: found.text.join(' ').replace(/\s+/g, ' ').trim(),
    headings: found.headings,
    exercises: found.exercises,
    terms: found.terms,
    cites: found.cites,
    figures: found.figures,
    hash: hashSource(source),
    code: result.code,
  };
}
