import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown, pipeTable } from './markdown';

const html = (text: string) => renderToStaticMarkup(<Markdown text={text} />);

describe('Markdown', () => {
  it('renders paragraphs, lists, bold and italic', () => {
    expect(html('In 2016 **Brisa Motors** formed a *venture*.\n\n- one\n- two')).toBe(
      '<p>In 2016 <strong>Brisa Motors</strong> formed a <em>venture</em>.</p><ul><li>one</li><li>two</li></ul>',
    );
  });

  it('never turns text into HTML', () => {
    expect(html('<script>alert(1)</script> **<b>x</b>**')).toBe(
      '<p>&lt;script&gt;alert(1)&lt;/script&gt; <strong>&lt;b&gt;x&lt;/b&gt;</strong></p>',
    );
  });
});

describe('pipe tables', () => {
  it('renders a header row and body rows, padding short rows', () => {
    const html = renderToStaticMarkup(
      <Markdown text={'| Year | Cost (€m) |\n|---|---:|\n| 2019 | **1.1** |\n| 2020 |'} />,
    );
    expect(html).toContain('<th scope="col">Year</th>');
    expect(html).toContain('<td><strong>1.1</strong></td>');
    expect(html).toContain('<td>2020</td><td></td>');
  });

  it('leaves text that only looks like a table as a paragraph, and never renders HTML', () => {
    expect(pipeTable(['| a | b |', '| not a separator |'])).toBeNull();
    const html = renderToStaticMarkup(<Markdown text={'| <b>x</b> |\n|---|'} />);
    expect(html).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});
