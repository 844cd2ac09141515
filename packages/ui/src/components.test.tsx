import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BarChart } from './bar-chart';
import { BusyButton } from './busy-button';
import { DataTable } from './data-table';
import { clampProgress, ProgressBar } from './progress-bar';
import { describeAgent } from './sessions';

describe('ProgressBar', () => {
  it('exposes its value to assistive technology', () => {
    const html = renderToStaticMarkup(
      <ProgressBar value={3} max={20} label="Course progress" unit="lessons" />,
    );
    expect(html).toContain('role="progressbar"');
    expect(html).toContain('aria-valuenow="3"');
    expect(html).toContain('aria-valuemax="20"');
    expect(html).toContain('3 of 20 lessons · 15%');
    expect(html).toContain('width:15%');
  });

  it.each([
    [-2, 10, 0, 0],
    [12, 10, 10, 100],
    [Number.NaN, 10, 0, 0],
    [1, 0, 0, 0],
    [2, 3, 2, 66],
  ])('clamps %s of %s to %s (%s%)', (value, max, clamped, percent) => {
    expect(clampProgress(value, max)).toEqual({ value: clamped, percent });
  });
});

describe('BarChart', () => {
  const data = [
    { key: 'a', label: 'Lesson A', group: 'Module 1', value: 4 },
    { key: 'b', label: 'Lesson B', group: 'Module 1', value: 1 },
    { key: 'c', label: 'Lesson C', group: 'Module 2', value: 0 },
  ];

  it('renders one row per lesson with its number, and one heading per group', () => {
    const html = renderToStaticMarkup(
      <BarChart data={data} max={8} caption="Completions" valueLabel="Learners" />,
    );
    expect(html.match(/class="bars__value"/g)).toHaveLength(3);
    expect(html.match(/class="bars__group"/g)).toHaveLength(2);
    expect(html).toContain('width:50%');
    expect(html).toContain('width:0%');
  });

  it('scales to the largest value when max is zero', () => {
    const html = renderToStaticMarkup(<BarChart data={data} max={0} caption="c" valueLabel="v" />);
    expect(html).toContain('width:100%');
  });
});

describe('describeAgent', () => {
  it('names the browser and the system of a session', () => {
    expect(
      describeAgent(
        'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36',
      ),
    ).toBe('Chrome on Linux');
    expect(
      describeAgent(
        'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605 Safari/604.1',
      ),
    ).toBe('Safari on iOS');
    expect(describeAgent(null)).toBe('Unknown browser');
  });
});

describe('DataTable', () => {
  const rows = [
    { id: 'a', name: 'Alpha', n: 3 },
    { id: 'b', name: 'Beta', n: -1 },
  ];

  it('scrolls, hides its caption and sets numbers as numbers by default', () => {
    const html = renderToStaticMarkup(
      <DataTable
        caption="Things"
        rows={rows}
        rowKey={(r) => r.id}
        columns={[
          { header: 'Name', cell: (r) => r.name },
          { header: 'Count', num: true, cell: (r) => r.n },
        ]}
      />,
    );
    expect(html).toMatch(/^<div class="table-scroll"><table class="data-table">/);
    expect(html).toContain('<caption class="visually-hidden">Things</caption>');
    expect(html).toContain('<th scope="col">Name</th><th scope="col" class="num">Count</th>');
    expect(html).toContain('<tr><td>Alpha</td><td class="num">3</td></tr>');
  });

  it('takes a visible caption, more classes, row headings and cell classes by row', () => {
    const html = renderToStaticMarkup(
      <DataTable
        caption="Things"
        captionVisible
        className="diff"
        scroll={false}
        rows={rows}
        rowKey={(r) => r.id}
        columns={[
          { header: 'Name', rowHeader: true, cell: (r) => r.name },
          {
            header: 'Count',
            num: true,
            className: (r) => (r.n < 0 ? 'delta--down' : undefined),
            cell: (r) => r.n,
          },
        ]}
      />,
    );
    expect(html).toMatch(/^<table class="data-table diff"><caption>Things<\/caption>/);
    expect(html).toContain('<tr><th scope="row">Alpha</th><td class="num">3</td></tr>');
    expect(html).toContain('<td class="num delta--down">-1</td>');
  });
});

describe('BusyButton', () => {
  it('is a plain button that says it is idle', () => {
    const html = renderToStaticMarkup(<BusyButton busy={false}>Export</BusyButton>);
    expect(html).toBe('<button type="button" class="button" aria-busy="false">Export</button>');
  });

  it('is off, busy and says so while its request runs', () => {
    const html = renderToStaticMarkup(
      <BusyButton type="submit" variant="primary" busy busyLabel="Saving…">
        Save
      </BusyButton>,
    );
    expect(html).toBe(
      '<button type="submit" class="button button--primary" disabled="" aria-busy="true">Saving…</button>',
    );
  });

  it('is off for another reason without saying it is busy', () => {
    const html = renderToStaticMarkup(
      <BusyButton busy={false} busyLabel="Saving…" disabled>
        Save
      </BusyButton>,
    );
    expect(html).toContain('disabled="" aria-busy="false">Save</button>');
  });
});
