/** Sign-in, the account menu and what a role may do (features/session). */
export const session = {
  signIn: {
    title: 'Sign in',
    subtitle: 'ECS Image Console',
    username: 'Username',
    password: 'Password',
    submit: 'Sign in',
    failed: 'Sign-in failed',
    tooManyAttempts: 'Too many sign-in attempts',
    demoTitle: 'Demo accounts (ECS emulator only)',
    demoHint: 'These accounts exist only while the console talks to the ECS emulator. Their password is "{{password}}".',
    demoOperator: 'Sign in as demo operator',
    demoViewer: 'Sign in as demo viewer',
    proxyTitle: 'Sign in through your organisation',
    proxyMessage:
      "This console takes your identity from your organisation's sign-in proxy. Open it through the proxy's address; if you did, ask an administrator to check the proxy's configuration.",
    checking: 'Checking your session',
  },
  menu: {
    button: 'Account: {{username}} ({{role}})',
    signedInAs: 'Signed in as {{username}}',
    role: 'Role: {{role}}',
    signOut: 'Sign out',
    viaProxy: 'Sign out through your organisation',
  },
  cannot: {
    viewer: 'Your role (viewer) cannot do this',
  },
};
