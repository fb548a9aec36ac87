// What each part is called in messages: the glossary's term, or the standard's name for the
// parts the glossary does not list (they come from the template, not from a YAML key).
import { GLOSSARY } from '../model/glossary';
import type { Bilingual, Role } from './types';

const TEMPLATE_PARTS: Readonly<Record<string, Bilingual>> = {
  'party-title': { vi: 'tiêu đề "ĐẢNG CỘNG SẢN VIỆT NAM"', en: 'the Party title' },
  star: { vi: 'dấu "*"', en: 'the asterisk' },
  'doc-title': { vi: 'tên loại văn bản', en: 'the type title' },
  'doc-subtitle': { vi: 'dòng dưới tên loại', en: 'the line under the type title' },
  'doc-subject': { vi: 'trích yếu', en: 'the subject' },
  'noi-nhan-label': { vi: '"Nơi nhận:"', en: '"Nơi nhận:"' },
  'state-motto': { vi: 'quốc hiệu, tiêu ngữ', en: 'the state title and motto' },
};

export function elementName(role: Role): Bilingual {
  const entry = GLOSSARY.find((e) => e.id === role);
  return TEMPLATE_PARTS[role] ?? (entry ? { vi: entry.term, en: entry.english } : { vi: role, en: role });
}
