import * as vscode from 'vscode';
import { lintSiteOf, ownNames, siteLayouts } from '../../core/lint/lintSite';
import { listLayoutNames } from '../../platform/siteLayouts';
import { listSiteFiles, type GemThemeFinder } from '../../platform/siteFileList';
import { listAssetImages, readAuthorKeys } from '../../platform/siteData';
import { sitePath, type Site } from '../sites/site';
import type { LintSite } from '../../core/lint/lintTypes';
import type { OwnNames } from '../../core/lint/lintNames';
import type { PostContext } from '../../core/post';
import type { SiteRegistry } from '../sites/siteRegistry';

/** An open document that is a post, a draft, or another file of the site's posts folders. */
export interface PostDocument {
  readonly site: Site;
  /** Site-relative path. */
  readonly path: string;
  readonly ctx: PostContext;
  readonly own: OwnNames;
}

interface SiteFacts {
  /** Until the site's files are listed, the lint knows no layouts or files: the checks that need them say nothing. */
  lint: LintSite;
  authors: readonly string[];
  images: readonly string[];
}

/**
 * What the editing features know about each site, computed once per site change (not per keystroke): the
 * lint's view of the site, authors and images for completion. The site's files are read in the background
 * (through its file system: a request each on the web); `onDidChange` fires when they are in.
 */
export class EditingContext implements vscode.Disposable {
  private readonly facts = new WeakMap<Site, SiteFacts>();
  private readonly emitter = new vscode.EventEmitter<void>();
  private readonly subscription: vscode.Disposable;
  /** A site changed: its names, layouts or configuration may be different now. */
  readonly onDidChange = this.emitter.event;

  constructor(private readonly registry: SiteRegistry, private readonly now: () => number, private readonly findGemTheme?: GemThemeFinder) {
    this.subscription = vscode.Disposable.from(
      registry.onDidChangeSite((e) => {
        this.facts.delete(e.site);
        this.emitter.fire();
      }),
      registry.onDidChangeSites(() => this.emitter.fire()),
      this.watchSiteFiles(),
    );
  }

  postFor(document: vscode.TextDocument): PostDocument | undefined {
    return this.postAt(document.uri);
  }

  /** The post a file of a site is, open or not. */
  postAt(uri: vscode.Uri): PostDocument | undefined {
    const site = this.registry.siteFor(uri);
    const rel = site === undefined ? undefined : sitePath(site, uri);
    if (site === undefined || rel === undefined || site.generator.placeOf(rel, site.loaded.config, site.model.shapers).kind === 'outside') return undefined;
    const ctx = { config: site.loaded.config, zone: site.loaded.zone, nowMs: this.now(), shapers: site.model.shapers };
    return { site, path: rel, ctx, own: ownNames(site.model.get(rel)) };
  }

  /**
   * A file created or deleted anywhere in a site (an include, a page) changes what the build checks find missing:
   * the site's facts are made again. Build output and dependencies are not the site's files.
   */
  private watchSiteFiles(): vscode.Disposable {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*', false, true, false);
    const changed = (uri: vscode.Uri): void => {
      const site = this.registry.siteFor(uri);
      const rel = site === undefined ? undefined : sitePath(site, uri);
      if (site === undefined || rel === undefined || /(^|\/)(_site|\.git|\.jekyll-cache|node_modules|vendor)(\/|$)/.test(rel)) return;
      if (this.facts.delete(site)) this.emitter.fire();
    };
    return vscode.Disposable.from(watcher, watcher.onDidCreate(changed), watcher.onDidDelete(changed));
  }

  lintSite(site: Site): LintSite {
    return this.siteFacts(site).lint;
  }

  authors(site: Site): readonly string[] {
    return this.siteFacts(site).authors;
  }

  images(site: Site): readonly string[] {
    return this.siteFacts(site).images;
  }

  private siteFacts(site: Site): SiteFacts {
    let f = this.facts.get(site);
    if (f === undefined) {
      f = { lint: lintSiteOf(site.model.snapshot(), undefined, site.model.shapers), authors: [], images: [] };
      this.facts.set(site, f);
      void this.readFacts(site, f);
    }
    return f;
  }

  private async readFacts(site: Site, f: SiteFacts): Promise<void> {
    const { fs } = site.files;
    const raw = site.loaded.config.raw;
    const [layouts, files, authors, images] = await Promise.all([
      listLayoutNames(fs, site.root),
      listSiteFiles(fs, site.root, raw, this.findGemTheme),
      readAuthorKeys(fs, site.root),
      listAssetImages(fs, site.root),
    ]);
    // The site changed meanwhile: the facts read for it are of no use.
    if (this.facts.get(site) !== f) return;
    f.lint = lintSiteOf(site.model.snapshot(), siteLayouts(raw, layouts), site.model.shapers, files);
    f.authors = authors;
    f.images = images;
    this.emitter.fire();
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
