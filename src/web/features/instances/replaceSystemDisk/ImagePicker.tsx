import FormControl from '@mui/material/FormControl';
import FormControlLabel from '@mui/material/FormControlLabel';
import FormHelperText from '@mui/material/FormHelperText';
import FormLabel from '@mui/material/FormLabel';
import Radio from '@mui/material/Radio';
import RadioGroup from '@mui/material/RadioGroup';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Image } from '../../../../contract';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { LoadingLine } from '../detail/Section';
import { replaceableImagesQuery } from './api';
import { containsDataDisks } from './replaceRules';

function ImageOption({ image }: { image: Image }) {
  const { t } = useTranslation();
  const reasonId = useId();
  const refused = containsDataDisks(image);
  return (
    <FormControlLabel
      value={image.imageId}
      disabled={refused}
      sx={{ alignItems: 'flex-start', '&.Mui-disabled': { opacity: 1 } }}
      control={<Radio size="small" slotProps={{ input: { 'aria-describedby': refused ? reasonId : undefined } }} />}
      label={
        <>
          <Typography variant="body2" sx={{ pt: 1 }}>
            {t('launch.replace.imageOption', { name: image.imageName || image.imageId, id: image.imageId, size: image.sizeGiB })}
          </Typography>
          {refused ? (
            <Typography id={reasonId} variant="caption" color="text.secondary">
              {t('launch.replace.containsDataDisks')}
            </Typography>
          ) : null}
        </>
      }
    />
  );
}

/**
 * The region's Available custom images as radio buttons. Those with data disks stay listed but
 * disabled, with ECS's reason, so the user learns why a familiar image cannot be used here.
 */
export function ImagePicker({
  regionId,
  value,
  onChange,
  problem,
}: {
  regionId: string;
  value: string;
  onChange: (image: Image) => void;
  problem?: string;
}) {
  const { t } = useTranslation();
  const labelId = useId();
  const query = useQuery(replaceableImagesQuery(regionId));
  const images = query.data?.images ?? [];
  if (query.isPending) return <LoadingLine label={t('launch.replace.imagesLoading')} />;
  if (query.isError) return <ErrorAlert error={query.error} title={t('launch.replace.imagesLoadError')} onRetry={() => void query.refetch()} />;
  return (
    <FormControl error={problem !== undefined}>
      <FormLabel id={labelId}>{t('launch.replace.imagesLabel')}</FormLabel>
      {images.length === 0 ? <Typography variant="body2">{t('launch.replace.noImages')}</Typography> : null}
      <RadioGroup
        aria-labelledby={labelId}
        value={value}
        onChange={(event) => {
          const image = images.find((candidate) => candidate.imageId === event.target.value);
          if (image) onChange(image);
        }}
      >
        {images.map((image) => (
          <ImageOption key={image.imageId} image={image} />
        ))}
      </RadioGroup>
      {problem ? <FormHelperText>{problem}</FormHelperText> : null}
    </FormControl>
  );
}
