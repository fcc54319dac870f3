import type * as vscode from 'vscode';
import { modelPostLookup } from '../../core/render/modelPostLookup';
import type { PostLookup } from '../../core/render/renderTypes';
import type { SiteRegistry } from './siteRegistry';

/** The preview's post lookup for each site, built from the live model and rebuilt after the site changes. */
export class PostLookups implements vscode.Disposable {
  private readonly cache = new Map<string, PostLookup>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly registry: SiteRegistry) {
    this.subscriptions = [
      registry.onDidChangeSite(({ site }) => this.cache.delete(site.root)),
      registry.onDidChangeSites(() => this.cache.clear()),
    ];
  }

  forRoot(root: vscode.Uri): PostLookup | undefined {
    const site = this.registry.list().find((s) => s.uri.toString() === root.toString());
    if (site === undefined) {
      return undefined;
    }
    let lookup = this.cache.get(site.root);
    if (lookup === undefined) {
      lookup = modelPostLookup(site.model.snapshot().posts);
      this.cache.set(site.root, lookup);
    }
    return lookup;
  }

  dispose(): void {
    for (const s of this.subscriptions) {
      s.dispose();
    }
  }
}
