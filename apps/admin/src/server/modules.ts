import { course } from '@alliance/content';

/** The course's modules as the "In module" pickers list them. */
export const moduleOptions = course.modules.map((m) => ({ id: m.slug, title: m.title }));

const titles = new Map(moduleOptions.map((m) => [m.id, m.title]));

/** A module's title for a list (its id if the course no longer has it; a dash for none). */
export const moduleName = (moduleId: string | null) =>
  moduleId ? (titles.get(moduleId) ?? moduleId) : '–';
