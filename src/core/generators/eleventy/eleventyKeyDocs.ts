/**
 * The front-matter keys Eleventy 3.1.8 reads itself (docs: data-frontmatter, data-eleventy-supplied, permalinks,
 * collections, data-computed), described in English and Korean for completion and hovers. Every other key is data
 * for the templates, as Eleventy sees it.
 */
import type { FrontMatterKey } from '../../lint/frontMatterKeys';

const E = 'eleventy';

export const ELEVENTY_KEYS: readonly FrontMatterKey[] = [
  { key: 'title', source: E, kind: 'string', en: 'The page title, for your templates (Eleventy itself does not require one).', ko: '템플릿에서 쓸 페이지 제목(Eleventy 자체는 제목을 요구하지 않습니다).' },
  { key: 'date', source: E, kind: 'date', en: 'The page date (page.date), read in UTC; also "Last Modified", "Created", "git Last Modified" or "git Created". Without it Eleventy takes the first YYYY-MM-DD in the file path, then the file\'s creation time.', ko: '페이지 날짜(page.date). UTC로 읽습니다. "Last Modified", "Created", "git Last Modified", "git Created"도 됩니다. 없으면 파일 경로의 첫 YYYY-MM-DD, 그다음 파일을 만든 때를 씁니다.' },
  { key: 'tags', source: E, kind: 'taxonomy', en: 'The collections this page joins (a string is split on commas). The site\'s post tag (posts) makes it a post; the other tags are its topics.', ko: '이 페이지가 들어갈 컬렉션(문자열은 쉼표로 나눕니다). 사이트의 글 태그(posts)가 있으면 글이 되고, 나머지 태그는 주제입니다.' },
  { key: 'permalink', source: E, kind: 'string', en: 'Where the page is written (page.url): a path such as /blog/hello/, a Liquid or Nunjucks template, or false to write no page.', ko: '페이지를 쓸 위치(page.url): /blog/hello/ 같은 경로, Liquid·Nunjucks 템플릿, 또는 페이지를 쓰지 않으려면 false.' },
  { key: 'layout', source: E, kind: 'string', en: 'The layout that wraps the page, from the includes folder (_includes), e.g. layouts/post.njk.', ko: '페이지를 감쌀 레이아웃. includes 폴더(_includes)에서 찾습니다(예: layouts/post.njk).' },
  { key: 'eleventyExcludeFromCollections', source: E, kind: 'boolean', en: 'true keeps the page out of every collection (it is still written); a list of tags keeps it out of those only.', ko: 'true면 모든 컬렉션에서 뺍니다(페이지는 그대로 씁니다). 태그 목록이면 그 컬렉션에서만 뺍니다.' },
  { key: 'eleventyComputed', source: E, kind: 'mapping', en: 'Values Eleventy computes last, from templates or functions; Postcraft does not compute them.', ko: 'Eleventy가 마지막에 템플릿이나 함수로 계산하는 값. Postcraft는 계산하지 않습니다.' },
  { key: 'eleventyNavigation', source: E, kind: 'mapping', en: 'The navigation plugin\'s entry: key, parent, order, title.', ko: '내비게이션 플러그인 항목: key, parent, order, title.' },
  { key: 'eleventyImport', source: E, kind: 'mapping', en: 'The collections this template uses (collections: [...]), so Eleventy builds them first.', ko: '이 템플릿이 쓰는 컬렉션(collections: [...]). Eleventy가 먼저 만듭니다.' },
  { key: 'pagination', source: E, kind: 'mapping', en: 'Makes several pages from data: data, size, alias.', ko: '데이터로 여러 페이지를 만듭니다: data, size, alias.' },
  { key: 'templateEngineOverride', source: E, kind: 'string', en: 'The template engines for this file instead of the site\'s, e.g. njk,md or md alone.', ko: '사이트 대신 이 파일에 쓸 템플릿 엔진(예: njk,md 또는 md만).' },
  { key: 'dynamicPermalink', source: E, kind: 'boolean', en: 'false keeps the permalink as written, without rendering it as a template.', ko: 'false면 permalink를 템플릿으로 렌더링하지 않고 쓴 그대로 씁니다.' },
  { key: 'draft', source: E, kind: 'boolean', en: 'Not read by Eleventy itself: a draft only where the site\'s config drops drafts (the docs\' preprocessor).', ko: 'Eleventy 자체는 읽지 않습니다. 사이트 설정이 초안을 빼는 경우(문서의 전처리기)에만 초안입니다.' },
];
