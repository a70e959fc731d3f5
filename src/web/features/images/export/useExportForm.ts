import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  EXPORT_FORMATS,
  ossBucketProblem,
  ossPrefixProblem,
  type ExportFormat,
  type ExportImageResult,
} from '../../../../contract';
import { ApiError } from '../../../api/http';
import { imageKeys } from '../api';
import { exportImage } from './api';

export type ExportField = 'ossBucket' | 'ossPrefix' | 'format';

/** The field a refusal concerns: the BFF's `field`, else ECS's code (InvalidOSSBucket.NotFound, ...). */
export function exportErrorField(error: unknown): ExportField | undefined {
  if (!(error instanceof ApiError)) return undefined;
  const { field, ecsCode = '' } = error.body;
  if (field === 'ossBucket' || field === 'ossPrefix' || field === 'format') return field;
  if (ecsCode.startsWith('InvalidOSSBucket')) return 'ossBucket';
  if (ecsCode.startsWith('InvalidOSSPrefix')) return 'ossPrefix';
  if (ecsCode.startsWith('InvalidImageFormat')) return 'format';
  return undefined;
}

/**
 * The export form: bucket and prefix checked with the contract's rules as typed (once touched or
 * after an Export attempt), a refusal shown on its field until that field is edited.
 */
export function useExportForm({ regionId, imageId, onStarted }: { regionId: string; imageId: string; onStarted: (result: ExportImageResult) => void }) {
  const queryClient = useQueryClient();
  const [values, setValues] = useState<{ ossBucket: string; ossPrefix: string; format: ExportFormat }>({
    ossBucket: '',
    ossPrefix: '',
    format: 'raw',
  });
  const [touched, setTouched] = useState<ReadonlySet<ExportField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<ExportField, string>>>({});

  const bucketProblem = ossBucketProblem(values.ossBucket.trim());
  const prefixProblem = ossPrefixProblem(values.ossPrefix.trim());
  const shows = (field: ExportField) => submitted || touched.has(field);

  const mutation = useMutation({
    mutationFn: () =>
      exportImage(regionId, imageId, { ossBucket: values.ossBucket.trim(), ossPrefix: values.ossPrefix.trim(), format: values.format }),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: imageKeys.detail(regionId, imageId) });
      onStarted(result);
    },
    onError: (error) => {
      const field = exportErrorField(error);
      if (field && error instanceof ApiError) {
        const { message, ecsCode } = error.body;
        setServerErrors((current) => ({ ...current, [field]: ecsCode ? `${message} (${ecsCode})` : message }));
      }
    },
  });

  return {
    values,
    set: (field: ExportField, value: string) => {
      if (field === 'format') {
        const format = EXPORT_FORMATS.find((candidate) => candidate === value);
        if (format) setValues((current) => ({ ...current, format }));
      } else setValues((current) => ({ ...current, [field]: value }));
      setTouched((current) => new Set(current).add(field));
      setServerErrors((current) => ({ ...current, [field]: undefined }));
    },
    touch: (field: ExportField) => setTouched((current) => new Set(current).add(field)),
    /** The visible error of a field: the server's text, or a rule's i18n key. */
    error: (field: ExportField): { text?: string; messageKey?: string } => {
      const server = serverErrors[field];
      if (server) return { text: server };
      if (field === 'ossBucket' && bucketProblem && shows(field)) return { messageKey: `rules.ossBucket.${bucketProblem}` };
      if (field === 'ossPrefix' && prefixProblem && shows(field)) return { messageKey: `rules.ossPrefix.${prefixProblem}` };
      return {};
    },
    submit: () => {
      setSubmitted(true);
      if (bucketProblem || prefixProblem || mutation.isPending) return;
      mutation.mutate();
    },
    submitting: mutation.isPending,
    generalError: mutation.error && !exportErrorField(mutation.error) ? mutation.error : null,
  };
}

export type ExportForm = ReturnType<typeof useExportForm>;
