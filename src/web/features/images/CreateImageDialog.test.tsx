// @vitest-environment jsdom
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { useState } from 'react';
import type { CreateImageBody } from '../../../contract';
import { CreateImageDialog } from './CreateImageDialog';
import { image, REGION_ID, webProd01, webProd01Disks } from './test/fixtures';
import { renderWithApp } from './test/renderWithApp';
import { api, server, startServerPerFile } from './test/server';

startServerPerFile();
afterEach(() => sessionStorage.clear());

const createPath = api(`/regions/${REGION_ID}/instances/${webProd01.instanceId}/images`);

/** Answers the disks, records every CreateImage body and answers with `respond`. */
function stubBff(respond: (body: CreateImageBody, attempt: number) => Response | Promise<Response>) {
  const posts: CreateImageBody[] = [];
  server.use(
    http.get(api(`/regions/${REGION_ID}/instances/${webProd01.instanceId}/disks`), () =>
      HttpResponse.json({ disks: webProd01Disks }),
    ),
    http.post(createPath, async ({ request }) => {
      const body = (await request.json()) as CreateImageBody;
      posts.push(body);
      return respond(body, posts.length);
    }),
    http.get(api(`/regions/${REGION_ID}/images/m-bp1newimage`), () => HttpResponse.json(image())),
  );
  return posts;
}

const created = () => HttpResponse.json({ imageId: 'm-bp1newimage', requestId: 'req-ok' }, { status: 201 });

/** What the instances page does: a button opens the dialog, the dialog's onClose closes it. */
function Harness({ onClose }: { onClose: () => void }) {
  const [open, setOpen] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open again
      </button>
      <CreateImageDialog
        open={open}
        regionId={REGION_ID}
        instance={webProd01}
        onClose={() => {
          onClose();
          setOpen(false);
        }}
      />
    </>
  );
}

function openDialog() {
  const onClose = vi.fn();
  const view = renderWithApp(<Harness onClose={onClose} />);
  const dialog = screen.getByRole('dialog', { name: 'Create Custom Image' });
  return { ...view, dialog, onClose };
}

const nameField = () => screen.getByRole('textbox', { name: 'Custom Image Name' });
const descriptionField = () => screen.getByRole('textbox', { name: 'Custom Image Description' });
const createButton = () => screen.getByRole('button', { name: 'Create' });

/** Puts a whole value in a field at once (one input event), for values that are not under test. */
async function fill(user: ReturnType<typeof userEvent.setup>, field: HTMLElement, value: string) {
  await user.click(field);
  await user.paste(value);
}

