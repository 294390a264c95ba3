// The registry: every rule, one import line each, grouped by family and exported sorted by
// code. Adding a rule: its file under rules/<family>/, a line here, docs/rules/<code>.md, a test.
import type { Rule } from './rule';

// zone/: named-checkzone-like checks and the codes the parser reports
import { cnameAndOtherData } from './zone/cname-and-other-data';
import { duplicateRecord } from './zone/duplicate-record';
import { includeCycle } from './zone/include-cycle';
import { includeNotFound } from './zone/include-not-found';
import { inheritedOwnerAfterOrigin } from './zone/inherited-owner-after-origin';
import { invalidHostName } from './zone/invalid-host-name';
import { invalidRdata } from './zone/invalid-rdata';
import { invalidTtl } from './zone/invalid-ttl';
import { missingSoa } from './zone/missing-soa';
import { missingTtl } from './zone/missing-ttl';
import { missingGlue } from './zone/missing-glue';
import { missingTrailingDot } from './zone/missing-trailing-dot';
import { multipleCname } from './zone/multiple-cname';
import { multipleDname } from './zone/multiple-dname';
import { multipleSoa } from './zone/multiple-soa';
import { mxTargetIsCname } from './zone/mx-target-is-cname';
import { mxTargetNoAddress } from './zone/mx-target-no-address';
import { nameTooLong } from './zone/name-too-long';
import { noFinalNewline } from './zone/no-final-newline';
import { nonTerminalWildcard } from './zone/non-terminal-wildcard';
import { nsMissing } from './zone/ns-missing';
import { nsTargetIsCname } from './zone/ns-target-is-cname';
import { nsTargetNoAddress } from './zone/ns-target-no-address';
import { outOfZone } from './zone/out-of-zone';
import { soaNotAtApex } from './zone/soa-not-at-apex';
import { dsAtApex } from './zone/ds-at-apex';
import { dsInApexGlue } from './zone/ds-in-apex-glue';
import { wildcardNs } from './zone/wildcard-ns';
import { srvTargetIsCname } from './zone/srv-target-is-cname';
import { srvTargetNoAddress } from './zone/srv-target-no-address';
import { syntaxError } from './zone/syntax-error';
import { targetBelowDname } from './zone/target-below-dname';
import { targetIsAddress } from './zone/target-is-address';
import { targetIsWildcardCname } from './zone/target-is-wildcard-cname';
import { ttlMismatch } from './zone/ttl-mismatch';
import { txtStringTooLong } from './zone/txt-string-too-long';
import { unknownType } from './zone/unknown-type';

// dmarc/: the DMARC policy record (RFC 7489, RFC 9989)
import { dmarcMissing } from './dmarc/missing';
import { dmarcMultipleRecords } from './dmarc/multiple-records';
import { dmarcNotAtDmarc } from './dmarc/not-at-dmarc';
import { dmarcRemovedTag } from './dmarc/removed-tag';
import { dmarcStrictSpfAlignment } from './dmarc/strict-spf-alignment';
import { dmarcSyntax } from './dmarc/syntax';

// spf/: SPF policy checks (RFC 7208)
import { spfAllNotLast } from './spf/all-not-last';
import { spfDeprecatedSpfType } from './spf/deprecated-spf-type';
import { spfMultipleRecords } from './spf/multiple-records';
import { spfPermissiveAll } from './spf/permissive-all';
import { spfPtr } from './spf/ptr';
import { spfSyntax } from './spf/syntax';
import { spfTooManyLookups } from './spf/too-many-lookups';

// postmark/: DKIM key records at Postmark's selectors (RFC 6376)
import { dkimMalformed } from './postmark/dkim-malformed';
import { dkimMissing } from './postmark/dkim-missing';
import { dkimMultipleRecords } from './postmark/dkim-multiple-records';
import { dkimSelectorFormat } from './postmark/dkim-selector-format';
import { dkimValueMismatch } from './postmark/dkim-value-mismatch';
import { dkimWeakKey } from './postmark/dkim-weak-key';
import { dkimWrongType } from './postmark/dkim-wrong-type';

// postmark/: the records Postmark needs
import { inboundMx } from './postmark/inbound-mx';
import { returnPathConflict } from './postmark/return-path-conflict';
import { returnPathMissing } from './postmark/return-path-missing';
import { returnPathTarget } from './postmark/return-path-target';
import { trackingCname } from './postmark/tracking-cname';

const registered: Rule[] = [
  // zone/
  cnameAndOtherData,
  dsAtApex,
  dsInApexGlue,
  duplicateRecord,
  includeCycle,
  includeNotFound,
  inheritedOwnerAfterOrigin,
  invalidHostName,
  invalidRdata,
  invalidTtl,
  missingSoa,
  missingTtl,
  missingGlue,
  missingTrailingDot,
  multipleCname,
  multipleDname,
  multipleSoa,
  mxTargetIsCname,
  mxTargetNoAddress,
  nameTooLong,
  noFinalNewline,
  nonTerminalWildcard,
  nsMissing,
  nsTargetIsCname,
  nsTargetNoAddress,
  outOfZone,
  soaNotAtApex,
  srvTargetIsCname,
  srvTargetNoAddress,
  syntaxError,
  targetBelowDname,
  targetIsAddress,
  targetIsWildcardCname,
  ttlMismatch,
  txtStringTooLong,
  unknownType,
  wildcardNs,
  // dmarc/
  dmarcMissing,
  dmarcMultipleRecords,
  dmarcNotAtDmarc,
  dmarcRemovedTag,
  dmarcStrictSpfAlignment,
  dmarcSyntax,
  // spf/
  spfAllNotLast,
  spfDeprecatedSpfType,
  spfMultipleRecords,
  spfPermissiveAll,
  spfPtr,
  spfSyntax,
  spfTooManyLookups,
  // postmark/ (DKIM)
  dkimMalformed,
  dkimMissing,
  dkimMultipleRecords,
  dkimSelectorFormat,
  dkimValueMismatch,
  dkimWeakKey,
  dkimWrongType,
  // postmark/
  inboundMx,
  returnPathConflict,
  returnPathMissing,
  returnPathTarget,
  trackingCname,
];

export const rules: Rule[] = [...registered].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

/** A rule by its code, for hovers and code actions. */
export function findRule(code: string): Rule | undefined {
  return rules.find((rule) => rule.code === code);
}
