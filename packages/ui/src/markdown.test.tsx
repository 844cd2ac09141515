import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Markdown } from './markdown';

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
