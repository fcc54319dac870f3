/**
 * Front-matter keys that Jekyll and Minimal Mistakes read, with a one-line description in English and Korean
 * (for completion and hovers) and the kind of value they take (for value completion and lint). Other generators
 * give their own tables through the generator seam (Generator.frontMatterRules).
 */

/**
 * `names` are Jekyll's categories and tags; `taxonomy` is one of a site's configured taxonomies, whose terms the
 * site model counts by key; `list` is a list of strings with nothing to offer (aliases, keywords).
 */
export type KeyKind = 'string' | 'boolean' | 'date' | 'layout' | 'names' | 'taxonomy' | 'list' | 'image' | 'author' | 'mapping' | 'number';

export interface FrontMatterKey {
  /** Dotted for nested keys: `header.image`. */
  readonly key: string;
  readonly source: 'jekyll' | 'minimal-mistakes' | 'hugo' | 'eleventy' | 'docusaurus';
  readonly kind: KeyKind;
  readonly en: string;
  readonly ko: string;
}

const J = 'jekyll';
const MM = 'minimal-mistakes';

export const FRONT_MATTER_KEYS: readonly FrontMatterKey[] = [
  { key: 'layout', source: J, kind: 'layout', en: 'The layout (template in _layouts or the theme) that wraps the post.', ko: '글을 감쌀 레이아웃(_layouts 또는 테마의 템플릿).' },
  { key: 'title', source: J, kind: 'string', en: 'The post title. Without it Jekyll makes one from the file name.', ko: '글 제목. 없으면 지킬이 파일 이름으로 만듭니다.' },
  { key: 'date', source: J, kind: 'date', en: 'Publication date and time; overrides the date in the file name (and the URL). Add an offset such as +0900.', ko: '발행 날짜와 시각. 파일 이름의 날짜(와 URL)보다 우선합니다. +0900 같은 시간대를 붙이세요.' },
  { key: 'categories', source: J, kind: 'names', en: 'Categories: a list, or words separated by spaces. Used in the URL by most permalinks.', ko: '카테고리: 목록이나 공백으로 나눈 단어. 대부분의 퍼머링크에서 URL에 들어갑니다.' },
  { key: 'category', source: J, kind: 'names', en: 'One category (not split on spaces).', ko: '카테고리 하나(공백으로 나누지 않음).' },
  { key: 'tags', source: J, kind: 'names', en: 'Tags: a list, or words separated by spaces (not commas).', ko: '태그: 목록이나 공백으로 나눈 단어(쉼표가 아님).' },
  { key: 'tag', source: J, kind: 'names', en: 'One tag (not split on spaces); wins over tags.', ko: '태그 하나(공백으로 나누지 않음). tags보다 우선합니다.' },
  { key: 'published', source: J, kind: 'boolean', en: 'false keeps the post out of the site (unless --unpublished).', ko: 'false면 사이트에 싣지 않습니다(--unpublished 제외).' },
  { key: 'permalink', source: J, kind: 'string', en: 'This post\'s URL template, e.g. /:categories/:title/ — overrides _config.yml.', ko: '이 글의 URL 템플릿(예: /:categories/:title/). _config.yml보다 우선합니다.' },
  { key: 'slug', source: J, kind: 'string', en: 'The :slug and :title part of the URL, instead of the file name\'s.', ko: 'URL의 :slug, :title 부분. 파일 이름 대신 씁니다.' },
  { key: 'excerpt', source: J, kind: 'string', en: 'The excerpt shown in lists and feeds, instead of the first paragraph.', ko: '목록과 피드에 보일 요약. 첫 문단 대신 씁니다.' },
  { key: 'excerpt_separator', source: J, kind: 'string', en: 'Where the excerpt ends in this post, e.g. <!--more-->.', ko: '이 글에서 요약이 끝나는 표시(예: <!--more-->).' },
  { key: 'description', source: J, kind: 'string', en: 'A short summary, used by SEO tags and themes.', ko: '짧은 설명. SEO 태그와 테마가 씁니다.' },
  { key: 'author', source: J, kind: 'author', en: 'The author: a key of _data/authors.yml or a name.', ko: '글쓴이: _data/authors.yml의 키나 이름.' },
  { key: 'last_modified_at', source: MM, kind: 'date', en: 'When the post was last updated (shown by the theme and in SEO tags).', ko: '마지막으로 고친 때(테마와 SEO 태그에 표시).' },
  { key: 'toc', source: MM, kind: 'boolean', en: 'Show a table of contents.', ko: '목차를 보입니다.' },
  { key: 'toc_label', source: MM, kind: 'string', en: 'Title of the table of contents.', ko: '목차의 제목.' },
  { key: 'toc_icon', source: MM, kind: 'string', en: 'Font Awesome icon of the table of contents, e.g. cog.', ko: '목차의 Font Awesome 아이콘(예: cog).' },
  { key: 'toc_sticky', source: MM, kind: 'boolean', en: 'Keep the table of contents on screen while scrolling.', ko: '스크롤해도 목차를 화면에 고정합니다.' },
  { key: 'classes', source: MM, kind: 'string', en: 'Extra CSS classes on the page; wide uses the whole width.', ko: '페이지에 붙일 CSS 클래스. wide면 전체 너비를 씁니다.' },
  { key: 'author_profile', source: MM, kind: 'boolean', en: 'Show the author profile in the sidebar.', ko: '사이드바에 글쓴이 프로필을 보입니다.' },
  { key: 'read_time', source: MM, kind: 'boolean', en: 'Show the reading time (words_per_minute in _config.yml).', ko: '읽는 시간을 보입니다(_config.yml의 words_per_minute).' },
  { key: 'comments', source: MM, kind: 'boolean', en: 'Show comments (with a provider set in _config.yml).', ko: '댓글을 보입니다(_config.yml에 댓글 서비스 설정 필요).' },
  { key: 'share', source: MM, kind: 'boolean', en: 'Show the social sharing links.', ko: '공유 링크를 보입니다.' },
  { key: 'related', source: MM, kind: 'boolean', en: 'Show related posts.', ko: '관련 글을 보입니다.' },
  { key: 'show_date', source: MM, kind: 'boolean', en: 'Show the date in the page meta.', ko: '페이지 정보에 날짜를 보입니다.' },
  { key: 'search', source: MM, kind: 'boolean', en: 'false keeps the post out of the site search.', ko: 'false면 사이트 검색에서 뺍니다.' },
  { key: 'sidebar', source: MM, kind: 'mapping', en: 'Sidebar content, or nav: a key of _data/navigation.yml.', ko: '사이드바 내용, 또는 nav: _data/navigation.yml의 키.' },
  { key: 'header', source: MM, kind: 'mapping', en: 'Header image, overlay and teaser settings.', ko: '머리 이미지, 오버레이, 티저 설정.' },
  { key: 'header.image', source: MM, kind: 'image', en: 'Header image at the top of the page.', ko: '페이지 위쪽의 머리 이미지.' },
  { key: 'header.teaser', source: MM, kind: 'image', en: 'Small image shown in lists of posts and related posts.', ko: '글 목록과 관련 글에 보일 작은 이미지.' },
  { key: 'header.overlay_image', source: MM, kind: 'image', en: 'Large image behind the title.', ko: '제목 뒤에 깔리는 큰 이미지.' },
  { key: 'header.overlay_color', source: MM, kind: 'string', en: 'Solid color behind the title, e.g. "#333".', ko: '제목 뒤의 단색(예: "#333").' },
  { key: 'header.overlay_filter', source: MM, kind: 'number', en: 'Darkens the overlay image: 0 to 1, or rgba(…).', ko: '오버레이 이미지를 어둡게 합니다: 0~1 또는 rgba(…).' },
  { key: 'header.caption', source: MM, kind: 'string', en: 'Caption (credit) of the header image.', ko: '머리 이미지의 설명(출처).' },
  { key: 'header.og_image', source: MM, kind: 'image', en: 'Image for social media previews.', ko: '소셜 미디어 미리보기 이미지.' },
  { key: 'header.actions', source: MM, kind: 'mapping', en: 'Buttons on the overlay (label, url).', ko: '오버레이 위의 버튼(label, url).' },
  { key: 'image', source: J, kind: 'image', en: 'Image for SEO tags and social previews (jekyll-seo-tag).', ko: 'SEO 태그와 소셜 미리보기 이미지(jekyll-seo-tag).' },
  { key: 'gallery', source: MM, kind: 'mapping', en: 'Images for the gallery include.', ko: 'gallery 인클루드의 이미지 목록.' },
  { key: 'redirect_from', source: J, kind: 'names', en: 'Old URLs that redirect here (jekyll-redirect-from).', ko: '여기로 넘겨줄 예전 URL(jekyll-redirect-from).' },
  { key: 'hidden', source: J, kind: 'boolean', en: 'Hidden from pagination and lists (jekyll-paginate-v2 and some themes).', ko: '페이지 나누기와 목록에서 숨깁니다(jekyll-paginate-v2와 일부 테마).' },
];

const BY_KEY = new Map(FRONT_MATTER_KEYS.map((k) => [k.key, k]));

/** The table entry of a key (dotted for nested ones), if any. */
export function keyInfo(dotted: string): FrontMatterKey | undefined {
  return BY_KEY.get(dotted);
}

export function isBooleanKey(dotted: string): boolean {
  return BY_KEY.get(dotted)?.kind === 'boolean';
}

/** Keys of `table` (Jekyll's by default) directly under `parent` ('' for the top level). */
export function keysUnder(parent: string, table: readonly FrontMatterKey[] = FRONT_MATTER_KEYS): FrontMatterKey[] {
  const prefix = parent === '' ? '' : `${parent}.`;
  return table.filter((k) => k.key.startsWith(prefix) && !k.key.slice(prefix.length).includes('.'));
}

/**
 * Top-level keys other posts of the site write, with how many posts write each, that the table does not know
 * (`known` tells; Jekyll's table by default).
 */
export function siteKeys(posts: readonly { readonly keys?: readonly string[] }[], known: (key: string) => boolean = (key) => keyInfo(key) !== undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const post of posts) {
    for (const key of post.keys ?? []) {
      if (!known(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return counts;
}
