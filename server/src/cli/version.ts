// The package version, bundled into dist/cli-bundle.js from package.json at build time (esbuild keeps
// only the field we import), so `--version` and SARIF's tool.driver.version never drift.
import { version } from '../../../package.json';

export const PACKAGE_VERSION: string = version;
