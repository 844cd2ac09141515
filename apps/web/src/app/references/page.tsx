import { REFERENCES } from '@alliance/content';
import { Page } from '@alliance/ui';

export const metadata = { title: 'References' };

export default function ReferencesPage() {
  return (
    <Page>
      <h1>References</h1>
      <p className="lead">
        The sources of the thesis this course is built from, numbered as lessons cite them. Titles
        are given in English.
      </p>
      <ol className="references">
        {REFERENCES.map((ref) => (
          <li key={ref.n} id={`ref-${ref.n}`}>
            {ref.authors}. <em>{ref.title}</em>. {ref.publication}, {ref.year}.
          </li>
        ))}
      </ol>
    </Page>
  );
}
