import Box from '@mui/material/Box';
import { useTranslation } from 'react-i18next';
import { DESCRIPTION_MAX, IMAGE_NAME_MAX } from '../../../../contract';
import { CountedTextField } from './CountedTextField';
import type { CreateImageForm, TextFieldName } from './useCreateImageForm';

/** Custom Image Name and Custom Image Description, checked with the contract's rules as typed. */
export function NameFields({ form }: { form: CreateImageForm }) {
  const { t } = useTranslation();
  const errorText = (field: TextFieldName) => {
    const { messageKey, text } = form.fieldError(field);
    return text ?? (messageKey ? t(messageKey) : undefined);
  };
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <CountedTextField
        label={t('images.create.nameLabel')}
        name="imageName"
        required
        autoFocus
        autoComplete="off"
        value={form.values.imageName}
        onValueChange={(value) => form.setText('imageName', value)}
        onBlur={() => form.touch('imageName')}
        max={IMAGE_NAME_MAX}
        error={errorText('imageName')}
        hint={t('images.create.nameHint')}
      />
      <CountedTextField
        label={t('images.create.descriptionLabel')}
        name="description"
        multiline
        minRows={3}
        value={form.values.description}
        onValueChange={(value) => form.setText('description', value)}
        onBlur={() => form.touch('description')}
        max={DESCRIPTION_MAX}
        error={errorText('description')}
        hint={t('images.create.descriptionHint')}
      />
    </Box>
  );
}
