import * as vscode from 'vscode';
import { defaultConfig } from '../../core/config';
import type { LoadedConfig } from '../../platform/siteConfigFile';
import { PostRenderer } from '../../core/render/renderPost';
import type { PostLookup } from '../../core/render/renderTypes';
import { loadYaml11 } from '../../core/yaml11';
import type { SiteFileRead } from '../../platform/siteFileRead';
import { relativeFileReader } from './relativeFiles';
import { configFileName } from '../sites/site';
import type { Generator } from '../../core/generators/generator';

/** Everything a preview needs about the site a document belongs to. */
export interface SiteContext {
  readonly root: vscode.Uri;
  readonly renderer: PostRenderer;
  readonly posts: PostLookup;
  readonly baseurl: string;
  readonly url: string;
  readonly markdownExt: readonly string[];
  /** The config file the site's `defaults:` are read from, as the card names it. */
  readonly configFile: string;
}

/** A site of the registry as the preview sees it: the one source of its root, generator and config. */
export interface PreviewSite {
  /** The site's folder. */
  readonly uri: vscode.Uri;
  readonly generator: Generator;
  readonly loaded: LoadedConfig;
}

export interface SiteContextsDeps {
  readonly log: vscode.LogOutputChannel;
  /** The registry's site a document belongs to (undefined outside every site). */
  readonly siteOf: (document: vscode.Uri) => PreviewSite | undefined;
  /** Fires when sites were found again or a site's config changed. */
  readonly onDidChangeSites: vscode.Event<unknown>;
  /** The site model's lookup for a site root (asked at each use, so it is always current). */
  readonly posts: (root: vscode.Uri) => PostLookup | undefined;
  /** Fires when a site's posts changed, so previews can render links to them again. */
  readonly onDidChangePosts: vscode.Event<unknown>;
  /**
   * Reads a file of a site on this machine's disk for `{% include_relative %}`, links followed only inside the site
   * (siteFileRead.ts); undefined where there is no local disk (the web), where such includes show as missing.
   */
  readonly readFileInSite?: (siteFolder: string, sitePath: string, maxBytes: number) => SiteFileRead;
}

const MAX_INCLUDE_BYTES = 256 * 1024;
const decoder = new TextDecoder();

