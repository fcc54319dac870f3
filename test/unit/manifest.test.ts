import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import { EDIT_REASONS } from '../../src/core/edits/editReasons';
import { PLACEHOLDER_MESSAGES } from '../../src/core/render/placeholderMessages';
import { commandIds } from '../../src/features/commands/commandIds';
import { DOCUSAURUS_CONFIG_NAMES } from '../../src/core/generators/docusaurus/docusaurusSiteConfig';

const root = path.resolve(__dirname, '..', '..', '..');
const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));

interface Manifest {
  name: string;
  publisher: string;
  displayName: string;
  engines: { vscode: string };
  activationEvents: string[];
  capabilities: { untrustedWorkspaces: { supported: string; restrictedConfigurations?: string[] }; virtualWorkspaces: { supported: boolean | string } };
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    snippets: { language: string; path: string }[];
    configuration: { properties: Record<string, { description?: string; markdownDescription?: string }> };
    viewsContainers: { activitybar: { id: string; title: string; icon: string }[] };
    views: Record<string, { id: string }[]>;
    keybindings: { command: string; key: string; when: string }[];
    walkthroughs: { id: string; steps: { id: string; description: string; media: { image: string }; completionEvents: string[] }[] }[];
  };
}

const manifest = readJson('package.json') as Manifest;
const nlsEn = readJson('package.nls.json') as Record<string, string>;
const nlsKo = readJson('package.nls.ko.json') as Record<string, string>;

