import { describe, expect, it } from 'vitest';

import en from '@/messages/en.json';
import nb from '@/messages/nb.json';
import nn from '@/messages/nn.json';

// Every text of the portal exists in all three languages, so no page falls back to a key or another language.
function keys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function leaves(messages: object): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (node: object, prefix: string) => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'object' && value !== null) walk(value, `${prefix}${key}.`);
      else out[`${prefix}${key}`] = String(value);
    }
  };
  walk(messages, '');
  return out;
}

describe('portal messages', () => {
  it('have the same keys in bokmål, nynorsk and English', () => {
    expect(keys(nn).sort()).toEqual(keys(nb).sort());
    expect(keys(en).sort()).toEqual(keys(nb).sort());
  });

  it('use the same placeholders in every language', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]).sort();
    const [b, n, e] = [leaves(nb), leaves(nn), leaves(en)];
    for (const key of Object.keys(b)) {
      expect(placeholders(n[key]), `nn ${key}`).toEqual(placeholders(b[key]));
      expect(placeholders(e[key]), `en ${key}`).toEqual(placeholders(b[key]));
    }
  });

  it('are translated: English differs from bokmål in the running text', () => {
    const [b, e] = [leaves(nb), leaves(en)];
    const same = Object.keys(b).filter((key) => b[key] === e[key] && b[key].length > 20);
    expect(same).toEqual([]);
  });
});
