import { renameRoundTrip } from '../renameRoundTrip';

describe('Rename Post to Match Title on the Astro sample', () => {
  it('renames a TOML post\'s file after its title, and the entry id (and so the URL) follows', async () => {
    await renameRoundTrip({
      post: 'src/content/blog/toml-post.md',
      from: 'src/content/blog/toml-post.md',
      to: 'src/content/blog/a-toml-front-matter-post.md',
      renamed: 'src/content/blog/a-toml-front-matter-post.md',
      url: '/blog/a-toml-front-matter-post/',
    });
  });
});
