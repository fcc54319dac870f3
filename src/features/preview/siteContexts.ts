import * as vscode from 'vscode';
import { parseConfig } from '../../core/config';
import { PostRenderer } from '../../core/render/renderPost';
import type { PostLookup } from '../../core/render/renderTypes';
import { loadYaml11 } from '../../core/yaml11';
import { readFileInSite } from '../../platform/siteFileRead';
import { relativeFileReader } from './relativeFiles';

/** Everything a preview needs about the site a document belongs to. */
export interface SiteContext {
  readonly root: vscode.Uri;
  readonly renderer: PostRenderer;
  readonly posts: PostLookup;
  readonly baseurl: string;
  readonly url: string;
  readonly markdownExt: readonly string[];
}

export interface SiteContextsDeps {
  readonly log: vscode.LogOutputChannel;
  /** The site model's lookup for a site root (asked at each use, so it is always current). */
  readonly posts: (root: vscode.Uri) => PostLookup | undefined;
  /** Fires when a site's posts changed, so previews can render links to them again. */
  readonly onDidChangePosts: vscode.Event<unknown>;
}

const MAX_INCLUDE_BYTES = 256 * 1024;
const decoder = new TextDecoder();

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

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
    const watcher = vscode.workspace.createFileSystemWatcher('**/{_config.yml,_config.yaml,_includes/**,_data/**}');
    const onFile = (uri: vscode.Uri): void => this.fileChanged(uri);
    this.disposables.push(
      watcher,
      watcher.onDidChange(onFile),
      watcher.onDidCreate(onFile),
      watcher.onDidDelete(onFile),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.reset()),
      deps.onDidChangePosts(() => this.changed.fire()),
    );
  }

  /** The nearest folder above the document that holds `_config.yml` or `_posts`, within its workspace folder. */
  async rootOf(document: vscode.Uri): Promise<vscode.Uri> {
    const folder = vscode.workspace.getWorkspaceFolder(document)?.uri;
    let dir = vscode.Uri.joinPath(document, '..');
    for (let i = 0; i < 32; i++) {
      for (const name of ['_config.yml', '_config.yaml']) if (await exists(vscode.Uri.joinPath(dir, name))) return dir;
      if (dir.path.endsWith('/_posts') || dir.path.endsWith('/_drafts')) return vscode.Uri.joinPath(dir, '..');
      if (folder !== undefined && dir.path === folder.path) break;
      const parent = vscode.Uri.joinPath(dir, '..');
      if (parent.path === dir.path) break;
      dir = parent;
    }
    return folder ?? vscode.Uri.joinPath(document, '..');
  }

  async forDocument(document: vscode.Uri): Promise<SiteContext> {
    const root = await this.rootOf(document);
    let site = this.sites.get(root.toString());
    if (site === undefined) {
      site = this.load(root);
      this.sites.set(root.toString(), site);
    }
    return site;
  }

  private async load(root: vscode.Uri): Promise<SiteContext> {
    const configText = (await readText(vscode.Uri.joinPath(root, '_config.yml'))) ?? (await readText(vscode.Uri.joinPath(root, '_config.yaml'))) ?? '';
    const { config, problems } = parseConfig(configText);
    for (const p of problems) this.deps.log.warn(`${root.fsPath}/_config.yml:${p.line + 1}: ${p.message}`);
    const fallbackTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    const includes = vscode.workspace.isTrusted ? await this.readFolder(root, '_includes', MAX_INCLUDE_BYTES) : new Map<string, string>();
    const siteData = await this.readData(root);
    const current = (): PostLookup | undefined => this.deps.posts(root);
    const posts: PostLookup = {
      urlForPostUrlName: (name) => current()?.urlForPostUrlName(name),
      urlForPath: (sitePath) => current()?.urlForPath(sitePath),
      fileForUrl: (url) => current()?.fileForUrl(url),
    };
    const relativeFiles = relativeFileReader({
      isTrusted: () => vscode.workspace.isTrusted,
      read: root.scheme === 'file' ? (sitePath) => readFileInSite(root.fsPath, sitePath, MAX_INCLUDE_BYTES) : undefined,
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
    return { root, renderer, posts, baseurl: config.baseurl, url: config.url, markdownExt: config.markdownExt };
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
    if (/\/(_config\.ya?ml|_includes\/|_data\/)/.test(uri.path)) this.reset();
  }

  /** Forgets every loaded site (config, includes or trust changed) and asks previews to render again. */
  reset(): void {
    this.sites.clear();
    this.changed.fire();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
