/** A small Jekyll site and what Jekyll 4.3.1 made of it (recorded with Jekyll::Site#read, timezone Asia/Seoul). */
export const FILES: Record<string, string> = {
  "_config.yml": "timezone: Asia/Seoul\npermalink: /:categories/:year/:month/:day/:title:output_ext\ndefaults:\n  - scope: {path: tech}\n    values: {layout: single, tags: [deftag]}\n  - scope: {path: '', type: posts}\n    values: {layout: post, author_profile: true}\n  - scope: {path: '_posts/2024-01-0*'}\n    values: {comments: true}\n",
  "_posts/2024-01-02-한글-제목.md": "---\ncategories: dev 일상\ntags: a b\n---\n첫 문단입니다.\n\n두번째 문단.\n",
  "_posts/sub/2024-01-03-two.md": "---\ncategory: Solo Cat\ntags: [X, \"y z\"]\n---\nbody\n",
  "tech/_posts/2024-01-04-three.md": "---\ncategories: [A, B]\n---\nthree\n",
  "_posts/2099-01-01-future.md": "---\ntitle: Future\n---\nlater\n",
  "_posts/2024-01-05-nopub.md": "---\npublished: no\n---\nx\n",
  "_posts/2024-01-06-date.md": "---\ndate: 2023-12-31 23:30:00 +0000\nslug: custom-slug\n---\nx\n",
  "_posts/2024-01-07-nofm.md": "no front matter here\n",
  "_posts/badname.md": "---\ntitle: bad\n---\n",
  "_drafts/a-draft.md": "---\ntitle: Draft\n---\n",
  "_posts/2024-01-08-tags.md": "---\ntags: a a 2024\n---\n",
  "_posts/2024-01-09-singular.md": "---\ntag: [x]\ntags: y\n---\n",
  "_posts/2024-01-10-perm.md": "---\npermalink: /custom/:title/\ntitle: Custom\n---\n",
  "_posts/2024-01-11-utc.md": "---\ndate: 2024-01-11 10:00:00\n---\n",
  "_posts/2024-01-12-crlf.md": "﻿---\r\ntitle: CRLF\r\ntags: [c]\r\n---\r\nLine one\r\n\r\nLine two\r\n",
  "_posts/2024-01-14-dup.md": "---\ntitle: First\ntitle: Second\n---\n",
  "_posts/2024-01-15-yes.md": "---\npublished: \"no\"\n---\n",
  "_posts/2024-01-16-pretty.md": "---\npermalink: pretty\n---\n",
  "_posts/2024-01-17-weird.md": "---\ncategories: [2024, 1.5, true]\ntags: [1, 2]\n---\n",
  "_posts/_ignored/2024-01-18-x.md": "---\n---\n",
  "_posts/2024-01-19-x.md~": "---\n---\n",
  "_posts/2024-01-20-week.md": "---\ncategories: C++ Tips\npermalink: /:year/W:week/:short_day/:i_month-:i_day/:y_day/:w_year/:long_month/:long_day/:short_year/:slugified_categories/:name/:path:output_ext\n---\n",
  "_posts/2024-01-21-Hello World!.md": "---\n---\n",
  "_posts/2024-01-22-q.html": "---\ncategories: \"#hash ?q 100%\"\n---\n",
  "_posts/2024-01-23-js.md": "---js\n{title: 'x'}\n---\nbody\n",
  "_posts/2024-12-30-isoweek.md": "---\npermalink: /:w_year-:week-:w_day/:month_:day/\n---\n"
};