// MUI dialogs render slowly in jsdom, more so on a busy machine.
describe('Create Custom Image dialog', { timeout: 30_000 }, () => {
  it('shows the instance, the considerations and the three disks with their total', async () => {
    stubBff(created);
    const { dialog } = openDialog();
    expect(within(dialog).getByText('i-bp1webprod01')).toBeInTheDocument();
    expect(within(dialog).getByText('web-prod-01')).toBeInTheDocument();
    expect(within(dialog).getByText(/Delete all confidential data/)).toBeInTheDocument();
    expect(within(dialog).getByText(/Do not start, stop or restart the instance/)).toBeInTheDocument();
    expect(within(dialog).getByText(/Stop the instance first for a consistent image \(recommended\)/)).toBeInTheDocument();

    const table = await within(dialog).findByRole('table', { name: 'Disks to be snapshotted' });
    const rows = within(table).getAllByRole('row');
    // Header, three disks (system first), total.
    expect(rows).toHaveLength(5);
    expect(within(rows[1]!).getByText('d-bp1system40')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('System Disk')).toBeInTheDocument();
    expect(within(table).getAllByText('Data Disk')).toHaveLength(2);
    expect(within(rows[4]!).getByRole('rowheader', { name: 'Total' })).toBeInTheDocument();
    expect(within(rows[4]!).getByText('340 GiB')).toBeInTheDocument();
    expect(within(dialog).getByText('0/128')).toBeInTheDocument();
    expect(within(dialog).getByText('0/256')).toBeInTheDocument();
  });

  it('shows the rule message as the user types an invalid name, and Create sends nothing', async () => {
    const user = userEvent.setup({ delay: null });
    const posts = stubBff(created);
    openDialog();
    await user.type(nameField(), '1web');
    expect(nameField()).toHaveAccessibleDescription(/The name must start with a letter or a Chinese character\./);
    expect(nameField()).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByText('4/128')).toBeInTheDocument();

    await user.click(createButton());
    expect(nameField()).toHaveFocus();

    // Only the corrected name ever reaches the BFF.
    await user.clear(nameField());
    await user.type(nameField(), 'web1');
    expect(nameField()).not.toHaveAttribute('aria-invalid', 'true');
    await user.click(createButton());
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]!.imageName).toBe('web1');
  });

  it('checks tags with the contract rules before sending', async () => {
    const user = userEvent.setup({ delay: null });
    const posts = stubBff(created);
    openDialog();
    await fill(user, nameField(), 'web-golden');
    await user.click(screen.getByRole('button', { name: 'Add Tag' }));
    await user.type(screen.getByRole('textbox', { name: 'Tag 1 key' }), 'acs:owner');
    expect(screen.getByRole('textbox', { name: 'Tag 1 key' })).toHaveAccessibleDescription(
      'A tag key cannot start with aliyun or acs:.',
    );
    await user.click(createButton());
    expect(posts).toHaveLength(0);

    await user.click(screen.getByRole('button', { name: 'Remove tag 1' }));
    await user.click(createButton());
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]!.tags).toEqual([]);
  });

  it('sends one CreateImage with a client token, closes, and starts a notification', async () => {
    const user = userEvent.setup({ delay: null });
    let release!: () => void;
    const answered = new Promise<void>((resolve) => (release = resolve));
    const posts = stubBff(async () => {
      await answered;
      return created();
    });
    const { onClose } = openDialog();
    await fill(user, nameField(), 'web-golden');
    await fill(user, descriptionField(), 'Golden image of the web tier');
    await fill(user, screen.getByRole('textbox', { name: 'Resource Group' }), 'rg-acfm2abc');

    await user.dblClick(createButton());
    await waitFor(() => expect(posts).toHaveLength(1));
    expect(createButton()).toBeDisabled();
    release();

    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(posts).toHaveLength(1);
    expect(posts[0]).toEqual({
      imageName: 'web-golden',
      description: 'Golden image of the web tier',
      clientToken: expect.stringMatching(/^[0-9a-f-]{36}$/),
      tags: [],
      resourceGroupId: 'rg-acfm2abc',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const notifications = screen.getByRole('region', { name: 'Notifications' });
    expect(await within(notifications).findByText('Creating custom image web-golden (m-bp1newimage) 45%')).toBeInTheDocument();
  });

  it('retries with the same client token after a failure', async () => {
    const user = userEvent.setup({ delay: null });
    const posts = stubBff((_body, attempt) =>
      attempt === 1
        ? HttpResponse.json({ code: 'UpstreamUnavailable', message: 'ECS did not answer in time.' }, { status: 503 })
        : created(),
    );
    const { onClose } = openDialog();
    await fill(user, nameField(), 'web-golden');
    await user.click(createButton());
    expect(await screen.findByText('ECS did not answer in time.')).toBeInTheDocument();
    expect(nameField()).toHaveValue('web-golden');

    await user.click(createButton());
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(posts).toHaveLength(2);
    expect(posts[1]!.clientToken).toBe(posts[0]!.clientToken);
  });

  it('uses a new client token for a new opening of the dialog', async () => {
    const user = userEvent.setup({ delay: null });
    const posts = stubBff(() => HttpResponse.json({ code: 'Throttled', message: 'Slow down.' }, { status: 429 }));
    openDialog();
    await fill(user, nameField(), 'web-golden');
    await user.click(createButton());
    await waitFor(() => expect(posts).toHaveLength(1));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Open again' }));
    // A new opening starts empty, with its own token.
    expect(nameField()).toHaveValue('');
    await fill(user, nameField(), 'web-golden');
    await user.click(createButton());
    await waitFor(() => expect(posts).toHaveLength(2));
    expect(posts[1]!.clientToken).not.toBe(posts[0]!.clientToken);
  });

  it('puts a server error about the name on the name field and keeps what was typed', async () => {
    const user = userEvent.setup({ delay: null });
    stubBff(() =>
      HttpResponse.json(
        {
          code: 'EcsRejected',
          message: 'The specified image name is already in use.',
          field: 'imageName',
          ecsCode: 'InvalidImageName.Duplicated',
          requestId: 'req-dup',
        },
        { status: 400 },
      ),
    );
    const { dialog } = openDialog();
    await fill(user, nameField(), 'web-golden');
    await fill(user, descriptionField(), 'Golden image');
    await user.click(createButton());

    await waitFor(() =>
      expect(nameField()).toHaveAccessibleDescription(/The specified image name is already in use\. \(InvalidImageName\.Duplicated\)/),
    );
    expect(nameField()).toHaveAttribute('aria-invalid', 'true');
    expect(nameField()).toHaveValue('web-golden');
    expect(descriptionField()).toHaveValue('Golden image');
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();

    // Editing the field clears the server's verdict; the rules then speak again.
    await user.type(nameField(), '-2');
    expect(nameField()).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('shows an ECS refusal without a field in the dialog with its code and RequestId', async () => {
    const user = userEvent.setup({ delay: null });
    stubBff(() =>
      HttpResponse.json(
        {
          code: 'EcsRejected',
          message: 'The Image Quota exceeds.',
          ecsCode: 'QuotaExceed.Image',
          requestId: '6A1F5C7E-QUOTA',
        },
        { status: 422 },
      ),
    );
    const { dialog, onClose } = openDialog();
    await fill(user, nameField(), 'web-golden');
    await user.click(createButton());

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The image could not be created');
    expect(alert).toHaveTextContent('Error code: QuotaExceed.Image');
    expect(alert).toHaveTextContent('Request ID: 6A1F5C7E-QUOTA');
    expect(nameField()).toHaveValue('web-golden');
    expect(onClose).not.toHaveBeenCalled();
  });

  it('shows a loading state, then an error with Retry, when the disks cannot be read', async () => {
    const user = userEvent.setup({ delay: null });
    let fail = true;
    server.use(
      http.get(api(`/regions/${REGION_ID}/instances/${webProd01.instanceId}/disks`), () =>
        fail
          ? HttpResponse.json({ code: 'UpstreamUnavailable', message: 'ECS is down.' }, { status: 503 })
          : HttpResponse.json({ disks: webProd01Disks }),
      ),
    );
    const { dialog } = openDialog();
    expect(within(dialog).getByText('Loading disks…')).toBeInTheDocument();
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The disks of this instance could not be loaded.');
    fail = false;
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await within(dialog).findByText('340 GiB')).toBeInTheDocument();
  });
});
