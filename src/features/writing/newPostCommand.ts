import * as vscode from 'vscode';
import { chooseSite } from './documents';
import type { Site } from '../sites/site';
import type { SiteRegistry } from '../sites/siteRegistry';
import type { GeneratorId } from '../../core/generators/detectGenerator';
import type { ConfigOf } from '../../core/siteConfig';
import { runJekyllNewPost } from './jekyllNewPostCommand';
import { runHugoNewPost } from './hugoNewPostCommand';
import { runHexoNewPost } from './hexoNewPostCommand';
import { runEleventyNewPost } from './eleventyNewPostCommand';
import { runAstroNewPost } from './astroNewPostCommand';
import { runDocusaurusNewPost } from './docusaurusNewPostCommand';

/** What tests may pass instead of answering the prompts; a missing field is asked for. */
export interface NewPostArgs {
  readonly root?: string;
  readonly title?: string;
  readonly categories?: readonly string[];
  readonly tags?: readonly string[];
}

/** One generator's New Post / New Draft, on a site of that generator. Returns the new file's Uri, or undefined when cancelled. */
type NewPostFlow<G extends GeneratorId> = (site: Site, config: ConfigOf<G>, draft: boolean, heading: string, args: NewPostArgs | undefined) => Promise<vscode.Uri | undefined>;

/** Every generator's flow, by its id: a generator Postcraft reads without a flow here does not compile. */
const flows: { readonly [G in GeneratorId]: NewPostFlow<G> } = {
  jekyll: runJekyllNewPost,
  hugo: runHugoNewPost,
  hexo: runHexoNewPost,
  eleventy: runEleventyNewPost,
  astro: runAstroNewPost,
  docusaurus: runDocusaurusNewPost,
};

function runFlow<G extends GeneratorId>(generator: G, site: Site, config: ConfigOf<G>, draft: boolean, heading: string, args: NewPostArgs | undefined): Promise<vscode.Uri | undefined> {
  const flow: NewPostFlow<G> = flows[generator];
  return flow(site, config, draft, heading, args);
}

/** `Postcraft: New Post` / `New Draft`. Returns the new file's Uri, or undefined when cancelled. */
export async function runNewPost(registry: SiteRegistry, draft: boolean, args: NewPostArgs | undefined): Promise<vscode.Uri | undefined> {
  const site = await chooseSite(registry, args?.root);
  if (site === undefined) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder with a Jekyll, Hugo, Hexo, Eleventy, Astro or Docusaurus site first.'));
    return undefined;
  }
  const heading = draft ? vscode.l10n.t('New Draft') : vscode.l10n.t('New Post');
  const config = site.loaded.config;
  return runFlow(config.generator, site, config, draft, heading, args);
}
