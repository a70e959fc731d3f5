// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { image, REGION_ID } from '../../images/test/fixtures';
import { renderWithApp } from '../../images/test/renderWithApp';
import { api, server, startServerPerFile } from '../../images/test/server';
import { SnapshotsPage } from '../SnapshotsPage';
import { dataSnapshot100, dataSnapshot200, systemSnapshot } from '../test/fixtures';
import { stubSnapshots } from '../test/stubSnapshots';

startServerPerFile();

const NEW_IMAGE = 'm-bp1fromsnap';

/** POST /images answers with `answers` in turn (then success); GET of the new image for its notification. */
function stubCreate(answers: Response[] = []) {
  const bodies: Record<string, unknown>[] = [];
  server.use(
    http.post(api(`/regions/${REGION_ID}/images`), async ({ request }) => {
      bodies.push((await request.json()) as Record<string, unknown>);
      return answers.shift() ?? HttpResponse.json({ imageId: NEW_IMAGE, requestId: 'REQ-1' }, { status: 201 });
    }),
    http.get(api(`/regions/${REGION_ID}/images/${NEW_IMAGE}`), () =>
      HttpResponse.json(image({ imageId: NEW_IMAGE, imageName: 'from-snapshot', progress: 10 })),
    ),
  );
  return bodies;
}

async function openDialog() {
  const user = userEvent.setup();
  stubSnapshots(() => [systemSnapshot, dataSnapshot100, dataSnapshot200]);
  renderWithApp(<SnapshotsPage />, { path: '/regions/:regionId/snapshots', url: `/regions/${REGION_ID}/snapshots` });
  const table = await screen.findByRole('table', { name: 'Snapshots' });
  const row = within(table).getByText('s-bp1sys40').closest('tr')!;
  await user.click(within(row).getByRole('button', { name: 'Create Custom Image' }));
  const dialog = await screen.findByRole('dialog', { name: 'Create Custom Image' });
  return { user, dialog };
}

const diskRow = (dialog: HTMLElement, index: number) => within(dialog).getByRole('group', { name: `Data disk ${index}` });

describe('Create Custom Image from a snapshot', { timeout: 40_000 }, () => {
  it('checks the data disk rules as the user types and sends one CreateImage with one ClientToken', async () => {
    const bodies = stubCreate();
    const { user, dialog } = await openDialog();

    const systemId = within(dialog).getByRole('textbox', { name: 'System Snapshot ID' });
    expect(systemId).toHaveValue('s-bp1sys40');
    expect(systemId).toHaveAttribute('readonly');
    await user.type(within(dialog).getByRole('textbox', { name: 'Custom Image Name' }), 'from-snapshot');
    expect(within(dialog).getByText('13/128')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('checkbox', { name: 'Add Data Disk Snapshot' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));

    // Row 1: a 100 GiB snapshot; the size follows it and cannot go below it.
    const first = diskRow(dialog, 1);
    const snapshotPicker = within(first).getByRole('combobox', { name: 'Snapshot' });
    await waitFor(() => expect(within(snapshotPicker).getByRole('option', { name: 's-bp1data100 (100 GiB)' })).toBeInTheDocument());
    expect(within(snapshotPicker).queryByRole('option', { name: /s-bp1sys40/ })).not.toBeInTheDocument();
    await user.selectOptions(snapshotPicker, 's-bp1data100');
    const firstSize = within(first).getByRole('textbox', { name: 'Size (GiB)' });
    expect(firstSize).toHaveValue('100');
    expect(within(first).getByRole('combobox', { name: 'Device' })).toHaveValue('/dev/xvdb');
    await user.clear(firstSize);
    await user.type(firstSize, '50');
    expect(firstSize).toHaveAccessibleDescription('A data disk cannot be smaller than its snapshot.');

    // Row 2: an empty disk, 20 GiB by default, at least 20 GiB, on its own device.
    const second = diskRow(dialog, 2);
    expect(within(second).getByRole('combobox', { name: 'Snapshot' })).toHaveValue('');
    expect(within(second).getByRole('combobox', { name: 'Snapshot' })).toHaveDisplayValue('None (empty data disk)');
    const secondSize = within(second).getByRole('textbox', { name: 'Size (GiB)' });
    expect(secondSize).toHaveValue('20');
    expect(within(second).getByRole('combobox', { name: 'Device' })).toHaveValue('/dev/xvdc');
    await user.clear(secondSize);
    await user.type(secondSize, '10');
    expect(secondSize).toHaveAccessibleDescription('An empty data disk must be 20 to 32768 GiB.');
    const secondDevice = within(second).getByRole('combobox', { name: 'Device' });
    await user.selectOptions(secondDevice, '/dev/xvdb');
    expect(secondDevice).toHaveAccessibleDescription('Each device can be used by only one data disk.');

    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    expect(bodies).toHaveLength(0);

    await user.clear(firstSize);
    await user.type(firstSize, '150');
    await user.clear(secondSize);
    await user.type(secondSize, '30');
    await user.selectOptions(secondDevice, '/dev/xvdc');
    await user.dblClick(within(dialog).getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Create Custom Image' })).not.toBeInTheDocument());
    expect(bodies).toHaveLength(1);
    expect(bodies[0]).toMatchObject({
      imageName: 'from-snapshot',
      systemSnapshotId: 's-bp1sys40',
      dataDisks: [
        { snapshotId: 's-bp1data100', sizeGiB: 150, device: '/dev/xvdb' },
        { sizeGiB: 30, device: '/dev/xvdc' },
      ],
    });
    expect(bodies[0]?.clientToken).toEqual(expect.stringMatching(/^[\x21-\x7e]{1,64}$/));
    expect(await screen.findByText(/Creating custom image from-snapshot \(m-bp1fromsnap\)/)).toBeInTheDocument();
  });

  it('shows a refusal on its data disk row or in the dialog, and a retry reuses the ClientToken', async () => {
    const bodies = stubCreate([
      HttpResponse.json(
        { code: 'InvalidInput', message: 'A data disk cannot be smaller than its snapshot.', field: 'dataDisks.0', requestId: 'REQ-2' },
        { status: 400 },
      ),
      HttpResponse.json(
        { code: 'Conflict', message: 'The snapshot is not ready.', ecsCode: 'InvalidSnapshotId.NotReady', requestId: 'REQ-3' },
        { status: 409 },
      ),
    ]);
    const { user, dialog } = await openDialog();
    await user.type(within(dialog).getByRole('textbox', { name: 'Custom Image Name' }), 'from-snapshot');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Add Data Disk Snapshot' }));
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));

    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    const picker = within(diskRow(dialog, 1)).getByRole('combobox', { name: 'Snapshot' });
    await waitFor(() => expect(picker).toHaveAccessibleDescription('A data disk cannot be smaller than its snapshot.'));

    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The snapshot is not ready.');
    expect(alert).toHaveTextContent('Error code: InvalidSnapshotId.NotReady');
    expect(alert).toHaveTextContent('Request ID: REQ-3');

    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(bodies).toHaveLength(3);
    expect(new Set(bodies.map((body) => body.clientToken)).size).toBe(1);
  });
});
