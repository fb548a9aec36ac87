// congvan completion: the scripts are generated from the commander program. The bash one is
// loaded into a real bash and asked for completions the way bash asks (COMP_WORDS, COMP_CWORD).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli';

let script = '';
beforeAll(async () => {
  const r = await runCli(['completion', 'bash']);
  expect(r.code).toBe(0);
  script = join(mkdtempSync(join(tmpdir(), 'congvan-completion-')), 'congvan.bash');
  writeFileSync(script, r.stdout);
});

/** What bash offers after `words` (the last one is the word being completed). */
function complete(...words: string[]): string[] {
  const program = [
    'source "$1"; shift',
    'COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 ))',
    '_congvan_completion',
    'printf "%s\\n" "${COMPREPLY[@]}"',
  ].join('\n');
  const out = execFileSync('bash', ['-c', program, 'bash', script, 'congvan', ...words], { encoding: 'utf8' });
  return out.split('\n').filter(Boolean);
}

describe('congvan completion bash', () => {
  it('registers a completion function for congvan', () => {
    expect(execFileSync('bash', ['-c', 'source "$1"; complete -p congvan', 'bash', script], { encoding: 'utf8' })).toBe('complete -o default -F _congvan_completion congvan\n');
  });

  it('offers every command, then each command\'s options', () => {
    expect(complete('')).toEqual(expect.arrayContaining(['build', 'check', 'schema', 'register', 'init', 'completion', 'pdf']));
    expect(complete('b')).toEqual(['build']);
    expect(complete('build', 'a.yaml', '--pro')).toEqual(['--profile']);
    expect(complete('build', '--d')).toEqual(['--data', '--delimiter']);
    expect(complete('check', '--f')).toEqual(['--format', '--fix']);
    expect(complete('register', 'sh')).toEqual(['show']);
    expect(complete('register', 'show', '--c')).toEqual(['--config']);
  });

  it('offers document types, profile names and option choices as values', () => {
    expect(complete('init', 'ng')).toEqual(['nghi-quyet']);
    expect(complete('init', 'quy')).toEqual(['quyet-dinh', 'quy-dinh', 'quy-che']);
    expect(complete('build', 'a.yaml', '--profile', '')).toEqual(['hd36-2018']);
    expect(complete('check', '--format', '')).toEqual(['stylish', 'json']);
    expect(complete('--lang', '')).toEqual(['vi', 'en']);
    expect(complete('build', 'a.yaml', '--data', 'd.csv', '--delimiter', 's')).toEqual(['semicolon']);
    expect(complete('build', 'a.yaml', '--encoding', 'w')).toEqual(['windows-1258']);
    expect(complete('completion', '')).toEqual(['bash', 'zsh', 'powershell']);
  });

  it('skips option values when finding the command (--lang en build …)', () => {
    expect(complete('--lang', 'en', 'build', '--str')).toEqual(['--strict']);
    expect(complete('build', '-o', 'init', '--q')).toEqual(['--quiet']);
  });

  it('leaves file names to bash (no words offered for an input file or -o)', () => {
    expect(complete('build', '')).toEqual([]);
    expect(complete('build', 'a.yaml', '-o', '')).toEqual([]);
  });
});

describe('congvan completion zsh|powershell', () => {
  it('prints a zsh script that loads the same function through bashcompinit', async () => {
    const r = await runCli(['completion', 'zsh']);
    expect(r.code).toBe(0);
    const text = r.stdout.toString();
    expect(text).toContain('autoload -U +X bashcompinit && bashcompinit');
    expect(text).toContain('complete -o default -F _congvan_completion congvan');
    execFileSync('bash', ['-n'], { input: text }); // valid shell syntax
  });

  it('prints a PowerShell argument completer with the commands and values', async () => {
    const r = await runCli(['completion', 'powershell']);
    const text = r.stdout.toString();
    expect(text).toContain("Register-ArgumentCompleter -Native -CommandName 'congvan'");
    expect(text).toMatch(/'' = @\{ flags = @\([^)]*'--lang'[^)]*\); subs = @\('build', 'check', /);
    expect(text).toContain("'--profile' = @('hd36-2018')");
  });

  it('refuses another shell', async () => {
    const r = await runCli(['completion', 'fish']);
    expect(r.code).toBe(2);
  });
});
