// @vitest-environment jsdom
import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { Image, RunInstancesBody } from '../../../contract';
import { api, server, startServerPerFile } from '../images/test/server';
import { renderWithApp } from '../images/test/renderWithApp';
import { CreateInstancePage } from './CreateInstancePage';
import { baseline, instanceTypes, network, zones } from './testing/fixtures';

startServerPerFile();
vi.setConfig({ testTimeout: 30_000 });
// The whole suite shares the CPU: give the fake BFF's answers time to arrive.
configure({ asyncUtilTimeout: 10_000 });

const REGION = 'cn-hangzhou';

/** The BFF for the page; returns the RunInstances bodies it received. */
function stubBff(image: Image = baseline, answers: (() => Response)[] = []) {
  const posts: RunInstancesBody[] = [];
  server.use(
    http.get(api(`/regions/${REGION}/images/${image.imageId}`), () => HttpResponse.json(image)),
    http.get(api(`/regions/${REGION}/zones`), () => HttpResponse.json(zones)),
    http.get(api(`/regions/${REGION}/network`), () => HttpResponse.json(network)),
    http.get(api(`/regions/${REGION}/instance-types`), () => HttpResponse.json(instanceTypes)),
    http.post(api(`/regions/${REGION}/images/${image.imageId}/instances`), async ({ request }) => {
      posts.push((await request.json()) as RunInstancesBody);
      const answer = answers.shift();
      return answer ? answer() : HttpResponse.json({ instanceIds: ['i-bp1new0001'], requestId: 'req-run-1' }, { status: 201 });
    }),
  );
  return posts;
}

function renderPage(image: Image = baseline) {
  return renderWithApp(<CreateInstancePage />, {
    path: '/regions/:regionId/images/:imageId/create-instance',
    url: `/regions/${REGION}/images/${image.imageId}/create-instance`,
  });
}

const combobox = (name: string) => screen.getByRole('combobox', { name });
const optionLabels = (name: string) => within(combobox(name)).getAllByRole('option').map((option) => option.textContent);

async function fillValidForm(user: ReturnType<typeof userEvent.setup>) {
  await waitFor(() => expect(combobox('Instance Type')).toBeEnabled());
  await user.selectOptions(combobox('Instance Type'), 'ecs.g7.large');
  await user.type(screen.getByRole('textbox', { name: 'Instance Name' }), 'web-from-baseline');
  await user.type(screen.getByLabelText('Logon Password'), 'Passw0rd!x');
  await user.type(screen.getByLabelText('Confirm Password'), 'Passw0rd!x');
}

