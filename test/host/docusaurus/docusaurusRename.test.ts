import { renameRoundTrip } from '../renameRoundTrip';

describe('Rename Post to Match Title on the Docusaurus sample', () => {
  it('renames a dated folder after its title, the date kept, and the slug follows', async () => {
    await renameRoundTrip({
      post: 'blog/2024-06-01-bundle-post/index.md',
      from: 'blog/2024-06-01-bundle-post',
      to: 'blog/2024-06-01-a-post-in-a-dated-folder',
      renamed: 'blog/2024-06-01-a-post-in-a-dated-folder/index.md',
      url: '/blog/2024/06/01/a-post-in-a-dated-folder',
    });
  });
});
