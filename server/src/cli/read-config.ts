// The postmark-zone.json a CLI run uses: `--config FILE`, else the nearest one above the zone
// file. Problems in the file are warnings on stderr; a --config file that can't be read is a
// usage error (undefined), a found one that can't be read is only reported.
import { resolve } from 'node:path';
import { loadAnalysisConfig, type AnalysisConfig } from '../config/analysis-config';
import { LineIndex } from '../positions';
import { displayPath } from './report';
import type { CliIo } from './command';

export function readAnalysisConfig(option: string | undefined, zoneFile: string, io: CliIo): AnalysisConfig | undefined {
  const config = loadAnalysisConfig(resolve(io.cwd, zoneFile), {}, option === undefined ? undefined : resolve(io.cwd, option));
  const loaded = config.loaded;
  if (loaded && 'error' in loaded) {
    io.stderr(`postmark-zone: ${loaded.error}\n`);
    if (option !== undefined) return undefined;
  } else if (loaded) {
    const lines = new LineIndex(loaded.text);
    for (const problem of loaded.problems) {
      const { line, character } = lines.positionAt(problem.start);
      io.stderr(`${displayPath(loaded.file, io.cwd)}:${line + 1}:${character + 1} warning config ${problem.message}\n`);
    }
  }
  return config;
}
