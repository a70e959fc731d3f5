import AddIcon from '@mui/icons-material/Add';
import DeleteOutline from '@mui/icons-material/DeleteOutlined';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import FormHelperText from '@mui/material/FormHelperText';
import IconButton from '@mui/material/IconButton';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useTranslation } from 'react-i18next';
import { MAX_TAGS } from '../../../../contract';
import type { CreateImageForm } from './useCreateImageForm';

/** Optional tags: Key/Value rows checked with the contract's tag rules (tagListProblems). */
export function TagsEditor({ tags }: { tags: CreateImageForm['tags'] }) {
  const { t } = useTranslation();
  const listError = tags.serverError ?? (tags.listProblem ? t(tags.listProblem) : undefined);
  return (
    <Box role="group" aria-labelledby="create-image-tags-title">
      <Typography id="create-image-tags-title" variant="body2" sx={{ fontWeight: 600, mb: 1 }}>
        {t('images.create.tagsLabel')}
      </Typography>
      {tags.rows.map((row, position) => {
        const index = position + 1;
        const problem = tags.problem(row.id);
        const keyError = problem?.part === 'key' ? t(problem.messageKey) : undefined;
        const valueError = problem?.part === 'value' ? t(problem.messageKey) : undefined;
        return (
          <Box key={row.id} sx={{ display: 'flex', gap: 1, alignItems: 'flex-start', mb: 1 }}>
            <TextField
              size="small"
              label={t('images.create.tagKey')}
              value={row.key}
              onChange={(event) => tags.change(row.id, 'key', event.target.value)}
              onBlur={() => tags.touch(row.id)}
              error={Boolean(keyError)}
              helperText={keyError}
              slotProps={{ htmlInput: { 'aria-label': t('images.create.tagKeyLabel', { index }) } }}
              sx={{ flex: 1 }}
            />
            <TextField
              size="small"
              label={t('images.create.tagValue')}
              value={row.value}
              onChange={(event) => tags.change(row.id, 'value', event.target.value)}
              onBlur={() => tags.touch(row.id)}
              error={Boolean(valueError)}
              helperText={valueError}
              slotProps={{ htmlInput: { 'aria-label': t('images.create.tagValueLabel', { index }) } }}
              sx={{ flex: 1 }}
            />
            <IconButton aria-label={t('images.create.removeTag', { index })} onClick={() => tags.remove(row.id)}>
              <DeleteOutline fontSize="small" />
            </IconButton>
          </Box>
        );
      })}
      {listError ? <FormHelperText error>{listError}</FormHelperText> : null}
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Button size="small" startIcon={<AddIcon />} onClick={tags.add} disabled={!tags.canAdd}>
          {t('images.create.addTag')}
        </Button>
        <Typography variant="caption" color="text.secondary">
          {t('images.create.tagsLimit', { max: MAX_TAGS })}
        </Typography>
      </Box>
    </Box>
  );
}
