import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Tests run what ships: worker threads, child processes and bin/congvan.js load dist/ and
    // src/generated, so every run starts from a fresh build of them.
    globalSetup: ['tests/fresh-build.ts'],
  },
});