export const EXPECTED = [
  {
    "path": "_posts/2024-01-06-date.md",
    "url": "/2024/01/01/custom-slug.html",
    "date": "2024-01-01T08:30:00+09:00",
    "title": "Date",
    "categories": [],
    "tags": [],
    "layout": "post",
    "excerpt": "x\n",
    "comments": true
  },
  {
    "path": "_posts/2024-01-02-한글-제목.md",
    "url": "/dev/%EC%9D%BC%EC%83%81/2024/01/02/%ED%95%9C%EA%B8%80-%EC%A0%9C%EB%AA%A9.html",
    "date": "2024-01-02T00:00:00+09:00",
    "title": "한글 제목",
    "categories": [
      "dev",
      "일상"
    ],
    "tags": [
      "a",
      "b"
    ],
    "layout": "post",
    "excerpt": "첫 문단입니다.",
    "comments": true
  },
  {
    "path": "_posts/sub/2024-01-03-two.md",
    "url": "/solo%20cat/2024/01/03/two.html",
    "date": "2024-01-03T00:00:00+09:00",
    "title": "Two",
    "categories": [
      "Solo Cat"
    ],
    "tags": [
      "X",
      "y z"
    ],
    "layout": "post",
    "excerpt": "body\n",
    "comments": null
  },
  {
    "path": "tech/_posts/2024-01-04-three.md",
    "url": "/tech/a/b/2024/01/04/three.html",
    "date": "2024-01-04T00:00:00+09:00",
    "title": "Three",
    "categories": [
      "tech",
      "A",
      "B"
    ],
    "tags": [
      "deftag"
    ],
    "layout": "single",
    "excerpt": "three\n",
    "comments": null
  },
  {
    "path": "_posts/2024-01-07-nofm.md",
    "url": "/2024/01/07/nofm.html",
    "date": "2024-01-07T00:00:00+09:00",
    "title": "Nofm",
    "categories": [],
    "tags": [],
    "layout": "post",
    "excerpt": "no front matter here\n",
    "comments": true
  },
  {
    "path": "_posts/2024-01-08-tags.md",
    "url": "/2024/01/08/tags.html",
    "date": "2024-01-08T00:00:00+09:00",
    "title": "Tags",
    "categories": [],
    "tags": [
      "a",
      "a",
      "2024"
    ],
    "layout": "post",
    "excerpt": "",
    "comments": true
  },
  {
    "path": "_posts/2024-01-09-singular.md",
    "url": "/2024/01/09/singular.html",
    "date": "2024-01-09T00:00:00+09:00",
    "title": "Singular",
    "categories": [],
    "tags": [
      "x"
    ],
    "layout": "post",
    "excerpt": "",
    "comments": true
  },
  {
    "path": "_posts/2024-01-10-perm.md",
    "url": "/custom/perm/",
    "date": "2024-01-10T00:00:00+09:00",
    "title": "Custom",
    "categories": [],
    "tags": [],
    "layout": "post",
    "excerpt": "",
    "comments": null
  },
  {
    "path": "_posts/2024-01-11-utc.md",
    "url": "/2024/01/11/utc.html",
    "date": "2024-01-11T19:00:00+09:00",
    "title": "Utc",
    "categories": [],
    "tags": [],
    "layout": "post",
    "excerpt": "",
    "comments": null
  },
  {
    "path": "_posts/2024-01-12-crlf.md",
    "url": "/2024/01/12/crlf.html",
    "date": "2024-01-12T00:00:00+09:00",
    "title": "CRLF",
    "categories": [],
    "tags": [
      "c"
    ],
    "layout": "post",
    "excerpt": "Line one\r\n\r\nLine two\r\n",
    "comments": null
  },
  {
    "path": "_posts/2024-01-14-dup.md",
    "url": "/2024/01/14/dup.html",
    "date": "2024-01-14T00:00:00+09:00",
    "title": "Second",
    "categories": [],
    "tags": [],
    "layout": "post",
    "excerpt": "",
    "comments": null
  },
  {
    "path": "_posts/2024-01-15-yes.md",
    "url": "/2024/01/15/yes.html",
    "date": "2024-01-15T00:00:00+09:00",
    "title": "Yes",
    "categories": [],
    "tags": [],
    "layout": "post",
    "excerpt": "",
    "comments": null
  },
  {
    "path": "_posts/2024-01-16-pretty.md",
    "url": "/pretty",
    "date": "2024-01-16T00:00:00+09:00",
    "title": "Pretty",
    "categories": [],
    "tags": [],
    "layout": "post",
    "excerpt": "",
    "comments": null
  },
  {
    "path": "_posts/2024-01-17-weird.md",
    "url": "/2024/1.5/true/2024/01/17/weird.html",
    "date": "2024-01-17T00:00:00+09:00",
    "title": "Weird",
    "categories": [
      "2024",
      "1.5",
      "true"
    ],
    "tags": [
      "1",
      "2"
    ],
    "layout": "post",
    "excerpt": "",
    "comments": null
  },
  {
    "path": "_posts/2024-01-20-week.md",
    "url": "/2024/W03/Sat/1-20/020/2024/January/Saturday/24/c/tips/2024-01-20-week/2024-01-20-week.html",
    "date": "2024-01-20T00:00:00+09:00",
    "title": "Week",
    "categories": [
      "C++",
      "Tips"
    ],
    "tags": [],
    "layout": "post",
    "excerpt": "",
    "comments": null
  },
  {
    "path": "_posts/2024-01-21-Hello World!.md",
    "url": "/2024/01/21/Hello-World!.html",
    "date": "2024-01-21T00:00:00+09:00",
    "title": "Hello world!",
    "categories": [],
    "tags": [],
    "layout": "post",
    "excerpt": "",
    "comments": null
  },
  {
    "path": "_posts/2024-01-22-q.html",
    "url": "/%23hash/?q/100%25/2024/01/22/q.html",
    "date": "2024-01-22T00:00:00+09:00",
    "title": "Q",
    "categories": [
      "#hash",
      "?q",
      "100%"
    ],
    "tags": [],
    "layout": "post",
    "excerpt": "",
    "comments": null
  },
  {
    "path": "_posts/2024-01-23-js.md",
    "url": "/2024/01/23/js.html",
    "date": "2024-01-23T00:00:00+09:00",
    "title": "Js",
    "categories": [],
    "tags": [],
    "layout": "post",
    "excerpt": "---js\n{title: 'x'}\n---\nbody\n",
    "comments": null
  },
  {
    "path": "_posts/2024-12-30-isoweek.md",
    "url": "/2025-01-1/12_30/",
    "date": "2024-12-30T00:00:00+09:00",
    "title": "Isoweek",
    "categories": [],
    "tags": [],
    "layout": "post",
    "excerpt": "",
    "comments": null
  }
];

export const EXPECTED_CATEGORIES: Record<string, number> = {"dev": 1, "일상": 1, "Solo Cat": 1, "tech": 1, "A": 1, "B": 1, "2024": 1, "1.5": 1, "true": 1, "C++": 1, "Tips": 1, "#hash": 1, "?q": 1, "100%": 1};
export const EXPECTED_TAGS: Record<string, number> = {"a": 3, "b": 1, "X": 1, "y z": 1, "deftag": 1, "2024": 1, "x": 1, "c": 1, "1": 1, "2": 1};

