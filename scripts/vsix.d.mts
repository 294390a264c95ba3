// Types for scripts/vsix.mjs (imported by test/package/vsix.test.ts).
export const ROOT: string;
export function vsixPath(root?: string): string;
export function freshVsix(root?: string): string | undefined;
export function packageInPlace(root?: string): string;
export function packageInStaging(root?: string): { path: string; dispose(): void };
export interface ZipEntry {
  name: string;
  size: number;
  compressedSize: number;
}
export function listZip(path: string): Promise<ZipEntry[]>;
export function readZipEntry(path: string, name: string): Promise<string>;
