// Every rule, in the order of their codes. A rule is a module: `meta` and `check`.
import type { Rule } from '../types';
import * as partsPresent from './parts-present';
import * as docxPageSetup from './docx-page-setup';
import * as docxFont from './docx-font';
import * as formatSize from './format-size';
import * as formatWeight from './format-weight';
import * as formatSlant from './format-slant';
import * as docxBodySpacing from './docx-body-spacing';
import * as docxHeaderTable from './docx-header-table';
import * as docxPageNumber from './docx-page-number';
import * as numberNoColon from './number-no-colon';
import * as numberSeparators from './number-separators';
import * as numberTypeCode from './number-type-code';
import * as numberIssuerCode from './number-issuer-code';
import * as numberPadding from './number-padding';
import * as dateValid from './date-valid';
import * as datePadding from './date-padding';
import * as datePlace from './date-place';
import * as dateFuture from './date-future';
import * as headerPartyTitle from './header-party-title';
import * as headerCaps from './header-caps';
import * as headerStar from './header-star';
import * as subjectCongVan from './subject-cong-van';
import * as subjectTitle from './subject-title';
import * as kinhGui from './kinh-gui';
import * as subjectVe from './subject-ve';
import * as signaturePrefixForm from './signature-prefix-form';
import * as signatureTmCollective from './signature-tm-collective';
import * as signatureKtCollective from './signature-kt-collective';
import * as signatureTl from './signature-tl';
import * as signatureTitleBare from './signature-title-bare';
import * as signatureName from './signature-name';
import * as signatureNameRank from './signature-name-rank';
import * as noiNhanDash from './noi-nhan-dash';
import * as noiNhanComma from './noi-nhan-comma';
import * as noiNhanLuu from './noi-nhan-luu';
import * as stateMotto from './state-motto';
import * as stateSignaturePrefix from './state-signature-prefix';
import * as stateLuu from './state-luu';
import * as stateEnding from './state-ending';
import * as textNfc from './text-nfc';
import * as textInvisible from './text-invisible';
import * as textLegacyEncoding from './text-legacy-encoding';
import * as textToneStyle from './text-tone-style';
import * as textDoubleSpace from './text-double-space';
import * as textSpaceBeforePunct from './text-space-before-punct';
import * as bodyNumbering from './body-numbering';
import * as bodyEmptyPoint from './body-empty-point';

export const RULES: readonly Rule[] = [
  partsPresent,
  docxPageSetup,
  docxFont,
  formatSize,
  formatWeight,
  formatSlant,
  docxBodySpacing,
  docxHeaderTable,
  docxPageNumber,
  numberNoColon,
  numberSeparators,
  numberTypeCode,
  numberIssuerCode,
  numberPadding,
  dateValid,
  datePadding,
  datePlace,
  dateFuture,
  headerPartyTitle,
  headerCaps,
  headerStar,
  subjectCongVan,
  subjectTitle,
  kinhGui,
  subjectVe,
  signaturePrefixForm,
  signatureTmCollective,
  signatureKtCollective,
  signatureTl,
  signatureTitleBare,
  signatureName,
  signatureNameRank,
  noiNhanDash,
  noiNhanComma,
  noiNhanLuu,
  stateMotto,
  stateSignaturePrefix,
  stateLuu,
  stateEnding,
  textNfc,
  textInvisible,
  textLegacyEncoding,
  textToneStyle,
  textDoubleSpace,
  textSpaceBeforePunct,
  bodyNumbering,
  bodyEmptyPoint,
];
