import * as assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { readHugoSiteConfig } from '../../../../src/core/generators/hugo/hugoSiteConfig';
import { absolutePostUrl } from '../../../../src/core/taxonomyGroups';

describe('a Hugo site config as the rest of Postcraft sees it', () => {
  it('joins a post URL under a baseURL with a path once (RelPermalink already has the path)', () => {
    const { config } = readHugoSiteConfig([{ file: 'hugo.toml', text: 'baseURL = "https://example.org/blog/"\n' }]);
    assert.equal(absolutePostUrl(config.url, config.baseurl, '/blog/2024/03/hello/'), 'https://example.org/blog/2024/03/hello/');
  });

  it('reads dates in UTC without timeZone, and each language in its own zone', () => {
    const plain = readHugoSiteConfig([{ file: 'hugo.toml', text: 'baseURL = "/"\n' }]).config;
    assert.equal(plain.timezone, undefined);
    assert.equal(plain.zones.get('en')?.name, 'UTC');
    const text = 'defaultContentLanguage = "ko"\ntimeZone = "Asia/Seoul"\n[languages.ko]\nweight = 1\n[languages.en]\nweight = 2\ntimeZone = "America/New_York"\n';
    const multi = readHugoSiteConfig([{ file: 'hugo.toml', text }]).config;
    assert.deepEqual([multi.zones.get('ko')?.name, multi.zones.get('en')?.name], ['Asia/Seoul', 'America/New_York']);
  });
});
