// @ts-check
// Postcraft's sample Docusaurus blog. Postcraft reads this file as text and never runs it.

/** @type {import('@docusaurus/types').Config} */
const config = {
  title: 'Postcraft sample blog',
  tagline: 'Notes in Korean and English',
  url: 'https://blog.example.com',
  baseUrl: '/',
  onBrokenLinks: 'warn',
  i18n: {
    defaultLocale: 'ko',
    locales: ['ko'],
  },
  presets: [
    [
      'classic',
      /** @type {import('@docusaurus/preset-classic').Options} */
      ({
        docs: false,
        blog: {
          path: 'blog',
          routeBasePath: 'blog',
          blogTitle: 'Postcraft sample blog',
          postsPerPage: 5,
          showReadingTime: true,
          onInlineTags: 'warn',
          onInlineAuthors: 'warn',
          onUntruncatedBlogPosts: 'ignore',
        },
      }),
    ],
  ],
};

module.exports = config;
