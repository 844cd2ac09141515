import fc from 'fast-check';

// Property tests explore new random cases on every local run; CI replays one fixed set, so a
// red build always means a change broke something, and any seed it prints reproduces locally.
if (process.env.CI) fc.configureGlobal({ seed: 20261127 });
