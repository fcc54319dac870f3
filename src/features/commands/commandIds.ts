/** Every command id the extension registers, in one place; the manifest test checks them against package.json. */
export const commandIds = {
  showLog: 'postcraft.showLog',
  sortByCount: 'postcraft.explorer.sortByCount',
  sortByName: 'postcraft.explorer.sortByName',
  refreshExplorer: 'postcraft.explorer.refresh',
  revealPostInExplorer: 'postcraft.explorer.revealInExplorer',
  copyPostUrl: 'postcraft.copyPostUrl',
  openPreviewToSide: 'postcraft.preview.openToSide',
  openPreview: 'postcraft.preview.open',
  togglePreviewLock: 'postcraft.preview.toggleLock',
} as const;

export type CommandId = (typeof commandIds)[keyof typeof commandIds];
