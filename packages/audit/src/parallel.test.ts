import { describe, expect, it } from 'vitest';
import { BYTES_PER_THREAD, defaultThreads } from './parallel.js';

const MB = 1024 * 1024;

// defaultThreads(bytes, cores this process may use, cores' worth of the host busy with other work, the host's cores)
describe('how many threads an audit uses by default', () => {
  it('audits small inputs on this thread alone, whatever the cores', () => {
    expect(defaultThreads(300 * 1024, 16, 0, 16)).toBe(1);
    expect(defaultThreads(BYTES_PER_THREAD * 2 - 1, 16, 0, 16)).toBe(1);
    expect(defaultThreads(0, 16, 0, 16)).toBe(1);
  });

  it('starts a thread for each share of input big enough to pay for its start-up, up to the cores free', () => {
    expect(defaultThreads(BYTES_PER_THREAD * 2, 16, 0, 16)).toBe(2);
    expect(defaultThreads(117 * MB, 2, 0, 2)).toBe(2);
    expect(defaultThreads(1000 * MB, 8, 0, 8)).toBe(8);
  });

  it('does not start threads for cores that are busy', () => {
    expect(defaultThreads(1000 * MB, 2, 2.5, 2)).toBe(1);
    expect(defaultThreads(1000 * MB, 2, 8.9, 2)).toBe(1);
    expect(defaultThreads(1000 * MB, 8, 3, 8)).toBe(5);
    expect(defaultThreads(1000 * MB, 2, 0.6, 2)).toBe(1);
    expect(defaultThreads(1000 * MB, 2, 0.2, 2)).toBe(2);
  });

  it('scales what is busy on the host to the cores this process may use', () => {
    // Four cores of a 64-core host, 30 of whose cores are busy: about half of each core is free.
    expect(defaultThreads(1000 * MB, 4, 30, 64)).toBe(2);
    expect(defaultThreads(1000 * MB, 4, 8, 64)).toBe(3);
  });
});
