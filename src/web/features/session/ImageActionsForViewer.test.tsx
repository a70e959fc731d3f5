// @vitest-environment jsdom
import { screen } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { ImageActions } from '../images/detail/ImageActions';
import { image, REGION_ID } from '../images/test/fixtures';
import { renderWithApp } from '../images/test/renderWithApp';
import { api, server, startServerPerFile } from '../images/test/server';

vi.setConfig({ testTimeout: 20_000 });
startServerPerFile();

describe('image actions and roles', () => {
  it("disables a viewer's Create Instance, Export and Delete with the reason", async () => {
    server.use(http.get(api('/session'), () => HttpResponse.json({ authenticated: true, username: 'vera', role: 'viewer', csrfToken: 't', authMode: 'local' })));
    renderWithApp(<ImageActions regionId={REGION_ID} image={image({ status: 'Available' })} />);
    await screen.findAllByText('Your role (viewer) cannot do this');
    const buttons = screen.getAllByRole('button').filter((button) => /Create Instance|Export|Delete/.test(button.textContent ?? ''));
    expect(buttons).toHaveLength(3);
    for (const button of buttons) {
      expect(button).toBeDisabled();
      expect(button).toHaveAccessibleDescription('Your role (viewer) cannot do this');
    }
  });
});
