import * as vscode from 'vscode';
import { generatorName } from '../../core/generators/generatorNames';
import type { JekyllConfig } from '../../core/config';
import type { Site } from './site';

/**
 * The site's Jekyll config for a feature Postcraft offers only for Jekyll so far; for a site of another generator,
 * says so in the UI (naming the feature and the generator) and returns undefined.
 */
export function jekyllOnly(site: Site, feature: string): JekyllConfig | undefined {
  const config = site.loaded.config;
  if (config.generator === 'jekyll') return config;
  void vscode.window.showInformationMessage(vscode.l10n.t('{0} is not available for {1} sites yet.', feature, generatorName(config.generator)));
  return undefined;
}
