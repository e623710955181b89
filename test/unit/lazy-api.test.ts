import { describe, expect, it } from 'vitest';
import { lazyApi } from '../../src/wix/lazy-api';

describe('lazyApi', () => {
  const loader = () => {
    let loads = 0;
    let api: Promise<{ twice: (n: number) => Promise<number> }> | undefined;
    const load = () =>
      (api ??= Promise.resolve().then(() => {
        loads += 1;
        return { twice: async (n: number) => n * 2 };
      }));
    return { load, loads: () => loads };
  };

  it('loads nothing until a method is called, then once for every call', async () => {
    const { load, loads } = loader();
    const api = lazyApi(load);
    expect(loads()).toBe(0);
    expect(await Promise.all([api.twice(1), api.twice(2)])).toEqual([2, 4]);
    expect(await api.twice(3)).toBe(6);
    expect(loads()).toBe(1);
  });

  it('is not a thenable, so awaiting it gives the API and loads nothing', async () => {
    const { load, loads } = loader();
    const api = lazyApi(load);
    expect(await Promise.resolve(api)).toBe(api);
    expect(loads()).toBe(0);
  });

  it('passes a failed load to the caller', async () => {
    const api = lazyApi<{ run: () => Promise<void> }>(() => Promise.reject(new Error('offline')));
    await expect(api.run()).rejects.toThrow('offline');
  });
});
