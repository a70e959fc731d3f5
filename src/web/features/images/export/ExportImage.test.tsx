// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { Image, Task } from '../../../../contract';
import { ImageDetailPage } from '../ImageDetailPage';
import { image, REGION_ID, snapshot } from '../test/fixtures';
import { renderWithApp } from '../test/renderWithApp';
import { api, server, startServerPerFile } from '../test/server';

startServerPerFile();
afterEach(() => vi.useRealTimers());

const IMAGE_ID = 'm-bp1newimage';

function renderDetail(state: Image) {
  server.use(
    http.get(api(`/regions/${REGION_ID}/images/${IMAGE_ID}`), () => HttpResponse.json(state)),
    http.get(api(`/regions/${REGION_ID}/images/${IMAGE_ID}/snapshots`), () =>
      HttpResponse.json({ snapshots: [snapshot({ snapshotId: 's-sys', status: 'accomplished', progress: 100 })] }),
    ),
  );
  return renderWithApp(<ImageDetailPage />, { path: '/regions/:regionId/images/:imageId', url: `/regions/${REGION_ID}/images/${IMAGE_ID}` });
}

const dataDisks = (sizes: number[]) => [
  { device: '/dev/xvda', type: 'system' as const, snapshotId: 's-sys', sizeGiB: 40 },
  ...sizes.map((sizeGiB, index) => ({ device: `/dev/xvd${String.fromCharCode(98 + index)}`, type: 'data' as const, snapshotId: `s-d${index}`, sizeGiB })),
];

async function exportButton() {
  const actions = await screen.findByRole('group', { name: 'Image actions' });
  return within(actions).getByRole('button', { name: 'Export Image' });
}

describe('Export Image', { timeout: 40_000 }, () => {
  it.each([
    ['is not Available', image({ status: 'Creating' }), 'Only Available images can be exported.'],
    ['has more than 4 data disks', image({ status: 'Available', diskDeviceMappings: dataDisks([10, 10, 10, 10, 10]) }), 'An image with more than 4 data disks cannot be exported.'],
    ['has a data disk over 500 GiB', image({ status: 'Available', diskDeviceMappings: dataDisks([100, 600]) }), 'An image with a data disk larger than 500 GiB cannot be exported.'],
  ])('is disabled, with the reason, when the image %s', async (_case, state, reason) => {
    renderDetail(state);
    const button = await exportButton();
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription(reason);
  });

  it('checks bucket and prefix, shows a bucket ECS does not know on its field, then follows the task to Finished', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    const bodies: unknown[] = [];
    let task: Task = { taskId: 't-exp1', taskAction: 'ExportImage', taskStatus: 'Processing', resourceId: IMAGE_ID, progress: 40, creationTime: '', finishedTime: '' };
    server.use(
      http.post(api(`/regions/${REGION_ID}/images/${IMAGE_ID}/export`), async ({ request }) => {
        const body = (await request.json()) as { ossBucket: string };
        bodies.push(body);
        if (body.ossBucket.startsWith('missing-')) {
          return HttpResponse.json(
            { code: 'EcsRejected', message: 'The specified OSS bucket does not exist.', ecsCode: 'InvalidOSSBucket.NotFound', requestId: 'REQ-9' },
            { status: 400 },
          );
        }
        return HttpResponse.json({ taskId: 't-exp1', requestId: 'REQ-10' }, { status: 202 });
      }),
      http.get(api(`/regions/${REGION_ID}/tasks/t-exp1`), () => HttpResponse.json(task)),
    );
    renderDetail(image({ status: 'Available', progress: 100, usable: true }));
    await user.click(await exportButton());
    const dialog = await screen.findByRole('dialog', { name: 'Export Image' });
    const bucket = within(dialog).getByRole('textbox', { name: 'OSS Bucket' });
    const prefix = within(dialog).getByRole('textbox', { name: 'OSS Prefix' });
    expect(within(dialog).getByRole('combobox', { name: 'Format' })).toHaveValue('raw');
    expect([...within(dialog).getAllByRole('option')].map((option) => option.textContent)).toEqual(['raw', 'vhd', 'qcow2', 'vmdk', 'vdi']);

    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    expect(bucket).toHaveAccessibleDescription('Enter the OSS bucket to export to.');
    await user.type(bucket, 'Bad_Bucket');
    expect(bucket).toHaveAccessibleDescription(/lowercase letters, digits and hyphens/);
    await user.type(prefix, 'web-prod');
    expect(prefix).toHaveAccessibleDescription('The prefix can be 1 to 30 letters and digits.');
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    expect(bodies).toHaveLength(0);

    await user.clear(bucket);
    await user.type(bucket, 'missing-exports');
    await user.clear(prefix);
    await user.type(prefix, 'webprod');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Format' }), 'qcow2');
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    await waitFor(() => expect(bucket).toHaveAccessibleDescription('The specified OSS bucket does not exist. (InvalidOSSBucket.NotFound)'));

    await user.clear(bucket);
    await user.type(bucket, 'image-exports');
    await user.click(within(dialog).getByRole('button', { name: 'Export' }));
    expect(bodies.at(-1)).toEqual({ ossBucket: 'image-exports', ossPrefix: 'webprod', format: 'qcow2' });

    const status = await within(dialog).findByRole('status');
    expect(status).toHaveTextContent('Export task t-exp1');
    expect(status).toHaveTextContent('Processing');
    expect(within(status).getByRole('progressbar', { name: 'Export progress' })).toHaveAttribute('aria-valuenow', '40');

    task = { ...task, taskStatus: 'Finished', progress: 100 };
    await act(() => vi.advanceTimersByTimeAsync(2_100));
    await waitFor(() => expect(status).toHaveTextContent('Finished: the image was exported to oss://image-exports/webprod.'));
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });
});
