// Diagnostics are data until a formatter prints them (file:line:col, severity, message, code).
import type { MessageId, MessageArgs } from './messages';

export type Severity = 'error' | 'warning';

export type Position = { line: number; col: number };

/**
 * What every diagnostic has, a loader's error and a check rule's finding alike: a stable code,
 * a severity, the arguments of its message. A finding (core/check/types.ts) adds its rule id,
 * message id and location; one formatter prints both (src/cli/format-diagnostics.ts).
 */
export type DiagnosticBase = { readonly code: string; readonly severity: Severity; readonly args: Readonly<MessageArgs> };

/** A loader's error: its code is a message of messages.ts, at file:line:col. */
export type Diagnostic = DiagnosticBase & {
  code: MessageId;
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