describe('Create Instance from a custom image', () => {
  it('offers only zones with a vSwitch, and the vSwitch and security group follow the zone and VPC', async () => {
    stubBff();
    const user = userEvent.setup();
    renderPage();

    expect(await screen.findByRole('heading', { level: 1, name: 'Create Instance' })).toBeInTheDocument();
    const zone = await screen.findByRole('combobox', { name: 'Zone' });
    expect(optionLabels('Zone')).toEqual(['Select…', 'Hangzhou Zone H (cn-hangzhou-h)', 'Hangzhou Zone I (cn-hangzhou-i)']);
    expect(zone).toHaveValue('cn-hangzhou-h');
    expect(combobox('vSwitch')).toHaveValue('vsw-main-h');
    expect(optionLabels('vSwitch')).toEqual([
      'Select…',
      'main-cn-hangzhou-h (vsw-main-h, 172.16.1.0/24)',
      'legacy-cn-hangzhou-h (vsw-legacy-h, 192.168.1.0/24)',
    ]);

    await user.selectOptions(zone, 'cn-hangzhou-i');
    expect(combobox('vSwitch')).toHaveValue('vsw-main-i');
    expect(optionLabels('vSwitch')).toEqual(['Select…', 'main-cn-hangzhou-i (vsw-main-i, 172.16.2.0/24)']);

    // A vSwitch of another VPC brings that VPC's security groups only.
    await user.selectOptions(zone, 'cn-hangzhou-h');
    await user.selectOptions(combobox('Security Group'), 'sg-web');
    await user.selectOptions(combobox('vSwitch'), 'vsw-legacy-h');
    expect(combobox('Security Group')).toHaveValue('sg-legacy');
    expect(optionLabels('Security Group')).toEqual(['Select…', 'legacy-sg (sg-legacy)']);
  });

  it('checks the name, the password and the data disk sizes as they are typed, and sends nothing while one is wrong', async () => {
    const posts = stubBff();
    const user = userEvent.setup();
    renderPage();

    const name = await screen.findByRole('textbox', { name: 'Instance Name' });
    await user.type(name, '1web');
    expect(name).toHaveAccessibleDescription('The instance name must start with a letter.');
    await user.clear(name);
    await user.type(name, 'https://web');
    expect(name).toHaveAccessibleDescription('The instance name cannot start with http:// or https://.');

    const password = screen.getByLabelText('Logon Password');
    await user.type(password, 'short');
    expect(password).toHaveAccessibleDescription('The password must be 8 to 30 characters long.');
    await user.clear(password);
    await user.type(password, 'alllowercase1');
    expect(password).toHaveAccessibleDescription(/at least three of/);
    await user.clear(password);
    await user.type(password, 'Passw0rd!x');
    const confirm = screen.getByLabelText('Confirm Password');
    await user.type(confirm, 'Passw0rd!y');
    expect(confirm).toHaveAccessibleDescription('The passwords do not match.');

    // The image's data disks by device, each at least its snapshot's size.
    const table = screen.getByRole('table', { name: 'Data disks from the image' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(['/dev/xvdb', '/dev/xvdc']);
    const xvdb = screen.getByRole('spinbutton', { name: 'Size of data disk /dev/xvdb (GiB)' });
    expect(xvdb).toHaveValue(100);
    await user.clear(xvdb);
    await user.type(xvdb, '50');
    expect(xvdb).toHaveAccessibleDescription('A data disk can grow but not shrink: at least 100 GiB.');
    const system = screen.getByRole('spinbutton', { name: 'System Disk Size (GiB)' });
    await user.clear(system);
    await user.type(system, '30');
    expect(system).toHaveAccessibleDescription('The system disk must be at least 40 GiB.');

    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(combobox('Instance Type')).toHaveAccessibleDescription('Choose an instance type.');
    expect(posts).toEqual([]);
  });

  it('creates with one ClientToken per opening, even across a retry, with the data disks by device, then shows the new instance', async () => {
    const posts = stubBff(baseline, [
      () => HttpResponse.json({ code: 'UpstreamUnavailable', message: 'ECS could not be reached.', requestId: 'req-503' }, { status: 503 }),
    ]);
    const user = userEvent.setup();
    const { router } = renderPage();

    await fillValidForm(user);
    const xvdc = screen.getByRole('spinbutton', { name: 'Size of data disk /dev/xvdc (GiB)' });
    await user.clear(xvdc);
    await user.type(xvdc, '250');
    await user.click(screen.getByRole('button', { name: 'Create' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The instance could not be created');
    expect(alert).toHaveTextContent('Request ID: req-503');
    await user.click(screen.getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(router.state.location.pathname).toBe(`/regions/${REGION}/instances`));
    expect(router.state.location.search).toBe('?instanceId=i-bp1new0001');
    expect(posts).toHaveLength(2);
    expect(posts[0]).toEqual({
      zoneId: 'cn-hangzhou-h',
      instanceType: 'ecs.g7.large',
      vSwitchId: 'vsw-main-h',
      securityGroupId: 'sg-default',
      instanceName: 'web-from-baseline',
      password: 'Passw0rd!x',
      amount: 1,
      systemDiskSizeGiB: 40,
      dataDisks: [
        { device: '/dev/xvdb', sizeGiB: 100 },
        { device: '/dev/xvdc', sizeGiB: 250 },
      ],
      clientToken: expect.stringMatching(/^[\x21-\x7e]{1,64}$/),
    });
    expect(posts[1]?.clientToken).toBe(posts[0]?.clientToken);
  });

  it('sends a key pair instead of a password when one is chosen', async () => {
    const posts = stubBff();
    const user = userEvent.setup();
    renderPage();

    await waitFor(() => expect(combobox('Instance Type')).toBeEnabled());
    await user.selectOptions(combobox('Instance Type'), 'ecs.c7.xlarge');
    await user.click(screen.getByRole('radio', { name: 'Key Pair' }));
    expect(screen.queryByLabelText('Logon Password')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Create' }));
    expect(combobox('Key Pair')).toHaveAccessibleDescription('Choose a key pair.');
    await user.selectOptions(combobox('Key Pair'), 'deploy-ci');
    await user.click(screen.getByRole('button', { name: 'Create' }));

    await waitFor(() => expect(posts).toHaveLength(1));
    expect(posts[0]).toMatchObject({ keyPairName: 'deploy-ci', instanceType: 'ecs.c7.xlarge' });
    expect(posts[0]).not.toHaveProperty('password');
  });

  it('refuses to open the form for an image that is not Available', async () => {
    const creating = { ...baseline, status: 'Creating' as const, progress: 40 };
    stubBff(creating);
    renderPage(creating);
    expect(await screen.findByText('This image cannot be used yet')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Create' })).not.toBeInTheDocument();
  });
});
