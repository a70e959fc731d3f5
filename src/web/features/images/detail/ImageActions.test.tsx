// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { ImageDetailPage } from '../ImageDetailPage';
import { image, REGION_ID, snapshot } from '../test/fixtures';
import { renderWithApp } from '../test/renderWithApp';
import { api, server, startServerPerFile } from '../test/server';

startServerPerFile();

const IMAGE_ID = 'm-bp1newimage';

describe('Image detail header and snapshot links', { timeout: 30_000 }, () => {
  it('offers Create Instance, Export Image and Delete Image, and links each snapshot to the Snapshots page filtered by its disk', async () => {
    const user = userEvent.setup();
    server.use(
      http.get(api(`/regions/${REGION_ID}/images/${IMAGE_ID}`), () => HttpResponse.json(image({ status: 'Available', progress: 100, usable: true }))),
      http.get(api(`/regions/${REGION_ID}/images/${IMAGE_ID}/snapshots`), () =>
        HttpResponse.json({
          snapshots: [snapshot({ snapshotId: 's-sys', sourceDiskId: 'd-bp1system40', sourceDiskType: 'system', sourceDiskSizeGiB: 40, status: 'accomplished', progress: 100 })],
        }),
      ),
    );
    const { router } = renderWithApp(<ImageDetailPage />, {
      path: '/regions/:regionId/images/:imageId',
      url: `/regions/${REGION_ID}/images/${IMAGE_ID}`,
    });

    const actions = await screen.findByRole('group', { name: 'Image actions' });
    expect(within(actions).getByRole('button', { name: 'Create Instance' })).toBeEnabled();
    expect(within(actions).getByRole('button', { name: 'Export Image' })).toBeEnabled();
    expect(within(actions).getByRole('button', { name: 'Delete Image' })).toBeEnabled();

    const table = await screen.findByRole('table', { name: 'Disks and snapshots' });
    const link = await within(table).findByRole('link', { name: 's-sys' });
    expect(link).toHaveAttribute('href', '/regions/cn-hangzhou/snapshots?diskId=d-bp1system40');
    await user.click(link);
    expect(router.state.location.pathname + router.state.location.search).toBe('/regions/cn-hangzhou/snapshots?diskId=d-bp1system40');
  });
});
