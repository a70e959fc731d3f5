// @vitest-environment jsdom
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { Disk, Image, Instance, ReplaceSystemDiskBody } from '../../../../contract';
import { api, server, startServerPerFile } from '../../images/test/server';
import { renderWithApp } from '../../images/test/renderWithApp';
import { baseline, network, systemOnly } from '../../launch/testing/fixtures';
import { dbStaging, webProd } from '../testing/fixtures';
import { InstanceDetailPage } from './InstanceDetailPage';

startServerPerFile();
vi.setConfig({ testTimeout: 30_000 });
// The whole suite shares the CPU: give the fake BFF's answers time to arrive.
configure({ asyncUtilTimeout: 10_000 });

const REGION = 'cn-hangzhou';
const disk = (diskId: string, type: Disk['type'], sizeGiB: number, device: string): Disk => ({
  diskId, diskName: '', type, category: 'cloud_essd', sizeGiB, device, status: 'In_use',
});

/** The BFF for one instance; `state` is read on every request so a test can change it. */
function stubInstance(state: { instance: Instance; disks: Disk[]; madeFrom?: Image[] }) {
  const replaces: ReplaceSystemDiskBody[] = [];
  const { instanceId } = state.instance;
  server.use(
    http.get(api(`/regions/${REGION}/instances/${instanceId}`), () => HttpResponse.json(state.instance)),
    http.get(api(`/regions/${REGION}/instances/${instanceId}/disks`), () => HttpResponse.json({ disks: state.disks })),
    http.get(api(`/regions/${REGION}/instances/${instanceId}/images`), () => {
      const images = state.madeFrom ?? [];
      return HttpResponse.json({ images, totalCount: images.length, pageNumber: 1, pageSize: 100 });
    }),
    http.get(api(`/regions/${REGION}/image-builds`), () => HttpResponse.json({ builds: [] })),
    http.get(api(`/regions/${REGION}/images`), () =>
      HttpResponse.json({ images: [baseline, systemOnly], totalCount: 2, pageNumber: 1, pageSize: 100 }),
    ),
    http.get(api(`/regions/${REGION}/network`), () => HttpResponse.json(network)),
  );
  return replaces;
}

function renderDetail(instanceId: string) {
  return renderWithApp(<InstanceDetailPage />, {
    path: '/regions/:regionId/instances/:instanceId',
    url: `/regions/${REGION}/instances/${instanceId}`,
  });
}

async function openReplace(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'More' }));
  await user.click(screen.getByRole('menuitem', { name: 'Disk and Image' }));
  const submenu = await screen.findByRole('menu', { name: 'Disk and Image' });
  return within(submenu).getByRole('menuitem', { name: 'Replace System Disk' });
}

