// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { DeleteImageResult, Image } from '../../../../contract';
import { ImageDetailPage } from '../ImageDetailPage';
import { image, REGION_ID, snapshot } from '../test/fixtures';
import { renderWithApp } from '../test/renderWithApp';
import { api, server, startServerPerFile } from '../test/server';

startServerPerFile();

const IMAGE_ID = 'm-bp1newimage';
const available = image({ status: 'Available', progress: 100, usable: true });

/** The image, its three snapshots, and DELETE answering `answers` in turn; records each DELETE's query. */
function stub(state: Image, answers: Response[]) {
  const deletes: URLSearchParams[] = [];
  server.use(
    http.get(api(`/regions/${REGION_ID}/images/${IMAGE_ID}`), () => HttpResponse.json(state)),
    http.get(api(`/regions/${REGION_ID}/images/${IMAGE_ID}/snapshots`), () =>
      HttpResponse.json({
        snapshots: ['s-sys', 's-data1', 's-data2'].map((snapshotId) => snapshot({ snapshotId, status: 'accomplished', progress: 100 })),
      }),
    ),
    http.delete(api(`/regions/${REGION_ID}/images/${IMAGE_ID}`), ({ request }) => {
      deletes.push(new URL(request.url).searchParams);
      return answers.shift() ?? HttpResponse.json({ requestId: 'REQ-X', deletedSnapshotIds: [], failedSnapshots: [] });
    }),
  );
  return deletes;
}

const deleted = (result: Partial<DeleteImageResult> = {}) =>
  HttpResponse.json<DeleteImageResult>({ requestId: 'REQ-OK', deletedSnapshotIds: [], failedSnapshots: [], ...result });

async function openDelete(state: Image) {
  const user = userEvent.setup();
  const rendered = renderWithApp(<ImageDetailPage />, {
    path: '/regions/:regionId/images/:imageId',
    url: `/regions/${REGION_ID}/images/${IMAGE_ID}`,
  });
  const actions = await screen.findByRole('group', { name: 'Image actions' });
  return { user, ...rendered, button: within(actions).getByRole('button', { name: 'Delete Image' }) };
}

describe('Delete Image', { timeout: 40_000 }, () => {
  it('names the image and its snapshots, offers Force after an in-use refusal, then goes back to Images', async () => {
    const deletes = stub(available, [
      HttpResponse.json(
        { code: 'Conflict', message: 'The specified image is in use by instances.', ecsCode: 'ImageUsingByInstance', requestId: 'REQ-USED' },
        { status: 409 },
      ),
      deleted({ deletedSnapshotIds: ['s-sys', 's-data1', 's-data2'] }),
    ]);
    const { user, button, router } = await openDelete(available);
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Delete Image' });
    expect(dialog).toHaveTextContent('Delete custom image web-golden (m-bp1newimage)?');
    await waitFor(() => expect(dialog).toHaveTextContent('Its 3 snapshots are kept (and still billed) unless you also delete them.'));
    expect(within(dialog).queryByRole('checkbox', { name: /Force delete/ })).not.toBeInTheDocument();

    await user.click(within(dialog).getByRole('checkbox', { name: 'Also delete its 3 snapshots' }));
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    const force = await within(dialog).findByRole('checkbox', { name: 'Force delete even if instances use it' });
    expect(dialog).toHaveTextContent('Instances use this image');
    expect(dialog).toHaveTextContent('Error code: ImageUsingByInstance');
    expect(dialog).toHaveTextContent('REQ-USED');
    expect(within(dialog).getByRole('button', { name: 'Delete' })).toBeDisabled();
    await user.click(force);
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/regions/${REGION_ID}/images`));
    expect(deletes.map((query) => [query.get('deleteSnapshots'), query.get('force')])).toEqual([
      ['true', 'false'],
      ['true', 'true'],
    ]);
  });

  it('lists the snapshots ECS could not delete before leaving', async () => {
    stub(available, [
      deleted({
        deletedSnapshotIds: ['s-sys'],
        failedSnapshots: [{ snapshotId: 's-data1', ecsCode: 'IncorrectSnapshotStatus', message: 'The snapshot is used by a disk.' }],
      }),
    ]);
    const { user, button, router } = await openDelete(available);
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Delete Image' });
    await user.click(await within(dialog).findByRole('checkbox', { name: 'Also delete its 3 snapshots' }));
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));

    const alert = await within(await screen.findByRole('dialog', { name: 'Delete Image' })).findByRole('alert');
    expect(alert).toHaveTextContent('The image was deleted, but some snapshots were not');
    expect(alert).toHaveTextContent('s-data1: The snapshot is used by a disk. (IncorrectSnapshotStatus)');
    await user.click(screen.getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/regions/${REGION_ID}/images`));
  });

  it('is refused, with the reason, while the image is still being created', async () => {
    stub(image({ status: 'Creating' }), []);
    const { button } = await openDelete(image({ status: 'Creating' }));
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('An image that is still being created cannot be deleted. Wait until it is Available or Failed.');
  });

  it('says when the image has no snapshots and sends no snapshot deletion', async () => {
    const bare = image({ status: 'CreateFailed', diskDeviceMappings: [] });
    const deletes = stub(bare, [deleted()]);
    server.use(http.get(api(`/regions/${REGION_ID}/images/${IMAGE_ID}/snapshots`), () => HttpResponse.json({ snapshots: [] })));
    const { user, button, router } = await openDelete(bare);
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Delete Image' });
    await waitFor(() => expect(dialog).toHaveTextContent('It has no snapshots.'));
    expect(within(dialog).queryByRole('checkbox')).not.toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/regions/${REGION_ID}/images`));
    expect(deletes[0]?.get('deleteSnapshots')).toBe('false');
  });
});
