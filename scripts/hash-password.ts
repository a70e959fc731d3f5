/**
 * `npm run hash-password [-- --user NAME --role viewer|operator]`: asks for a password (not
 * echoed), or reads it from stdin when piped, and prints its argon2id hash, or with --user the
 * entry to paste into AUTH_USERS_FILE. The password itself is never printed.
 */
import { roles } from '../src/contract';
import { hashPassword } from '../src/bff/auth/passwords';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function readPiped(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.replace(/\r?\n$/, '');
}

/** Raw mode so the password is not echoed to the terminal. */
function readHidden(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    process.stderr.write(prompt);
    const input = process.stdin;
    let value = '';
    input.setRawMode(true);
    input.resume();
    input.setEncoding('utf8');
    const onData = (key: string) => {
      if (key === '\u0003') process.exit(130); // Ctrl+C
      if (key === '\r' || key === '\n') {
        input.setRawMode(false);
        input.pause();
        input.off('data', onData);
        process.stderr.write('\n');
        resolve(value);
      } else if (key === '\u007f') value = value.slice(0, -1);
      else value += key;
    };
    input.on('data', onData);
  });
}

async function main() {
  const user = option('user');
  const role = option('role') ?? 'viewer';
  if (!(roles as readonly string[]).includes(role)) throw new Error(`--role must be viewer or operator, not "${role}".`);
  const password = process.stdin.isTTY ? await readHidden('Password: ') : await readPiped();
  if (password.length < 8) throw new Error('Use a password of at least 8 characters.');
  const passwordHash = await hashPassword(password);
  console.log(user ? JSON.stringify({ username: user, passwordHash, role }) : passwordHash);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
