import type { PostContext } from '../post';
import type { SiteConfig } from '../siteConfig';
import type { Writable } from '../writable';

/** The post context with the config as the generator's own type, built without a spread (it is made for every post). */
export function ownConfigContext<C extends SiteConfig>(ctx: PostContext, config: C): PostContext & { readonly config: C } {
  const context: Writable<PostContext & { readonly config: C }> = { config, zone: ctx.zone, nowMs: ctx.nowMs };
  if (ctx.shapers !== undefined) context.shapers = ctx.shapers;
  return context;
}
