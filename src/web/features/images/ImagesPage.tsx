import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ListPageHeader } from '../../ui/ListPageHeader';
import { useRegionName } from '../regions/api';
import { imageListQuery } from './api';
import { ImageListContent } from './list/ImageListContent';
import { ImagesToolbar } from './list/ImagesToolbar';
import { useImageListParams } from './list/useImageListParams';

/**
 * /regions/:regionId/images: the region's custom images, searched, filtered and paged as the URL
 * says. The list polls only while one of its images is still being created.
 */
export function ImagesPage() {
  const { t } = useTranslation();
  const { regionId = '' } = useParams();
  const regionName = useRegionName(regionId);
  const [params, setParams] = useImageListParams();
  const list = useQuery({
    ...imageListQuery(regionId, params),
    // Keep the rows on screen while the next page or filter loads, but never another region's.
    placeholderData: (previous, previousQuery) => (previousQuery?.queryKey[1] === regionId ? previous : undefined),
  });

  return (
    <Stack spacing={2}>
      <ListPageHeader title={t('images.page.title')} updatedAt={list.dataUpdatedAt} onRefresh={() => void list.refetch()} />
      <Tabs value="custom" aria-label={t('images.page.tabsLabel')}>
        <Tab value="custom" label={t('images.page.customImages')} />
      </Tabs>
      <Paper variant="outlined" sx={{ p: 2 }}>
        <ImagesToolbar key={`${regionId}?${params.name}`} params={params} onChange={setParams} />
      </Paper>
      <Paper variant="outlined">
        <ImageListContent regionId={regionId} regionName={regionName} params={params} list={list} onChange={setParams} />
      </Paper>
    </Stack>
  );
}
