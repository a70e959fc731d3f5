import { request as playwrightRequest } from '@playwright/test';
import { ACCOUNTS, expect, signedInApi, test } from './authConsole';
import { ConsoleShell } from './pages/ConsoleShell';
import { CreateImageDialog } from './pages/CreateImageDialog';
import { InstancesPage } from './pages/InstancesPage';
import { SignInPage } from './pages/SignInPage';

const WEB_PROD_01 = 'i-bp1vkt9yt56c9hg9cnbc';

test('a viewer signs in and sees every More action disabled with the reason', async ({ page }) => {
  const signIn = new SignInPage(page);
  const instances = new InstancesPage(page);

  await page.goto('/regions/cn-hangzhou/instances');
  await expect(signIn.heading()).toBeVisible();
  await signIn.signIn('vera', 'not-her-password');
  await expect(page.getByRole('alert')).toContainText('The username or password is incorrect.');
  await signIn.signIn('vera', ACCOUNTS.vera.password);

  await expect(instances.heading()).toBeVisible();
  await expect(page).toHaveURL(/\/regions\/cn-hangzhou\/instances$/);
  await expect(signIn.accountMenu('vera', 'viewer')).toBeVisible();

  for (const action of ['Start', 'Stop', 'Restart']) {
    const item = await instances.openMoreItem('web-prod-01', 'Instance Status', action);
    await expect(item).toBeDisabled();
    await expect(item).toContainText('Your role (viewer) cannot do this');
    await instances.closeMenus();
  }
  const create = await instances.openMoreItem('web-prod-01', 'Disk and Image', 'Create Custom Image');
  await expect(create).toBeDisabled();
  await expect(create).toContainText('Your role (viewer) cannot do this');
});

test('an operator signs in, creates an image, and signs out', async ({ page, authConsole }) => {
  const signIn = new SignInPage(page);
  const instances = new InstancesPage(page);
  const dialog = new CreateImageDialog(page);
  const shell = new ConsoleShell(page);

  await page.goto('/sign-in');
  await signIn.signIn('olivia', ACCOUNTS.olivia.password);
  await expect(signIn.accountMenu('olivia', 'operator')).toBeVisible();

  await instances.searchByName('web-prod-01');
  await (await instances.openMoreItem('web-prod-01', 'Disk and Image', 'Create Custom Image')).click();
  await dialog.fill('web-prod-01-signed-in', 'Made by an operator');
  await dialog.createButton().click();
  await expect(dialog.root()).toBeHidden();
  await expect(shell.notifications().getByRole('status').filter({ hasText: 'web-prod-01-signed-in' })).toContainText(/Creating/);

  // The audit log names who made it, from which instance, and ECS's RequestId.
  const line = authConsole.auditLines().find((entry) => entry.action === 'POST /api/regions/:regionId/instances/:instanceId/images');
  expect(line).toMatchObject({ who: 'olivia', role: 'operator', target: { regionId: 'cn-hangzhou', resourceIds: { instanceId: WEB_PROD_01 } }, result: { status: 201 } });
  expect(line?.ecsRequestId).toEqual(expect.any(String));
  expect(JSON.stringify(authConsole.auditLines())).not.toContain(ACCOUNTS.olivia.password);

  await signIn.signOut('olivia', 'operator');
  await expect(signIn.heading()).toBeVisible();
  await page.goto('/regions/cn-hangzhou/instances');
  await expect(signIn.heading()).toBeVisible();
});

test('in the demo, a demo account signs in with one click', async ({ page }) => {
  const signIn = new SignInPage(page);
  await page.goto('/');
  await expect(signIn.heading()).toBeVisible();
  await page.getByRole('button', { name: 'Sign in as demo operator' }).click();
  await expect(signIn.accountMenu('demo-operator', 'operator')).toBeVisible();
  await expect(new InstancesPage(page).heading()).toBeVisible();
});

test('like curl: no session is 401, no CSRF token is 403, both is 202', async ({ authConsole }) => {
  const stop = `/api/regions/cn-hangzhou/instances/${WEB_PROD_01}/stop`;
  const anonymous = await playwrightRequest.newContext({ baseURL: authConsole.url });
  const noSession = await anonymous.post(stop);
  expect(noSession.status()).toBe(401);
  expect(await noSession.json()).toMatchObject({ code: 'Unauthenticated' });
  expect((await anonymous.get('/api/regions')).status()).toBe(401);

  // Signed in, but without the token: a cross-site form could send the cookie, never the header.
  const login = await anonymous.post('/api/session', { data: { username: 'otto', password: ACCOUNTS.otto.password } });
  expect(login.status()).toBe(200);
  const noToken = await anonymous.post(stop);
  expect(noToken.status()).toBe(403);
  expect(await noToken.json()).toEqual({
    code: 'Forbidden',
    message: 'The CSRF token is missing: send the x-csrf-token header with the token from GET /api/session.',
  });
  await anonymous.dispose();

  const operator = await signedInApi(authConsole.url, 'otto');
  expect((await operator.post(stop)).status()).toBe(202);
  await operator.dispose();

  const viewer = await signedInApi(authConsole.url, 'vera');
  const refused = await viewer.post(stop);
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toMatchObject({ code: 'Forbidden', message: expect.stringContaining('Your role (viewer)') });
  await viewer.dispose();
});
