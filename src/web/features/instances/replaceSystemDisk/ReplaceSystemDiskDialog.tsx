import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import Stack from '@mui/material/Stack';
import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Image, Instance } from '../../../../contract';
import { ErrorAlert } from '../../../ui/ErrorAlert';
import { newClientToken } from '../../images/create/clientToken';
import { instanceDisksQuery } from '../detail/api';
import { useReplaceSystemDiskMutation } from './api';
import { CurrentSystemDisk } from './CurrentSystemDisk';
import { ImagePicker } from './ImagePicker';
import { ReplaceFields } from './ReplaceFields';
import { replaceMinGiB, replaceProblems, type ReplaceField, type ReplaceValues } from './replaceRules';

/**
 * More > Disk and Image > Replace System Disk, for a Stopped instance. Rendered only while open,
 * so each opening starts fresh with its own ClientToken.
 */
export function ReplaceSystemDiskDialog({ regionId, instance, onClose }: { regionId: string; instance: Instance; onClose: () => void }) {
  const { t } = useTranslation();
  const titleId = useId();
  const formId = useId();
  const [clientToken] = useState(newClientToken);
  const disks = useQuery(instanceDisksQuery(regionId, instance.instanceId));
  const currentGiB = disks.data?.disks.find((disk) => disk.type === 'system')?.sizeGiB ?? 0;
  const [image, setImage] = useState<Image>();
  const [values, setValues] = useState<ReplaceValues>({ imageId: '', size: '', credential: 'password', password: '', confirmPassword: '', keyPairName: '' });
  const [touched, setTouched] = useState<ReadonlySet<ReplaceField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const mutation = useReplaceSystemDiskMutation(regionId, instance.instanceId);
  const problems = replaceProblems(values, image, currentGiB);
  const shown = (field: ReplaceField) => {
    const problem = submitted || touched.has(field) ? problems[field] : undefined;
    return problem ? t(problem.key, problem.values ?? {}) : undefined;
  };
  const change = (field: ReplaceField | 'credential', value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }));
    if (field !== 'credential') setTouched((previous) => new Set(previous).add(field));
  };
  const chooseImage = (chosen: Image) => {
    setImage(chosen);
    // The size starts at the smallest the new image and the current disk allow.
    setValues((previous) => ({ ...previous, imageId: chosen.imageId, size: String(replaceMinGiB(chosen, currentGiB)) }));
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (mutation.isPending || Object.keys(problems).length > 0) return;
    const credential = values.credential === 'password' ? { password: values.password } : { keyPairName: values.keyPairName };
    mutation.mutate({ imageId: values.imageId, systemDiskSizeGiB: Number(values.size), ...credential, clientToken }, { onSuccess: onClose });
  };

  return (
    <Dialog open onClose={mutation.isPending ? undefined : onClose} aria-labelledby={titleId} maxWidth="md" fullWidth>
      <DialogTitle id={titleId}>{t('launch.replace.title')}</DialogTitle>
      <DialogContent dividers>
        <Stack component="form" id={formId} noValidate onSubmit={onSubmit} spacing={2.5}>
          <CurrentSystemDisk instance={instance} disks={disks} />
          <Alert severity="warning" role="note">{t('launch.replace.warning')}</Alert>
          <ImagePicker regionId={regionId} value={values.imageId} onChange={chooseImage} problem={shown('imageId')} />
          <ReplaceFields
            regionId={regionId}
            values={values}
            windows={instance.osType === 'windows'}
            minGiB={replaceMinGiB(image, currentGiB)}
            problem={shown}
            onChange={change}
          />
          {mutation.isError ? <ErrorAlert error={mutation.error} title={t('launch.replace.errorTitle')} /> : null}
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={mutation.isPending}>
          {t('actions.cancel')}
        </Button>
        <Button type="submit" form={formId} variant="contained" color="warning" loading={mutation.isPending} loadingPosition="start">
          {t('launch.replace.replace')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