/** Every `%key%` placeholder anywhere in the manifest. */
function placeholders(value: unknown, found = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const match = /^%(.+)%$/.exec(value);
    if (match?.[1] !== undefined) {
      found.add(match[1]);
    }
  } else if (Array.isArray(value)) {
    value.forEach((v) => placeholders(v, found));
  } else if (value !== null && typeof value === 'object') {
    Object.values(value).forEach((v) => placeholders(v, found));
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

describe('package.json', () => {
  it('names the extension and the oldest supported VS Code', () => {
    assert.equal(manifest.name, 'postcraft');
    assert.equal(manifest.publisher, 'postcraft');
    assert.equal(manifest.displayName, 'Postcraft');
    assert.equal(manifest.engines.vscode, '^1.100.0');
  });

  it('activates only on a site, when a command or view is used, or to bring back a preview after a reload', () => {
    for (const event of manifest.activationEvents) {
      assert.match(event, /^(workspaceContains:.*(_config\.ya?ml|_posts|hugo\.(toml|ya?ml|json)|config\.toml|config\/_default\/\*\*|docusaurus\.config\.[cm]?[jt]s|eleventy\.config\.(js|mjs|cjs|ts)|\.eleventy\.js|astro\.config\.[cm]?[jt]s)|onWebviewPanel:postcraft\.preview$)/, event);
    }
    assert.ok(manifest.activationEvents.includes('onWebviewPanel:postcraft.preview'), 'a preview restored after a reload activates Postcraft');
    assert.ok(!manifest.activationEvents.includes('*'));
    // A site is found at the top of a folder or below it (a blog in `blog/` or `website/`): each name that alone
    // makes a folder a site activates Postcraft in both places.
    const siteNames = ['_config.yml', '_config.yaml', 'hugo.toml', 'hugo.yaml', 'hugo.yml', 'hugo.json', 'config.toml', 'config/_default/**', 'eleventy.config.js', 'eleventy.config.mjs', 'eleventy.config.cjs', 'eleventy.config.ts', '.eleventy.js'];
    for (const file of siteNames) {
      for (const prefix of ['', '*/']) {
        assert.ok(manifest.activationEvents.includes(`workspaceContains:${prefix}${file}`), `a workspace with ${prefix}${file} activates Postcraft`);
      }
    }
    // Every name Docusaurus looks for its config under (core config.js), at the top or one folder down (`website/`),
    // each written out: VS Code takes a workspaceContains name without `*` as a plain path, braces and all.
    for (const name of DOCUSAURUS_CONFIG_NAMES) {
      for (const prefix of ['', '*/']) {
        assert.ok(manifest.activationEvents.includes(`workspaceContains:${prefix}${name}`), `${prefix}${name} activates Postcraft`);
      }
    }
  });

  it('declares its behaviour in untrusted and virtual workspaces', () => {
    assert.equal(manifest.capabilities.untrustedWorkspaces.supported, 'limited');
    assert.equal(manifest.capabilities.virtualWorkspaces.supported, 'limited');
  });

  it('has an activity-bar container titled Postcraft with its own SVG icon', () => {
    const container = manifest.contributes.viewsContainers.activitybar.find((c) => c.id === 'postcraft');
    assert.equal(container?.title, 'Postcraft');
    assert.match(fs.readFileSync(path.join(root, container.icon), 'utf8'), /^<svg[\s\S]*<\/svg>\s*$/);
  });

  it('has a walkthrough whose steps show, run and complete on Postcraft\'s own commands and views, with images that ship', () => {
    const [walkthrough] = manifest.contributes.walkthroughs;
    assert.ok(walkthrough !== undefined);
    const commands = new Set([...Object.values(commandIds), 'workbench.view.extension.postcraft']);
    const views = new Set(Object.values(manifest.contributes.views).flat().map((v) => v.id));
    const shipped = fs.readFileSync(path.join(root, '.vscodeignore'), 'utf8').split('\n').filter((l) => l.startsWith('!')).map((l) => l.slice(1));
    assert.deepEqual(walkthrough.steps.map((s) => s.id), ['explorer', 'preview', 'newPost', 'check']);
    for (const step of walkthrough.steps) {
      const linked = [...step.description.matchAll(/\(command:([\w.]+)\)/g)].map((m) => m[1]);
      const nls = step.description.match(/^%(.+)%$/)?.[1];
      const text = nls === undefined ? step.description : `${String(nlsEn[nls])}\n${String(nlsKo[nls])}`;
      for (const m of text.matchAll(/\(command:([\w.]+)\)/g)) linked.push(m[1]);
      assert.ok(linked.length >= 2, `${step.id} links a command in both languages`);
      for (const id of linked) assert.ok(commands.has(id ?? ''), `${step.id} links ${id}, which exists`);
      for (const event of step.completionEvents) {
        const [kind, id] = event.split(':');
        assert.ok(kind === 'onView' ? views.has(id ?? '') : commands.has(id ?? ''), `${step.id} completes on ${event}, which exists`);
      }
      const image = step.media.image;
      assert.match(fs.readFileSync(path.join(root, image), 'utf8'), /^<svg[\s\S]*<\/svg>\s*$/);
      assert.ok(shipped.some((glob) => glob === image || (glob.endsWith('/*.svg') && path.dirname(image) === glob.slice(0, -'/*.svg'.length))), `${image} ships in the VSIX`);
    }
  });

  it('opens the preview with its key from an editor and from a post in the tree', () => {
    const bindings = manifest.contributes.keybindings.filter((k) => k.command === commandIds.openPreviewToSide || k.command === commandIds.previewSelectedPost);
    assert.deepEqual(bindings.map((k) => [k.command, k.key]), [[commandIds.openPreviewToSide, 'ctrl+shift+alt+v'], [commandIds.previewSelectedPost, 'ctrl+shift+alt+v']]);
    assert.match(bindings[1]?.when ?? '', /^focusedView =~ \/\^postcraft\\\.\//, 'the second binding is for Postcraft\'s views');
  });

  it('implements every contributed command, and contributes every implemented one', () => {
    const contributed = manifest.contributes.commands.map((c) => c.command).sort();
    const implemented = Object.values(commandIds).sort();
    assert.deepEqual(contributed, implemented);
    const sources = sourceFiles(path.join(root, 'src', 'features')).map((f) => fs.readFileSync(f, 'utf8')).join('\n');
    for (const [key] of Object.entries(commandIds)) {
      assert.match(sources, new RegExp(`registerCommand\\(\\s*(commandIds\\.${key}\\b)`), `commandIds.${key} is registered`);
    }
  });

  it('gives every command an English and a Korean title in the Postcraft category', () => {
    for (const command of manifest.contributes.commands) {
      const key = /^%(.+)%$/.exec(command.title)?.[1];
      assert.ok(key, `${command.command} title is localised`);
      assert.ok(nlsEn[key], `${key} has an English title`);
      assert.ok(nlsKo[key], `${key} has a Korean title`);
      assert.equal(command.category, 'Postcraft');
    }
  });

  it('resolves every %placeholder% in English and Korean, and the two files have the same keys', () => {
    for (const key of placeholders(manifest)) {
      assert.ok(nlsEn[key], `package.nls.json has ${key}`);
      assert.ok(nlsKo[key], `package.nls.ko.json has ${key}`);
    }
    assert.deepEqual(Object.keys(nlsKo).sort(), Object.keys(nlsEn).sort());
  });

  it('describes every setting in both languages', () => {
    for (const [id, setting] of Object.entries(manifest.contributes.configuration.properties)) {
      const text = setting.markdownDescription ?? setting.description;
      const key = text === undefined ? undefined : /^%(.+)%$/.exec(text)?.[1];
      assert.ok(key && nlsEn[key] && nlsKo[key], `${id} has a localised description`);
    }
  });

  it('ships snippet files that parse, each snippet with a prefix, a body and a description', () => {
    for (const contribution of manifest.contributes.snippets) {
      const snippets = readJson(contribution.path) as Record<string, { prefix?: unknown; body?: unknown; description?: unknown }>;
      for (const [name, snippet] of Object.entries(snippets)) {
        assert.ok(snippet.prefix, `${contribution.path}: ${name} has a prefix`);
        assert.ok(snippet.body, `${contribution.path}: ${name} has a body`);
        assert.ok(typeof snippet.description === 'string' && snippet.description.length > 0, `${contribution.path}: ${name} has a description`);
      }
    }
  });
});

describe('l10n bundles', () => {
  it('translate every string the code passes to vscode.l10n.t into Korean', () => {
    const en = readJson('l10n/bundle.l10n.json') as Record<string, string>;
    const ko = readJson('l10n/bundle.l10n.ko.json') as Record<string, string>;
    const used = new Set<string>();
    for (const file of sourceFiles(path.join(root, 'src'))) {
      for (const match of fs.readFileSync(file, 'utf8').matchAll(/l10n\.t\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g)) {
        used.add(JSON.parse(`"${match[2]!.replace(/"/g, '\\"').replace(/\\'/g, "'")}"`) as string);
      }
    }
    assert.ok(used.size > 0);
    for (const message of used) {
      assert.ok(en[message] !== undefined, `bundle.l10n.json has "${message}"`);
      assert.ok(ko[message], `bundle.l10n.ko.json has "${message}"`);
    }
    assert.deepEqual(Object.keys(ko).sort(), Object.keys(en).sort());
  });

  it('translate every reason the preview gives on a Liquid placeholder and every reason an edit is refused, keeping their arguments', () => {
    const en = readJson('l10n/bundle.l10n.json') as Record<string, string>;
    const ko = readJson('l10n/bundle.l10n.ko.json') as Record<string, string>;
    const args = (s: string): string[] => [...new Set(s.match(/\{\d\}/g) ?? [])].sort();
    for (const template of [...Object.values(PLACEHOLDER_MESSAGES), ...Object.values(EDIT_REASONS)]) {
      assert.equal(en[template], template);
      assert.ok(ko[template] !== undefined && /[가-힣]/.test(ko[template]), `Korean: ${template}`);
      assert.deepEqual(args(ko[template]), args(template), template);
    }
  });
});
