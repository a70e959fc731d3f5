import type { Page } from '@playwright/test';

/** /sign-in, and the account menu in the top bar. */
export class SignInPage {
  constructor(readonly page: Page) {}

  heading() {
    return this.page.getByRole('heading', { name: 'Sign in', level: 1 });
  }

  async signIn(username: string, password: string) {
    await this.page.getByRole('textbox', { name: 'Username' }).fill(username);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in', exact: true }).click();
  }

  accountMenu(username: string, role: string) {
    return this.page.getByRole('button', { name: `Account: ${username} (${role})` });
  }

  async signOut(username: string, role: string) {
    await this.accountMenu(username, role).click();
    await this.page.getByRole('menuitem', { name: 'Sign out' }).click();
  }
}
