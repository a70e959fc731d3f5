import Stack from '@mui/material/Stack';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { EMPTY_DATA_DISK_MAX_GIB, type Image } from '../../../contract';
import { NumberField, useHelperText } from './FormFields';
import { imageDataDisks, SYSTEM_DISK_MAX_GIB, systemDiskMinGiB } from './launchRules';
import type { LaunchForm } from './useLaunchForm';

/**
 * The system disk's size and the image's data disks by mount device: each comes with the new
 * instance, made from its snapshot, and may be made larger (never smaller) here.
 */
export function StorageFields({ image, form }: { image: Image; form: LaunchForm }) {
  const { t } = useTranslation();
  const helper = useHelperText();
  const dataDisks = imageDataDisks(image);
  const systemMin = systemDiskMinGiB(image);
  return (
    <Stack spacing={2}>
      <NumberField
        label={t('launch.fields.systemDiskSize')}
        value={form.values.systemDiskSize}
        min={systemMin}
        max={SYSTEM_DISK_MAX_GIB}
        onChange={(value) => form.set('systemDiskSize', value)}
        problem={form.problem('systemDiskSize')}
        hint={t('launch.fields.systemDiskHint', { min: systemMin, max: SYSTEM_DISK_MAX_GIB })}
      />
      <section aria-labelledby="launch-data-disks-title">
        <Typography id="launch-data-disks-title" variant="subtitle1" component="h3">
          {t('launch.dataDisks.title')}
        </Typography>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {t('launch.dataDisks.description')}
        </Typography>
        {dataDisks.length === 0 ? (
          <Typography variant="body2">{t('launch.dataDisks.none')}</Typography>
        ) : (
          <Table size="small" aria-label={t('launch.dataDisks.tableLabel')}>
            <TableHead>
              <TableRow>
                <TableCell>{t('launch.dataDisks.device')}</TableCell>
                <TableCell>{t('launch.dataDisks.snapshot')}</TableCell>
                <TableCell align="right">{t('launch.dataDisks.imageSize')}</TableCell>
                <TableCell>{t('launch.dataDisks.newSize')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {dataDisks.map((disk) => {
                const problem = form.problem(`dataDisk:${disk.device}`);
                return (
                  <TableRow key={disk.device} sx={{ verticalAlign: 'top' }}>
                    <TableCell sx={{ fontFamily: 'monospace' }}>{disk.device}</TableCell>
                    <TableCell sx={{ fontFamily: 'monospace' }}>{disk.snapshotId || '-'}</TableCell>
                    <TableCell align="right">{disk.sizeGiB}</TableCell>
                    <TableCell>
                      <TextField
                        type="number"
                        size="small"
                        value={form.values.dataDiskSizes[disk.device] ?? ''}
                        onChange={(event) => form.setDataDiskSize(disk.device, event.target.value)}
                        error={problem !== undefined}
                        helperText={helper(problem)}
                        slotProps={{
                          htmlInput: {
                            'aria-label': t('launch.fields.dataDiskSize', { device: disk.device }),
                            min: disk.sizeGiB,
                            max: EMPTY_DATA_DISK_MAX_GIB,
                            step: 1,
                            inputMode: 'numeric',
                          },
                        }}
                      />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        )}
      </section>
    </Stack>
  );
}
