import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sanitizeHtml } from '../../../src/core/render/sanitize';
import { render } from './sampleSite';

const ctx = { siteUrl: 'https://example.github.io', baseurl: '', documentDir: '_posts', resourceRoot: 'https://res.test/site' };

/** Each fixture: Markdown with raw HTML a post might contain, and what must not survive. */
const FIXTURES: ReadonlyArray<readonly [string, string, RegExp]> = [
  ['script tag', 'a\n\n<script>alert(1)</script>\n\nb', /<script|alert\(1\)/i],
  ['script in inline HTML', 'x <script src="https://evil.test/x.js"></script> y', /<script|evil/i],
  ['onerror handler', '<img src="x.png" onerror="alert(1)">', /onerror|alert/i],
  ['handler in upper case', '<div ONCLICK="alert(1)">x</div>', /onclick|alert/i],
  ['javascript: link in Markdown', '[x](javascript:alert(1))', /href="javascript:/i],
  ['javascript: link in HTML, entity-encoded', '<a href="jav&#x61;script:alert(1)">x</a>', /javascript|alert/i],
  ['javascript: with spaces and tabs', '<a href=" java\tscript:alert(1)">x</a>', /script:|alert/i],
  ['vbscript link', '<a href="vbscript:msgbox(1)">x</a>', /vbscript/i],
  ['data: HTML link', '<a href="data:text/html,<script>alert(1)</script>">x</a>', /data:text|alert/i],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.test">', /<meta|refresh|evil/i],
  ['iframe', '<iframe src="https://evil.test/frame" onload="alert(1)"></iframe>', /<iframe|onload|alert/i],
  ['srcdoc iframe', '<iframe srcdoc="<script>alert(1)</script>"></iframe>', /<iframe|srcdoc|alert/i],
  ['base tag', '<base href="https://evil.test/">\n\n[x](/a)', /<base|evil/i],
  ['object and embed', '<object data="https://evil.test/x.swf"></object><embed src="https://evil.test/y">', /<object|<embed|evil/i],
  ['external stylesheet', '<link rel="stylesheet" href="https://evil.test/x.css">', /<link|evil/i],
  ['CSS url() to a remote host in a style attribute', '<div style="background: url(https://evil.test/track.png)">x</div>', /evil/i],
  ['CSS url() and @import in a style element', '<style>@import "https://evil.test/a.css"; p { background: url("//evil.test/b.png") }</style>', /evil|@import/i],
  ['SVG script', '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>', /<script|javascript|alert/i],
  ['form action', '<form action="javascript:alert(1)"><button formaction="javascript:alert(2)">x</button></form>', /javascript|formaction|alert/i],
  ['IAL event handler', 'para\n{: onclick="alert(1)" .ok}', /onclick|alert/i],
  ['Liquid-made script', '{{ "<script>alert(1)</script>" }}', /<script|alert/i],
];

describe('security fixtures: hostile post content is inert in the HTML sent to the webview', () => {
  for (const [name, markdown, forbidden] of FIXTURES) {
    it(name, () => {
      const { html } = render(markdown);
      assert.doesNotMatch(html, forbidden, html);
    });
  }

  it('keeps ordinary raw HTML, https images and local images', () => {
    const { html } = render('<div class="notice" style="color: red; background: url(/assets/bg.png)"><img src="https://cdn.test/a.png" alt="a"> <img src="../assets/b.png"></div>');
    assert.match(html, /<div class="notice" style="color: red; background: url\(&quot;https:\/\/res\.test\/site\/assets\/bg\.png&quot;\)">/);
    assert.match(html, /<img src="https:\/\/cdn\.test\/a\.png" alt="a">/);
    assert.match(html, /<img src="https:\/\/res\.test\/site\/assets\/b\.png">/);
  });

  it('drops image paths that climb out of the site and non-image data URLs', () => {
    const out = sanitizeHtml('<img src="../../../etc/passwd"><img src="data:text/html,x"><img src="data:image/png;base64,AAAA">', ctx);
    assert.equal(out, '<img><img><img src="data:image/png;base64,AAAA">');
  });

  it('maps site URLs with the baseurl and absolute site URLs to local files', () => {
    const out = sanitizeHtml('<img src="/blog/assets/a.png"><img src="https://example.github.io/blog/assets/%ED%95%9C.png">', { ...ctx, baseurl: '/blog' });
    assert.equal(out, '<img src="https://res.test/site/assets/a.png"><img src="https://res.test/site/assets/%ED%95%9C.png">');
  });

  it('replaces a frame with a link to its https source', () => {
    assert.equal(sanitizeHtml('<iframe src="https://www.youtube.com/embed/x"></iframe>', ctx), '<a class="pc-embed" href="https://www.youtube.com/embed/x">[iframe] www.youtube.com</a>');
  });
});
