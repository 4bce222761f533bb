/**
 * Mocha's TDD interface (suite, test, suiteSetup, ...), looked up when called.
 *
 * Mocha puts these functions on the global object just before it loads each
 * test file. Going through this module keeps the suite type-checking without
 * @types/mocha (which the package does not depend on) and without clashing
 * with it if it is added later.
 */
export type TestBody = () => Promise<void> | void;

interface TddGlobals {
  suite(title: string, fn: () => void): unknown;
  test(title: string, fn: TestBody): unknown;
  suiteSetup(fn: TestBody): unknown;
  suiteTeardown(fn: TestBody): unknown;
  setup(fn: TestBody): unknown;
  teardown(fn: TestBody): unknown;
}

function tdd(): TddGlobals {
  const g = globalThis as unknown as Partial<TddGlobals>;
  if (typeof g.suite !== 'function') {
    throw new Error('Mocha TDD globals are missing: load this file through test/suite/index.ts (mocha with ui "tdd").');
  }
  return g as TddGlobals;
}

export function suite(title: string, fn: () => void): void {
  tdd().suite(title, fn);
}
export function test(title: string, fn: TestBody): void {
  tdd().test(title, fn);
}
export function suiteSetup(fn: TestBody): void {
  tdd().suiteSetup(fn);
}
export function suiteTeardown(fn: TestBody): void {
  tdd().suiteTeardown(fn);
}
export function setup(fn: TestBody): void {
  tdd().setup(fn);
}
export function teardown(fn: TestBody): void {
  tdd().teardown(fn);
}
