// The spf/ rules, listed for tests that run them before (or besides) rules/index.ts.
import type { Rule } from '../../../server/src/rules/rule';
import { spfAllNotLast } from '../../../server/src/rules/spf/all-not-last';
import { spfDeprecatedSpfType } from '../../../server/src/rules/spf/deprecated-spf-type';
import { spfMultipleRecords } from '../../../server/src/rules/spf/multiple-records';
import { spfPermissiveAll } from '../../../server/src/rules/spf/permissive-all';
import { spfPtr } from '../../../server/src/rules/spf/ptr';
import { spfSyntax } from '../../../server/src/rules/spf/syntax';
import { spfTooManyLookups } from '../../../server/src/rules/spf/too-many-lookups';

export const SPF_RULES: Rule[] = [spfAllNotLast, spfDeprecatedSpfType, spfMultipleRecords, spfPermissiveAll, spfPtr, spfSyntax, spfTooManyLookups];
