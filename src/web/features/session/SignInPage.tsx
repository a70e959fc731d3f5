import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Divider from '@mui/material/Divider';
import Paper from '@mui/material/Paper';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type LoginBody } from '../../../contract';
import { ApiError } from '../../api/http';
import { useSessionQuery, useSignIn } from './api';
import { safeNext } from './SessionGuard';

function SignInError({ error }: { error: unknown }) {
  const { t } = useTranslation();
  const throttled = error instanceof ApiError && error.status === 429;
  const message = error instanceof ApiError ? error.body.message : String(error);
  return (
    <Alert severity="error" role="alert">
      <AlertTitle>{t(throttled ? 'session.signIn.tooManyAttempts' : 'session.signIn.failed')}</AlertTitle>
      {message}
    </Alert>
  );
}

/** /sign-in: username and password, or in the demo one click per demo account. */
export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));
  const session = useSessionQuery();
  const signIn = useSignIn();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  if (session.data && (session.data.authenticated || !session.data.authRequired)) return <Navigate to={next} replace />;

  const send = (body: LoginBody) => signIn.mutate(body, { onSuccess: () => void navigate(next, { replace: true }) });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    send({ username, password });
  };
  const proxy = session.data?.authMode === 'proxy';

  return (
    <Box component="main" sx={{ minHeight: '100vh', display: 'grid', placeItems: 'center', bgcolor: 'grey.100', p: 2 }}>
      <Paper sx={{ p: 4, width: '100%', maxWidth: 400, display: 'flex', flexDirection: 'column', gap: 2 }}>
        <Typography variant="overline" component="p">
          {t('session.signIn.subtitle')}
        </Typography>
        <Typography variant="h5" component="h1">
          {proxy ? t('session.signIn.proxyTitle') : t('session.signIn.title')}
        </Typography>
        {proxy ? (
          <Typography>{t('session.signIn.proxyMessage')}</Typography>
        ) : (
          <Box component="form" onSubmit={onSubmit} sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
            {signIn.isError ? <SignInError error={signIn.error} /> : null}
            <TextField
              label={t('session.signIn.username')}
              value={username}
              onChange={(event) => setUsername(event.target.value)}
              autoComplete="username"
              required
              autoFocus
            />
            <TextField
              label={t('session.signIn.password')}
              type="password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
              autoComplete="current-password"
              required
            />
            <Button type="submit" variant="contained" loading={signIn.isPending}>
              {t('session.signIn.submit')}
            </Button>
          </Box>
        )}
        {session.data?.authenticated === false && session.data.demoSignIn ? (
          <>
            <Divider />
            <Typography variant="subtitle2" component="h2">
              {t('session.signIn.demoTitle')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {t('session.signIn.demoHint', { password: DEMO_PASSWORD })}
            </Typography>
            {DEMO_ACCOUNTS.map(({ username: demo, role }) => (
              <Button key={demo} variant="outlined" disabled={signIn.isPending} onClick={() => send({ username: demo, password: DEMO_PASSWORD })}>
                {t(role === 'operator' ? 'session.signIn.demoOperator' : 'session.signIn.demoViewer')}
              </Button>
            ))}
          </>
        ) : null}
      </Paper>
    </Box>
  );
}
