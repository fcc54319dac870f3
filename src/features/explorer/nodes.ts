import type { TaxonomyKind } from '../../core/taxonomyGroups';

export interface SiteNode {
  readonly kind: 'site';
  readonly root: string;
}

export interface NameNode {
  readonly kind: 'name';
  readonly root: string;
  readonly taxonomy: TaxonomyKind;
  /**
   * The name's key under the site's generator: the name itself for Jekyll (so a node's id is what it always
   * was), Hugo's term key ("go-lang") for Hugo, so that a node outlives a change of the spelling shown.
   */
  readonly name: string;
}

/** One of a site's further taxonomies (Hugo's `series`, `authors`…), in the Other Taxonomies view. */
export interface TaxonomyNode {
  readonly kind: 'taxonomy';
  readonly root: string;
  readonly plural: string;
}

/** A term of a further taxonomy, by its key. */
export interface TermNode {
  readonly kind: 'term';
  readonly root: string;
  readonly plural: string;
  readonly key: string;
}

export interface PostNode {
  readonly kind: 'post';
  readonly root: string;
  /** Site-relative path of the file. */
  readonly path: string;
  readonly parent: NameNode | TermNode | SiteNode | undefined;
}

export type ExplorerNode = SiteNode | NameNode | TaxonomyNode | TermNode | PostNode;

/**
 * Hands out one object per node identity: VS Code finds the node to refresh or reveal by the object itself, and
 * keeps expansion by the TreeItem id, so both must stay stable across refreshes.
 */
export class NodeCache {
  private readonly nodes = new Map<string, ExplorerNode>();

  site(root: string): SiteNode {
    return this.intern(`s\0${root}`, () => ({ kind: 'site', root }));
  }

  name(root: string, taxonomy: TaxonomyKind, name: string): NameNode {
    return this.intern(`n\0${root}\0${taxonomy}\0${name}`, () => ({ kind: 'name', root, taxonomy, name }));
  }

  taxonomy(root: string, plural: string): TaxonomyNode {
    return this.intern(`x\0${root}\0${plural}`, () => ({ kind: 'taxonomy', root, plural }));
  }

  term(root: string, plural: string, key: string): TermNode {
    return this.intern(`t\0${root}\0${plural}\0${key}`, () => ({ kind: 'term', root, plural, key }));
  }

  post(root: string, path: string, parent: NameNode | TermNode | SiteNode | undefined): PostNode {
    return this.intern(`p\0${root}\0${path}\0${parent === undefined ? '' : nodeId(parent)}`, () => ({ kind: 'post', root, path, parent }));
  }

  /** Forgets a site's nodes (after the site was read again, or removed). */
  forgetSite(root: string): void {
    for (const [key, node] of this.nodes) {
      if (node.root === root) {
        this.nodes.delete(key);
      }
    }
  }

  private intern<T extends ExplorerNode>(key: string, make: () => T): T {
    let node = this.nodes.get(key);
    if (node === undefined) {
      node = make();
      this.nodes.set(key, node);
    }
    return node as T;
  }
}

export function nodeId(node: ExplorerNode): string {
  switch (node.kind) {
    case 'site':
      return `site:${node.root}`;
    case 'name':
      return `${node.taxonomy}:${node.root}:${node.name}`;
    case 'taxonomy':
      return `taxonomy:${node.root}:${node.plural}`;
    case 'term':
      return `term:${node.root}:${node.plural}:${node.key}`;
    case 'post':
      return `post:${node.root}:${node.path}:${node.parent === undefined ? '' : nodeId(node.parent)}`;
  }
}
