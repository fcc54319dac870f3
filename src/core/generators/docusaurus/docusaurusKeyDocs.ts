/**
 * The front-matter keys Docusaurus 3.10.2's blog plugin reads (its `frontMatter.js` schema and the blog docs),
 * described in English and Korean. Other keys are kept in the post's front matter for the theme.
 */
import type { FrontMatterKey } from '../../lint/frontMatterKeys';

const D = 'docusaurus';

export const DOCUSAURUS_KEYS: readonly FrontMatterKey[] = [
  { key: 'title', source: D, kind: 'string', en: 'The post title; without it Docusaurus takes the first # heading, then the file name.', ko: '글 제목. 없으면 첫 # 제목을, 그것도 없으면 파일 이름을 씁니다.' },
  { key: 'date', source: D, kind: 'date', en: 'The post date; a string is read as UTC (Docusaurus appends Z). Without it the file or folder name gives it (2024-03-05-name.md), then Git.', ko: '글 날짜. 문자열은 UTC로 읽습니다(Docusaurus가 Z를 붙입니다). 없으면 파일이나 폴더 이름(2024-03-05-name.md)에서, 그다음 Git에서 가져옵니다.' },
  { key: 'slug', source: D, kind: 'string', en: 'The URL path under the blog route instead of /YYYY/MM/DD/<name>, e.g. /my-post.', ko: '/YYYY/MM/DD/<이름> 대신 쓸 블로그 경로 아래의 URL, 예: /my-post.' },
  { key: 'tags', source: D, kind: 'taxonomy', en: 'Tags: keys of tags.yml, or inline names whose page is /tags/<kebab-case name>.', ko: '태그: tags.yml의 키, 또는 페이지가 /tags/<케밥 케이스 이름>인 인라인 이름.' },
  { key: 'authors', source: D, kind: 'taxonomy', en: 'Authors: keys of authors.yml, or inline { name, title, url, image_url } objects.', ko: '글쓴이: authors.yml의 키, 또는 { name, title, url, image_url } 인라인 객체.' },
  { key: 'draft', source: D, kind: 'boolean', en: 'true leaves the post out of a production build (docusaurus build); the dev server still shows it.', ko: 'true면 프로덕션 빌드(docusaurus build)에서 뺍니다. 개발 서버에는 보입니다.' },
  { key: 'unlisted', source: D, kind: 'boolean', en: 'true builds the post but leaves it out of lists, tags, feeds and the sitemap: only its link finds it.', ko: 'true면 글을 빌드하되 목록, 태그, 피드, 사이트맵에서 뺍니다. 링크로만 찾을 수 있습니다.' },
  { key: 'description', source: D, kind: 'string', en: 'The summary for meta tags and the blog list; the first paragraph when absent.', ko: '메타 태그와 블로그 목록에 쓸 요약. 없으면 첫 문단.' },
  { key: 'image', source: D, kind: 'image', en: 'The cover or social card image of the post.', ko: '글의 표지나 소셜 카드 이미지.' },
  { key: 'keywords', source: D, kind: 'list', en: 'Keywords for the keywords meta tag.', ko: 'keywords 메타 태그에 쓸 키워드.' },
  { key: 'title_meta', source: D, kind: 'string', en: 'The title for SEO meta tags, instead of title.', ko: 'title 대신 SEO 메타 태그에 쓸 제목.' },
  { key: 'sidebar_label', source: D, kind: 'string', en: 'The post\'s label in the blog sidebar, instead of title.', ko: 'title 대신 블로그 사이드바에 보일 이름.' },
  { key: 'hide_table_of_contents', source: D, kind: 'boolean', en: 'true hides the table of contents on the right.', ko: 'true면 오른쪽 목차를 숨깁니다.' },
  { key: 'toc_min_heading_level', source: D, kind: 'number', en: 'The smallest heading level in the table of contents (2–6).', ko: '목차에 넣을 가장 작은 제목 수준(2–6).' },
  { key: 'toc_max_heading_level', source: D, kind: 'number', en: 'The largest heading level in the table of contents (2–6).', ko: '목차에 넣을 가장 큰 제목 수준(2–6).' },
  { key: 'last_update', source: D, kind: 'mapping', en: 'The date and author shown as last updated, instead of Git\'s: { date, author }.', ko: 'Git 대신 보일 마지막 수정 날짜와 사람: { date, author }.' },
  { key: 'author', source: D, kind: 'string', en: 'Legacy single author name (use authors); cannot be mixed with authors.', ko: '예전 방식의 글쓴이 이름(authors를 쓰세요). authors와 함께 쓸 수 없습니다.' },
  { key: 'author_title', source: D, kind: 'string', en: 'Legacy author title (use authors).', ko: '예전 방식의 글쓴이 직함(authors를 쓰세요).' },
  { key: 'author_url', source: D, kind: 'string', en: 'Legacy author link (use authors).', ko: '예전 방식의 글쓴이 링크(authors를 쓰세요).' },
  { key: 'author_image_url', source: D, kind: 'image', en: 'Legacy author picture (use authors).', ko: '예전 방식의 글쓴이 사진(authors를 쓰세요).' },
];
