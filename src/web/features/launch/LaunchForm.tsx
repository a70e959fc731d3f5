import Button from '@mui/material/Button';
import Paper from '@mui/material/Paper';
import Stack from '@mui/material/Stack';
import Typography from '@mui/material/Typography';
import { useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Image, NetworkOptions, Zone } from '../../../contract';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { newClientToken } from '../images/create/clientToken';
import { useRunInstancesMutation } from './api';
import { InstanceFields } from './InstanceFields';
import { isWindowsImage, toRunInstancesBody } from './launchRules';
import { afterCreatePath, imageDetailPath } from './paths';
import { PlacementFields } from './PlacementFields';
import { StorageFields } from './StorageFields';
import { useLaunchForm } from './useLaunchForm';
import { useCan } from '../session/useCan';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper variant="outlined" component="section" aria-labelledby={id} sx={{ p: 2 }}>
      <Typography id={id} variant="h6" component="h2" sx={{ mb: 2 }}>
        {title}
      </Typography>
      {children}
    </Paper>
  );
}

/**
 * The form for one opening of the page: one ClientToken for its life, so a double click or a
 * retry after a network error never creates the instances twice.
 */
export function LaunchForm({ regionId, image, zones, network }: { regionId: string; image: Image; zones: readonly Zone[]; network: NetworkOptions }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const formRef = useRef<HTMLFormElement>(null);
  const [clientToken] = useState(newClientToken);
  const form = useLaunchForm(image, zones.map((zone) => zone.zoneId), network);
  const mutation = useRunInstancesMutation(regionId, image.imageId);
  const can = useCan('operate');
  const windows = isWindowsImage(image);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (mutation.isPending) return;
    if (!form.attemptSubmit()) {
      // Let the problems render, then take the user to the first one.
      setTimeout(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    mutation.mutate(toRunInstancesBody(form.values, image, clientToken), {
      onSuccess: (result) => void navigate(afterCreatePath(regionId, result.instanceIds, form.values.instanceName)),
    });
  };

  return (
    <Stack component="form" ref={formRef} noValidate onSubmit={onSubmit} spacing={2} aria-label={t('launch.page.title')}>
      <Section id="launch-placement" title={t('launch.page.placementTitle')}>
        <PlacementFields regionId={regionId} zones={zones} network={network} form={form} />
      </Section>
      <Section id="launch-storage" title={t('launch.page.storageTitle')}>
        <StorageFields image={image} form={form} />
      </Section>
      <Section id="launch-instance" title={t('launch.page.instanceTitle')}>
        <InstanceFields form={form} network={network} windows={windows} />
      </Section>
      {mutation.isError ? <ErrorAlert error={mutation.error} title={t('launch.page.errorTitle')} /> : null}
      <Stack direction="row" spacing={1}>
        {/* Reachable by URL, so a viewer who opens it sees why Create is off (the BFF refuses too). */}
        <Button
          type="submit"
          variant="contained"
          loading={mutation.isPending}
          loadingPosition="start"
          disabled={!can.allowed}
          aria-describedby={can.allowed ? undefined : 'launch-role-reason'}
        >
          {t('actions.create')}
        </Button>
        {can.allowed ? null : (
          <Typography id="launch-role-reason" variant="body2" color="text.secondary" sx={{ alignSelf: 'center' }}>
            {t(can.reasonKey)}
          </Typography>
        )}
        <Button onClick={() => void navigate(imageDetailPath(regionId, image.imageId))} disabled={mutation.isPending}>
          {t('actions.cancel')}
        </Button>
      </Stack>
    </Stack>
  );
}