describe('Instance detail page', () => {
  it('shows the summary, the disks system first, and the images made from the instance', async () => {
    stubInstance({
      instance: webProd,
      disks: [disk('d-data200', 'data', 200, '/dev/xvdc'), disk('d-sys40', 'system', 40, '/dev/xvda'), disk('d-data100', 'data', 100, '/dev/xvdb')],
      madeFrom: [baseline],
    });
    renderDetail(webProd.instanceId);

    expect(await screen.findByRole('heading', { level: 1, name: 'web-prod-01' })).toBeInTheDocument();
    const summary = screen.getByRole('region', { name: 'Basic Information' });
    expect(summary).toHaveTextContent('i-bp1webprod01');
    expect(summary).toHaveTextContent('ecs.g7.large');
    expect(summary).toHaveTextContent('2 vCPU 8 GiB');
    expect(summary).toHaveTextContent('47.96.10.21');
    expect(summary).toHaveTextContent('Pay-As-You-Go');

    const disks = await screen.findByRole('table', { name: 'Disks' });
    const rows = within(disks).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell').map((cell) => cell.textContent).slice(0, 5))).toEqual([
      ['d-sys40', 'System Disk', 'Enterprise SSD (ESSD)', '40', '/dev/xvda'],
      ['d-data100', 'Data Disk', 'Enterprise SSD (ESSD)', '100', '/dev/xvdb'],
      ['d-data200', 'Data Disk', 'Enterprise SSD (ESSD)', '200', '/dev/xvdc'],
    ]);

    const images = await screen.findByRole('table', { name: 'Images made from this instance' });
    expect(within(images).getByRole('link', { name: 'm-bp1baseline' })).toHaveAttribute('href', `/regions/${REGION}/images/m-bp1baseline`);
    expect(images).toHaveTextContent('web-prod-baseline');
  });

  it('disables Replace System Disk on a Running instance with the reason', async () => {
    stubInstance({ instance: webProd, disks: [disk('d-sys40', 'system', 40, '/dev/xvda')] });
    const user = userEvent.setup();
    renderDetail(webProd.instanceId);

    const item = await openReplace(user);
    expect(item).toHaveAttribute('aria-disabled', 'true');
    expect(item).toHaveAccessibleDescription('Stop the instance first');
  });

  it('replaces the system disk of a Stopped instance with a system-only image, refusing images with data disks', async () => {
    const state = { instance: dbStaging, disks: [disk('d-old-sys', 'system', 40, '/dev/xvda')] };
    const replaces = stubInstance(state);
    let refuse = true;
    server.use(
      http.post(api(`/regions/${REGION}/instances/${dbStaging.instanceId}/replace-system-disk`), async ({ request }) => {
        replaces.push((await request.json()) as ReplaceSystemDiskBody);
        if (refuse) {
          refuse = false;
          return HttpResponse.json(
            { code: 'Conflict', message: 'The instance must be Stopped.', ecsCode: 'IncorrectInstanceStatus', requestId: 'req-409' },
            { status: 409 },
          );
        }
        state.disks = [disk('d-new-sys', 'system', 50, '/dev/xvda')];
        return HttpResponse.json({ diskId: 'd-new-sys', requestId: 'req-ok' }, { status: 202 });
      }),
    );
    const user = userEvent.setup();
    renderDetail(dbStaging.instanceId);
    expect(await within(await screen.findByRole('table', { name: 'Disks' })).findByText('d-old-sys')).toBeInTheDocument();

    await user.click(await openReplace(user));
    const dialog = await screen.findByRole('dialog', { name: 'Replace System Disk' });
    expect(await within(dialog).findByText('d-old-sys')).toBeInTheDocument();
    expect(dialog).toHaveTextContent('All data on the current system disk is lost');

    const withData = await within(dialog).findByRole('radio', { name: /web-prod-baseline/ });
    expect(withData).toBeDisabled();
    expect(withData).toHaveAccessibleDescription('You cannot use a custom image which contains data disks to replace the system disk');
    await user.click(within(dialog).getByRole('radio', { name: /db-staging-sys/ }));

    const size = within(dialog).getByRole('spinbutton', { name: 'System Disk Size (GiB)' });
    expect(size).toHaveValue(40);
    await user.clear(size);
    await user.type(size, '30');
    expect(size).toHaveAccessibleDescription('The system disk must be at least 40 GiB.');
    await user.clear(size);
    await user.type(size, '50');
    await user.type(within(dialog).getByLabelText('Logon Password'), 'Passw0rd!x');
    await user.type(within(dialog).getByLabelText('Confirm Password'), 'Passw0rd!x');

    await user.click(within(dialog).getByRole('button', { name: 'Replace' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Error code: IncorrectInstanceStatus');
    expect(alert).toHaveTextContent('Request ID: req-409');

    await user.click(within(dialog).getByRole('button', { name: 'Replace' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Replace System Disk' })).not.toBeInTheDocument());
    expect(replaces).toHaveLength(2);
    expect(replaces[1]).toEqual({ imageId: 'm-bp1dbsys', systemDiskSizeGiB: 50, password: 'Passw0rd!x', clientToken: replaces[0]?.clientToken });
    // The disks are read again: the new system disk has a new ID.
    const disks = screen.getByRole('table', { name: 'Disks' });
    expect(await within(disks).findByText('d-new-sys')).toBeInTheDocument();
    expect(within(disks).queryByText('d-old-sys')).not.toBeInTheDocument();
  });
});
