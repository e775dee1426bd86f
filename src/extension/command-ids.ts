/**
 * Every command the extension registers, in one table: the code registers and
 * runs them by these names, and test/extension/command-ids.test.ts checks them
 * against the commands, menus and keys package.json contributes.
 */
export const CommandId = {
    RestartServer: 'journey.restartServer',
    ShowOutput: 'journey.showOutput',
    OpenPreview: 'journey.preview.open',
    OpenPreviewToSide: 'journey.preview.openToSide',
    ExportMap: 'journey.preview.export',
    TogglePreviewLock: 'journey.preview.toggleLock',
    CompareWithHead: 'journey.review.compareWithHead',
    CopyAsMermaid: 'journey.review.copyAsMermaid',
    /** Not contributed: the previews' state, for the extension-host tests. */
    PreviewStatus: 'journey.preview.status',
    /** Not contributed: the active preview follows a touchpoint's `continues`, as a click on its link does (extension-host tests). */
    FollowContinues: 'journey.preview.followContinues'
} as const;

export type CommandId = typeof CommandId[keyof typeof CommandId];

/** Registered but kept out of package.json (no palette entry). */
export const UNLISTED_COMMANDS: ReadonlySet<CommandId> = new Set([CommandId.PreviewStatus, CommandId.FollowContinues]);
