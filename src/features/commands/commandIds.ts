/** Every command id the extension registers, in one place; the manifest test checks them against package.json. */
export const commandIds = {
  showLog: 'postcraft.showLog',
} as const;

export type CommandId = (typeof commandIds)[keyof typeof commandIds];
