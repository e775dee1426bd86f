import manifest from '../../package.json';

/** The package's version, inlined into the CLI bundle at build time. */
export const VERSION: string = manifest.version;
