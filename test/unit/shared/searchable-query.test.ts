import { describe, expect, it } from 'vitest';
import { searchableQuery } from '../../../src/shared/searchable-query.ts';

describe('searchableQuery', () => {
  it('searches every word of two letters or more, as typed', () => {
    expect(searchableQuery('  kube ')).toBe('kube');
    expect(searchableQuery('service mesh')).toBe('service mesh');
    expect(searchableQuery('kubecon 20')).toBe('kubecon 20');
  });

  it('leaves out a lone letter or digit, wherever it is', () => {
    expect(searchableQuery('cluster s')).toBe('cluster');
    expect(searchableQuery('a cluster')).toBe('cluster');
    expect(searchableQuery('kubecon  2')).toBe('kubecon');
    expect(searchableQuery('k')).toBe('');
    expect(searchableQuery('K')).toBe('');
  });

  it('keeps a one-character word of a script whose words can be one character', () => {
    expect(searchableQuery('雲')).toBe('雲');
  });

  it('searches a quoted phrase as it is typed', () => {
    expect(searchableQuery('"a cluster of nodes"')).toBe('"a cluster of nodes"');
  });

  it('keeps markup as the words it is made of', () => {
    expect(searchableQuery('<img src=x onerror="window.__xss=1">')).toBe('<img src=x onerror="window.__xss=1">');
  });
});
