import RocketLaunch from '@mui/icons-material/RocketLaunch';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Image } from '../../../contract';
import { createInstancePath } from './paths';
import { useCan } from '../session/useCan';

/**
 * "Create Instance" from a custom image (image row or detail header). ECS runs instances only from
 * an Available image, so otherwise the button stays visible, disabled, with the reason beside it.
 */
export function CreateInstanceButton({ image, regionId }: { image: Image; regionId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const reasonId = useId();
  // Running instances is an operator's action (features/session): a viewer sees why not.
  const can = useCan('operate');
  const reasonKey = !can.allowed ? can.reasonKey : image.status === 'Available' ? null : 'launch.button.notAvailable';
  const available = reasonKey === null;
  return (
    <Box sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
      <Button
        variant="outlined"
        size="small"
        startIcon={<RocketLaunch aria-hidden />}
        disabled={!available}
        aria-describedby={available ? undefined : reasonId}
        onClick={() => void navigate(createInstancePath(regionId, image.imageId))}
      >
        {t('launch.button.createInstance')}
      </Button>
      {available ? null : (
        <Typography id={reasonId} variant="caption" color="text.secondary">
          {t(reasonKey ?? '')}
        </Typography>
      )}
    </Box>
  );
}
