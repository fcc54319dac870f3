import { renameRoundTrip } from '../renameRoundTrip';

describe('Rename Post to Match Title on the Eleventy sample', () => {
  it('renames the file after its title, and the folder rule\'s URL follows', async () => {
    await renameRoundTrip({
      post: 'content/blog/string-tag.md',
      from: 'content/blog/string-tag.md',
      to: 'content/blog/one-tag-as-a-string.md',
      renamed: 'content/blog/one-tag-as-a-string.md',
      url: '/blog/one-tag-as-a-string/',
    });
  });
});
