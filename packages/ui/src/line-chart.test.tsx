import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ScoreChart } from './line-chart';

describe('ScoreChart', () => {
  it('draws one dot per result and repeats the figures in a table', () => {
    const html = renderToStaticMarkup(
      <ScoreChart
        caption="Quiz results"
        points={[
          { key: 'a', label: 'Forms quiz', value: 40 },
          { key: 'b', label: 'Forms quiz again', value: 85.4 },
        ]}
      />,
    );
    expect(html.match(/<circle/g)).toHaveLength(2);
    expect(html).toContain('<th scope="row">Forms quiz again</th><td>85%</td>');
    expect(html).toContain('aria-hidden="true"');
  });

  it('keeps values inside the chart', () => {
    const html = renderToStaticMarkup(
      <ScoreChart caption="c" points={[{ key: 'x', label: 'x', value: 140 }]} />,
    );
    expect(html).toMatch(/cy="12(\.0)?"/);
  });
});
