// PLACEHOLDER while the parser is being written (replaced in the next commit).
import type { Zone } from './model';
import type { Span } from './model';

export type IncludeReader = (requested: string, includingFile: string) => { file: string; text: string } | { error: string };

export interface ParseOptions {
  file: string;
  origin?: string;
  readInclude?: IncludeReader;
}

export function parseZone(_text: string, _options: ParseOptions): Zone {
  throw new Error('parser not written yet');
}
export type { Span };
