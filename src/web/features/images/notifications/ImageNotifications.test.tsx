// @vitest-environment jsdom
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import type { Image } from '../../../../contract';
import { image, REGION_ID } from '../test/fixtures';
import { renderWithApp } from '../test/renderWithApp';
import { api, server, startServerPerFile } from '../test/server';
import { useImageNotifications } from './useImageNotifications';

startServerPerFile();
beforeEach(() => vi.useFakeTimers({ shouldAdvanceTime: true }));
afterEach(() => {
  vi.useRealTimers();
  sessionStorage.clear();
});

/** The BFF's image, as the test moves it along; counts how often the console asked. */
function stubImage(initial: Image) {
  const state = { current: initial, requests: 0 };
  server.use(
    http.get(api(`/regions/${REGION_ID}/images/${initial.imageId}`), () => {
      state.requests += 1;
      return HttpResponse.json(state.current);
    }),
  );
  return state;
}

function TrackButton() {
  const { track } = useImageNotifications();
  return (
    <button type="button" onClick={() => track({ regionId: REGION_ID, imageId: 'm-bp1newimage', imageName: 'web-golden' })}>
      Track
    </button>
  );
}

const notifications = () => screen.getByRole('region', { name: 'Notifications' });

describe('image creation notifications', { timeout: 30_000 }, () => {
  it('turns from Creating NN% into available in place, then stops polling', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    const bff = stubImage(image({ status: 'Creating', progress: 45 }));
    renderWithApp(<TrackButton />);
    await user.click(screen.getByRole('button', { name: 'Track' }));

    const region = notifications();
    expect(await within(region).findByText('Creating custom image web-golden (m-bp1newimage) 45%')).toBeInTheDocument();
    expect(within(region).getByRole('link', { name: 'View image' })).toHaveAttribute(
      'href',
      '/regions/cn-hangzhou/images/m-bp1newimage',
    );

    bff.current = image({ status: 'Creating', progress: 80 });
    await act(() => vi.advanceTimersByTimeAsync(2_100));
    expect(await within(region).findByText('Creating custom image web-golden (m-bp1newimage) 80%')).toBeInTheDocument();

    bff.current = image({ status: 'Available', progress: 100, usable: true });
    await act(() => vi.advanceTimersByTimeAsync(2_100));
    expect(await within(region).findByText('Custom image web-golden is available')).toBeInTheDocument();
    expect(within(region).queryByText(/Creating custom image/)).not.toBeInTheDocument();

    const asked = bff.requests;
    await act(() => vi.advanceTimersByTimeAsync(10_000));
    expect(bff.requests).toBe(asked);
  });

  it('says so when the image failed to be created', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    stubImage(image({ status: 'CreateFailed', progress: 30 }));
    renderWithApp(<TrackButton />);
    await user.click(screen.getByRole('button', { name: 'Track' }));
    expect(await within(notifications()).findByText('Custom image web-golden failed to be created')).toBeInTheDocument();
  });

  it('survives a reload through session storage and can be dismissed', async () => {
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
    stubImage(image({ status: 'Creating', progress: 10 }));
    const first = renderWithApp(<TrackButton />);
    await user.click(screen.getByRole('button', { name: 'Track' }));
    await within(notifications()).findByText(/Creating custom image web-golden/);
    first.unmount();

    // A reload: a new app over the same session storage.
    renderWithApp(<p>Another page</p>);
    const region = notifications();
    expect(await within(region).findByText('Creating custom image web-golden (m-bp1newimage) 10%')).toBeInTheDocument();

    await user.click(within(region).getByRole('button', { name: 'Close' }));
    expect(within(region).queryByText(/web-golden/)).not.toBeInTheDocument();
    expect(sessionStorage.getItem('ecs-console.trackedImages')).toBeNull();
  });
});
