// Diagnostics are data until a formatter prints them (file:line:col, severity, message, code).
import type { MessageId, MessageArgs } from './messages';

export type Severity = 'error' | 'warning';

export type Position = { line: number; col: number };

export type Diagnostic = {
  code: MessageId;
  severity: Severity;
  file: string;
  pos?: Position;
  args: MessageArgs;
};

/** A problem in the user's input: reported with exit code 2, never as a stack trace. */
export class InputError extends Error {
  constructor(readonly diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map((d) => d.code).join(', '));
    this.name = 'InputError';
  }
}

export function diagnostic(
  code: MessageId,
  file: string,
  pos: Position | undefined,
  args: MessageArgs = {},
  severity: Severity = 'error',
): Diagnostic {
  return { code, severity, file, pos, args };
}
