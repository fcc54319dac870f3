/**
 * The front-matter keys Hugo 0.111 reads itself (content-management/front-matter in its docs, and
 * hugolib/page__meta.go), described in English and Korean, plus one entry per taxonomy the site declares.
 * Hugo matches these keys in any case (`publishdate` is `publishDate`); anything else goes to `.Params`.
 */
import type { FrontMatterKey } from '../../lint/frontMatterKeys';
import type { HugoSettings } from './hugoSettings';

const H = 'hugo';

export const HUGO_KEYS: readonly FrontMatterKey[] = [
  { key: 'title', source: H, kind: 'string', en: 'The page title (.Title); lists, feeds and the :title and :slug permalink tokens use it.', ko: '페이지 제목(.Title). 목록, 피드, 퍼머링크의 :title과 :slug에 쓰입니다.' },
  { key: 'date', source: H, kind: 'date', en: 'The date Hugo sorts and groups pages by (.Date) and puts in :year/:month/:day of the URL. Without an offset it is read in the site\'s timeZone.', ko: '휴고가 페이지를 정렬하고 묶는 날짜(.Date). URL의 :year/:month/:day에 들어갑니다. 시간대가 없으면 사이트의 timeZone으로 읽습니다.' },
  { key: 'publishDate', source: H, kind: 'date', en: 'When the page goes live (.PublishDate): until then Hugo leaves it out of the build unless --buildFuture. Falls back to date.', ko: '글이 공개되는 때(.PublishDate). 그 전에는 --buildFuture 없이는 빌드에서 빠집니다. 없으면 date를 씁니다.' },
  { key: 'expiryDate', source: H, kind: 'date', en: 'When the page is taken down (.ExpiryDate): after it Hugo leaves it out of the build unless --buildExpired.', ko: '글이 내려가는 때(.ExpiryDate). 이후에는 --buildExpired 없이는 빌드에서 빠집니다.' },
  { key: 'lastmod', source: H, kind: 'date', en: 'When the page was last changed (.Lastmod); with enableGitInfo the Git commit date may win. Falls back to date.', ko: '마지막으로 고친 때(.Lastmod). enableGitInfo면 Git 커밋 날짜가 우선할 수 있습니다. 없으면 date를 씁니다.' },
  { key: 'draft', source: H, kind: 'boolean', en: 'true keeps the page out of the build unless --buildDrafts (-D).', ko: 'true면 --buildDrafts(-D) 없이는 빌드에서 뺍니다.' },
  { key: 'slug', source: H, kind: 'string', en: 'The last part of the URL instead of the file name; the :slug permalink token.', ko: '파일 이름 대신 쓸 URL의 마지막 부분. 퍼머링크의 :slug.' },
  { key: 'url', source: H, kind: 'string', en: 'The whole path of the page from the site root, e.g. /about/; wins over [permalinks] and slug.', ko: '사이트 루트부터의 전체 경로(예: /about/). [permalinks]와 slug보다 우선합니다.' },
  { key: 'aliases', source: H, kind: 'list', en: 'Old paths of the page: Hugo writes a redirect page at each one.', ko: '이 페이지의 예전 경로. 휴고가 경로마다 넘겨주기 페이지를 만듭니다.' },
  { key: 'weight', source: H, kind: 'number', en: 'Sort order in lists: lower weights come first; 0 means unweighted (last).', ko: '목록의 정렬 순서. 작을수록 앞에 옵니다. 0은 가중치 없음(맨 뒤).' },
  { key: 'linkTitle', source: H, kind: 'string', en: 'A shorter title for links and menus (.LinkTitle); title when absent.', ko: '링크와 메뉴에 쓸 짧은 제목(.LinkTitle). 없으면 title.' },
  { key: 'description', source: H, kind: 'string', en: 'A short summary of the page (.Description), used by themes for meta tags.', ko: '페이지의 짧은 설명(.Description). 테마가 메타 태그에 씁니다.' },
  { key: 'summary', source: H, kind: 'string', en: 'The summary shown in lists (.Summary) instead of the first words or the text before <!--more-->.', ko: '목록에 보일 요약(.Summary). 앞부분이나 <!--more--> 앞 글 대신 씁니다.' },
  { key: 'keywords', source: H, kind: 'list', en: 'Keywords of the page (.Keywords), for meta tags and related content.', ko: '페이지의 키워드(.Keywords). 메타 태그와 관련 글에 쓰입니다.' },
  { key: 'layout', source: H, kind: 'string', en: 'The template Hugo looks for first, by name (layouts/<type>/<layout>.html).', ko: '휴고가 먼저 찾을 템플릿 이름(layouts/<type>/<layout>.html).' },
  { key: 'type', source: H, kind: 'string', en: 'The content type, which picks the template folder; the section when absent.', ko: '템플릿 폴더를 고르는 콘텐츠 타입. 없으면 섹션.' },
  { key: 'markup', source: H, kind: 'string', en: 'How the content is rendered: markdown (goldmark), html, asciidoc, org, pandoc or rst; the file extension decides when absent.', ko: '본문을 렌더링할 방식: markdown(goldmark), html, asciidoc, org, pandoc, rst. 없으면 확장자로 정합니다.' },
  { key: 'outputs', source: H, kind: 'list', en: 'The output formats of this page (html, json, rss…), instead of the site\'s [outputs].', ko: '이 페이지의 출력 형식(html, json, rss…). 사이트의 [outputs] 대신 씁니다.' },
  { key: 'headless', source: H, kind: 'boolean', en: 'In a leaf bundle (index.md): true makes the page and its resources never rendered on their own.', ko: '리프 번들(index.md)에서 true면 페이지와 리소스를 따로 렌더링하지 않습니다.' },
  { key: 'isCJKLanguage', source: H, kind: 'boolean', en: 'Count words and summaries as Chinese, Japanese or Korean text; the site\'s hasCJKLanguage guesses it.', ko: '단어 수와 요약을 한중일 글로 셉니다. 사이트의 hasCJKLanguage가 추측합니다.' },
  { key: 'translationKey', source: H, kind: 'string', en: 'Links this page to its translations that have the same key, whatever their paths.', ko: '경로가 달라도 같은 키를 가진 번역 페이지끼리 이어 줍니다.' },
  { key: 'resources', source: H, kind: 'mapping', en: 'Names, titles and params for the bundle\'s files, matched by src glob.', ko: '번들 파일의 이름, 제목, 매개변수. src 글롭으로 고릅니다.' },
  { key: 'cascade', source: H, kind: 'mapping', en: 'Front matter handed down to the pages below this one (in a section\'s _index.md).', ko: '아래 페이지에 물려줄 front matter(섹션의 _index.md에서).' },
  { key: 'build', source: H, kind: 'mapping', en: 'Build options: list (always, local, never), render (always, link, never), publishResources.', ko: '빌드 옵션: list(always, local, never), render(always, link, never), publishResources.' },
  { key: '_build', source: H, kind: 'mapping', en: 'The older name of build: the same options.', ko: 'build의 예전 이름. 옵션은 같습니다.' },
  { key: 'params', source: H, kind: 'mapping', en: 'Your own values for templates (.Params); keys Hugo does not know land there too.', ko: '템플릿에 쓸 사용자 값(.Params). 휴고가 모르는 키도 여기로 갑니다.' },
];

/** Hugo's keys with one entry per taxonomy of the site, and the date aliases the `[frontmatter]` chains read. */
export function hugoKeyDocs(settings: Pick<HugoSettings, 'taxonomies'>): FrontMatterKey[] {
  const taxonomies: FrontMatterKey[] = Object.entries(settings.taxonomies).map(([singular, plural]) => ({
    key: plural,
    source: H,
    kind: 'taxonomy',
    en: `Terms of the "${plural}" taxonomy ([taxonomies] ${singular} = "${plural}"): a list of names; Hugo makes a page for each term under /${plural}/.`,
    ko: `"${plural}" 분류의 용어([taxonomies] ${singular} = "${plural}"): 이름 목록. 휴고가 /${plural}/ 아래에 용어마다 페이지를 만듭니다.`,
  }));
  const known = new Set(HUGO_KEYS.map((k) => k.key.toLowerCase()));
  return [...HUGO_KEYS, ...taxonomies.filter((t) => !known.has(t.key.toLowerCase()))];
}
