// @vitest-environment jsdom
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApp } from '../images/test/renderWithApp';
import { startServerPerFile } from '../images/test/server';
import { CreateInstanceButton } from './CreateInstanceButton';
import { baseline } from './testing/fixtures';

startServerPerFile();

describe('Create Instance button', () => {
  it('opens the form of the image when the image is Available', async () => {
    const user = userEvent.setup();
    const { router } = renderWithApp(<CreateInstanceButton image={baseline} regionId="cn-hangzhou" />, { path: '/', url: '/' });
    await user.click(screen.getByRole('button', { name: 'Create Instance' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/regions/cn-hangzhou/images/m-bp1baseline/create-instance'));
  });

  it('is disabled with the reason while the image is not Available', () => {
    renderWithApp(<CreateInstanceButton image={{ ...baseline, status: 'Creating' }} regionId="cn-hangzhou" />, { path: '/', url: '/' });
    const button = screen.getByRole('button', { name: 'Create Instance' });
    expect(button).toBeDisabled();
    expect(button).toHaveAccessibleDescription('Only an Available image can be used to create instances.');
  });
});