async function readText(uri: vscode.Uri, max = 1024 * 1024): Promise<string | undefined> {
  try {
    const bytes = await vscode.workspace.fs.readFile(uri);
    return bytes.byteLength > max ? undefined : decoder.decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Loads and caches each site's renderer (config, includes, `_data`) and post lookup, and reloads them when
 * the site's files change. In Restricted Mode the site's own includes (and files next to a post) are not used.
 */
export class SiteContexts implements vscode.Disposable {
  private readonly sites = new Map<string, Promise<SiteContext>>();
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changed];
  readonly onDidChange = this.changed.event;

  constructor(private readonly deps: SiteContextsDeps) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/{_includes/**,_data/**}');
    const onFile = (uri: vscode.Uri): void => this.fileChanged(uri);
    this.disposables.push(
      watcher,
      watcher.onDidChange(onFile),
      watcher.onDidCreate(onFile),
      watcher.onDidDelete(onFile),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.reset()),
      deps.onDidChangePosts(() => this.changed.fire()),
      deps.onDidChangeSites(() => this.reset()),
    );
  }

  /**
   * The document's site as the registry found it; a document outside every site is shown with the default
   * configuration, its workspace folder (or its own folder) standing for the site.
   */
  async forDocument(document: vscode.Uri): Promise<SiteContext> {
    const site = this.deps.siteOf(document);
    const root = site === undefined ? (vscode.workspace.getWorkspaceFolder(document)?.uri ?? vscode.Uri.joinPath(document, '..')) : site.uri;
    let context = this.sites.get(root.toString());
    if (context === undefined) {
      context = this.load(root, site?.loaded, site === undefined ? '' : configFileName(site));
      this.sites.set(root.toString(), context);
    }
    return context;
  }

  private async load(root: vscode.Uri, loaded: LoadedConfig | undefined, configFile: string): Promise<SiteContext> {
    // The site's own config picks the preview's dialect (Jekyll's Liquid and kramdown, Hugo's shortcodes and Goldmark).
    const config = loaded?.config ?? defaultConfig();
    const fallbackTimeZone = loaded?.zone.name ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    const includes = vscode.workspace.isTrusted ? await this.readFolder(root, '_includes', MAX_INCLUDE_BYTES) : new Map<string, string>();
    const siteData = await this.readData(root);
    const current = (): PostLookup | undefined => this.deps.posts(root);
    const posts: PostLookup = {
      urlForPostUrlName: (name) => current()?.urlForPostUrlName(name),
      urlForPath: (sitePath) => current()?.urlForPath(sitePath),
      fileForUrl: (url) => current()?.fileForUrl(url),
      sitePaths: () => current()?.sitePaths?.() ?? [],
    };
    const readIn = this.deps.readFileInSite;
    const relativeFiles = relativeFileReader({
      isTrusted: () => vscode.workspace.isTrusted,
      read: root.scheme === 'file' && readIn !== undefined ? (sitePath) => readIn(root.fsPath, sitePath, MAX_INCLUDE_BYTES) : undefined,
      reasons: {
        restricted: vscode.l10n.t('Restricted Mode: the preview does not read the files of the site.'),
        outside: (sitePath) => vscode.l10n.t('{0} is outside the site (a link that leads out of it is not followed).', sitePath),
        tooLarge: (sitePath) => vscode.l10n.t('{0} is larger than {1} KB.', sitePath, MAX_INCLUDE_BYTES / 1024),
      },
    });
    const renderer = new PostRenderer({
      config,
      includes: (name) => includes.get(name),
      relativeFiles,
      posts,
      siteData,
      fallbackTimeZone,
      localize: (template, ...args) => vscode.l10n.t(template, ...args),
    });
    return { root, renderer, posts, baseurl: config.baseurl, url: config.url, markdownExt: config.markdownExt, configFile };
  }


  private async readFolder(root: vscode.Uri, folder: string, maxBytes: number): Promise<Map<string, string>> {
    const files = await vscode.workspace.findFiles(new vscode.RelativePattern(vscode.Uri.joinPath(root, folder), '**/*'), undefined, 2000);
    const out = new Map<string, string>();
    const prefix = `${vscode.Uri.joinPath(root, folder).path}/`;
    await Promise.all(
      files.map(async (file) => {
        const text = await readText(file, maxBytes);
        if (text !== undefined) out.set(file.path.slice(prefix.length), text);
      }),
    );
    return out;
  }

  private async readData(root: vscode.Uri): Promise<Record<string, unknown>> {
    const data: Record<string, unknown> = {};
    for (const [name, text] of await this.readFolder(root, '_data', MAX_INCLUDE_BYTES)) {
      const match = /^(.*)\.(ya?ml|json)$/i.exec(name);
      if (!match?.[1]) continue;
      let value: unknown;
      if (match[2]?.toLowerCase() === 'json') {
        try {
          value = JSON.parse(text);
        } catch {
          continue;
        }
      } else {
        const parsed = loadYaml11(text);
        if (!parsed.ok) continue;
        value = parsed.value;
      }
      const keys = match[1].split('/');
      let node = data;
      for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
      node[keys[keys.length - 1] ?? match[1]] = value;
    }
    return data;
  }

  private fileChanged(uri: vscode.Uri): void {
    if (/\/(_includes\/|_data\/)/.test(uri.path)) this.reset();
  }

  /** Forgets every loaded site (sites, config, includes or trust changed) and asks previews to render again. */
  reset(): void {
    this.sites.clear();
    this.changed.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
