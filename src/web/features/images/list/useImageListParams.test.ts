import { readImageListParams, writeImageListParams } from './useImageListParams';

describe('image list URL state', () => {
  it('falls back to the defaults for values a hand-edited URL gets wrong', () => {
    expect(readImageListParams(new URLSearchParams('status=Bogus&page=-3&pageSize=7'))).toEqual({
      name: '',
      status: 'All',
      pageNumber: 1,
      pageSize: 10,
    });
  });

  it('round-trips a search, keeping defaults out of the URL', () => {
    const params = { name: 'web', status: 'Creating' as const, pageNumber: 3, pageSize: 50 };
    const search = writeImageListParams(params);
    expect(search.toString()).toBe('name=web&status=Creating&page=3&pageSize=50');
    expect(readImageListParams(search)).toEqual(params);
    expect(writeImageListParams({ name: '', status: 'All', pageNumber: 1, pageSize: 10 }).toString()).toBe('');
  });
});
