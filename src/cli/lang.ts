import type { Lang } from '../core/messages';
import type { Io } from './io';

/** --lang wins, then CONGVAN_LANG; Vietnamese by default. */
export function pickLang(option: string | undefined, env: Io['env']): Lang {
  const value = (option ?? env.CONGVAN_LANG ?? 'vi').toLowerCase();
  return value.startsWith('en') ? 'en' : 'vi';
}
