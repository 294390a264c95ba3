// The output formats of `check` (and later `verify`), by the name given to --format.
import type { FileReport } from '../report';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { formatText } from './text';

export interface FormatOutput {
  stdout: string;
  stderr: string;
}

export type Formatter = (reports: readonly FileReport[], cwd: string) => FormatOutput;

export const formats: Record<string, Formatter> = {
  text: formatText,
  json: formatJson,
  sarif: formatSarif,
};

export const FORMAT_NAMES = Object.keys(formats);
