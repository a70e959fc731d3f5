import { useSearchParams } from 'react-router-dom';
import { imageStatuses, PAGE_SIZES } from '../../../../contract';
import type { ImageListParams } from '../api';

const statusFilters = ['All', ...imageStatuses] as const;
export type StatusFilter = (typeof statusFilters)[number];
export { statusFilters };

const DEFAULT_PAGE_SIZE = PAGE_SIZES[0];

function positiveInt(text: string | null, fallback: number): number {
  const value = Number(text);
  return Number.isInteger(value) && value >= 1 ? value : fallback;
}

/** Reads the list's state from the URL, so a link reproduces what was on screen. */
export function readImageListParams(search: URLSearchParams): ImageListParams {
  const status = search.get('status');
  const pageSize = positiveInt(search.get('pageSize'), DEFAULT_PAGE_SIZE);
  return {
    name: (search.get('name') ?? '').slice(0, 128),
    status: statusFilters.find((candidate) => candidate === status) ?? 'All',
    pageNumber: positiveInt(search.get('page'), 1),
    pageSize: (PAGE_SIZES as readonly number[]).includes(pageSize) ? pageSize : DEFAULT_PAGE_SIZE,
  };
}

/** Only what differs from the defaults goes into the URL. */
export function writeImageListParams(params: ImageListParams): URLSearchParams {
  const search = new URLSearchParams();
  if (params.name) search.set('name', params.name);
  if (params.status !== 'All') search.set('status', params.status);
  if (params.pageNumber > 1) search.set('page', String(params.pageNumber));
  if (params.pageSize !== DEFAULT_PAGE_SIZE) search.set('pageSize', String(params.pageSize));
  return search;
}

export const hasImageFilters = (params: ImageListParams) => params.name !== '' || params.status !== 'All';

export function useImageListParams() {
  const [search, setSearch] = useSearchParams();
  const params = readImageListParams(search);
  /** A new search, status or page size starts again at page 1. */
  const update = (patch: Partial<ImageListParams>) => {
    const next = { ...params, ...patch };
    if (patch.pageNumber === undefined) next.pageNumber = 1;
    setSearch(writeImageListParams(next));
  };
  return [params, update] as const;
}
