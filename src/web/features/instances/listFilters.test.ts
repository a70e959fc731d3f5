import { describe, expect, it } from 'vitest';
import { readFilters, toListQuery, writeFilters } from './listFilters';

describe('instance list filters in the URL', () => {
  it('round-trips a search, a status and a page size', () => {
    const params = new URLSearchParams('instanceId=i-bp1abc&status=Stopped&pageSize=50');
    const filters = readFilters(params);
    expect(filters).toEqual({ field: 'instanceId', text: 'i-bp1abc', status: 'Stopped', pageSize: 50 });
    expect(writeFilters(filters).toString()).toBe(params.toString());
    expect(toListQuery(filters, 'tok')).toEqual({
      name: undefined, instanceId: 'i-bp1abc', status: 'Stopped', nextToken: 'tok', maxResults: 50,
    });
  });

  it('ignores values the API would refuse and leaves defaults out of the URL', () => {
    const filters = readFilters(new URLSearchParams('name=web&status=Exploded&pageSize=7'));
    expect(filters).toEqual({ field: 'name', text: 'web', status: undefined, pageSize: 10 });
    expect(writeFilters(filters).toString()).toBe('name=web');
    expect(writeFilters({ ...filters, text: '   ' }).toString()).toBe('');
  });
});
