// Fixes for a name in rdata that should be a known one: add the forgotten final dot when that is
// the whole mistake (`pm.mtasv.net` read as `pm.mtasv.net.example.com.`), else replace the name.
import type { NameRef } from '../../zone/model';
import type { Fix } from '../rule';
import { ensureAbsolute, sameName } from '../../zone/names';
import { replaceSpanEdit } from './line-edits';

/** The name was meant as `expected` but written without its final dot. */
export function isMissingDot(ref: NameRef, expected: string): boolean {
  return ref.relative && ref.written !== '@' && sameName(ensureAbsolute(ref.written), expected);
}

/** Makes `ref` mean `expected` (absolute, with the dot); `id` names the fix. */
export function nameFix(file: string, ref: NameRef, expected: string, id: string, safe = true): Fix {
  if (isMissingDot(ref, expected)) {
    return {
      id,
      title: `Add the trailing dot: '${ref.written}.'`,
      safe,
      isPreferred: true,
      edits: [replaceSpanEdit(file, { start: ref.end, end: ref.end }, '.')],
    };
  }
  return { id, title: `Change the target to '${expected}'`, safe, isPreferred: true, edits: [replaceSpanEdit(file, ref, expected)] };
}
