import Box from '@mui/material/Box';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { TagsEditor } from './TagsEditor';
import type { CreateImageForm } from './useCreateImageForm';

/** Tags and resource group: optional, as in the current ECS console. */
export function OptionalSettings({ form }: { form: CreateImageForm }) {
  const { t } = useTranslation();
  const { messageKey, text } = form.fieldError('resourceGroupId');
  const resourceGroupError = text ?? (messageKey ? t(messageKey) : undefined);
  return (
    <Box component="section" aria-labelledby="create-image-optional-title" sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Typography id="create-image-optional-title" variant="subtitle2" component="h3">
        {t('images.create.optionalTitle')}
      </Typography>
      <TagsEditor tags={form.tags} />
      <TextField
        label={t('images.create.resourceGroupLabel')}
        name="resourceGroupId"
        placeholder="rg-..."
        autoComplete="off"
        value={form.values.resourceGroupId}
        onChange={(event) => form.setText('resourceGroupId', event.target.value)}
        onBlur={() => form.touch('resourceGroupId')}
        error={Boolean(resourceGroupError)}
        helperText={resourceGroupError ?? t('images.create.resourceGroupHint')}
        fullWidth
      />
    </Box>
  );
}
